"""The SVD X = U diag(s) V^T, and PCA as the SVD of the centred data.

The reference X is rebuilt from its SVD and as a sum of rank-1 pieces.
Then, on iris: the right singular vectors of the centred data are the
principal components, and s_i^2 / (n - 1) are the explained variances.
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.linalg import pca

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])


def fmt(values):
    return ", ".join(f"{v:.4f}" for v in values)


U, s, Vt = np.linalg.svd(X)
print(f"singular values of X: {fmt(s)}")
assert np.allclose(U @ np.diag(s) @ Vt, X)
print(f"U diag(s) V^T == X: {np.allclose(U @ np.diag(s) @ Vt, X)}")
assert np.allclose(U.T @ U, np.eye(3)) and np.allclose(Vt @ Vt.T, np.eye(3))
print(
    f"U, V orthogonal: {np.allclose(U.T @ U, np.eye(3))}, "
    f"{np.allclose(Vt @ Vt.T, np.eye(3))}"
)
pieces = [s[i] * np.outer(U[:, i], Vt[i]) for i in range(3)]
assert np.allclose(sum(pieces), X)
print(f"sum of the 3 rank-1 pieces == X: {np.allclose(sum(pieces), X)}")
eigenvalues = np.linalg.eigvalsh(X.T @ X)[::-1]
assert np.allclose(eigenvalues, s**2)
print(f"eigenvalues of X^T X: {fmt(eigenvalues)}")
print(f"s squared:            {fmt(s**2)}")

# PCA of iris through the SVD of the centred data.
data = load_iris().data
n = data.shape[0]
centred = data - data.mean(axis=0)
_, s_iris, Vt_iris = np.linalg.svd(centred, full_matrices=False)
model = pca(data)
assert np.allclose(s_iris**2 / (n - 1), model.explained_variance)
print(f"iris s^2 / (n - 1):  {fmt(s_iris**2 / (n - 1))}")
print(f"pca explained var.:  {fmt(model.explained_variance)}")
cosines = np.abs(np.sum(Vt_iris * model.components, axis=1))
assert np.allclose(cosines, 1.0)  # the same axes, up to sign
print(f"|cos| between rows of V^T and pca components: {fmt(cosines)}")
