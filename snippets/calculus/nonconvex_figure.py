"""A non-convex function with two minima: where gradient descent ends
depends on where it starts.

f(x) = x^4 - 3x^2 + x has f'' = 12x^2 - 6 < 0 for |x| < 1/sqrt(2), a local
maximum between a global minimum (left) and a local one (right). Runs of
gradient descent from eleven starts end in one minimum or the other.
"""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import PALETTE, figure, to_html


def f(x):
    return x**4 - 3 * x**2 + x


def df(x):
    return 4 * x**3 - 6 * x + 1


critical = np.sort(np.roots([4, 0, -6, 1]).real)  # min, max, min
left_min, peak, right_min = critical
starts = np.linspace(-2, 2, 11)
ends = np.array(
    [
        gradient_descent(df, x0, learning_rate=0.02, n_steps=300)[-1]
        for x0 in starts
    ]
)
# Every run ends at the minimum on its own side of the maximum
assert np.allclose(ends[starts < peak], left_min, atol=1e-6)
assert np.allclose(ends[starts > peak], right_min, atol=1e-6)
f_left, f_right = f(left_min), f(right_min)
assert f_left < f_right < f(peak)
# The chord between the two minima passes below the graph: not convex
chord_at_peak = f(left_min) + (f(right_min) - f(left_min)) * (
    (peak - left_min) / (right_min - left_min)
)
assert chord_at_peak < f(peak)

x = np.linspace(-2.05, 2.05, 201)
fig, ax = figure(width=6.4, height=4.2)
ax.axvspan(
    -1 / np.sqrt(2),
    1 / np.sqrt(2),
    color=PALETTE[5],
    alpha=0.15,
    label="f″ < 0: curving down",
)
ax.plot(x, f(x), color="#000000", linewidth=1.5, label="f(x) = x⁴ − 3x² + x")
ax.plot(
    [left_min, right_min],
    [f(left_min), f(right_min)],
    "--",
    color=PALETTE[4],
    label="a chord below the graph",
)
for x0, end in zip(starts, ends, strict=True):
    color = PALETTE[0] if end < peak else PALETTE[1]
    ax.plot(x0, f(x0), "o", color=color, markersize=6)
    ax.annotate(
        "",
        xy=(end, f(end)),
        xytext=(x0, f(x0)),
        arrowprops={"arrowstyle": "->", "color": color, "alpha": 0.6},
    )
ax.plot(
    critical[[0, 2]],
    f(critical[[0, 2]]),
    "*",
    color=PALETTE[3],
    markersize=14,
    label="the two minima",
)
ax.set(xlabel="x", ylabel="f(x)", ylim=(-4.5, 7))
ax.legend(loc="upper center", fontsize=9)
print(
    to_html(
        fig,
        title="Gradient descent on a function with two minima",
        caption="Eleven runs of gradient descent (η = 0.02) on "
        "x⁴ − 3x² + x. Starts left of the local maximum (blue) end in the "
        "global minimum, starts right of it (orange) in the higher local "
        "minimum. The dashed chord between the minima lies below the graph "
        "in the shaded region where the function curves downwards.",
    )
)
