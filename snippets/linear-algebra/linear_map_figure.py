"""A 2 x 2 matrix as a map of the plane: a grid before and after x @ M.

With points as rows, e1 @ M is the first row of M and e2 @ M the second, so
the rows of M say where the unit square goes; every grid line follows.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

M = np.array([[1.5, 0.5], [-0.4, 1.0]])
ticks = np.linspace(-1.0, 1.0, 9)
s = np.linspace(-1.0, 1.0, 50)

fig, axes = figure(1, 2, width=8.4, height=4.0)
for ax, matrix, name in zip(axes, [np.eye(2), M], ["", " @ M"], strict=True):
    for t in ticks:
        for line in (
            np.column_stack([s, 0 * s + t]),
            np.column_stack([0 * s + t, s]),
        ):
            moved = line @ matrix
            ax.plot(moved[:, 0], moved[:, 1], color=PALETTE[5], lw=0.8)
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]) @ matrix
    ax.fill(square[:, 0], square[:, 1], color=PALETTE[1], alpha=0.35)
    for row, colour, label in zip(
        matrix, PALETTE[2:4], ["e1", "e2"], strict=True
    ):
        ax.annotate(
            "",
            xy=row,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2},
        )
        ax.text(*(row * 1.1 + [0.05, 0.05]), label + name, color=colour)
    ax.set(xlim=(-2.2, 2.8), ylim=(-2.2, 2.2), xlabel="first coordinate")
    ax.set_aspect("equal")
    ax.grid(False)
    ax.set_title("x" + name)
axes[0].set(ylabel="second coordinate")
print(
    to_html(
        fig,
        title="A matrix maps the grid of the plane",
        caption="Left: the plane with the unit square shaded and the basis "
        "vectors e1, e2. Right: after multiplying by M = [[1.5, 0.5], "
        "[-0.4, 1.0]], the basis vectors become the rows of M, the square a "
        "parallelogram, and straight grid lines stay straight and parallel.",
    )
)
