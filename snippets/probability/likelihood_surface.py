"""The log-likelihood of 100 Normal(3, 1.5) draws over a grid of (mu, sigma).

The surface has one peak, at the sample mean and the ddof=0 standard
deviation; the true parameters sit close to it, but not on it.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.probability import normal_log_likelihood, normal_mle

rng = np.random.default_rng(seed=0)
data = rng.normal(loc=3.0, scale=1.5, size=100)  # the draws of the text
mu_hat, sigma_hat = normal_mle(data)

mu, sigma = np.meshgrid(np.linspace(2.4, 3.8, 201), np.linspace(1.0, 2.2, 201))
surface = normal_log_likelihood(data, mu, sigma)  # one value per grid point
drop = surface - normal_log_likelihood(data, mu_hat, sigma_hat)
# The page's reading of the picture: one peak, at the MLE; the hill is not
# symmetric in sigma, small sigma being punished harder than large.
assert drop.max() <= 0
below, above = (
    normal_log_likelihood(data, mu_hat, sigma_hat + step)
    - normal_log_likelihood(data, mu_hat, sigma_hat)
    for step in (-0.3, 0.3)
)
assert below < above < 0

fig, ax = figure(width=6.4, height=4.4)
levels = np.linspace(-30.0, 0.0, 16)
shown = np.maximum(drop, levels[0])  # the far corners drop much further
filled = ax.contourf(mu, sigma, shown, levels=levels, cmap="viridis")
ax.contour(
    mu,
    sigma,
    drop,
    levels=levels[-6:],
    colors="#eeeeee",
    linestyles="solid",
    linewidths=0.6,
    alpha=0.7,
)
ax.plot(
    mu_hat,
    sigma_hat,
    "*",
    markersize=16,
    color=PALETTE[1],
    markeredgecolor="#eeeeee",
    label="maximum (the MLE)",
)
ax.plot(
    3.0,
    1.5,
    "X",
    markersize=10,
    color=PALETTE[3],
    markeredgecolor="#eeeeee",
    label="true parameters",
)
fig.colorbar(filled, ax=ax, label="log-likelihood minus its maximum")
ax.set(xlabel="mu", ylabel="sigma")
ax.grid(False)
ax.legend(loc="upper right", labelcolor="#eeeeee")
print(
    to_html(
        fig,
        fmt="png",
        dpi=110,
        title="Log-likelihood surface of a normal sample",
        caption="The log-likelihood of 100 draws from Normal(3, 1.5) as a "
        "function of mu and sigma, shifted so that its peak is 0. The star "
        "marks the maximum, at the sample mean and the ddof=0 standard "
        "deviation; the cross marks the parameters that made the data.",
    )
)
