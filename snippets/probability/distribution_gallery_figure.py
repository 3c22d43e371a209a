"""Samples of the eight distributions against their pmf or pdf (scipy)."""

import numpy as np
from scipy import stats

from mlfound.figures import PALETTE, figure, to_html

n = 20_000
rng = np.random.default_rng(seed=1)
p_cat = [0.2, 0.5, 0.3]
discrete = [
    ("Bernoulli(0.3)", rng.binomial(1, 0.3, n), stats.bernoulli(0.3).pmf),
    ("binomial(10, 0.3)", rng.binomial(10, 0.3, n), stats.binom(10, 0.3).pmf),
    (
        "categorical",
        rng.choice(3, size=n, p=p_cat),
        lambda k: np.take(p_cat, k),
    ),
    ("Poisson(3)", rng.poisson(3.0, n), stats.poisson(3.0).pmf),
]
continuous = [
    (
        "uniform(-1, 2)",
        rng.uniform(-1, 2, n),
        stats.uniform(-1, 3),
        (-1.5, 2.5),
    ),
    (
        "exponential(rate 1.5)",
        rng.exponential(1 / 1.5, n),
        stats.expon(scale=1 / 1.5),
        (0, 4),
    ),
    ("Beta(2, 5)", rng.beta(2, 5, n), stats.beta(2, 5), (0, 1)),
    ("normal(1, 0.5^2)", rng.normal(1, 0.5, n), stats.norm(1, 0.5), (-1, 3)),
]

fig, axes = figure(4, 2, width=6.4, height=8.4)
for ax, (name, x, pmf) in zip(axes[:, 0], discrete, strict=True):
    values = np.arange(x.max() + 1)
    ax.bar(
        values,
        np.bincount(x) / n,
        width=0.6,
        color=PALETTE[5],
        label="frequency",
    )
    ax.plot(
        values, pmf(values), "o", color=PALETTE[3], markersize=5, label="pmf"
    )
    ax.set_title(name, fontsize=11)
    ax.set_xticks(values if values.size <= 4 else values[::2])
for ax, (name, x, dist, (lo, hi)) in zip(axes[:, 1], continuous, strict=True):
    grid = np.linspace(lo, hi, 400)
    ax.hist(
        x,
        bins=40,
        range=(lo, hi),
        density=True,
        color=PALETTE[2],
        alpha=0.5,
        label="histogram",
        histtype="stepfilled",
    )
    ax.plot(grid, dist.pdf(grid), color=PALETTE[0], label="pdf")
    ax.set_title(name, fontsize=11)
axes[0, 0].legend(loc="upper right", fontsize=9)
axes[0, 1].legend(loc="lower center", fontsize=9)

print(
    to_html(
        fig,
        title="Eight distributions: samples against pmf and pdf",
        caption="20,000 seeded draws of each distribution. Left, discrete: "
        "bar heights are frequencies, dots the pmf from scipy.stats. Right, "
        "continuous: histograms scaled to area 1 under the scipy density.",
    )
)
