"""Trace and determinant as the sum and product of the eigenvalues.

lambda is an eigenvalue of X exactly when X - lambda I is singular, that
is when det(lambda I - X) = 0: the roots of the characteristic polynomial
lambda^3 - (tr X) lambda^2 + c lambda - det X. So the eigenvalues add up
to the trace and multiply to the determinant. Checked on the reference X
and on the covariance of iris, whose trace is the total variance.
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.linalg import covariance, determinant, sorted_eigh

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
trace, det = np.trace(X), determinant(X)
# c: the sum of the three principal 2 x 2 minors.
c = sum(
    determinant(X[np.ix_(keep, keep)]) for keep in ([0, 1], [0, 2], [1, 2])
)
coefficients = [1.0, -trace, c, -det]
roots = np.sort(np.roots(coefficients))[::-1]
eigenvalues = np.sort(np.linalg.eigvals(X).real)[::-1]
print(f"tr X = {trace:.4f}, det X = {det:.4f}, c = {c:.4f}")
print(f"roots of the characteristic polynomial: {np.round(roots, 4)}")
print(f"eigenvalues from np.linalg.eigvals:     {np.round(eigenvalues, 4)}")
print(
    f"sum {eigenvalues.sum():.4f} = tr X, product {eigenvalues.prod():.4f} "
    f"= det X"
)
assert np.all(np.isreal(np.linalg.eigvals(X)))
assert np.allclose(roots, eigenvalues)
assert np.isclose(eigenvalues.sum(), trace)
assert np.isclose(eigenvalues.prod(), det)
worst = max(abs(determinant(X - lam * np.eye(3))) for lam in eigenvalues)
print(f"|det(X - lambda I)| < 1e-12 at each eigenvalue: {worst < 1e-12}")
assert worst < 1e-12

S = covariance(load_iris().data)
values, _ = sorted_eigh(S)
total_variance = np.trace(S)
print(
    f"iris: tr S = {total_variance:.4f} (the total variance) = sum of "
    f"eigenvalues {values.sum():.4f}"
)
print(
    f"      det S = {determinant(S):.3e} = product of eigenvalues "
    f"{values.prod():.3e}"
)
assert np.isclose(total_variance, values.sum())
assert np.isclose(determinant(S), values.prod())

W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
print(
    f"tr(W W^T) = {np.trace(W @ W.T):.4f} = tr(W^T W) = "
    f"{np.trace(W.T @ W):.4f} = ||W||_F^2 = {np.linalg.norm(W) ** 2:.4f}"
)
assert np.isclose(np.trace(W @ W.T), np.trace(W.T @ W))
assert np.isclose(np.trace(W.T @ W), np.linalg.norm(W) ** 2)
