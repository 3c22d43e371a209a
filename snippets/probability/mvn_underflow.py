"""In 1,000 dimensions the density underflows and the determinant with it.

A Gaussian in d = 1,000 dimensions with a random covariance. Its density at a
typical point is around exp(-860): far below the smallest float, so
computing the density first and taking the log afterwards gives log(0).
np.linalg.det underflows to 0 in the same way. Working with logarithms
throughout, through the Cholesky factor, stays finite and agrees with
scipy's logpdf.
"""

import numpy as np
from scipy import stats

from mlfound.probability import (
    multivariate_normal_logpdf,
    multivariate_normal_sample,
)

d = 1_000
rng = np.random.default_rng(seed=0)
A = rng.normal(size=(d, d))
cov = 0.6 * (A @ A.T / d + 0.05 * np.eye(d))  # positive definite
mean = np.zeros(d)
x = multivariate_normal_sample(mean, cov, 1, seed=1)[0]

density = stats.multivariate_normal(mean, cov).pdf(x)
determinant = np.linalg.det(cov)
ours = multivariate_normal_logpdf(x, mean, cov)
reference = stats.multivariate_normal(mean, cov).logpdf(x)
log_det = np.linalg.slogdet(cov)[1]
print(f"density at a sampled point: {density}")
print(f"np.linalg.det(cov): {determinant}")
print(f"log det(cov) from slogdet: {log_det:.1f}")
print(f"multivariate_normal_logpdf: {ours:.1f}")
print(
    f"relative gap to scipy's logpdf < 1e-10: "
    f"{abs(ours - reference) < 1e-10 * abs(reference)}"
)
assert density == 0.0 and determinant == 0.0  # both underflow
assert np.isfinite(ours) and abs(ours - reference) < 1e-10 * abs(reference)
