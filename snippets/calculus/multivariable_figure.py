"""The 2-D descent path drawn on the contour lines of x^2 + 2y^2 + xy."""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import PALETTE, figure, to_html


def grad_f(w):
    x, y = w
    return np.array([2 * x + y, 4 * y + x])


path = gradient_descent(grad_f, [3.0, 2.0], learning_rate=0.1, n_steps=50)
xs, ys = np.meshgrid(np.linspace(-3.5, 3.5, 121), np.linspace(-2.5, 2.5, 121))
values = xs**2 + 2 * ys**2 + xs * ys

fig, ax = figure(width=6.4, height=4.4)
contours = ax.contour(
    xs,
    ys,
    values,
    levels=np.geomspace(0.1, 30, 9),
    colors=PALETTE[5],
    linewidths=1,
)
ax.clabel(contours, fmt="%.2g", fontsize=8)
ax.plot(
    path[:, 0],
    path[:, 1],
    "o-",
    color=PALETTE[3],
    markersize=3,
    linewidth=1.2,
    label="50 steps, η = 0.1",
)
ax.plot(*path[0], "s", color=PALETTE[2], markersize=8, label="start (3, 2)")
ax.plot(0, 0, "*", color=PALETTE[1], markersize=14, label="minimum (0, 0)")
ax.set(xlabel="x", ylabel="y", aspect="equal")
ax.legend(loc="upper left")
print(
    to_html(
        fig,
        title="Descent path on the contours of a two-variable quadratic",
        caption="Each step leaves its contour at a right angle (the negative "
        "gradient is perpendicular to the level set), so the path bends "
        "towards the long, gently sloped direction of the tilted ellipses "
        "and crawls along it to the minimum.",
    )
)
