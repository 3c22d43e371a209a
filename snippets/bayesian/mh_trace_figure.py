"""Trace plot with burn-in, and the kept draws over the target's contours."""

import numpy as np

from mlfound.bayes import metropolis_hastings
from mlfound.figures import PALETTE, figure, to_html

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


chain = metropolis_hastings(
    log_density, [-4.0, 4.0], n_samples=20_000, step_size=1.0, seed=0
)
burn_in, shown = 1_000, 3_000

fig, (trace, cloud) = figure(
    2, 1, width=6.4, height=8.2, gridspec_kw={"height_ratios": [1, 1.6]}
)
steps = np.arange(shown)
trace.axvspan(0, burn_in, color="0.5", alpha=0.15, linewidth=0)
trace.plot(
    steps, chain[:shown, 0], color=PALETTE[0], linewidth=0.8, label="x1"
)
trace.plot(
    steps, chain[:shown, 1], color=PALETTE[1], linewidth=0.8, label="x2"
)
trace.text(burn_in / 2, 4.6, "burn-in", ha="center", fontsize=9)
trace.set(xlabel="step", ylabel="state", ylim=(-5, 5.5))
trace.legend(loc="lower right", ncols=2, fontsize=9)

# Contours of the target: Mahalanobis radius 1, 2 and 3
angle = np.linspace(0, 2 * np.pi, 200)
L = np.linalg.cholesky(Sigma)
kept = chain[burn_in::10]
cloud.scatter(
    kept[:, 0],
    kept[:, 1],
    s=4,
    color=PALETTE[0],
    alpha=0.5,
    label="every 10th kept draw",
)
for r in (1, 2, 3):
    ring = mu[:, None] + r * L @ np.vstack([np.cos(angle), np.sin(angle)])
    cloud.plot(*ring, color="0.2", linewidth=1)
cloud.plot(
    *chain[:40].T,
    "-o",
    color=PALETTE[3],
    markersize=3,
    linewidth=1,
    label="first 40 steps from (-4, 4)",
)
cloud.set(
    xlabel="x1", ylabel="x2", aspect="equal", xlim=(-4.5, 5), ylim=(-5, 4.5)
)
cloud.legend(
    loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=2, fontsize=9
)
print(
    to_html(
        fig,
        title="Trace and draws of Metropolis-Hastings on a 2-D Gaussian",
        caption="Top: the chain's two coordinates over the first 3,000 "
        "steps; from its far start it needs a few dozen steps to reach the "
        "target, and the first 1,000 (shaded) are discarded as burn-in. "
        "Bottom: kept draws over contours of the target at 1, 2 and 3 "
        "standard deviations, with the first 40 steps in red.",
        fmt="png",
    )
)
