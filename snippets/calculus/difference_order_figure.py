"""Error of forward, central and Richardson differences against the step h,
on log-log axes, with the slopes 1, 2 and 4 that Taylor's theorem predicts
fitted and asserted (steps large enough that rounding does not matter)."""

import numpy as np

from mlfound.calculus import numerical_gradient
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

z = 1.0
s = sigmoid(z)
d1 = s * (1 - s)
d2 = s * (1 - s) * (1 - 2 * s)
d3 = s * (1 - s) * (1 - 6 * s + 6 * s**2)


def central(h):
    return numerical_gradient(sigmoid, z, eps=h)


def forward(h):
    return (sigmoid(z + h) - sigmoid(z)) / h


def richardson(h):  # cancels the h^2 term of the central difference
    return (4 * central(h / 2) - central(h)) / 3


curves = {  # method: (steps where truncation dominates, expected order)
    "forward": (forward, np.logspace(-5, -0.5, 19), 1),
    "central": (central, np.logspace(-3, -0.5, 11), 2),
    "Richardson": (richardson, np.logspace(-1.5, -0.5, 5), 4),
}
fig, ax = figure(width=6.4, height=4.2)
for (name, (method, steps, order)), color in zip(
    curves.items(), [PALETTE[1], PALETTE[0], PALETTE[2]], strict=True
):
    errors = np.abs([method(h) - d1 for h in steps])
    slope = np.polyfit(np.log(steps), np.log(errors), 1)[0]
    assert abs(slope - order) < 0.1, (name, slope)
    ax.loglog(
        steps,
        errors,
        "o-",
        color=color,
        markersize=4,
        label=f"{name}: slope {slope:.2f}",
    )
h = np.logspace(-5, -0.5, 10)
ax.loglog(h, abs(d2) / 2 * h, ":", color="#999999")
ax.loglog(
    h, abs(d3) / 6 * h**2, ":", color="#999999", label="Taylor's leading terms"
)
ax.set(xlabel="step h", ylabel="error in σ′(1)")
ax.legend(loc="upper left", fontsize=9)
print(
    to_html(
        fig,
        title="Order of finite differences",
        caption="Errors of three difference quotients for the sigmoid's "
        "derivative at z = 1. Each is a straight line on log-log axes, of "
        "slope 1 (forward), 2 (central) and 4 (Richardson's combination of "
        "two central differences). The dotted lines are the leading terms "
        "f''h/2 and f'''h²/6 of the Taylor expansions.",
    )
)
