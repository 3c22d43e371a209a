"""The top eigenvector of the covariance maximises the variance.

Variance of iris along a unit vector u is u^T S u. The gradient of the
Lagrangian u^T S u - lambda (u^T u - 1), which is 2 S u - 2 lambda u, is
checked against central differences; it vanishes exactly at eigenvectors.
Then 100,000 random unit vectors: none beats the top eigenvector, none
falls below the last, and none orthogonal to v_1 beats v_2.
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.calculus import gradient_check
from mlfound.linalg import covariance, sorted_eigh

S = covariance(load_iris().data)
values, vectors = sorted_eigh(S)
v1, v2 = vectors[:, 0], vectors[:, 1]


def variance_along(u):
    return u @ S @ u


def lagrangian(u, lam=1.5):
    return variance_along(u) - lam * (u @ u - 1)


def lagrangian_gradient(u, lam=1.5):  # with respect to u
    return 2 * S @ u - 2 * lam * u


rng = np.random.default_rng(0)
u0 = rng.normal(size=4)
grad_error = gradient_check(lagrangian, lagrangian_gradient, u0)
print(
    f"gradient 2 S u - 2 lambda u vs central differences: "
    f"relative error < 1e-8: {grad_error < 1e-8}"
)
assert grad_error < 1e-8
stationary = np.max(np.abs(2 * S @ vectors - 2 * vectors * values))
print(
    f"it vanishes at every eigenpair (max |entry| < 1e-12): "
    f"{stationary < 1e-12}"
)
assert stationary < 1e-12

trials = 100_000
U = rng.normal(size=(trials, 4))
U /= np.linalg.norm(U, axis=1, keepdims=True)  # uniform on the unit sphere
variances = np.einsum("ij,jk,ik->i", U, S, U)
best, worst = variances.max(), variances.min()
lambda_1 = values[0]
print(f"lambda_1 = v_1^T S v_1 = {variance_along(v1):.4f}")
print(f"best of {trials:,} random unit vectors: {best:.4f} (below lambda_1)")
print(f"worst of them: {worst:.4f}, lambda_4 = {values[-1]:.4f}")
assert np.isclose(variance_along(v1), values[0])
assert best < values[0] and worst > values[-1]
gap_best = values[0] - best

# Second component: the best direction orthogonal to v_1.
U_perp = U - np.outer(U @ v1, v1)
U_perp /= np.linalg.norm(U_perp, axis=1, keepdims=True)
best_perp = np.einsum("ij,jk,ik->i", U_perp, S, U_perp).max()
print(
    f"orthogonal to v_1, best random: {best_perp:.6f} "
    f"< lambda_2 = {values[1]:.6f}"
)
assert best_perp < values[1]
