"""A gradient by hand and by central differences, one coordinate at a time.

f(x, y) = x^2 + 2y^2 + xy has the gradient [2x + y, 4y + x]. At (3, 2) that
is [8, 11]. numerical_gradient nudges each coordinate in turn; scipy's
approx_fprime does the same with forward differences.

>>> grad_f([3.0, 2.0]).tolist()
[8.0, 11.0]
"""

import numpy as np
from scipy.optimize import approx_fprime

from mlfound.calculus import numerical_gradient


def f(w):
    x, y = w
    return x**2 + 2 * y**2 + x * y


def grad_f(w):
    x, y = w
    return np.array([2 * x + y, 4 * y + x])


w = np.array([3.0, 2.0])
analytic = grad_f(w)
central = numerical_gradient(f, w)
forward = approx_fprime(w, f, 1e-6)
# Central differences are exact for a quadratic up to rounding; the forward
# difference is off by eps times the second derivative's half, about 1e-6.
assert np.allclose(central, analytic, rtol=0, atol=1e-8)
assert np.all((5e-7 < forward - analytic) & (forward - analytic < 5e-6))
np.set_printoptions(precision=8, floatmode="fixed")
print("analytic       ", analytic)
print("central (ours) ", central)
print("forward (scipy)", forward)
