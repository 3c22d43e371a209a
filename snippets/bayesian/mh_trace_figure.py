"""Trace plot of Metropolis-Hastings on a 2-D Gaussian, with its burn-in."""

import numpy as np

from mlfound.bayes import metropolis_hastings
from mlfound.figures import PALETTE, figure, to_html

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


chain = metropolis_hastings(
    log_density, [-4.0, 4.0], n_samples=2_000, step_size=1.0, seed=0
)
burn_in = 1_000

fig, trace = figure(width=6.4, height=3.6)
trace.axvspan(0, burn_in, color="0.5", alpha=0.15, linewidth=0)
trace.plot(chain[:, 0], color=PALETTE[0], linewidth=0.8, label="x1")
trace.plot(chain[:, 1], color=PALETTE[1], linewidth=0.8, label="x2")
trace.text(burn_in / 2, 4.6, "burn-in", ha="center", fontsize=9)
trace.set(xlabel="step", ylabel="state", ylim=(-5, 5.5))
trace.legend(loc="lower right", ncols=2, fontsize=9)
print(
    to_html(
        fig,
        title="Trace of Metropolis-Hastings on a 2-D Gaussian",
        caption="The chain's two coordinates over its first 2,000 steps. "
        "From its far start it needs a few dozen steps to reach the target; "
        "the first 1,000 (shaded) are discarded as burn-in. After that both "
        "coordinates wander around their means, 1 and -1, without a trend.",
    )
)
