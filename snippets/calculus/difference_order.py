"""Why the central difference is second order, measured on the sigmoid.

Taylor's theorem predicts the leading error of each difference quotient:
forward  (f(z + h) - f(z)) / h            ~ f''(z) h / 2,
central  (f(z + h) - f(z - h)) / (2h)     ~ f'''(z) h^2 / 6.
Dividing each measured error by h or h^2 must give those constants.
"""

import numpy as np

from mlfound.calculus import numerical_gradient
from mlfound.nn import sigmoid

z = 1.0
s = sigmoid(z)
d1 = s * (1 - s)
d2 = s * (1 - s) * (1 - 2 * s)
d3 = s * (1 - s) * (1 - 6 * s + 6 * s**2)

steps = 10.0 ** -np.arange(1, 4)  # truncation error dominates here
forward = np.array([(sigmoid(z + h) - sigmoid(z)) / h - d1 for h in steps])
central = np.array([numerical_gradient(sigmoid, z, eps=h) - d1 for h in steps])
print(
    f"{'h':>7}{'forward error':>15}{'/ h':>10}"
    f"{'central error':>15}{'/ h^2':>10}"
)
for h, e_f, e_c in zip(steps, forward, central, strict=True):
    print(
        f"{h:>7.0e}{e_f:>15.2e}{e_f / h:>10.5f}{e_c:>15.2e}{e_c / h**2:>10.5f}"
    )
print(f"Taylor: f''/2 = {d2 / 2:.5f}, f'''/6 = {d3 / 6:.5f}")

order_forward = np.polyfit(np.log(steps), np.log(np.abs(forward)), 1)[0]
order_central = np.polyfit(np.log(steps), np.log(np.abs(central)), 1)[0]
print(
    f"fitted order: forward {order_forward:.2f}, central {order_central:.2f}"
)
assert abs(order_forward - 1) < 0.02 and abs(order_central - 2) < 0.02
assert abs(forward[-1] / steps[-1] / (d2 / 2) - 1) < 0.01
assert abs(central[-1] / steps[-1] ** 2 / (d3 / 6) - 1) < 0.01
