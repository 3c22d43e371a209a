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
for name, (a, b) in priors.items():
    a_post, b_post = beta_bernoulli_posterior(a, b, heads, tails)
    mean = a_post / (a_post + b_post)
    ref = stats.beta(a_post, b_post).mean()
    print(
        f"{name:8s} Beta({a:2.0f}, {b:2.0f})   Beta({a_post:2.0f}, "
        f"{b_post:2.0f})   {mean:.4f}  {ref:.4f}"
    )
p_mle = heads / (heads + tails)
print(f"maximum-likelihood estimate h / (h + t) = {p_mle:.4f}")

# Brute force: prior density x likelihood on a grid, normalised to area 1
p = np.linspace(0.0, 1.0, 2_001)
a, b = priors["mild"]
unnormalised = stats.beta.pdf(p, a, b) * p**heads * (1 - p) ** tails
grid_posterior = unnormalised / np.trapezoid(unnormalised, p)
a_post, b_post = beta_bernoulli_posterior(a, b, heads, tails)
gap = np.max(np.abs(grid_posterior - stats.beta.pdf(p, a_post, b_post)))
print(
    f"grid posterior vs Beta({a_post:.0f}, {b_post:.0f}) density:",
    f"largest gap {gap:.1e}",
)
