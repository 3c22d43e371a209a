"""Gradient descent in one dimension on f(x) = x^2 + 2x + 1 = (x + 1)^2.

Start at x = 5 and take 20 steps of x <- x - eta f'(x) with eta = 0.1.
The distance to the minimum at x = -1 shrinks by the factor 1 - 2 eta = 0.8
at every step, so the path can be checked against -1 + 6 * 0.8^t.

>>> float(f(-1.0)), float(df(-1.0))
(0.0, 0.0)
"""

import numpy as np
from scipy.optimize import minimize_scalar

from mlfound.calculus import gradient_descent


def f(x):
    return x**2 + 2 * x + 1


def df(x):
    return 2 * x + 2


path = gradient_descent(df, 5.0, learning_rate=0.1, n_steps=20)
print("{:>4}{:>10}{:>12}{:>12}".format("step", "x", "f(x)", "f'(x)"))
for t in [0, 1, 2, 3, 5, 10, 15, 20]:
    x = path[t]
    print(f"{t:>4}{x:>10.4f}{f(x):>12.6f}{df(x):>12.6f}")
# The steps shrink as the slope flattens, and 20 of them stop short of -1.
assert np.all(np.diff(np.abs(np.diff(path))) < 0)
x_final = path[-1]
assert x_final + 1 > 0.05

closed_form = -1 + 6 * 0.8 ** np.arange(21)
assert np.max(abs(path - closed_form)) < 1e-14  # equal up to rounding
print("largest gap to -1 + 6 * 0.8^t: < 1e-14")
x_scipy = minimize_scalar(f).x
assert abs(x_scipy + 1) < 1e-6
print(f"scipy minimize_scalar: x = {x_scipy:.4f}")
