"""How often does a 95% confidence interval contain the true mean?

For each n, 20,000 samples of n values; for each sample the interval
mean +/- 1.96 s / sqrt(n) (s with ddof=1), and the wider Student-t interval
mean +/- t s / sqrt(n). Coverage is the fraction of intervals that contain
the true mean. Normal data reach 95% with the t interval at every n;
skewed exponential data fall short when n is small, whichever is used.
"""

import numpy as np
from scipy import stats

repetitions = 20_000
rng = np.random.default_rng(seed=0)
se_coverage = np.sqrt(0.95 * 0.05 / repetitions)  # Monte Carlo error


def coverage(samples, mu, multiplier):
    n = samples.shape[1]
    centre = samples.mean(axis=1)
    half = multiplier * samples.std(axis=1, ddof=1) / np.sqrt(n)
    return np.mean(np.abs(centre - mu) <= half)


print("     n   data          z-interval   t-interval")
results = {}
for n in (5, 20, 80, 320):
    t = stats.t.ppf(0.975, df=n - 1)
    for name, draw in [
        ("normal", lambda n: rng.normal(1.0, 1.0, size=(repetitions, n))),
        ("exponential", lambda n: rng.exponential(1.0, (repetitions, n))),
    ]:
        x = draw(n)  # both distributions have mean 1 and variance 1
        cz, ct = coverage(x, 1.0, 1.96), coverage(x, 1.0, t)
        results[name, n] = (cz, ct)
        print(f"{n:6d}   {name:11s}   {cz:10.3f}   {ct:10.3f}")
print(f"Monte Carlo standard error of each coverage: {se_coverage:.4f}")

t_normal_5 = results["normal", 5][1]
z_normal_5 = results["normal", 5][0]
t_exp_5 = results["exponential", 5][1]
t_exp_320 = results["exponential", 320][1]
for n in (5, 20, 80, 320):  # the t interval is exact for normal data
    assert abs(results["normal", n][1] - 0.95) < 4 * se_coverage
assert z_normal_5 < 0.95 - 10 * se_coverage  # 1.96 is too small at n = 5
assert t_exp_5 < 0.95 - 10 * se_coverage  # skewness: even t falls short
assert abs(t_exp_320 - 0.95) < 0.01  # ... until n is large
