"""Covariance ellipses: three shapes, and samples with the principal axes."""

import numpy as np

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import sorted_eigh
from mlfound.probability import multivariate_normal_sample

angle = np.linspace(0, 2 * np.pi, 361)
circle = np.vstack([np.cos(angle), np.sin(angle)])


def ellipse(mean, cov, r):
    """Points at Mahalanobis radius r: mean + r L u for unit vectors u."""
    return mean[:, None] + r * np.linalg.cholesky(cov) @ circle


shapes = [
    ("independent, equal variances", np.eye(2)),
    ("independent, unequal", np.diag([2.5, 0.4])),
    ("correlated", np.array([[2.0, 1.2], [1.2, 1.0]])),
]

fig, (left, right) = figure(
    1, 2, width=6.4, height=3.6, gridspec_kw={"width_ratios": [1, 1.35]}
)
for (label, cov), colour in zip(shapes, PALETTE, strict=False):
    u, v = ellipse(np.zeros(2), cov, 2.0)
    left.plot(u, v, color=colour, label=label)
left.set(aspect="equal", xlim=(-4, 4), ylim=(-4, 6.5), title="r = 2 ellipses")
left.legend(loc="upper center", fontsize=8, handlelength=1.2)

mean = np.array([1.0, -1.0])
cov = shapes[2][1]
x = multivariate_normal_sample(mean, cov, 600, seed=0)
right.plot(
    x[:, 0],
    x[:, 1],
    "o",
    markersize=2,
    alpha=0.4,
    color=PALETTE[0],
    rasterized=True,
)
for r in (1, 2, 3):
    u, v = ellipse(mean, cov, r)
    right.plot(u, v, color=PALETTE[2], linewidth=1.2)
lam, V = sorted_eigh(cov)
V = V * np.sign(V[0])  # point both axes to the right
for i, colour in ((0, PALETTE[3]), (1, PALETTE[1])):
    end = 3 * np.sqrt(lam[i]) * V[:, i]
    right.annotate(
        "",
        xy=mean + end,
        xytext=mean,
        arrowprops={"arrowstyle": "->", "color": colour, "lw": 2},
    )
    right.text(
        *(mean + end + 0.45 * end / np.linalg.norm(end)),
        f"v{i + 1}",
        color=colour,
        fontsize=11,
        ha="center",
        va="center",
    )
right.set(
    aspect="equal", xlim=(-5, 7), ylim=(-6, 4), title="samples, r = 1, 2, 3"
)

print(
    to_html(
        fig,
        title="Covariance ellipses of two-dimensional Gaussians",
        caption="Left: the curves of Mahalanobis radius 2 for three "
        "covariance matrices: a circle, an ellipse along the axes, a tilted "
        "ellipse. Right: 600 samples of the correlated Gaussian, its "
        "ellipses of radius 1, 2 and 3, and its principal axes v1 and v2, "
        "the eigenvectors of the covariance, drawn to length 3 sqrt(lambda).",
    )
)
