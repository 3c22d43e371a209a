"""Autocorrelation of a Metropolis chain against independent draws."""

import numpy as np

from mlfound.bayes import (
    autocorrelation,
    effective_sample_size,
    metropolis_hastings,
)
from mlfound.figures import PALETTE, figure, to_html

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


kept = metropolis_hastings(
    log_density, [-4.0, 4.0], n_samples=20_000, step_size=1.0, seed=0
)[1_000:]
independent = np.random.default_rng(1).multivariate_normal(mu, Sigma, 19_000)
lags = np.arange(101)

fig, ax = figure(width=6.4, height=3.6)
for column, colour in ((0, PALETTE[0]), (1, PALETTE[1])):
    ess = effective_sample_size(kept[:, column])
    ax.plot(
        lags,
        autocorrelation(kept[:, column], max_lag=100),
        color=colour,
        label=f"chain, x{column + 1} (ESS {ess:,.0f})",
    )
ess = effective_sample_size(independent[:, 0])
assert 100 < effective_sample_size(kept).max() < 1000  # "a few hundred"
assert ess > 10 * effective_sample_size(kept[:, 0])
ax.plot(
    lags,
    autocorrelation(independent[:, 0], max_lag=100),
    ":",
    color=PALETTE[3],
    label=f"independent draws, x1 (ESS {ess:,.0f})",
)
ax.axhline(0, color="0.5", linewidth=0.8)
ax.set(xlabel="lag k", ylabel="autocorrelation at lag k", ylim=(-0.15, 1.02))
ax.legend(loc="upper right", fontsize=9)
print(
    to_html(
        fig,
        title="Autocorrelation of the Metropolis chain",
        caption="The chain's draws stay correlated for dozens of steps, so "
        "19,000 of them are worth only a few hundred independent draws; "
        "independent draws of the same target are uncorrelated at every "
        "lag above 0.",
    )
)
