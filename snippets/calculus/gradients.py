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
np.set_printoptions(precision=8, floatmode="fixed")
print("analytic       ", grad_f(w))
print("central (ours) ", numerical_gradient(f, w))
print("forward (scipy)", approx_fprime(w, f, 1e-6))
