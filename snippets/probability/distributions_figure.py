"""Samples against their distributions: Normal(0, 1) and Bernoulli(0.7)."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.probability import normal_pdf

n = 1_000
rng = np.random.default_rng(seed=0)
coin = (rng.random(n) < 0.7).astype(int)  # the draws of the text block
normal = np.random.default_rng(seed=1).standard_normal(n)

fig, (left, right) = figure(1, 2, width=9.0, height=3.6)

grid = np.linspace(-4.0, 4.0, 401)
left.hist(
    normal,
    bins=30,
    density=True,
    color=PALETTE[2],
    alpha=0.6,
    label=f"{n:,} draws (scaled)",
)
left.plot(grid, normal_pdf(grid), color=PALETTE[0], label="density")
left.set(xlabel="x", ylabel="density", title="Normal(0, 1)")
left.legend(loc="upper left")

frequency = np.bincount(coin, minlength=2) / n
assert np.allclose(frequency, [0.3, 0.7], atol=0.05)  # close to the pmf
right.bar(
    [0, 1],
    frequency,
    width=0.5,
    color=PALETTE[1],
    alpha=0.7,
    label=f"frequency in {n:,} draws",
)
pmf = [0.3, 0.7]
right.plot([0, 1], pmf, "o", markersize=10, color=PALETTE[3], label="pmf")
right.set(
    xlabel="outcome",
    ylabel="probability",
    title="Bernoulli(0.7)",
    xticks=[0, 1],
    ylim=(0, 1),
)
right.legend(loc="upper left")

print(
    to_html(
        fig,
        title="Normal and Bernoulli samples against their distributions",
        caption="Left: a histogram of 1,000 standard normal draws, scaled to "
        "area 1, follows the density curve. Right: the frequencies of 0 and 1 "
        "in 1,000 Bernoulli(0.7) draws sit close to the pmf values 0.3 and "
        "0.7.",
    )
)
