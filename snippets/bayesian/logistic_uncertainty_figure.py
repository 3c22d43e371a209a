"""The MAP probability map beside the posterior's uncertainty map."""

import numpy as np
from sklearn.linear_model import LogisticRegression

from mlfound.bayes import metropolis_hastings
from mlfound.datasets import line_separated
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import binary_cross_entropy_from_logits, sigmoid

X, y = line_separated(n=100, seed=0)
prior_var = 4.0


def log_posterior(w):
    log_likelihood = -len(y) * binary_cross_entropy_from_logits(y, X @ w)
    return log_likelihood - w @ w / (2 * prior_var)


sk = LogisticRegression(C=prior_var, fit_intercept=False, tol=1e-10)
w_map = sk.fit(X, y).coef_[0]
chain = metropolis_hastings(
    log_posterior, w_map, n_samples=10_000, step_size=1.5, seed=0
)
draws = chain[1_000::18]  # 500 draws, thinned from the kept chain

grid = np.linspace(-3, 3, 101)
G1, G2 = np.meshgrid(grid, grid)
points = np.column_stack([G1.ravel(), G2.ravel()])
p_map = sigmoid(points @ w_map).reshape(G1.shape)
p_draws = sigmoid(points @ draws.T)  # (points, draws)
spread = p_draws.std(axis=1).reshape(G1.shape)
# The uncertainty is largest far out along the boundary, smallest in the data
corner = spread[np.argmin(np.abs(grid + 3)), np.argmin(np.abs(grid - 3))]
assert corner > 5 * spread[50, 50] and corner > 0.2

fig, (left, right) = figure(1, 2, width=6.4, height=3.7, sharey=True)
filled = left.contourf(
    G1, G2, p_map, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6
)
fig.colorbar(filled, ax=left, label="p(y = 1 | x, w_MAP)", location="bottom")
left.set_title("point estimate (MAP)", fontsize=10)
shaded = right.contourf(
    G1, G2, spread, levels=np.linspace(0, 0.5, 11), cmap="viridis"
)
fig.colorbar(
    shaded,
    ax=right,
    label="sd of p(y = 1 | x, w) over the posterior",
    location="bottom",
)
for w in draws[::20]:  # 25 boundaries w . x = 0 from posterior draws
    right.plot(
        grid, -w[0] / w[1] * grid, color="white", linewidth=0.6, alpha=0.7
    )
right.set_title("posterior uncertainty", fontsize=10)
for ax in (left, right):
    for label, marker in ((0, "o"), (1, "s")):
        ax.scatter(
            *X[y == label].T,
            marker=marker,
            s=10,
            c=PALETTE[label],
            edgecolors="0.15",
            linewidths=0.4,
        )
    ax.set(xlabel="x1", xlim=(-3, 3), ylim=(-3, 3), aspect="equal")
left.set(ylabel="x2")
print(
    to_html(
        fig,
        title="Bayesian logistic regression: point estimate and uncertainty",
        caption="Left: the probability of label 1 under the MAP weights, as "
        "sure far from the data as near it. Right: how much that probability "
        "varies over posterior draws (white: 25 of their boundaries). The "
        "uncertainty is small inside the data and grows along the boundary, "
        "towards the corners where no point pins its angle down.",
        fmt="png",
        dpi=120,
    )
)
