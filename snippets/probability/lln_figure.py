"""Running means of die rolls inside the funnel 3.5 +/- 2 sigma / sqrt(n)."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

n_max, paths = 10_000, 8
rng = np.random.default_rng(seed=2)
rolls = rng.integers(1, 7, size=(paths, n_max))
n = np.arange(1, n_max + 1)
running = np.cumsum(rolls, axis=1) / n  # the mean of the first n rolls
shown = np.unique(np.geomspace(1, n_max, 300).astype(int)) - 1  # log grid
n, running = n[shown], running[:, shown]

fig, ax = figure(width=6.4, height=4.0)
band = 2 * np.sqrt(35 / 12 / n)
ax.fill_between(
    n,
    3.5 - band,
    3.5 + band,
    color="#999999",
    alpha=0.25,
    linewidth=0,
    label="3.5 ± 2 σ/√n",
)
for path, colour in zip(running, PALETTE * 2, strict=False):
    ax.plot(n, path, linewidth=1.0, color=colour, alpha=0.9)
ax.axhline(3.5, color="#999999", linewidth=1, linestyle=":")
ax.set(
    xscale="log",
    xlabel="number of rolls n",
    ylabel="mean of the rolls",
    ylim=(1.5, 5.5),
)
ax.legend(loc="upper right")
print(
    to_html(
        fig,
        title="Running means of die rolls converge to 3.5",
        caption="Eight sequences of 10,000 rolls of a fair die, each line the "
        "mean of the first n rolls (log scale). They wander early and settle "
        "towards the expectation 3.5, inside a band whose half-width "
        "2 sigma / sqrt(n) shrinks with the square root of n.",
    )
)
