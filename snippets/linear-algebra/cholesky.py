"""Cholesky by hand on a 3 x 3 matrix, then its three everyday uses.

Column by column: l_jj = sqrt(a_jj - sum_k l_jk^2), then the entries below
it. mlfound.linalg.cholesky, numpy and scipy give the same L. Uses: solve
A x = b by two triangular solves; log det A = 2 sum log l_jj; and samples
from a Gaussian N(mu, A) as mu + L z with z standard normal.
"""

import math

import numpy as np
import scipy.linalg

from mlfound.linalg import cholesky, solve

A = np.array([[4.0, 2.0, 2.0], [2.0, 5.0, 3.0], [2.0, 3.0, 6.0]])
n = len(A)
L = np.zeros_like(A)
for j in range(n):
    pivot = A[j, j] - L[j, :j] @ L[j, :j]  # must be > 0 for every j
    L[j, j] = math.sqrt(pivot)
    L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    print(f"column {j + 1}: pivot {pivot:.0f}, l = {L[j:, j]}")
print("L =", L, sep="\n")
assert np.array_equal(L @ L.T, A)
agree = [
    np.allclose(L, other)
    for other in (
        cholesky(A),
        np.linalg.cholesky(A),
        scipy.linalg.cholesky(A, lower=True),
    )
]
print("mlfound, numpy, scipy give the same L:", agree)
assert all(agree)

b = np.array([8.0, 10.0, 11.0])
y = scipy.linalg.solve_triangular(L, b, lower=True)  # L y = b
x = scipy.linalg.solve_triangular(L.T, y, lower=False)  # L^T x = y
print(f"A x = b by two triangular solves: x = {x}")
assert np.allclose(x, solve(A, b)) and np.allclose(A @ x, b)

log_det = 2.0 * np.sum(np.log(np.diag(L)))
print(
    f"log det A = 2 sum log l_jj = {log_det:.4f} = log 64 = {math.log(64):.4f}"
)
assert np.isclose(log_det, np.linalg.slogdet(A)[1])

mu = np.array([1.0, -1.0, 0.0])
z = np.random.default_rng(0).normal(size=(200_000, n))
samples = mu + z @ L.T  # each row: mu + L z
gap = np.max(np.abs(np.cov(samples, rowvar=False) - A)) / np.max(A)
mean_gap = np.max(np.abs(samples.mean(axis=0) - mu))
print(f"200,000 samples of N(mu, A): covariance within 2% of A: {gap < 0.02}")
print(
    f"                             mean within 0.02 of mu: {mean_gap < 0.02}"
)
assert gap < 0.02 and mean_gap < 0.02
