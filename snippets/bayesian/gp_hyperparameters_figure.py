"""Posterior of the same data under four other length scales and noises."""

import numpy as np

from mlfound.bayes import gaussian_process_regression
from mlfound.figures import PALETTE, figure, to_html

rng = np.random.default_rng(0)
x = np.sort(rng.uniform(-4, 4, size=12))
y = np.sin(x) + rng.normal(scale=0.1, size=12)
grid = np.linspace(-5, 5, 81)

settings = [
    (0.3, 0.01, "short ℓ: wiggles"),
    (3.0, 0.01, "long ℓ: overconfident"),
    (1.0, 1e-4, "tiny noise: threads"),
    (1.0, 0.5, "large noise: blurs"),
]
fig, axes = figure(2, 2, width=6.4, height=5.6, sharex=True, sharey=True)
for ax, (ell, noise_var, label) in zip(axes.ravel(), settings, strict=True):
    mean, var = gaussian_process_regression(
        x[:, None],
        y,
        grid[:, None],
        length_scale=ell,
        signal_var=1.0,
        noise_var=noise_var,
    )
    sd = np.sqrt(var)
    if ell == 3.0:  # at x = -5 and 5 the truth is more than 2 sd away
        assert np.all(np.abs(mean - np.sin(grid))[[0, -1]] > 2 * sd[[0, -1]])
    ax.fill_between(
        grid,
        mean - 2 * sd,
        mean + 2 * sd,
        color=PALETTE[0],
        alpha=0.3,
        linewidth=0,
    )
    ax.plot(grid, mean, color=PALETTE[0])
    ax.plot(grid, np.sin(grid), "--", color=PALETTE[3], linewidth=1.1)
    ax.scatter(x, y, s=12, color="k", zorder=3)
    ax.set_title(f"{label} (ℓ = {ell:g}, σ² = {noise_var:g})", fontsize=9)
    ax.set(ylim=(-2.6, 2.6))
for ax in axes[1]:
    ax.set(xlabel="x")
for ax in axes[:, 0]:
    ax.set(ylabel="f(x)")
print(
    to_html(
        fig,
        title="Effect of the length scale and the noise on a Gaussian process",
        caption="The same twelve points under four settings of the length "
        "scale ℓ and the noise variance σ² (mean and ±2 sd of f; dashed: "
        "sin x). A short length scale wiggles and falls back to 0 between "
        "points; a long one is sure of itself beyond the data and wrong "
        "there; tiny noise threads every point and swings between them; "
        "large noise blurs the signal into noise. Each is worse than ℓ = 1, "
        "σ² = 0.01, and the log evidence in the previous block says so "
        "without looking at sin x.",
    )
)
