"""Why Jensen's inequality holds: a centre of mass above a convex curve.

The five points (x_i, x_i^2) of the distribution of the previous block lie on
the convex curve phi(t) = t^2. Their centre of mass, with weights p_i, is
(E[X], E[X^2]); it lies inside the shaded polygon of the points, which lies
above the curve, so E[X^2] >= (E[X])^2.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

values = np.array([0.5, 1.0, 1.5, 3.0, 4.0])
probs = np.array([0.3, 0.2, 0.1, 0.1, 0.3])
mean, mean_of_squares = probs @ values, probs @ values**2
gap = mean_of_squares - mean**2

t = np.linspace(0.0, 4.3, 200)
fig, ax = figure(width=6.4, height=4.0)
ax.plot(t, t**2, color=PALETTE[0], label="phi(t) = t^2")
ax.fill(values, values**2, color=PALETTE[0], alpha=0.15, linewidth=0)
ax.scatter(
    values,
    values**2,
    s=600 * probs,
    color=PALETTE[0],
    zorder=3,
    label="x_i, dot area ~ p_i",
)
ax.plot(
    [mean],
    [mean_of_squares],
    "s",
    color=PALETTE[3],
    markersize=8,
    label="(E[X], E[phi(X)])",
)
ax.plot(
    [mean],
    [mean**2],
    "o",
    color=PALETTE[1],
    markersize=8,
    label="(E[X], phi(E[X]))",
)
ax.annotate(
    "",
    xy=(mean, mean**2),
    xytext=(mean, mean_of_squares),
    arrowprops={"arrowstyle": "<->", "color": "black"},
)
ax.annotate(
    f"gap = Var(X) = {gap:.2f}",
    (mean, (mean**2 + mean_of_squares) / 2),
    xytext=(8, 0),
    textcoords="offset points",
    va="center",
)
ax.set(xlabel="t", ylabel="phi(t)", xlim=(0, 4.3), ylim=(0, 17))
ax.legend(loc="upper left")
# the square is above the curve and below the chord of the outermost dots
chord = np.interp(mean, values[[0, -1]], values[[0, -1]] ** 2)
assert mean**2 < mean_of_squares < chord
print(
    to_html(
        fig,
        title="Jensen's inequality for a convex function",
        caption="Five outcomes on the convex curve t^2, each dot sized by its "
        "probability. Their weighted average (square) lies inside the shaded "
        "polygon of the dots, and the polygon lies above the curve, so the "
        "average of phi is above phi of the average (circle). For t^2 the "
        "gap is the variance.",
    )
)
