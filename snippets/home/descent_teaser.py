"""Gradient descent on a parabola: the whole book in twelve lines.

The function f(x) = (x + 1)^2 has its minimum at x = -1. Starting from x = 5
and stepping against the derivative 2(x + 1) walks down to it.

>>> round(float(derivative(5.0)), 1)
12.0
"""

from mlfound.calculus import gradient_check, gradient_descent


def f(x):
    return x**2 + 2 * x + 1


def derivative(x):
    return 2 * x + 2


error = gradient_check(f, derivative, 5.0)
assert error < 1e-8  # agreement up to rounding noise
path = gradient_descent(derivative, 5.0, learning_rate=0.1, n_steps=20)
assert abs(path[-1] + 1) < abs(path[0] + 1) * 0.8**19  # closing in on -1
print("gradient check: relative error < 1e-8")
print(
    f"after {len(path) - 1} steps: "
    f"x = {path[-1]:.4f}, f(x) = {f(path[-1]):.6f}"
)
