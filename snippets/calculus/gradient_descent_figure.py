"""The 1-D descent path on the curve, and its distance to the minimum."""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import PALETTE, figure, to_html

path = gradient_descent(
    lambda x: 2 * x + 2,
    5.0,
    learning_rate=0.1,
    n_steps=20,
)
xs = np.linspace(-3.5, 5.5, 200)
steps = np.arange(len(path))
# The caption's claim: the distance shrinks by the same factor every step,
# a straight line on a log scale.
assert np.allclose(np.abs(path + 1), 6 * 0.8**steps)

fig, (left, right) = figure(1, 2, width=9.0, height=3.6)
left.plot(xs, (xs + 1) ** 2, color=PALETTE[0], label="f(x) = (x + 1)²")
left.plot(
    path,
    (path + 1) ** 2,
    "o-",
    color=PALETTE[3],
    markersize=4,
    linewidth=1,
    label="iterates",
)
left.plot([-1], [0], "*", color=PALETTE[2], markersize=14, label="minimum")
left.set(xlabel="x", ylabel="f(x)")
left.legend()

right.semilogy(
    steps,
    np.abs(path + 1),
    "o",
    color=PALETTE[3],
    markersize=4,
    label=r"$|x_t + 1|$",
)
right.semilogy(
    steps,
    6 * 0.8**steps,
    color=PALETTE[0],
    linewidth=1,
    label=r"$6 \cdot 0.8^t$",
)
right.set(xlabel="step t", ylabel="distance to the minimum")
right.legend()
print(
    to_html(
        fig,
        title="One-dimensional descent path and its distance to the minimum",
        caption="Left: twenty steps of size 0.1 from x = 5 slide down the "
        "parabola, taking smaller steps as the slope flattens. Right: on a "
        "log scale the distance to the minimum falls on a straight line, "
        "shrinking by the same factor at every step.",
    )
)
