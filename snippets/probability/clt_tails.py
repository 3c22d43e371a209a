"""How fast does the mean of exponential draws become normal? Exactly.

The sum of n exponential(1) draws has a Gamma(n, 1) distribution, so the
tail probabilities of the standardised mean Z = (mean - 1) sqrt(n) are
known exactly (scipy.stats.gamma). For a normal Z each tail beyond 1.645
holds 5%. The gaps shrink like 1 / sqrt(n): gap * sqrt(n) levels off at
the value of the first correction to the CLT (Edgeworth), which is set by
the skewness, 2 for the exponential. A simulation of the same tails agrees
within its standard errors.
"""

import numpy as np
from scipy import stats

z95 = stats.norm.ppf(0.95)  # 1.645: 5% of a normal lies beyond it
rng = np.random.default_rng(seed=0)
repetitions = 100_000

print(
    "     n   P(Z > 1.645)   P(Z < -1.645)   right gap * sqrt(n)   simulated"
)
scaled_gaps = []
for n in (1, 4, 16, 64, 256, 1024):
    sums = stats.gamma(n)  # the sum of n exponential(1) draws
    right = sums.sf(n + z95 * np.sqrt(n))
    left = sums.cdf(n - z95 * np.sqrt(n))
    scaled_gaps.append((right - 0.05) * np.sqrt(n))
    assert right > 0.05 > left  # skewed right at every n
    simulated = np.mean(rng.gamma(n, size=repetitions) > n + z95 * np.sqrt(n))
    se = np.sqrt(right * (1 - right) / repetitions)
    assert abs(simulated - right) < 5 * se
    print(
        f"{n:6d}   {right:12.4f}   {left:13.4f}   {scaled_gaps[-1]:19.4f}"
        f"   {simulated:9.4f}"
    )

skewness = 2.0
limit = skewness / 6 * (z95**2 - 1) * stats.norm.pdf(z95)
print(f"Edgeworth limit of gap * sqrt(n): {limit:.4f}")
right_1024 = right
assert all(g > 0 for g in scaled_gaps)  # the right tail is always heavier
assert np.all(np.diff(scaled_gaps) > 0) and scaled_gaps[-1] < limit
assert abs(scaled_gaps[-1] / limit - 1) < 0.05  # the 1/sqrt(n) rate
