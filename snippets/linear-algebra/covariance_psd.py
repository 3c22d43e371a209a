"""Every covariance matrix is positive semidefinite, and a pitfall.

u^T S u is the variance of the data along u, so it cannot be negative:
u^T S u = ||X_c u||^2 / (n - 1). With more samples than features, in
general position, S is positive definite and has a Cholesky factor; three
points in three dimensions give a semidefinite S, and cholesky refuses it.
The pitfall: a symmetric matrix with a unit diagonal and entries in
[-1, 1] that no data set can have as its correlation matrix.
"""

import numpy as np

from mlfound.linalg import cholesky, covariance, sorted_eigh

rng = np.random.default_rng(0)
X = rng.normal(size=(50, 4)) @ rng.normal(size=(4, 4))
S = covariance(X)
centred = X - X.mean(axis=0)
u = rng.normal(size=4)
print(
    f"u^T S u = {u @ S @ u:.4f} = ||X_c u||^2 / (n - 1) = "
    f"{np.sum((centred @ u) ** 2) / 49:.4f}"
)
assert np.isclose(u @ S @ u, np.sum((centred @ u) ** 2) / 49)
values = sorted_eigh(S)[0]
print(f"50 samples, 4 features: eigenvalues {np.round(values, 3)}, all > 0")
cholesky(S)  # succeeds: S is positive definite
assert values[-1] > 0

X_ref = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
try:
    cholesky(covariance(X_ref))
    refused = False
except ValueError:
    refused = True
print(f"3 samples, 3 features: semidefinite, cholesky refuses it: {refused}")
assert refused

# Feature 1 ~ 2 and 2 ~ 3 strongly, yet 1 and 3 strongly opposed?
R = np.array([[1.0, 0.9, -0.9], [0.9, 1.0, 0.9], [-0.9, 0.9, 1.0]])
values, vectors = sorted_eigh(R)
u = np.array([1.0, -1.0, 1.0])  # z1 - z2 + z3, along the last eigenvector
variance = u @ R @ u
print(f"eigenvalues of R: {np.round(values, 4) + 0.0}")
print(f"'variance' of z1 - z2 + z3 under R: {variance:.2f} < 0")
try:
    cholesky(R)
except ValueError as error:
    message = str(error).split(":")[0]
print(f"cholesky(R): ValueError: {message}")
assert values[-1] < 0 and variance < 0
assert np.isclose(abs(vectors[:, -1] @ u) / np.linalg.norm(u), 1.0)
assert message == "A must be positive definite"
