"""A learning rate that works in one direction diverges in another.

For f = x^2 + 2y^2 + xy the curvature is lambda_min along one eigenvector of
the Hessian and lambda_max along the other. Any eta between 2/lambda_max and
2/lambda_min converges along v_min but blows up along v_max; started from
(3, 2), which mixes both, the run diverges.
"""

import numpy as np

from mlfound.calculus import gradient_descent

H = np.array([[2.0, 1.0], [1.0, 4.0]])
lam, V = np.linalg.eigh(H)  # ascending: column 0 is v_min, column 1 v_max
print(f"stable along v_max if eta < 2 / lambda_max = {2 / lam[1]:.4f}")
print(f"stable along v_min if eta < 2 / lambda_min = {2 / lam[0]:.4f}")
eta = 0.6
assert 2 / lam[1] < eta < 2 / lam[0]  # between the two limits
print(
    f"eta = {eta}: per step x {1 - eta * lam[0]:.4f} along v_min, "
    f"x {1 - eta * lam[1]:.4f} along v_max"
)


def run(w0, n_steps):
    return gradient_descent(
        lambda w: H @ w, w0, learning_rate=eta, n_steps=n_steps
    )


print()
starts = {"3 v_min": 3 * V[:, 0], "3 v_max": 3 * V[:, 1], "(3, 2)": [3, 2]}
print(f"{'start':>8}" + "".join(f"{f'|w_{t}|':>11}" for t in [0, 3, 6, 9]))
sizes = {}
for name, w0 in starts.items():
    size = sizes[name] = np.linalg.norm(run(w0, 9), axis=1)
    print(f"{name:>8}" + "".join(f"{size[t]:>11.2e}" for t in [0, 3, 6, 9]))
# Along v_min the run converges fast; along v_max and from (3, 2) it blows up.
assert abs(1 - eta * lam[0]) < 0.1 and sizes["3 v_min"][9] < 1e-10
assert sizes["3 v_max"][9] > 10 * sizes["3 v_max"][0]
assert sizes["(3, 2)"][9] > 10 * sizes["(3, 2)"][0]

# The run from (3, 2) in eigenvector coordinates: |V^T w| per direction.
# (Not beyond step 6: once |w| is large, rounding noise of order 1e-16 |w|
# swamps the last digits of the tiny v_min part.)
coords = np.abs(run([3.0, 2.0], 6) @ V)
print()
print(f"from (3, 2): {'step':>4}{'along v_min':>13}{'along v_max':>13}")
for t in range(0, 7, 2):
    print(f"{'':>13}{t:>4}{coords[t, 0]:>13.2e}{coords[t, 1]:>13.2e}")
assert coords[6, 0] < 1e-6 < 10 < coords[6, 1]  # one part dies, one grows

# In floating point even 3 v_min is not safe: rounding leaves a sliver along
# v_max, which grows by |1 - eta lambda_max| per step until it dominates.
size = np.linalg.norm(run(3 * V[:, 0], 150), axis=1)
comes_back = bool(size.max() > 3)
assert comes_back
print()
print(f"from 3 v_min, back above |w_0| within 150 steps: {comes_back}")
