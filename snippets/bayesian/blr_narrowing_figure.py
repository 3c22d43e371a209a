"""Posterior ellipses of (intercept, slope) after n = 0 to 200 points."""

import numpy as np

from mlfound.bayes import bayesian_linear_regression
from mlfound.figures import PALETTE, figure, to_html

noise_var, prior_var = 0.3**2, 1.0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=200)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=200)
X = np.column_stack([np.ones_like(x), x])
angle = np.linspace(0, 2 * np.pi, 200)
circle = np.vstack([np.cos(angle), np.sin(angle)])


def ellipse(post):
    """The 2-sd contour: mean + 2 L u for unit vectors u, with S = L L^T."""
    return post.mean[:, None] + 2 * np.linalg.cholesky(post.cov) @ circle


fig, axes = figure(1, 2, width=6.4, height=4.4)
panels = [(axes[0], [0, 1, 2, 5]), (axes[1], [5, 20, 200])]
colours = dict(zip([0, 1, 2, 5, 20, 200], PALETTE, strict=True))
for ax, counts in panels:
    for n in counts:
        post = bayesian_linear_regression(
            X[:n], y[:n], noise_var=noise_var, prior_var=prior_var
        )
        ax.plot(*ellipse(post), color=colours[n], label=f"n = {n}")
        gap = np.array([1.0, -0.5]) - post.mean
        if n >= 20:  # the true weights lie inside the 2-sd ellipse
            assert gap @ np.linalg.solve(post.cov, gap) < 2**2
    ax.plot(1.0, -0.5, "*", color="k", markersize=11, label="true w")
    ax.set(xlabel="w0 (intercept)", aspect="equal")
    ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=2, fontsize=8
    )
axes[0].set(ylabel="w1 (slope)", xlim=(-2.3, 2.3), ylim=(-2.3, 2.3))
axes[1].set(xlim=(0.55, 1.35), ylim=(-1.05, -0.05))
print(
    to_html(
        fig,
        title="The posterior over the weights narrowing as data arrive",
        caption="2-sd ellipses of the posterior after the first n points. "
        "Left: from the round prior (n = 0), one point pins down only one "
        "combination of the weights, a long thin ellipse; right, zoomed in: "
        "20 and 200 points close in on the true weights (star).",
    )
)
