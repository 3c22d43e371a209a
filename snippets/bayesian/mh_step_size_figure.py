"""Traces of x1 for three step sizes: crawling, mixing, stuck."""

import numpy as np

from mlfound.bayes import metropolis_hastings
from mlfound.figures import PALETTE, figure, to_html

mu = np.array([1.0, -1.0])
Sigma = np.array([[1.0, 0.9], [0.9, 1.0]])
precision = np.linalg.inv(Sigma)


def log_density(x):
    return -0.5 * (x - mu) @ precision @ (x - mu)


fig, axes = figure(3, 1, width=6.4, height=6.6, sharex=True, sharey=True)
labels = {0.05: "too small", 1.0: "about right", 10.0: "too large"}
for ax, (step, label), colour in zip(
    axes, labels.items(), PALETTE[:3], strict=True
):
    chain = metropolis_hastings(
        log_density, [-4.0, 4.0], n_samples=1_500, step_size=step, seed=0
    )
    ax.plot(chain[:, 0], color=colour, linewidth=0.8)
    ax.axhline(mu[0], color="0.5", linestyle=":", linewidth=1)
    ax.set_title(f"step size {step:g}: {label}", fontsize=10, loc="left")
    ax.set(ylabel="x1", ylim=(-4.5, 4.5))
axes[-1].set(xlabel="step")
print(
    to_html(
        fig,
        title="Metropolis traces for three step sizes",
        caption="The first 1,500 steps of x1 (target mean 1, dotted). Too "
        "small a step crawls from the start and drifts slowly; a step near "
        "the target's scale mixes well; too large a step is rejected almost "
        "every time, so the trace is flat for long stretches.",
    )
)
