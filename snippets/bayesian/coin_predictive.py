"""The coin of chapter 3 with p anywhere in [0, 1]: posterior and predictive.

Ten heads in ten flips and a flat Beta(1, 1) prior on p give the posterior
Beta(11, 1). The probability that the next flip is heads averages p over
the posterior. Checked three ways: the conjugate formula, prior times
likelihood on a grid, and simulation (draw p, then flip a coin with it).
"""

import numpy as np
from scipy import stats

from mlfound.probability import beta_bernoulli_posterior

heads, tails = 10, 0
a, b = beta_bernoulli_posterior(1.0, 1.0, heads, tails)

# Brute force: prior times likelihood on a grid of p, normalised numerically
p = np.linspace(0.0, 1.0, 20_001)
unnormalised = stats.beta.pdf(p, 1.0, 1.0) * p**heads * (1 - p) ** tails
posterior = unnormalised / np.trapezoid(unnormalised, p)
grid_gap = np.max(np.abs(posterior - stats.beta.pdf(p, a, b)))
assert grid_gap < 1e-5

# Posterior predictive: P(next flip is heads | data) = E[p | data]
predictive = a / (a + b)
by_grid = np.trapezoid(p * posterior, p)
rng = np.random.default_rng(0)
n_sim = 200_000
p_draws = rng.beta(a, b, size=n_sim)
by_simulation = np.mean(rng.random(n_sim) < p_draws)
se = np.sqrt(predictive * (1 - predictive) / n_sim)
assert abs(by_grid - predictive) < 1e-6
assert abs(by_simulation - predictive) < 4 * se
plug_in = heads / (heads + tails)  # the maximum-likelihood estimate of p

print(f"posterior Beta({a:.0f}, {b:.0f}); grid vs formula: gap < 1e-5")
print("P(next flip is heads | ten heads):")
print(f"  formula (a / (a + b))     {predictive:.4f}")
print(f"  grid integral of p        {by_grid:.4f}")
print(f"  simulation, {n_sim:,} draws {by_simulation:.3f}")
print(f"  plug-in MLE p = h / n     {plug_in:.4f}")
# P(next two flips are heads) = E[p^2] = a (a + 1) / ((a + b) (a + b + 1))
two_heads = a * (a + 1) / ((a + b) * (a + b + 1))
assert two_heads < predictive < plug_in
assert abs(np.trapezoid(p**2 * posterior, p) - two_heads) < 1e-6
print(
    f"P(next two flips are heads): {two_heads:.4f} (plug-in: {plug_in**2:.4f})"
)
