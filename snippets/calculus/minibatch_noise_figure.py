"""Gradient noise against batch size on log-log axes: measured, the exact
formula for sampling without replacement, and the plain sigma / sqrt(B)."""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import sigmoid

X, y = line_separated()
N, alpha = len(y), 0.01
w = np.zeros(2)
per_example = (sigmoid(X @ w) - y)[:, None] * X + alpha * w
g = per_example.mean(axis=0)
sigma2 = np.mean(np.sum((per_example - g) ** 2, axis=1))
rng = np.random.default_rng(0)
sizes = np.array([1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 90])
measured = []
for B in sizes:
    batches = np.array(
        [rng.choice(N, size=B, replace=False) for _ in range(2000)]
    )
    estimates = per_example[batches].mean(axis=1)
    measured.append(np.sqrt(np.mean(np.sum((estimates - g) ** 2, axis=1))))
B = np.linspace(1, 95, 200)
exact = np.sqrt(sigma2 / B * (N - B) / (N - 1))
assert np.all(
    np.abs(measured / np.sqrt(sigma2 / sizes * (N - sizes) / (N - 1)) - 1)
    < 0.08
)
small = sizes <= 10  # where the finite-population factor is close to 1
slope = np.polyfit(np.log(sizes[small]), np.log(np.array(measured)[small]), 1)[
    0
]
assert abs(slope + 0.5) < 0.05

fig, ax = figure(width=6.4, height=4.0)
ax.loglog(
    B,
    np.sqrt(sigma2 / B),
    ":",
    color="#999999",
    label="σ / √B (sampling with replacement)",
)
ax.loglog(B, exact, color=PALETTE[0], label="σ / √B · √((N − B)/(N − 1))")
ax.loglog(
    sizes,
    measured,
    "o",
    color=PALETTE[1],
    markersize=6,
    label="measured, 2,000 batches each",
)
ax.axhline(
    np.linalg.norm(g),
    color=PALETTE[2],
    linewidth=1.2,
    label="size of the full gradient |g|",
)
ax.set(
    xlabel="batch size B",
    ylabel="rms error of the batch gradient",
    ylim=(0.01, 1.0),
)
ax.legend(loc="lower left", fontsize=9)
print(
    to_html(
        fig,
        title="Gradient noise against batch size",
        caption="Root-mean-square distance between a mini-batch gradient "
        "and the full gradient of the regularised log-loss at w = 0, for "
        f"batches drawn without replacement from the {N} points. The noise "
        "falls like one over the square root of the batch size, a little "
        "faster near B = N, where the batch is almost the whole data set.",
    )
)
