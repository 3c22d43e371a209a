"""Sampling a Gaussian through the Cholesky factor: x = mean + L z.

z holds independent standard normals, so Cov(L z) = L I L^T = cov. The
block draws 100,000 points with multivariate_normal_sample and checks the
sample mean and covariance against the truth, with tolerances from their
standard errors, and the share of points inside the ellipses of
Mahalanobis radius r against the chi-squared prediction 1 - exp(-r^2 / 2).
"""

import numpy as np
from scipy import stats

from mlfound.probability import multivariate_normal_sample

mean = np.array([1.0, -1.0])
cov = np.array([[2.0, 1.2], [1.2, 1.0]])
n = 100_000
x = multivariate_normal_sample(mean, cov, n, seed=0)

sample_mean = x.mean(axis=0)
sample_cov = np.cov(x, rowvar=False)
se_mean = np.sqrt(np.diag(cov) / n)
# Var of a sample covariance entry: (cov_ii cov_jj + cov_ij^2) / n
se_cov = np.sqrt((np.outer(np.diag(cov), np.diag(cov)) + cov**2) / n)
z_mean = (sample_mean - mean) / se_mean
z_cov = (sample_cov - cov) / se_cov
print(
    f"sample mean {np.array2string(sample_mean, precision=3)}, "
    f"z = {np.array2string(z_mean, precision=1)}"
)
print("sample covariance:")
print(np.array2string(sample_cov, precision=3, floatmode="fixed"))
print(f"largest |z| of the covariance entries: {np.abs(z_cov).max():.1f}")

# Mahalanobis radius of every point, through the same Cholesky factor
L = np.linalg.cholesky(cov)
z = np.linalg.solve(L, (x - mean).T)  # whitened points: independent N(0, 1)
radius2 = np.sum(z**2, axis=0)
print(
    f"whitened points: covariance max |C - I| = "
    f"{np.abs(np.cov(z) - np.eye(2)).max():.3f}"
)
print(" r   inside the ellipse   1 - exp(-r^2/2)")
for r in (1, 2, 3):
    inside = np.mean(radius2 <= r**2)
    expected = stats.chi2(df=2).cdf(r**2)
    se = np.sqrt(expected * (1 - expected) / n)
    assert abs(inside - expected) < 5 * se
    assert np.isclose(expected, 1 - np.exp(-(r**2) / 2))
    print(f"{r:2d}   {inside:18.4f}   {expected:15.4f}")

assert np.all(np.abs(z_mean) < 5) and np.all(np.abs(z_cov) < 5)
# numpy's own sampler (an SVD square root) draws other points, same law
other = np.random.default_rng(1).multivariate_normal(mean, cov, size=n)
assert np.all(np.abs(np.cov(other, rowvar=False) - cov) < 5 * se_cov)

# The radius-1 ellipse holds less and less as the dimension grows
share_r1 = stats.chi2(df=2).cdf(1.0)
one_dim = stats.chi2(df=1).cdf(1.0)  # |z| <= 1 for one standard normal
shares = stats.chi2(df=np.arange(1, 11)).cdf(1.0)
assert np.all(np.diff(shares) < 0)
