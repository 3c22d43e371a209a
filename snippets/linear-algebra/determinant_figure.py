"""The determinant as the factor by which a matrix scales area.

The unit square (dashed) and its image under x @ M (filled) for four
2 x 2 matrices. The area of each image, by the shoelace formula, equals
|det M|; a negative determinant means the image is mirrored: e2's image
lies clockwise from e1's instead of anticlockwise.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import determinant

matrices = {
    "stretch and shear": np.array([[2.0, 0.5], [0.5, 1.5]]),
    "pure shear": np.array([[1.0, 0.0], [1.0, 1.0]]),
    "mirrored": np.array([[1.0, 0.5], [0.5, -1.0]]),
    "singular": np.array([[1.0, 0.5], [2.0, 1.0]]),
}
square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])


def shoelace(corners):
    x, y = corners[:, 0], corners[:, 1]
    return 0.5 * (x @ np.roll(y, -1) - y @ np.roll(x, -1))  # signed area


dets = {name: determinant(M) for name, M in matrices.items()}
shear_det = dets["stretch and shear"]
fig, axes = figure(2, 2, width=6.4, height=6.4)
for ax, (name, M) in zip(axes.flat, matrices.items(), strict=True):
    image = square @ M
    det = determinant(M)
    assert np.isclose(shoelace(image), det, atol=1e-14)
    closed = np.vstack([square, square[:1]])
    ax.plot(closed[:, 0], closed[:, 1], "--", color="#777777", lw=1)
    ax.fill(image[:, 0], image[:, 1], color=PALETTE[1], alpha=0.45)
    ax.plot(*np.vstack([image, image[:1]]).T, color=PALETTE[1], lw=1.5)
    for row, colour, label in zip(
        M, PALETTE[2:4], ["e1 M", "e2 M"], strict=True
    ):
        ax.annotate(
            "",
            xy=row,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2},
        )
        ax.text(*(row + 0.08), label, color=colour, fontsize=10)
    ax.set(
        xlim=(-0.6, 3.1), ylim=(-1.4, 2.3), title=f"{name}: det = {det:.2f}"
    )
    ax.set_aspect("equal")
print(
    to_html(
        fig,
        title="How four matrices scale the area of the unit square",
        caption="Dashed: the unit square. Filled: its image. The stretch and "
        f"shear scales area by its determinant, {shear_det:.2f}"
        f"; a shear keeps it (det {dets['pure shear']:.0f}); the mirrored map "
        f"scales it by {abs(dets['mirrored']):.2f} and flips orientation (det "
        f"{dets['mirrored']:.2f}); the singular map flattens the square onto "
        f"a segment (det {dets['singular']:.0f}).",
    )
)
