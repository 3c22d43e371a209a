"""The minimum-norm solution of one equation in two unknowns.

x1 + 2 x2 = 5 is a line of solutions. A^+ b is the point of that line
closest to the origin: the foot of the perpendicular, on the circle of
radius ||A^+ b|| that just touches the line. Every other solution adds a
multiple of the null-space direction (2, -1) and lies outside the circle.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import pseudo_inverse

A = np.array([[1.0, 2.0]])
b = np.array([5.0])
x_plus = pseudo_inverse(A) @ b
null = np.array([2.0, -1.0]) / np.sqrt(5.0)
assert np.allclose(x_plus, [1.0, 2.0]) and np.isclose(A[0] @ null, 0.0)
others = [x_plus + t * null for t in (-2.5, 2.0, 4.0)]
assert all(np.linalg.norm(o) > np.linalg.norm(x_plus) for o in others)

fig, ax = figure(width=5.6, height=4.6)
s = np.linspace(-6.0, 6.0, 2)
line = x_plus + np.outer(s, null)
ax.plot(*line.T, color=PALETTE[0], label="solutions of x1 + 2 x2 = 5")
radius = np.linalg.norm(x_plus)
theta = np.linspace(0.0, 2.0 * np.pi, 300)
ax.plot(
    radius * np.cos(theta),
    radius * np.sin(theta),
    "--",
    color="#777777",
    lw=1.2,
    label="||x|| = ||A^+ b||",
)
ax.annotate(
    "",
    xy=x_plus,
    xytext=(0, 0),
    arrowprops={"arrowstyle": "-|>", "color": PALETTE[1], "lw": 2.5},
)
ax.text(
    *(x_plus + np.array([0.15, 0.15])), "A^+ b", color=PALETTE[1], fontsize=12
)
for other in others:
    ax.plot(*other, "o", color=PALETTE[3], markersize=6)
ax.plot([], [], "o", color=PALETTE[3], label="other solutions: longer")
ax.plot(0, 0, "k+", markersize=10)
ax.set(
    xlim=(-3.5, 6.5),
    ylim=(-3.0, 4.5),
    xlabel="x1",
    ylabel="x2",
    title="The shortest solution is orthogonal to the line",
)
ax.set_aspect("equal")
ax.legend(loc="upper right", fontsize=9)
print(
    to_html(
        fig,
        title="The minimum-norm solution of an underdetermined equation",
        caption="The solutions of x1 + 2 x2 = 5 form a line. The pseudo-"
        "inverse picks the one closest to the origin, where the line touches "
        "the smallest circle; it is a multiple of the row (1, 2) of A, so it "
        "is orthogonal to the null-space direction along the line.",
    )
)
