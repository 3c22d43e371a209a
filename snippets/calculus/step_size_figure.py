"""Error of forward and central differences against the step size, log-log."""

import numpy as np

from mlfound.calculus import numerical_gradient
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

z = 1.0
exact = sigmoid(z) * (1 - sigmoid(z))
steps = np.logspace(-13, -1, 97)
forward = [abs((sigmoid(z + h) - sigmoid(z)) / h - exact) for h in steps]
central = [abs(numerical_gradient(sigmoid, z, eps=h) - exact) for h in steps]
# The caption's claim: central differences reach a far smaller error, at a
# larger step.
assert np.min(central) < np.min(forward) / 100
assert steps[np.argmin(central)] > steps[np.argmin(forward)]
# Zero error (a lucky rounding) cannot be drawn on a log scale.
forward, central = np.maximum(forward, 1e-17), np.maximum(central, 1e-17)

fig, ax = figure(width=6.4, height=4.0)
ax.loglog(steps, forward, color=PALETTE[1], label="forward difference")
ax.loglog(steps, central, color=PALETTE[0], label="central difference")
rounding = 1e-16 / steps  # the size of rounding error in f, over eps
ax.loglog(steps, rounding, ":", color="#999999", label="1e-16 / eps")
ax.set(xlabel="step size eps", ylabel="absolute error", ylim=(1e-14, 1e-1))
ax.legend(loc="upper center")
print(
    to_html(
        fig,
        title="Finite-difference error against step size",
        caption="Derivative of the sigmoid at z = 1. To the right, truncation "
        "error falls like eps (forward) or eps squared (central); to the "
        "left, "
        "rounding error grows like 1/eps. Central differences reach a far "
        "smaller error at a larger step.",
    )
)
