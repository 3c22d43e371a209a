"""Standardised means of n exponential draws against the normal density."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.probability import normal_pdf

repetitions = 50_000
rng = np.random.default_rng(seed=0)
grid = np.linspace(-4, 4, 401)

fig, axes = figure(2, 2, width=6.4, height=5.2, sharex=True, sharey=True)
for ax, n in zip(axes.ravel(), (1, 2, 8, 32), strict=True):
    means = rng.exponential(1.0, size=(repetitions, n)).mean(axis=1)
    z = (means - 1.0) * np.sqrt(n)  # mean 1, standard deviation 1 per draw
    ax.hist(
        z,
        bins=80,
        range=(-4, 4),
        density=True,
        color=PALETTE[2],
        alpha=0.55,
        histtype="stepfilled",
    )
    ax.plot(grid, normal_pdf(grid), color=PALETTE[0], linewidth=1.5)
    ax.set_title(f"n = {n}", fontsize=11)
    ax.set(xlim=(-4, 4), ylim=(0, 0.75))
for ax in axes[1]:
    ax.set_xlabel("(mean - 1) √n")
print(
    to_html(
        fig,
        title="The central limit theorem for exponential means",
        caption="Histograms of 50,000 standardised means of n exponential "
        "draws (rate 1), against the standard normal density. One draw is "
        "far from normal and skewed to the right; the skew fades as n "
        "grows, and by n = 32 the histogram is close to the bell curve.",
    )
)
