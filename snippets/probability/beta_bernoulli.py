"""The Beta-Bernoulli update: a Beta prior on the bias p stays a Beta.

Instead of two candidate coins, let p be anything in [0, 1] with a
Beta(alpha, beta) prior. After h heads and t tails the posterior is
Beta(alpha + h, beta + t): two additions. Shown for the ten heads and three
priors, then checked against a brute-force posterior on a grid of p values.
"""

import numpy as np
from scipy import stats

from mlfound.probability import beta_bernoulli_posterior

heads, tails = 10, 0
priors = {"uniform": (1.0, 1.0), "mild": (2.0, 2.0), "firm": (10.0, 10.0)}

print("prior                posterior       mean    scipy mean")
means = []
for name, (a, b) in priors.items():
    a_post, b_post = beta_bernoulli_posterior(a, b, heads, tails)
    mean = a_post / (a_post + b_post)
    ref = stats.beta(a_post, b_post).mean()
    assert np.isclose(mean, ref) and (a_post, b_post) == (a + heads, b + tails)
    means.append(mean)
    print(
        f"{name:8s} Beta({a:2.0f}, {b:2.0f})   Beta({a_post:2.0f}, "
        f"{b_post:2.0f})   {mean:.4f}  {ref:.4f}"
    )
p_mle = heads / (heads + tails)
print(f"maximum-likelihood estimate h / (h + t) = {p_mle:.4f}")
# Each posterior mean lies between the prior mean 0.5 and the MLE, the
# firmer the prior the closer to 0.5; the flat prior gives (h + 1) / (n + 2).
assert all(0.5 < m < p_mle for m in means) and means == sorted(means)[::-1]
assert np.isclose(means[0], (heads + 1) / (heads + tails + 2))

# Brute force: prior density x likelihood on a grid, normalised to area 1
p = np.linspace(0.0, 1.0, 2_001)
a, b = priors["mild"]
unnormalised = stats.beta.pdf(p, a, b) * p**heads * (1 - p) ** tails
grid_posterior = unnormalised / np.trapezoid(unnormalised, p)
a_post, b_post = beta_bernoulli_posterior(a, b, heads, tails)
gap = np.max(np.abs(grid_posterior - stats.beta.pdf(p, a_post, b_post)))
assert gap < 1e-4  # the error of the grid, on densities of size up to 5
print(
    f"grid posterior vs Beta({a_post:.0f}, {b_post:.0f}) density:",
    f"largest gap {gap:.1e}",
)
