"""The Gaussian-process posterior: mean, bands and a few posterior draws."""

import numpy as np

from mlfound.bayes import gaussian_process_regression, rbf_kernel
from mlfound.figures import PALETTE, figure, to_html

rng = np.random.default_rng(0)
x = np.sort(rng.uniform(-4, 4, size=12))
y = np.sin(x) + rng.normal(scale=0.1, size=12)
ell, signal_var, noise_var = 1.0, 1.0, 0.01
grid = np.linspace(-6, 6, 97)
kw = {"length_scale": ell, "signal_var": signal_var}

mean, var = gaussian_process_regression(
    x[:, None], y, grid[:, None], noise_var=noise_var, **kw
)
sd, sd_new = np.sqrt(var), np.sqrt(var + noise_var)
# Posterior draws of f: the posterior covariance in full, then Cholesky
K = rbf_kernel(x[:, None], x[:, None], **kw) + noise_var * np.eye(12)
K_star = rbf_kernel(x[:, None], grid[:, None], **kw)
cov = rbf_kernel(grid[:, None], grid[:, None], **kw)
cov -= K_star.T @ np.linalg.solve(K, K_star)
L = np.linalg.cholesky(cov + 1e-8 * np.eye(len(grid)))
draws = mean[:, None] + L @ np.random.default_rng(1).standard_normal((97, 3))
assert sd[np.argmin(np.abs(grid - 6))] > 10 * sd.min()  # wide beyond data

fig, ax = figure(width=6.4, height=4.6)
ax.fill_between(
    grid,
    mean - 2 * sd_new,
    mean + 2 * sd_new,
    color=PALETTE[5],
    alpha=0.2,
    linewidth=0,
    label="±2 sd, new observation",
)
ax.fill_between(
    grid,
    mean - 2 * sd,
    mean + 2 * sd,
    color=PALETTE[0],
    alpha=0.3,
    linewidth=0,
    label="±2 sd of f",
)
for k in range(3):
    ax.plot(
        grid,
        draws[:, k],
        color=PALETTE[2],
        linewidth=0.9,
        alpha=0.8,
        label="posterior draws of f" if k == 0 else None,
    )
ax.plot(grid, mean, color=PALETTE[0], label="posterior mean")
ax.plot(
    grid, np.sin(grid), "--", color=PALETTE[3], linewidth=1.3, label="sin(x)"
)
ax.scatter(x, y, s=22, color="k", zorder=3, label="12 observations")
ax.set(xlabel="x", ylabel="f(x)", ylim=(-2.6, 2.6))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=3, fontsize=8)
print(
    to_html(
        fig,
        title="Gaussian-process posterior mean and bands",
        caption="Between the observations the band is thin; in the gaps and "
        "beyond the data it opens up, and far away the posterior returns "
        "to the prior: mean 0 and ±2 standard deviations.",
    )
)
