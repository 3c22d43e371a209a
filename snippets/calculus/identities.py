"""Four gradients machine learning uses, each checked by central differences.

x^T A x               gradient (A + A^T) x   (2 A x only if A = A^T)
||X w - y||^2         gradient 2 X^T (X w - y)
log sum_k exp(z_k)    gradient softmax(z), Hessian diag(p) - p p^T
mean log-loss of sigma(X w): gradient X^T (p - y) / n,
                      Hessian X^T diag(p (1 - p)) X / n
"""

import numpy as np
from scipy.special import logsumexp, softmax

from mlfound.calculus import gradient_check, jacobian, numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits, sigmoid

rng = np.random.default_rng(0)
checks = {}

# 1. A quadratic form with a matrix that is not symmetric
A, x = rng.normal(size=(3, 3)), rng.normal(size=3)
checks["x^T A x: (A + A^T) x"] = gradient_check(
    lambda v: v @ A @ v, lambda v: (A + A.T) @ v, x
)
shortcut = gradient_check(lambda v: v @ A @ v, lambda v: 2 * A @ v, x)

# 2. Least squares
X, y = rng.normal(size=(20, 3)), rng.normal(size=20)
w = rng.normal(size=3)
checks["||Xw - y||^2: 2 X^T (Xw - y)"] = gradient_check(
    lambda v: np.sum((X @ v - y) ** 2), lambda v: 2 * X.T @ (X @ v - y), w
)
w_best = np.linalg.lstsq(X, y, rcond=None)[0]
grad_at_best = np.linalg.norm(2 * X.T @ (X @ w_best - y))

# 3. Log-sum-exp: its gradient is the softmax, its Hessian softmax's Jacobian
z = rng.normal(size=4)
p = softmax(z)
checks["log-sum-exp: softmax(z)"] = gradient_check(logsumexp, softmax, z)
softmax_jacobian_gap = np.max(
    np.abs(jacobian(softmax, z) - (np.diag(p) - np.outer(p, p)))
)

# 4. Logistic regression on the chapter-5 data
X5, y5 = line_separated()
n = len(y5)


def log_loss(v):
    return binary_cross_entropy_from_logits(y5, X5 @ v)


def log_loss_grad(v):
    return X5.T @ (sigmoid(X5 @ v) - y5) / n


def log_loss_hessian(v):
    q = sigmoid(X5 @ v)
    return X5.T @ (X5 * (q * (1 - q))[:, None]) / n


v = np.array([0.5, -1.0])
checks["log-loss: X^T (p - y) / n"] = gradient_check(
    log_loss, log_loss_grad, v
)
hessian_gap = np.max(np.abs(jacobian(log_loss_grad, v) - log_loss_hessian(v)))

for name, error in checks.items():
    assert error < 1e-8, name
    print(f"{name:<32} relative error < 1e-8")
print(f"shortcut 2 A x for a non-symmetric A: relative error {shortcut:.2f}")
assert shortcut > 0.1
assert grad_at_best < 1e-10
print("gradient of ||Xw - y||^2 at the lstsq solution: norm < 1e-10")
assert np.allclose(numerical_gradient(logsumexp, z), softmax(z), atol=1e-9)
assert softmax_jacobian_gap < 1e-9 and hessian_gap < 1e-9
print("jacobian(softmax) vs diag(p) - p p^T: gap < 1e-9")
print("jacobian(log-loss gradient) vs X^T diag(p(1-p)) X / n: gap < 1e-9")
