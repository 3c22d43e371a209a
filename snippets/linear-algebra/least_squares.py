"""Least squares is a projection: the fitted values are y projected onto
the column space of the design matrix A, and the residual is orthogonal to
every column.

Fit y = w1 + w2 t to three points, three ways: the normal equations
A^T A w = A^T y, mlfound's project_onto_subspace, and np.linalg.lstsq.
"""

import numpy as np

from mlfound.linalg import project_onto_subspace


def show(a):
    return np.array2string(
        np.round(a, 12) + 0.0, precision=4, floatmode="fixed", sign=" "
    )


t = np.array([0.0, 1.0, 2.0])
y = np.array([1.0, 3.5, 2.0])
A = np.column_stack([np.ones_like(t), t])  # columns: intercept, slope

w = np.linalg.solve(A.T @ A, A.T @ y)
w_lstsq, *_ = np.linalg.lstsq(A, y, rcond=None)
assert np.allclose(w, w_lstsq)
print(f"normal equations: w = {show(w)}")
print(f"np.linalg.lstsq:  w = {show(w_lstsq)}")

y_hat = project_onto_subspace(y, A)
assert np.allclose(A @ w, y_hat)
print(f"A @ w             = {show(A @ w)}")
print(f"projection of y   = {show(y_hat)}")
r = y - y_hat
assert np.abs(A.T @ r).max() < 1e-14  # orthogonal to every column of A
print(f"residual r = {show(r)}, every |entry of A^T r| < 1e-14")
assert np.isclose(r @ r, y @ y - y_hat @ y_hat)  # Pythagoras
print(
    f"||r||^2 = {r @ r:.4f} = ||y||^2 - ||y_hat||^2 = "
    f"{y @ y - y_hat @ y_hat:.4f}"
)

# The same on 200 noisy points with 3 features.
rng = np.random.default_rng(0)
X = rng.normal(size=(200, 3))
target = X @ np.array([1.0, -2.0, 0.5]) + rng.normal(scale=0.1, size=200)
w_big, *_ = np.linalg.lstsq(X, target, rcond=None)
fitted = project_onto_subspace(target, X)
assert np.allclose(X @ w_big, fitted)
assert np.abs(X.T @ (target - fitted)).max() < 1e-10
print(
    f"200 x 3: lstsq fit == projection: {np.allclose(X @ w_big, fitted)}, "
    "every |entry of X^T r| < 1e-10"
)
