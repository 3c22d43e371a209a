"""Taylor's theorem in two variables, on the logistic-regression loss.

f(w) is the mean log-loss of the linear model sigma(x . w) on the chapter-5
data. Its gradient and Hessian (derived on the Jacobians page) are checked
against central differences; then, along a random unit direction u, the
linear model misses f(w + t u) by about t^2 u.H u / 2 and the quadratic
model by a multiple of t^3.
"""

import numpy as np

from mlfound.calculus import gradient_check, hessian
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits, sigmoid

X, y = line_separated()


def f(w):
    return binary_cross_entropy_from_logits(y, X @ w)


def grad(w):
    return X.T @ (sigmoid(X @ w) - y) / len(y)


def hess(w):
    p = sigmoid(X @ w)
    return X.T @ (X * (p * (1 - p))[:, None]) / len(y)


w = np.array([0.5, -1.0])
g, H = grad(w), hess(w)
assert gradient_check(f, grad, w) < 1e-8
assert np.max(np.abs(H - hessian(f, w))) < 1e-6
u = np.random.default_rng(0).normal(size=2)
u /= np.linalg.norm(u)
curvature = u @ H @ u
half_curvature = curvature / 2
print(f"at w = (0.5, -1): f = {f(w):.6f}, gradient = {np.round(g, 6)}")
print(f"curvature along u, u.H.u = {curvature:.6f}")
print(
    f"{'t':>7}{'linear misses':>15}{'/ t^2':>10}"
    f"{'quadratic misses':>18}{'/ t^3':>10}"
)
for t in [0.1, 0.01, 0.001]:
    step = t * u
    e1 = f(w + step) - (f(w) + g @ step)
    e2 = e1 - step @ H @ step / 2
    print(f"{t:>7g}{e1:>15.3e}{e1 / t**2:>10.5f}{e2:>18.3e}{e2 / t**3:>10.5f}")
    if t == 0.01:
        ratio_1, ratio_2 = e1 / t**2, e2 / t**3
assert abs(ratio_1 / (curvature / 2) - 1) < 0.01  # e1 ~ t^2 u.H.u / 2
t_small = 0.001
e2_small = (
    f(w + t_small * u) - f(w) - t_small * g @ u - t_small**2 * curvature / 2
)
assert abs(e2_small / t_small**3 / ratio_2 - 1) < 0.05  # e2 ~ c t^3
