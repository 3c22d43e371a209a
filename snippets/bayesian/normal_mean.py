"""A continuous parameter: the mean of a normal with a known spread.

The first five of chapter 3's draws from N(3, 1.5^2); sigma = 1.5 is known,
mu is not, and the prior is mu ~ N(0, 2^2). A normal prior times a normal
likelihood is a normal posterior (conjugacy): checked against prior times
likelihood on a grid. A new measurement is predicted by N(mu_n, sigma^2 +
tau_n^2), checked by simulation.
"""

import numpy as np
from scipy import stats

sigma = 1.5  # known noise
mu0, tau0 = 0.0, 2.0  # prior mean and standard deviation
data = np.random.default_rng(seed=0).normal(loc=3.0, scale=1.5, size=100)[:5]
n = data.size

# Precisions (1 / variance) add; the posterior mean weights by precision
precision = 1 / tau0**2 + n / sigma**2
tau_n = np.sqrt(1 / precision)
mu_n = (mu0 / tau0**2 + data.sum() / sigma**2) / precision

mu = np.linspace(-4.0, 8.0, 24_001)
log_joint = stats.norm.logpdf(mu, mu0, tau0) + np.sum(
    stats.norm.logpdf(data[:, None], mu, sigma), axis=0
)
grid = np.exp(log_joint - log_joint.max())
grid /= np.trapezoid(grid, mu)
gap = np.max(np.abs(grid - stats.norm.pdf(mu, mu_n, tau_n)))
assert gap < 1e-6

sample_mean = data.mean()
print(f"data: {np.array2string(data, precision=3)}")
print(f"prior      mu ~ N({mu0:.2f}, {tau0:.3f}^2)")
print(f"posterior  mu ~ N({mu_n:.3f}, {tau_n:.3f}^2); grid gap < 1e-6")
print(
    f"sample mean (the MLE) {sample_mean:.3f}, its sd sigma / sqrt(n)",
    f"{sigma / np.sqrt(n):.3f}",
)
assert mu0 < mu_n < sample_mean  # pulled from the data towards the prior
assert tau_n < min(tau0, sigma / np.sqrt(n))

# Posterior predictive of one new measurement: mu uncertain, plus the noise
predictive_sd = np.sqrt(sigma**2 + tau_n**2)
rng = np.random.default_rng(1)
mus = rng.normal(mu_n, tau_n, size=200_000)
new = rng.normal(mus, sigma)
print(
    f"predictive sd sqrt(sigma^2 + tau_n^2) = {predictive_sd:.3f},",
    f"simulated {new.std():.2f}",
)
assert abs(new.std() - predictive_sd) < 0.01
print(f"plug-in sd (sigma alone)              = {sigma:.3f}")
