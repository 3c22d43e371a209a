"""The gradient check: a hand-derived gradient against central differences.

A correct gradient agrees with the numerical one to about 1e-9 relative
error; a gradient with a slip in it (here 2y instead of 4y) is off by a
quantity of order one, at almost any point we try.
"""

import numpy as np
from scipy.optimize import check_grad

from mlfound.calculus import gradient_check


def f(w):
    x, y = w
    return x**2 + 2 * y**2 + x * y


def grad_right(w):
    x, y = w
    return np.array([2 * x + y, 4 * y + x])


def grad_wrong(w):
    x, y = w
    return np.array([2 * x + y, 2 * y + x])  # the slip: 2y for 4y


rng = np.random.default_rng(0)
points = rng.normal(size=(3, 2))
print(f"{'point':^16}{'right':>11}{'wrong':>10}")
for w in points:
    right = gradient_check(f, grad_right, w)
    wrong = gradient_check(f, grad_wrong, w)
    print(f"({w[0]:6.3f}, {w[1]:6.3f}){right:>11.1e}{wrong:>10.3f}")

# scipy reports the absolute size of the difference instead, ||g - g_hat||.
w = points[0]
print(f"scipy check_grad, right: {check_grad(f, grad_right, w):.1e}")
print(f"scipy check_grad, wrong: {check_grad(f, grad_wrong, w):.3f}")
print(f"exact size of the slip, |2y|: {abs(2 * w[1]):.3f}")
