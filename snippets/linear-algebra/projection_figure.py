"""Projections in the plane: onto a line through 0, onto an offset line.

Left: x = (1, 3) projected onto the line through a = (2, 1); the residual
x - p meets the line at a right angle. Right: points projected onto the
hyperplane {z : n . z = b} (a line in 2-D); every residual is parallel to n.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import project_onto_hyperplane, project_onto_subspace

fig, (left, right) = figure(1, 2, width=8.4, height=4.0)

a = np.array([2.0, 1.0])
x = np.array([1.0, 3.0])
p = project_onto_subspace(x, a[:, None])
assert abs(a @ (x - p)) < 1e-12  # the residual is perpendicular to the line
s = np.linspace(-0.4, 1.6, 2)
left.plot(s * a[0], s * a[1], color=PALETTE[0], label="line through a")
left.annotate(
    "",
    xy=a,
    xytext=(0, 0),
    arrowprops={"arrowstyle": "-|>", "color": PALETTE[0], "lw": 2},
)
left.plot(
    *np.column_stack([x, p]), "--", color=PALETTE[3], label="residual x - p"
)
left.plot(*x, "o", color=PALETTE[1], label="x")
left.plot(*p, "o", color=PALETTE[2], label="p, the projection")
u = a / np.linalg.norm(a) * 0.25  # a small right-angle mark at p
v = (x - p) / np.linalg.norm(x - p) * 0.25
left.plot(*np.array([p + v, p + v - u, p - u]).T, color=PALETTE[3], lw=1)
left.set(
    xlim=(-1, 3.5),
    ylim=(-1, 3.5),
    xlabel="z1",
    ylabel="z2",
    title="onto a line",
)
left.legend(loc="upper right", fontsize=9)

normal, offset = np.array([1.0, 2.0]), 2.0
points = np.array(
    [[0.2, 2.4], [1.4, 3.1], [2.9, 1.9], [1.6, -0.7], [3.1, -0.4], [0.6, 1.9]]
)
feet = project_onto_hyperplane(points, normal, offset)
z1 = np.array([-1.0, 3.5])
right.plot(z1, (offset - z1) / 2.0, color=PALETTE[0], label="z1 + 2 z2 = 2")
for point, foot in zip(points, feet, strict=True):
    right.plot(*np.column_stack([point, foot]), "--", color=PALETTE[3], lw=1)
right.plot(*points.T, "o", color=PALETTE[1], label="points")
right.plot(*feet.T, "o", color=PALETTE[2], label="their projections")
right.set(
    xlim=(-1, 3.5), ylim=(-1, 3.5), xlabel="z1", title="onto a hyperplane"
)
right.legend(loc="lower left", fontsize=9)
for ax in (left, right):
    ax.set_aspect("equal")
print(
    to_html(
        fig,
        title="Orthogonal projections onto a line and a hyperplane",
        caption="Left: the point (1, 3) and its projection onto the line "
        "spanned by (2, 1); the dashed residual is perpendicular to the line. "
        "Right: six points and their projections onto the line "
        "z1 + 2 z2 = 2, each moved along the normal (1, 2).",
    )
)
