"""Maximum likelihood for 100 draws from Normal(3, 1.5).

The estimates that maximise the log-likelihood are the sample mean and the
standard deviation with divisor n (numpy's ddof=0). scipy.stats.norm.fit
maximises the same likelihood and lands on the same numbers.
"""

import numpy as np
from scipy import stats

from mlfound.probability import normal_log_likelihood, normal_mle

rng = np.random.default_rng(seed=0)
data = rng.normal(loc=3.0, scale=1.5, size=100)

mu_hat, sigma_hat = normal_mle(data)
loc, scale = stats.norm.fit(data)
# The three fits agree; none recovers the true (3, 1.5) exactly.
assert np.allclose([mu_hat, sigma_hat], [data.mean(), data.std(ddof=0)])
assert np.allclose([mu_hat, sigma_hat], [loc, scale])
assert abs(mu_hat - 3.0) > 1e-3 and abs(sigma_hat - 1.5) > 1e-3
print("              mu       sigma")
print(f"true        {3.0:.4f}   {1.5:.4f}")
print(f"normal_mle  {mu_hat:.4f}   {sigma_hat:.4f}")
print(f"numpy       {data.mean():.4f}   {data.std(ddof=0):.4f}  (ddof=0)")
print(f"norm.fit    {loc:.4f}   {scale:.4f}")
print(f"for contrast, ddof=1 std: {data.std(ddof=1):.4f}")

best = normal_log_likelihood(data, mu_hat, sigma_hat)
true = normal_log_likelihood(data, 3.0, 1.5)
direct = np.sum(stats.norm.logpdf(data, mu_hat, sigma_hat))
assert (
    np.isclose(best, direct) and best > true
)  # the MLE fits this sample best
print(f"log-likelihood at the MLE:     {best:.4f} (scipy {direct:.4f})")
print(f"log-likelihood at (3.0, 1.5):  {true:.4f}")
