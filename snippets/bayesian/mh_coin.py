"""Metropolis-Hastings checked on a known answer: the coin's Beta posterior.

Ten heads in ten flips with chapter 3's mild Beta(2, 2) prior: the exact
posterior is Beta(12, 2). The sampler sees only its log density up to a
constant, 11 log p + log(1 - p), and -inf outside (0, 1). Its estimates
are compared with scipy.stats.beta, within the Monte Carlo error that the
effective sample size implies.
"""

import numpy as np
from scipy import stats

from mlfound.bayes import effective_sample_size, metropolis_hastings


def log_density(p):
    if not 0 < p < 1:
        return -np.inf  # outside the support: always rejected
    return 11 * np.log(p) + np.log1p(-p)


def two_digits(value):
    """An estimate rounded to the 2 significant digits its error supports."""
    return float(f"{value:.2g}")


chain = metropolis_hastings(
    log_density, 0.5, n_samples=20_000, step_size=0.2, seed=0
)
burn_in = 1_000
kept = chain[burn_in:, 0]
n_kept = kept.size
acceptance = np.mean(np.diff(chain[:, 0]) != 0)
ess = effective_sample_size(kept)
exact = stats.beta(12, 2)
se = exact.std() / np.sqrt(ess)  # Monte Carlo standard error of the mean
ess_shown = two_digits(ess)  # an estimate itself: 2 significant digits

print(
    f"kept {n_kept:,} of {chain.shape[0]:,} draws;",
    f"acceptance rate {acceptance:.2f}; ESS about {ess_shown:,.0f}",
)
print("              MCMC    exact")
print(
    f"mean         {kept.mean():.3f}   {exact.mean():.3f}",
    f"  (Monte Carlo se {se:.3f})",
)
print(f"sd           {kept.std():.3f}   {exact.std():.3f}")
for q in (0.05, 0.5, 0.95):
    print(f"{q:4.0%} point  {np.quantile(kept, q):.2f}    {exact.ppf(q):.3f}")
assert abs(kept.mean() - exact.mean()) < 3 * se
assert abs(kept.std() / exact.std() - 1) < 0.05
quantiles = (0.05, 0.5, 0.95)
gaps = [abs(np.quantile(kept, q) - exact.ppf(q)) for q in quantiles]
assert max(gaps) < 0.02
assert np.all((kept > 0) & (kept < 1))  # never left the support
