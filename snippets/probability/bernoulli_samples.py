"""1,000 draws of a Bernoulli(0.7) coin from a seeded generator.

The fraction of ones settles near p = 0.7, and the same seed always gives
the same draws, so the numbers below are the same on every machine.
"""

import numpy as np
from scipy import stats

p, n = 0.7, 1_000
rng = np.random.default_rng(seed=0)
x = (rng.random(n) < p).astype(int)  # 1 with probability p

counts = np.bincount(x, minlength=2)
print(f"first 20 draws: {''.join(map(str, x[:20]))}")
print("value   count   frequency   pmf (scipy)")
assert counts.sum() == n
for k in (0, 1):
    pmf = stats.bernoulli.pmf(k, p)
    print(f"{k:5d}   {counts[k]:5d}   {counts[k] / n:9.3f}   {pmf:11.3f}")

# How far from p should the frequency be? About one standard error.
gap, se = x.mean() - p, np.sqrt(p * (1 - p) / n)
gap_in_se = gap / se
assert 0 < abs(gap_in_se) < 3  # an ordinary wobble, not a broken coin
print(f"frequency - p = {gap:+.3f}, standard error {se:.3f}")
print(f"the gap is {gap_in_se:+.1f} standard errors")

# The same seed reproduces the same draws exactly
again = (np.random.default_rng(seed=0).random(n) < p).astype(int)
assert np.array_equal(x, again)
print(f"same seed, same draws: {np.array_equal(x, again)}")
