"""Least squares in two pictures: the fitted line, and the projection.

Left: three points (t, y) and the least-squares line, with the residuals.
Right: the same fit in R^3, one axis per observation. The columns of A
span a plane; y_hat is the foot of the perpendicular from y to that plane.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import project_onto_subspace

t = np.array([0.0, 1.0, 2.0])
y = np.array([1.0, 3.5, 2.0])
A = np.column_stack([np.ones_like(t), t])
y_hat = project_onto_subspace(y, A)
w, *_ = np.linalg.lstsq(A, y, rcond=None)

fig, (left, right) = figure(1, 2, width=9.0, height=4.2)
right.remove()
right = fig.add_subplot(1, 2, 2, projection="3d")

grid = np.linspace(-0.3, 2.3, 50)
left.plot(grid, w[0] + w[1] * grid, color=PALETTE[0], label="fitted line")
left.vlines(
    t, y_hat, y, color=PALETTE[3], linestyles="dashed", label="residuals"
)
left.plot(t, y, "o", color=PALETTE[1], label="data")
left.set(xlabel="t", ylabel="y", title="y = w1 + w2 t")
left.legend(loc="upper left")

# A patch of the plane {A c}, the span of the two columns of A.
c1, c2 = np.meshgrid(np.linspace(0.0, 2.0, 6), np.linspace(-0.2, 0.6, 6))
patch = c1[..., None] * A[:, 0] + c2[..., None] * A[:, 1]
right.plot_surface(
    patch[..., 0],
    patch[..., 1],
    patch[..., 2],
    color=PALETTE[5],
    alpha=0.3,
    linewidth=0,
)
origin = np.zeros(3)
right.plot(*np.column_stack([origin, y]), color=PALETTE[1])
right.plot(*np.column_stack([origin, y_hat]), color=PALETTE[0])
right.plot(*np.column_stack([y_hat, y]), "--", color=PALETTE[3])
right.text(*y, "y  ", color=PALETTE[1], ha="right")
right.text(*y_hat, "  y_hat = A w", color=PALETTE[0])
right.text(*((y + y_hat) / 2 + [0, 0, 0.15]), "r", color=PALETTE[3])
# A small square at y_hat: one side along r, one along the plane.
side_r = (y - y_hat) / np.linalg.norm(y - y_hat) * 0.3
side_p = -y_hat / np.linalg.norm(y_hat) * 0.3
corner = np.array([y_hat + side_r, y_hat + side_r + side_p, y_hat + side_p])
right.plot(*corner.T, color=PALETTE[3], lw=1)
right.set(
    xlabel="obs. 1",
    ylabel="obs. 2",
    zlabel="obs. 3",
    xlim=(-0.5, 3.5),
    ylim=(-0.5, 3.5),
    zlim=(-0.5, 3.5),
)
for axis in (right.xaxis, right.yaxis, right.zaxis):
    axis.set_pane_color((1.0, 1.0, 1.0, 0.0))  # no grey panes in dark mode
right.set_box_aspect((1, 1, 1))  # equal scales, so right angles look right
right.set_title("y projected onto span(A)")
right.view_init(elev=30, azim=-110)
print(
    to_html(
        fig,
        title="Least squares as an orthogonal projection",
        caption="Left: the least-squares line through three points and its "
        "residuals. Right: the vector of the three y values, its projection "
        "onto the plane spanned by the columns of A (ones and t), and the "
        "residual, which meets the plane at a right angle.",
    )
)
