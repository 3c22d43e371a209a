"""Metropolis-Hastings on a correlated 2-D Gaussian, started far away.

Target N(mu, Sigma) with mu = (1, -1), unit variances and correlation
0.9; start at (-4, 4), far in the tail; step size 1. The first draws
travel towards the target (burn-in) and are discarded; the rest estimate
the mean and covariance, compared with the exact ones within the Monte
Carlo error of the effective sample size.
"""

import numpy as np

from mlfound.bayes import (
    autocorrelation,
    effective_sample_size,
    metropolis_hastings,
)

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


def two_digits(value):
    """An estimate rounded to the 2 significant digits its error supports."""
    return float(f"{value:.2g}")


chain = metropolis_hastings(
    log_density, [-4.0, 4.0], n_samples=20_000, step_size=1.0, seed=0
)
print(
    "first states:",
    np.array2string(
        chain[[0, 10, 20, 40]], precision=2, separator=", "
    ).replace("\n", ""),
)
# Steps until the chain is first within 3 sd (Mahalanobis) of the mean
gap = chain - mu
distance = np.sqrt(np.einsum("ij,jk,ik->i", gap, precision, gap))
arrival = int(np.argmax(distance < 3))
print(f"first within 3 sd of the mean after {arrival} steps")
assert 10 < arrival < 100  # a few dozen steps
burn_in = 1_000
kept = chain[burn_in:]
acceptance = np.mean(np.any(np.diff(chain, axis=0) != 0, axis=1))
ess = effective_sample_size(kept)
se = np.sqrt(np.diag(Sigma) / ess)
mean_est, cov_est = kept.mean(axis=0), np.cov(kept, rowvar=False)
print(f"acceptance rate {acceptance:.2f}")
print(
    f"mean  {np.array2string(mean_est, precision=1)}   exact [ 1. -1.]",
    f"  (se about {se.max():.2f})",
)
print(
    f"cov   {np.array2string(cov_est, precision=1).replace(chr(10), '')}"
    "   exact [[1. 0.9] [0.9 1.]]"
)
assert np.all(np.abs(mean_est - mu) < 3 * se)
assert np.max(np.abs(cov_est - Sigma)) < 0.15

rho = autocorrelation(kept[:, 0], max_lag=50)
print(
    "autocorrelation of x1 at lags 1, 5, 20, 50:",
    ", ".join(f"{np.round(rho[k], 1) + 0.0:.1f}" for k in (1, 5, 20, 50)),
)
print(
    f"effective sample size of x1, x2: about {two_digits(ess.min()):.0f} "
    f"and {two_digits(ess.max()):.0f} of {kept.shape[0]:,} draws"
)
assert rho[1] > 0.8 and abs(rho[50]) < 0.2
assert ess.max() < kept.shape[0] / 10
