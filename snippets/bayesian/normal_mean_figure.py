"""Prior, likelihood and posterior of a normal mean after five measurements."""

import numpy as np
from scipy import stats

from mlfound.figures import PALETTE, figure, to_html

sigma, mu0, tau0 = 1.5, 0.0, 2.0
data = np.random.default_rng(seed=0).normal(loc=3.0, scale=1.5, size=100)[:5]
precision = 1 / tau0**2 + data.size / sigma**2
tau_n = np.sqrt(1 / precision)
mu_n = (mu0 / tau0**2 + data.sum() / sigma**2) / precision

# What the caption says: narrower than both, nearer the measurements
assert tau_n < min(tau0, sigma / np.sqrt(data.size))
assert abs(mu_n - data.mean()) < abs(mu_n - mu0)

mu = np.linspace(-5.0, 7.0, 601)
# The likelihood as a function of mu is N(sample mean, sigma^2 / n), once
# normalised to area 1 so that it can share the axes with the densities.
likelihood = stats.norm.pdf(mu, data.mean(), sigma / np.sqrt(data.size))

fig, ax = figure(width=6.4, height=3.8)
ax.plot(
    mu,
    stats.norm.pdf(mu, mu0, tau0),
    "--",
    color=PALETTE[0],
    label=f"prior N({mu0:.0f}, {tau0:.0f}²)",
)
ax.plot(mu, likelihood, ":", color=PALETTE[1], label="likelihood (normalised)")
ax.plot(
    mu, stats.norm.pdf(mu, mu_n, tau_n), color=PALETTE[2], label="posterior"
)
ax.plot(
    data,
    np.zeros_like(data),
    "|",
    color="k",
    markersize=14,
    markeredgewidth=2,
    label="the five measurements",
)
ax.set(xlabel="μ, the unknown mean", ylabel="density", ylim=(-0.03, 0.7))
ax.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Prior, likelihood and posterior of a normal mean",
        caption="The posterior is narrower than both the prior and the "
        "likelihood, and sits between them, closer to the one with the "
        "greater precision: here the five measurements.",
    )
)
