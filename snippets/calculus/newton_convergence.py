"""Quadratic convergence of Newton's method on logistic regression.

The loss is the regularised mean log-loss of the chapter-5 data,
f(w) = mean log(1 + e^(-s x.w)) + alpha |w|^2 / 2 with alpha = 0.01, whose
gradient and Hessian come from the Jacobians page. Near the minimum w* the
error of Newton's method is squared at every step, e_(t+1) ~ C e_t^2, so the
number of correct digits doubles; gradient descent gains a fixed number of
digits per step.
"""

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from mlfound.calculus import gradient_descent, newton
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits, sigmoid

X, y = line_separated()
n, alpha = len(y), 0.01


def f(w):
    return binary_cross_entropy_from_logits(y, X @ w) + alpha / 2 * w @ w


def grad(w):
    return X.T @ (sigmoid(X @ w) - y) / n + alpha * w


def hess(w):
    p = sigmoid(X @ w)
    return X.T @ (X * (p * (1 - p))[:, None]) / n + alpha * np.eye(2)


w_star = newton(grad, hess, np.zeros(2), n_steps=50, tol=1e-15)[-1]
assert np.linalg.norm(grad(w_star)) < 1e-15
sklearn_w = (
    LogisticRegression(C=1 / (n * alpha), fit_intercept=False, tol=1e-12)
    .fit(X, y)
    .coef_[0]
)
scipy_w = minimize(
    f,
    np.zeros(2),
    jac=grad,
    hess=hess,
    method="Newton-CG",
    options={"xtol": 1e-12},
).x
assert np.allclose(w_star, sklearn_w, atol=1e-6)
assert np.allclose(w_star, scipy_w, atol=1e-8)
print(
    f"minimiser w* = {np.round(w_star, 6)}, the same as scikit-learn's "
    "and scipy's"
)

path = newton(grad, hess, np.zeros(2), n_steps=8)
errors = np.linalg.norm(path - w_star, axis=1)
print(f"{'step':>4}{'error |w_t - w*|':>18}{'e_(t+1) / e_t^2':>18}")
for t, e in enumerate(errors):
    if e < 1e-12:  # rounding noise: print a bound, not digits
        print(f"{t:>4}{'< 1e-12':>18}")
        continue
    ratio = errors[t + 1] / e**2 if errors[t + 1] > 1e-12 else None
    print(f"{t:>4}{e:>18.1e}" + (f"{ratio:>18.3f}" if ratio else ""))
ratios = errors[4:7] / errors[3:6] ** 2
assert np.all(np.abs(ratios / ratios[-1] - 1) < 0.05)  # e_(t+1) ~ C e_t^2
ratio_final, e4, e5, e6 = ratios[-1], errors[4], errors[5], errors[6]
newton_steps = int(np.argmax(errors < 1e-6))

# Gradient descent with the safe step 1/L, L the largest curvature anywhere:
# the log-loss part of the Hessian is at most X^T X / (4n).
L = np.linalg.eigvalsh(X.T @ X / (4 * n))[-1] + alpha
descent = gradient_descent(
    grad, np.zeros(2), learning_rate=1 / L, n_steps=5000
)
gd_steps = int(np.argmax(np.linalg.norm(descent - w_star, axis=1) < 1e-6))
assert gd_steps > 10 * newton_steps
print(
    f"steps to come within 1e-6 of w*: Newton {newton_steps}, "
    f"gradient descent (eta = 1/L) {gd_steps}"
)
