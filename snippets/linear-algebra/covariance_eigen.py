"""Covariance of the reference X and its eigenpairs, largest first.

mlfound.linalg.covariance is checked against np.cov, and sorted_eigh (eigh,
then reversed to descending order) against the definition S v = lambda v.
The third eigenvalue is zero up to rounding: three centred points in 3-D
lie in a plane, and the third eigenvector is that plane's normal.
"""

import numpy as np

from mlfound.linalg import covariance, pca, sorted_eigh

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])


def show(a):
    return np.array2string(a, precision=4, floatmode="fixed", sign=" ")


S = covariance(X)
print("covariance S (ddof=1):")
print(show(S))
print(f"agrees with np.cov(X, rowvar=False): {np.allclose(S, np.cov(X.T))}")

values, vectors = sorted_eigh(S)
print("eigenvalues, largest first: " + ", ".join(f"{v:.4g}" for v in values))
for i in range(3):
    v = vectors[:, i]
    residual = np.linalg.norm(S @ v - values[i] * v)
    print(f"v{i + 1} = {show(v)}   ||S v - lambda v|| = {residual:.1e}")
print(f"V^T V = I: {np.allclose(vectors.T @ vectors, np.eye(3))}")

share = values[0] / np.trace(S)
print(f"first component carries {share:.2%} of the total variance")
top = pca(X).components[0]
same = np.isclose(abs(top @ vectors[:, 0]), 1.0)
print(f"pca(X).components[0] = {show(top)}, v1 up to sign: {same}")

# Why lambda_3 is (almost) zero.
centred = X - X.mean(axis=0)
total = np.abs(centred.sum(axis=0)).max()
print(f"the 3 rows of X - mean sum to zero: largest entry {total:.1e}")
print(f"rank of X - mean: {np.linalg.matrix_rank(centred)}")
heights = centred @ vectors[:, 2]
print(f"centred points along v3: {', '.join(f'{h:.1e}' for h in heights)}")
