"""Three learning rates on f(x) = (x + 1)^2: converge, oscillate, diverge."""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import PALETTE, figure, to_html


def df(x):
    return 2 * x + 2


runs = [(0.2, "converges"), (0.9, "oscillates"), (1.1, "diverges")]
fig, axes = figure(1, 3, width=10.0, height=3.4)
for ax, (eta, verdict) in zip(axes, runs, strict=True):
    path = gradient_descent(df, 5.0, learning_rate=eta, n_steps=8)
    # The caption: one side, across and back while closing in, further out.
    distance, side = np.abs(path + 1), np.sign(path + 1)
    if verdict == "converges":
        assert np.all(side == 1) and np.all(np.diff(distance) < 0)
    elif verdict == "oscillates":
        assert np.all(side[1:] != side[:-1]) and np.all(np.diff(distance) < 0)
    else:
        assert np.all(side[1:] != side[:-1]) and np.all(np.diff(distance) > 0)
    reach = np.max(np.abs(path + 1)) * 1.1
    xs = np.linspace(-1 - reach, -1 + reach, 200)
    ax.plot(xs, (xs + 1) ** 2, color=PALETTE[0])
    ax.plot(
        path,
        (path + 1) ** 2,
        "o-",
        color=PALETTE[3],
        markersize=4,
        linewidth=1,
    )
    ax.plot(path[0], (path[0] + 1) ** 2, "s", color=PALETTE[2], markersize=7)
    ax.set_title(f"η = {eta}: {verdict}")
    ax.set(xlabel="x")
axes[0].set(ylabel="f(x)")
print(
    to_html(
        fig,
        title="Three learning rates on one parabola",
        caption="Eight steps from x = 5 (square) on f(x) = (x + 1)^2, whose "
        "curvature is 2. A small step slides down one side; a step just "
        "under 1 jumps across the valley and back while closing in; a step "
        "above 1 overshoots further each time.",
    )
)
