"""Scatter plots at several correlations, and a dependence it cannot see.

Y = rho X + sqrt(1 - rho^2) E, with X and E independent standard normals,
has variance 1 and covariance rho with X. The last panel is Y = X^2 - 1:
completely determined by X, yet uncorrelated with it.
"""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html

n = 400
rng = np.random.default_rng(seed=0)
x, noise = rng.standard_normal((2, n))

panels = []
for rho in (0.9, 0.4, -0.7):
    panels.append((f"rho = {rho}", rho * x + np.sqrt(1 - rho**2) * noise))
panels.append(("Y = X^2 - 1, rho = 0", x**2 - 1))

fig, axes = figure(2, 2, width=6.4, height=5.6, sharex=True)
for ax, colour, (label, y) in zip(axes.ravel(), PALETTE, panels, strict=False):
    r = np.corrcoef(x, y)[0, 1]
    if "X^2" in label:  # se of r here: sqrt(E[X^2 Y^2] / (Var X Var Y) / n)
        assert abs(r) < 4 * np.sqrt(10 / 2 / n)
    ax.plot(x, y, "o", markersize=3, alpha=0.5, color=colour, rasterized=True)
    ax.set_title(f"{label}\nsample r = {r:+.2f}", fontsize=11)
    ax.set(ylim=(-4, 6) if "X^2" in label else (-4, 4))
for ax in axes[1]:
    ax.set_xlabel("X")
for ax in axes[:, 0]:
    ax.set_ylabel("Y")

print(
    to_html(
        fig,
        title="Scatter plots with different correlations",
        caption="400 pairs (X, Y) each. Correlation measures how well a "
        "straight line describes the cloud and which way it slopes. The "
        "last panel is a parabola: Y is a function of X, yet the "
        "correlation is near zero.",
    )
)
