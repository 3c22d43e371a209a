"""Sigmoid, tanh and ReLU, and their derivatives."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

z = np.linspace(-4, 4, 801)
s = sigmoid(z)
curves = {
    "sigmoid": (s, s * (1 - s)),
    "tanh": (np.tanh(z), 1 - np.tanh(z) ** 2),
    "ReLU": (np.maximum(z, 0), (z > 0).astype(float)),
}

fig, (left, right) = figure(2, 1, width=6.4, height=6.0, sharex=True)
for (name, (value, slope)), colour, style in zip(
    curves.items(), PALETTE, ("-", "--", ":"), strict=False
):
    left.plot(z, value, style, color=colour, label=name)
    right.plot(z, slope, style, color=colour, label=name)
left.set(title="activation φ(z)", ylim=(-1.2, 2.2))
right.set(title="derivative φ'(z)", xlabel="z", ylim=(-0.1, 1.2))
right.axhline(0.25, color="0.5", linewidth=1)
right.annotate("1/4", (-4, 0.25), xytext=(2, 3), textcoords="offset points")
left.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Sigmoid, tanh and ReLU with their derivatives",
        caption="Top: the three activations. Bottom: their slopes. The "
        "sigmoid's slope never exceeds 1/4 and tanh's never exceeds 1; both "
        "fall towards 0 away from the origin. ReLU's slope is exactly 1 for "
        "every positive input and 0 for every negative one.",
    )
)
