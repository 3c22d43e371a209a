"""The kept Metropolis draws over the contours of the 2-D Gaussian target."""

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
kept = chain[1_000::20]  # every 20th draw after the burn-in

fig, cloud = figure(width=6.4, height=4.6)
angle = np.linspace(0, 2 * np.pi, 120)
L = np.linalg.cholesky(Sigma)
cloud.scatter(
    kept[:, 0],
    kept[:, 1],
    s=5,
    color=PALETTE[0],
    alpha=0.6,
    label="every 20th kept draw",
)
for r in (1, 2, 3):  # contours at Mahalanobis radius 1, 2 and 3
    ring = mu[:, None] + r * L @ np.vstack([np.cos(angle), np.sin(angle)])
    cloud.plot(*ring, color="k", linewidth=1)
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
        title="Metropolis draws over the contours of the target",
        caption="Kept draws of the chain over contours of the target at 1, "
        "2 and 3 standard deviations; the first 40 steps (vermillion) walk "
        "in from the far start.",
        fmt="png",
        dpi=90,
    )
)
