"""Covariance of the reference X and its eigenpairs, largest first.

mlfound.linalg.covariance is checked against np.cov, and sorted_eigh (eigh,
then reversed to descending order) against the definition S v = lambda v.
The third eigenvalue is zero up to rounding: three centred points in 3-D
lie in a plane, and the third eigenvector is that plane's normal.
Quantities that are zero up to rounding are printed as bounds: their
digits are noise and differ from one processor to the next.
"""

import numpy as np

from mlfound.linalg import covariance, pca, sorted_eigh

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
tiny = 1e-14  # far above rounding noise in numbers of order 1, far below 1


def show(a):
    return np.array2string(a, precision=4, floatmode="fixed", sign=" ")


S = covariance(X)
print("covariance S (ddof=1):")
print(show(S))
assert np.allclose(S, np.cov(X.T))
print(f"agrees with np.cov(X, rowvar=False): {np.allclose(S, np.cov(X.T))}")

values, vectors = sorted_eigh(S)
# An eigenvector is defined up to sign; show each with its largest entry (in
# absolute value) positive, as pca does, so the signs do not depend on LAPACK.
largest = np.argmax(np.abs(vectors), axis=0)
vectors = vectors * np.sign(vectors[largest, np.arange(3)])
lambda_3 = values[2]
assert values[0] >= values[1] > tiny and abs(lambda_3) < tiny
print(
    f"eigenvalues, largest first: {values[0]:.4g}, {values[1]:.4g}, "
    f"and |lambda_3| < {tiny:.0e}"
)
for i in range(3):
    v = vectors[:, i]
    assert np.linalg.norm(S @ v - values[i] * v) < tiny
    print(f"v{i + 1} = {show(v)}   ||S v - lambda v|| < {tiny:.0e}")
assert np.allclose(vectors.T @ vectors, np.eye(3))
print(f"V^T V = I: {np.allclose(vectors.T @ vectors, np.eye(3))}")

share = values[0] / np.trace(S)
assert share > 0.95  # nearly all the variance
print(f"first component carries {share:.2%} of the total variance")
top = pca(X).components[0]
same = np.allclose(top, vectors[:, 0])
assert same
print(f"pca(X).components[0] = {show(top)}, the same as v1: {same}")

# Why lambda_3 is (almost) zero.
centred = X - X.mean(axis=0)
assert np.abs(centred.sum(axis=0)).max() < tiny
print(f"the 3 rows of X - mean sum to zero: every entry < {tiny:.0e}")
rank_centred = np.linalg.matrix_rank(centred)
assert rank_centred == 2
print(f"rank of X - mean: {rank_centred}")
heights = centred @ vectors[:, 2]
assert np.all(np.abs(heights) < tiny)
print(f"centred points along v3: all |height| < {tiny:.0e}")
