"""Functions drawn from Gaussian-process priors with three length scales."""

import numpy as np

from mlfound.bayes import rbf_kernel
from mlfound.figures import PALETTE, figure, to_html

grid = np.linspace(-5, 5, 101)[:, None]
rng = np.random.default_rng(0)

fig, axes = figure(3, 1, width=6.4, height=6.6, sharex=True, sharey=True)
for ax, ell in zip(axes, (0.3, 1.0, 3.0), strict=True):
    K = rbf_kernel(grid, grid, length_scale=ell, signal_var=1.0)
    # f = L z with K = L L^T has covariance K; the tiny jitter on the
    # diagonal lets Cholesky succeed (see the pitfall at the end of the page)
    L = np.linalg.cholesky(K + 1e-8 * np.eye(len(grid)))
    samples = L @ rng.standard_normal((len(grid), 3))
    ax.fill_between(grid[:, 0], -2, 2, color="0.5", alpha=0.12, linewidth=0)
    for k, colour in enumerate(PALETTE[:3]):
        ax.plot(grid[:, 0], samples[:, k], color=colour, linewidth=1.4)
    ax.set_title(f"length scale {ell:g}", fontsize=10, loc="left")
    ax.set(ylabel="f(x)", ylim=(-3.2, 3.2))
axes[-1].set(xlabel="x")
print(
    to_html(
        fig,
        title="Samples from Gaussian-process priors with the RBF kernel",
        caption="Three functions drawn from each prior (signal variance 1; "
        "grey: ±2 prior standard deviations). The length scale sets how far "
        "apart two inputs must be before their values become unrelated.",
    )
)
