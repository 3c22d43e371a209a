"""Maximum likelihood for a coin: the estimate of p is the fraction of ones.

The 1,000 Bernoulli(0.7) draws of the distributions page again. Scanning the
log-likelihood over a fine grid of p finds its peak at the sample mean, as
the calculus says it must.
"""

import numpy as np

from mlfound.probability import bernoulli_log_likelihood

rng = np.random.default_rng(seed=0)
y = (rng.random(1_000) < 0.7).astype(int)

p_hat = y.mean()
grid = np.linspace(0.001, 0.999, 999)
ll = np.array([bernoulli_log_likelihood(y, p) for p in grid])
p_grid = grid[np.argmax(ll)]
assert np.isclose(p_grid, p_hat)  # the peak is at the fraction of ones
# On the data it came from, the estimate beats the true p = 0.7.
assert bernoulli_log_likelihood(y, p_hat) > bernoulli_log_likelihood(y, 0.7)
print(f"ones: {y.sum()} of {y.size}, so p_hat = mean = {p_hat:.3f}")
print(f"grid maximum of the log-likelihood at p = {p_grid:.3f}")
print(f"log-likelihood at p_hat: {bernoulli_log_likelihood(y, p_hat):.4f}")
print(f"log-likelihood at 0.7:   {bernoulli_log_likelihood(y, 0.7):.4f}")
print(f"log-likelihood at 0.5:   {bernoulli_log_likelihood(y, 0.5):.4f}")
