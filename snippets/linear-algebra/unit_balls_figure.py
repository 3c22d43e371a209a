"""Unit balls of L1, L2 and L-infinity, and why the L1 ball gives zeros.

Left: the points with norm exactly 1 in each norm. Right: the smallest
ellipse of a quadratic loss that touches each ball; the L1 ball is met at a
corner, where the second weight is exactly zero, the L2 ball is not.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

t = np.linspace(0.0, 2.0 * np.pi, 2001)
circle = np.column_stack([np.cos(t), np.sin(t)])
unit = {  # each point of the circle rescaled to norm 1 in the given norm
    "L1": circle / np.abs(circle).sum(axis=1, keepdims=True),
    "L2": circle,
    "L∞": circle / np.abs(circle).max(axis=1, keepdims=True),
}

# A quadratic loss (w - c)^T A (w - c) with its minimum c outside the balls.
c = np.array([1.6, 0.7])
A = np.array([[1.0, 0.4], [0.4, 0.8]])


def loss(w):
    diff = w - c
    return np.einsum("...i,ij,...j->...", diff, A, diff)


# The nesting of the left panel: the L1 ball lies inside the L2 ball, which
# lies inside the L-infinity ball.
assert np.all(np.linalg.norm(unit["L1"], axis=1) <= 1 + 1e-12)
assert np.all(np.linalg.norm(unit["L2"], np.inf, axis=1) <= 1 + 1e-12)

fig, (left, right) = figure(1, 2, width=8.4, height=4.2)
for (name, ball), colour in zip(unit.items(), PALETTE[:3], strict=True):
    left.plot(ball[:, 0], ball[:, 1], color=colour, label=name)
left.set(title="unit balls ||w|| = 1", xlabel="w1", ylabel="w2")

grid = np.linspace(-1.6, 3.2, 300)
W1, W2 = np.meshgrid(grid, grid)
field = loss(np.stack([W1, W2], axis=-1))
for name, colour in [("L1", PALETTE[0]), ("L2", PALETTE[1])]:
    ball = unit[name]
    best = ball[np.argmin(loss(ball))]  # the ball point with the least loss
    if name == "L1":  # touched at the corner (1, 0): w2 = 0
        assert np.allclose(best, [1.0, 0.0])
    else:  # touched where both weights are clearly non-zero
        assert np.all(np.abs(best) > 0.1)
    right.plot(ball[:, 0], ball[:, 1], color=colour, label=f"{name} ball")
    right.contour(
        W1,
        W2,
        field,
        levels=[loss(best)],
        colors=colour,
        linewidths=1.2,
        linestyles="dashed",
    )
    right.plot(*best, "o", color=colour, markersize=7)
right.plot(
    *c, "x", color=PALETTE[3], markersize=9, label="unpenalised minimum"
)
right.set(title="constrained minimum", xlabel="w1")
for ax in (left, right):
    ax.set(xlim=(-1.5, 3.0), ylim=(-2.0, 2.0))
    ax.set_aspect("equal")
    ax.legend(loc="lower right", fontsize=9)
print(
    to_html(
        fig,
        title="Unit balls of the L1, L2 and L-infinity norms",
        caption="Left: the diamond, circle and square of vectors with norm 1. "
        "Right: growing the loss ellipses from their centre until they touch "
        "a ball. The L1 ball is touched at its corner on the w1 axis, so the "
        "penalised solution has w2 = 0; the L2 ball is touched where both "
        "weights are non-zero.",
    )
)
