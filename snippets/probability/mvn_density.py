"""The density of a two-dimensional Gaussian, through its Cholesky factor.

multivariate_normal_logpdf factors cov = L L^T, solves L z = x - mean by
forward substitution, and adds up -(d log 2 pi + 2 sum log L_ii + |z|^2)/2.
scipy.stats.multivariate_normal and the textbook formula, with the inverse
and the determinant, agree.
"""

import numpy as np
from scipy import stats

from mlfound.probability import multivariate_normal_logpdf

mean = np.array([1.0, -1.0])
cov = np.array([[2.0, 1.2], [1.2, 1.0]])
L = np.linalg.cholesky(cov)
print("Cholesky factor L:")
print(np.array2string(L, precision=4, floatmode="fixed"))
rebuilt = np.max(np.abs(L @ L.T - cov))
print(f"max |L L^T - cov| < 1e-15: {rebuilt < 1e-15}")

points = np.array([[1.0, -1.0], [2.0, 0.0], [0.0, 0.0], [3.0, -2.0]])
ours = multivariate_normal_logpdf(points, mean, cov)
scipy_values = stats.multivariate_normal(mean, cov).logpdf(points)
diff = points - mean
mahalanobis2 = np.einsum("ni,ij,nj->n", diff, np.linalg.inv(cov), diff)
by_formula = -0.5 * (
    2 * np.log(2 * np.pi) + np.log(np.linalg.det(cov)) + mahalanobis2
)
print("point          Mahalanobis^2   log-density   scipy")
for x, m2, a, b in zip(points, mahalanobis2, ours, scipy_values, strict=True):
    print(f"({x[0]:4.1f}, {x[1]:4.1f})   {m2:13.4f}   {a:11.4f}   {b:7.4f}")
gap = max(
    np.max(np.abs(ours - scipy_values)), np.max(np.abs(ours - by_formula))
)
print(f"largest gap to scipy and to the formula < 1e-12: {gap < 1e-12}")

log_det = 2 * np.sum(np.log(np.diag(L)))
print(
    f"log det cov: from L {log_det:.6f}, np.linalg.slogdet "
    f"{np.linalg.slogdet(cov)[1]:.6f}"
)
assert rebuilt < 1e-15 and gap < 1e-12
assert np.isclose(log_det, np.log(0.56))  # det = 2 * 1 - 1.2^2
# (2, 0) and (0, 0) lie at the same Euclidean distance from the mean, but
# (2, 0) runs along the correlation and is far more probable
assert ours[1] > ours[2]
