"""Mean and variance of eight distributions, by formula and by simulation.

Each distribution is sampled 200,000 times with a seeded generator. The
sample mean and variance should land within a few standard errors of the
exact values: sigma / sqrt(n) for the mean, and for the variance
sigma^2 sqrt((kurtosis + 2) / n), with scipy's excess kurtosis.
"""

import numpy as np
from scipy import stats

n = 200_000
rng = np.random.default_rng(seed=0)
p_cat = np.array([0.2, 0.5, 0.3])
categorical = stats.rv_discrete(values=([0, 1, 2], p_cat))

# name: (samples from numpy's generator, scipy's frozen distribution)
cases = {
    "Bernoulli(0.3)": (rng.binomial(1, 0.3, n), stats.bernoulli(0.3)),
    "binomial(10, 0.3)": (rng.binomial(10, 0.3, n), stats.binom(10, 0.3)),
    "categorical": (rng.choice(3, size=n, p=p_cat), categorical),
    "Poisson(3)": (rng.poisson(3.0, n), stats.poisson(3.0)),
    "uniform(-1, 2)": (rng.uniform(-1, 2, n), stats.uniform(-1, 3)),
    "exponential(1.5)": (
        rng.exponential(scale=1 / 1.5, size=n),  # numpy: scale = 1 / rate
        stats.expon(scale=1 / 1.5),
    ),
    "Beta(2, 5)": (rng.beta(2, 5, n), stats.beta(2, 5)),
    "normal(1, 0.5^2)": (rng.normal(1, 0.5, n), stats.norm(1, 0.5)),
}
# The same moments from the formulas of the table on this page
formulas = {
    "Bernoulli(0.3)": (0.3, 0.3 * 0.7),
    "binomial(10, 0.3)": (10 * 0.3, 10 * 0.3 * 0.7),
    "categorical": (
        p_cat @ [0, 1, 2],
        p_cat @ [0, 1, 4] - (p_cat @ [0, 1, 2]) ** 2,
    ),
    "Poisson(3)": (3.0, 3.0),
    "uniform(-1, 2)": ((-1 + 2) / 2, 3**2 / 12),
    "exponential(1.5)": (1 / 1.5, 1 / 1.5**2),
    "Beta(2, 5)": (2 / 7, 2 * 5 / (7**2 * 8)),
    "normal(1, 0.5^2)": (1.0, 0.25),
}

print(f"{'':17s}   mean   sample  (z)     variance   sample  (z)")
worst = 0.0
for name, (x, dist) in cases.items():
    mean, var, kurt = (float(m) for m in dist.stats(moments="mvk"))
    assert np.allclose((mean, var), formulas[name], rtol=1e-12)
    z_mean = (x.mean() - mean) / np.sqrt(var / n)
    z_var = (x.var() - var) / (var * np.sqrt((kurt + 2) / n))
    worst = max(worst, abs(z_mean), abs(z_var))
    print(
        f"{name:17s} {mean:6.4f}  {x.mean():6.4f} ({z_mean:+4.1f})   "
        f"{var:7.4f}  {x.var():7.4f} ({z_var:+4.1f})"
    )
print(f"largest |z| over 16 comparisons: {worst:.1f}")
assert worst < 4.5  # P(|z| > 4.5) < 1e-5 per comparison
