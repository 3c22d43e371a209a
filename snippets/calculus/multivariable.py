"""Gradient descent in two dimensions on f(x, y) = x^2 + 2y^2 + xy.

The gradient is [2x + y, 4y + x]; it vanishes only at (0, 0), the minimum.
We check the gradient, take 50 steps of size 0.1 from (3, 2), and compare
the end point with scipy.optimize.minimize.

>>> float(f([0.0, 0.0])), grad_f([0.0, 0.0]).tolist()
(0.0, [0.0, 0.0])
"""

import numpy as np
from scipy.optimize import minimize

from mlfound.calculus import gradient_check, gradient_descent


def f(w):
    x, y = w
    return x**2 + 2 * y**2 + x * y


def grad_f(w):
    x, y = w
    return np.array([2 * x + y, 4 * y + x])


w0 = np.array([3.0, 2.0])
assert gradient_check(f, grad_f, w0) < 1e-8
print("gradient check at (3, 2): relative error < 1e-8")
path = gradient_descent(grad_f, w0, learning_rate=0.1, n_steps=50)
print(f"{'step':>4}{'x':>10}{'y':>10}{'f(x, y)':>12}")
for t in [0, 1, 2, 5, 10, 20, 30, 40, 50]:
    x, y = path[t]
    print(f"{t:>4}{x:>10.5f}{y:>10.5f}{f(path[t]):>12.2e}")
reference = minimize(f, w0, jac=grad_f).x
distance_gd = np.linalg.norm(path[-1])
assert np.linalg.norm(reference) < 1e-6
print("distance from the minimum (0, 0):")
print(f"  after 50 steps: {distance_gd:.1e}")
print("  scipy minimize: < 1e-6 (its stopping rule decides the digits)")

# The steady rhythm: from step 10 on, every ten steps divide f by the same
# factor, the gentle direction's (1 - eta lambda_min)^2 per step, to the 10th.
losses = np.array([f(path[t]) for t in (10, 20, 30, 40, 50)])
per_ten = losses[1:] / losses[:-1]
lambda_min = 3 - np.sqrt(2)
assert np.allclose(per_ten, (1 - 0.1 * lambda_min) ** 20, rtol=0.01)
loss_drop_per_ten = 1 / np.mean(per_ten)
