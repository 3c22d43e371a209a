"""The predictive mean of the line with its two bands."""

import numpy as np

from mlfound.bayes import bayesian_linear_regression
from mlfound.figures import PALETTE, figure, to_html

noise_var, prior_var = 0.3**2, 1.0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=20)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=20)


def features(v):
    return np.column_stack([np.ones_like(v), v])


post = bayesian_linear_regression(
    features(x), y, noise_var=noise_var, prior_var=prior_var
)
grid = np.linspace(-3, 3, 241)
mean, var = post.predict(features(grid))
weight_sd, total_sd = np.sqrt(var - noise_var), np.sqrt(var)
assert weight_sd[0] > weight_sd[120] < weight_sd[-1]  # narrowest mid-data

fig, ax = figure(width=6.4, height=4.0)
ax.fill_between(
    grid,
    mean - 2 * total_sd,
    mean + 2 * total_sd,
    color=PALETTE[5],
    alpha=0.25,
    linewidth=0,
    label="±2 sd, new observation",
)
ax.fill_between(
    grid,
    mean - 2 * weight_sd,
    mean + 2 * weight_sd,
    color=PALETTE[0],
    alpha=0.35,
    linewidth=0,
    label="±2 sd, the line itself",
)
ax.plot(grid, mean, color=PALETTE[0], label="predictive mean")
ax.plot(
    grid,
    1.0 - 0.5 * grid,
    "--",
    color=PALETTE[3],
    linewidth=1.5,
    label="true line",
)
ax.scatter(x, y, s=22, color="k", zorder=3, label="20 observations")
ax.axvspan(-1, 1, color="0.5", alpha=0.08, linewidth=0)
ax.set(xlabel="x", ylabel="y", xlim=(-3, 3), ylim=(-1.5, 3.5))
ax.legend(loc="upper right", fontsize=9)
print(
    to_html(
        fig,
        title="Posterior predictive bands of Bayesian linear regression",
        caption="The data lie in the shaded strip -1 ≤ x ≤ 1. The band for "
        "the line is narrowest in the middle of the data and widens as we "
        "extrapolate; the band for a new observation adds the noise.",
    )
)
