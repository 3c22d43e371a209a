"""Level sets of the quadratic form q(x) = x^T A x for three 2 x 2 matrices.

Definite (both eigenvalues positive): ellipses around a single minimum.
Semidefinite (one eigenvalue zero): pairs of parallel lines, a flat
valley along the eigenvector of the zero eigenvalue. Indefinite (one
eigenvalue of each sign): hyperbolas around a saddle, with q < 0 along
the eigenvector of the negative eigenvalue. Negative definite: the first
case upside down, a single maximum.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import sorted_eigh

matrices = {
    "positive definite": np.array([[2.0, 1.0], [1.0, 2.0]]),
    "positive semidefinite": np.array([[1.0, 1.0], [1.0, 1.0]]),
    "indefinite": np.array([[1.0, 2.0], [2.0, 1.0]]),
    "negative definite": np.array([[-2.0, -1.0], [-1.0, -2.0]]),
}
grid = np.linspace(-2.0, 2.0, 101)
X1, X2 = np.meshgrid(grid, grid)
points = np.stack([X1, X2], axis=-1)

fig, axes = figure(2, 2, width=6.4, height=6.6)
for ax, (name, A) in zip(axes.flat, matrices.items(), strict=True):
    q = np.einsum("...i,ij,...j->...", points, A, points)
    values, vectors = sorted_eigh(A)
    if values[0] > 1e-12:  # q > 0 somewhere: solid levels
        ax.contour(
            X1,
            X2,
            q,
            levels=[0.5, 1.5, 3, 5],
            colors=PALETTE[0],
            linewidths=1.2,
        )
    if values[-1] < -1e-12:  # q < 0 somewhere: dashed levels
        ax.contour(
            X1,
            X2,
            q,
            levels=[-5, -3, -1.5, -0.5],
            colors=PALETTE[3],
            linewidths=1.2,
            linestyles="dashed",
        )
    for value, vector in zip(values, vectors.T, strict=True):
        ax.plot(*np.outer([-2.0, 2.0], vector).T, ":", color="#777777", lw=1)
        ax.text(
            *(1.45 * vector + [0.05, 0.1]),
            f"λ={round(value)}",
            fontsize=9,
        )
    ax.set(title=name, xlim=(-2, 2), ylim=(-2, 2))
    ax.set_aspect("equal")
for ax in axes[1]:
    ax.set(xlabel="x1")
for ax in axes[:, 0]:
    ax.set(ylabel="x2")
print(
    to_html(
        fig,
        title="Level sets of definite, semidefinite and indefinite forms",
        caption="Solid: levels where x^T A x > 0 (0.5, 1.5, 3 and 5); "
        "dashed: levels where it is negative; dotted: the eigenvectors, with "
        "their eigenvalues. A positive definite form is a bowl with "
        "elliptical contours; a semidefinite one is a trough, flat along one "
        "direction; an indefinite one is a saddle; a negative definite one "
        "is an upside-down bowl.",
    )
)
