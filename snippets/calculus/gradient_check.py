"""The gradient check: a hand-derived gradient against central differences.

A correct gradient agrees with the numerical one up to rounding noise, far
below 1e-8 relative error (printed as that bound: the digits of noise differ
from one computer to the next); a gradient with a slip in it (here 2y
instead of 4y) is off by a good fraction of the gradient, at almost any
point we try.
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
    assert right < 1e-8 and wrong > 0.1  # no grey zone between the two
    print(f"({w[0]:6.3f}, {w[1]:6.3f}){'< 1e-8':>11}{wrong:>10.3f}")

# scipy reports the absolute size of the difference instead, ||g - g_hat||,
# with forward differences: about 1e-8 even for the right gradient.
w = points[0]
scipy_right = check_grad(f, grad_right, w)
scipy_wrong = check_grad(f, grad_wrong, w)
assert scipy_right < 1e-6 and np.isclose(scipy_wrong, abs(2 * w[1]))
print("scipy check_grad, right: < 1e-6")
print(f"scipy check_grad, wrong: {scipy_wrong:.3f}")
print(f"exact size of the slip, |2y|: {abs(2 * w[1]):.3f}")

# At y = 0 the slip vanishes: a special point hides the mistake.
hidden = gradient_check(f, grad_wrong, np.array([0.7, 0.0]))
assert hidden < 1e-8
print("at the point (0.7, 0), the wrong gradient passes: error < 1e-8")
