"""Linear and quadratic Taylor models of the sigmoid at z = 1, and their
remainders against the step h on log-log axes (slopes 2 and 3, asserted)."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

z0 = 1.0
s = sigmoid(z0)
d1, d2 = s * (1 - s), s * (1 - s) * (1 - 2 * s)
z = np.linspace(-3, 5, 161)
h = z - z0
linear = s + d1 * h
quadratic = linear + d2 * h**2 / 2

steps = np.logspace(-3, 0, 31)
r1 = np.abs(sigmoid(z0 + steps) - (s + d1 * steps))
r2 = np.abs(sigmoid(z0 + steps) - (s + d1 * steps + d2 * steps**2 / 2))
small = steps <= 0.1  # where the leading term dominates
slope1 = np.polyfit(np.log(steps[small]), np.log(r1[small]), 1)[0]
slope2 = np.polyfit(np.log(steps[small]), np.log(r2[small]), 1)[0]
assert abs(slope1 - 2) < 0.05 and abs(slope2 - 3) < 0.05

fig, (top, bottom) = figure(2, 1, width=6.4, height=7.6)
top.plot(z, sigmoid(z), color=PALETTE[0], label="σ(z)")
top.plot(z, linear, "--", color=PALETTE[1], label="linear model T₁")
top.plot(
    z,
    quadratic,
    ":",
    color=PALETTE[2],
    linewidth=2.5,
    label="quadratic model T₂",
)
top.plot(z0, s, "o", color="#000000", markersize=6)
top.set(
    xlabel="z",
    ylabel="value",
    ylim=(-0.3, 1.3),
    title="Models of σ around z = 1",
)
top.legend(loc="upper left")

bottom.loglog(
    steps, r1, color=PALETTE[1], label=f"|σ − T₁|, slope {slope1:.2f}"
)
bottom.loglog(
    steps, r2, color=PALETTE[2], label=f"|σ − T₂|, slope {slope2:.2f}"
)
bottom.set(xlabel="step h", ylabel="remainder", title="What each model misses")
bottom.legend(loc="upper left")
print(
    to_html(
        fig,
        title="Taylor models of the sigmoid and their remainders",
        caption="Top: the tangent line and the tangent parabola of the "
        "sigmoid at z = 1 hug the curve near that point and drift away "
        "from it. Bottom: their errors at z = 1 + h fall like h squared "
        "and h cubed, straight lines of slope 2 and 3 on log-log axes.",
    )
)
