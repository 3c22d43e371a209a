"""Explained variance: the share of the total variance each component keeps.

Left: iris (4 components), each component's share and the running total.
Right: sklearn's digits (64 components), the running total only.
"""

import numpy as np
from sklearn.datasets import load_digits, load_iris

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import pca

fig, (left, right) = figure(1, 2, width=8.6, height=3.8)

iris = pca(load_iris().data)
k = np.arange(1, iris.n_components + 1)
left.bar(k, iris.explained_variance_ratio, color=PALETTE[0], label="share")
left.plot(
    k,
    np.cumsum(iris.explained_variance_ratio),
    "o-",
    color=PALETTE[1],
    label="running total",
)
left.set(
    title="iris",
    xlabel="component",
    ylabel="fraction of variance",
    xticks=k,
    ylim=(0, 1.05),
)
left.legend(loc="center right")

digits = pca(load_digits().data)
cumulative = np.cumsum(digits.explained_variance_ratio)
# The caption's claims: one iris component carries most of the variance, two
# nearly all; digits need many more components for the same share.
iris_total = np.cumsum(iris.explained_variance_ratio)
assert iris_total[0] > 0.5 and iris_total[1] > 0.95 and cumulative[1] < 0.5
k = np.arange(1, digits.n_components + 1)
right.plot(k, cumulative, color=PALETTE[1], label="running total")
for target, colour in [(0.90, PALETTE[2]), (0.95, PALETTE[3])]:
    needed = int(np.searchsorted(cumulative, target) + 1)
    right.axhline(target, color=colour, lw=1, ls="--")
    right.plot(
        needed,
        cumulative[needed - 1],
        "o",
        color=colour,
        label=f"{target:.0%} at k = {needed}",
    )
right.set(title="digits", xlabel="number of components k", ylim=(0, 1.05))
right.legend(loc="lower right")
print(
    to_html(
        fig,
        title="Explained variance of iris and digits",
        caption="For iris one component carries most of the variance and two "
        "carry nearly all of it. The 64 pixels of the digits spread their "
        "variance more evenly, so many more components are needed for the "
        "same share.",
    )
)
