"""The chain rule of entropy, measured on the noisy channel.

The same 1,000 samples (seed 0) as on the mutual information page: x uniform
on {0, 1, 2}, y = (x + noise) mod 3 with noise 0 or 1. Each quantity is
computed by mlfound and by scipy.stats.entropy from the joint table; then the
chain rule H(X, Y) = H(Y) + H(X | Y) and I(X; Y) = H(X) - H(X | Y) are checked
in both directions.
"""

import numpy as np
from scipy import stats
from sklearn.metrics import mutual_info_score

from mlfound.information import (
    conditional_entropy,
    entropy,
    joint_entropy,
    joint_table,
    mutual_information,
)

rng = np.random.default_rng(0)
n = 1_000
x = rng.integers(0, 3, size=n)
y = (x + rng.integers(0, 2, size=n)) % 3

table = joint_table(x, y)
p_x, p_y = table.sum(axis=1) / n, table.sum(axis=0) / n
h_x, h_y = entropy(p_x), entropy(p_y)
h_xy = joint_entropy(x, y)
h_x_given_y = conditional_entropy(x, y)
h_y_given_x = conditional_entropy(y, x)
mi = mutual_information(x, y)

# scipy from the table: H(X | Y) weights the entropy of each column by p(y)
ref = {
    "H(X)": stats.entropy(p_x, base=2),
    "H(Y)": stats.entropy(p_y, base=2),
    "H(X, Y)": stats.entropy(table.ravel(), base=2),
    "H(X | Y)": sum(
        p_y[b] * stats.entropy(table[:, b], base=2) for b in range(3)
    ),
    "H(Y | X)": sum(
        p_x[a] * stats.entropy(table[a], base=2) for a in range(3)
    ),
    "I(X; Y)": mutual_info_score(x, y) / np.log(2),  # sklearn, nats -> bits
}
ours = dict(
    zip(ref, (h_x, h_y, h_xy, h_x_given_y, h_y_given_x, mi), strict=True)
)
theory = dict(zip(ref, np.log2([3, 3, 6, 2, 2, 1.5]), strict=True))
print("quantity   mlfound  scipy/sklearn  theory (bits)")
for name, value in ours.items():
    print(f"{name:9}  {value:7.4f}  {ref[name]:13.4f}  {theory[name]:6.4f}")
    assert np.isclose(value, ref[name], rtol=1e-12)
    assert abs(value - theory[name]) < 0.01  # 1,000 samples: close to theory

chain_y = abs(h_xy - (h_y + h_x_given_y))
chain_x = abs(h_xy - (h_x + h_y_given_x))
drop_x = abs(mi - (h_x - h_x_given_y))
drop_y = abs(mi - (h_y - h_y_given_x))
print("H(X, Y) = H(Y) + H(X | Y): difference < 1e-12")
print("H(X, Y) = H(X) + H(Y | X): difference < 1e-12")
print("I(X; Y) = H(X) - H(X | Y) = H(Y) - H(Y | X): differences < 1e-12")
assert max(chain_y, chain_x, drop_x, drop_y) < 1e-12
assert h_x_given_y < h_x and h_y_given_x < h_y  # knowing one variable helps
