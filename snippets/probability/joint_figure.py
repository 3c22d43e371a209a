"""The iris joint distribution with its two marginals beside it."""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.figures import PALETTE, figure, to_html

iris = load_iris()
species = list(iris.target_names)
widths = ["narrow", "medium", "wide"]
width = np.digitize(iris.data[:, 3], [0.8, 1.75])
counts = np.zeros((3, 3), dtype=int)
np.add.at(counts, (width, iris.target), 1)
joint = counts / counts.sum()

fig, axes = figure(
    2,
    2,
    width=6.4,
    height=5.0,
    gridspec_kw={"width_ratios": [3, 1.2], "height_ratios": [1.2, 3]},
)
top, corner, grid, side = axes[0, 0], axes[0, 1], axes[1, 0], axes[1, 1]
corner.axis("off")

grid.imshow(joint, cmap="Blues", vmin=0, vmax=0.45, aspect="auto")
for i in range(3):
    for j in range(3):
        dark = joint[i, j] > 0.2  # light text on the darker cells
        grid.text(
            j,
            i,
            f"{joint[i, j]:.3f}\n({counts[i, j]})",
            ha="center",
            va="center",
            fontsize=10,
            color="#fafafa" if dark else "#1a1a1a",
        )
grid.set_xticks(range(3), species)
grid.set_yticks(range(3), widths)
grid.set(xlabel="species", ylabel="petal width")
grid.grid(False)

top.bar(range(3), joint.sum(axis=0), color=PALETTE[0], width=0.6)
top.set(xlim=(-0.5, 2.5), ylim=(0, 0.45), ylabel="P(species)")
top.set_xticks(range(3), [])
side.barh(range(3), joint.sum(axis=1), color=PALETTE[1], height=0.6)
side.set(ylim=(2.5, -0.5), xlim=(0, 0.45), xlabel="P(width)")
side.set_yticks(range(3), [])

print(
    to_html(
        fig,
        title="Joint distribution of iris species and petal width",
        caption="Centre: the joint probability of each petal-width class and "
        "species, with the count of flowers in brackets. Top: the marginal "
        "of species, the sum of each column. Right: the marginal of width, "
        "the sum of each row.",
    )
)
