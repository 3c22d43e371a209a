"""Decision boundaries on the half-moons: logistic regression vs 2-8-1."""

import numpy as np
from sklearn.datasets import make_moons
from sklearn.linear_model import LogisticRegression

from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import TwoLayerNetwork

X, y = make_moons(n_samples=200, noise=0.2, random_state=0)
logistic = LogisticRegression(C=1.0).fit(X, y)
net = TwoLayerNetwork(2, 8, seed=0)
net.fit(X, y, epochs=5000, learning_rate=1.0)

G0, G1 = np.meshgrid(np.linspace(-1.6, 2.6, 211), np.linspace(-1.2, 1.7, 146))
grid = np.column_stack([G0.ravel(), G1.ravel()])
maps = {
    "logistic regression": logistic.predict_proba(grid)[:, 1],
    "network 2-8-1": net.predict_proba(grid)[:, 0],
}

# The page's reading: the network is confident (p below 0.1 or above 0.9)
# over most of the plane, far more of it than logistic regression.
confident = {name: np.mean(np.abs(P - 0.5) > 0.4) for name, P in maps.items()}
assert confident["network 2-8-1"] > 0.5
assert confident["network 2-8-1"] > confident["logistic regression"] + 0.2

fig, axes = figure(1, 2, width=9.6, height=4.2, sharey=True)
for ax, (name, P) in zip(axes, maps.items(), strict=True):
    P = P.reshape(G0.shape)
    filled = ax.contourf(
        G0, G1, P, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.5
    )
    ax.contour(G0, G1, P, levels=[0.5], colors=PALETTE[2], linewidths=2.5)
    for label, marker in ((0, "o"), (1, "s")):
        ax.scatter(
            *X[y == label].T,
            marker=marker,
            s=18,
            c=PALETTE[label],
            edgecolors="0.15",
            linewidths=0.5,
            label=f"y = {label}",
        )
    ax.set(title=name, xlabel="x1", aspect="equal")
axes[0].set(ylabel="x2")
axes[0].plot([], [], color=PALETTE[2], linewidth=2.5, label="p = 0.5")
fig.legend(
    *axes[0].get_legend_handles_labels(),
    loc="outside upper center",
    ncols=3,
    fontsize=9,
)
fig.colorbar(filled, ax=axes, label="p(y = 1 | x)", shrink=0.8)
print(
    to_html(
        fig,
        title="Half-moons decision boundaries",
        caption="Colour is the predicted probability of label 1 and the green "
        "curve its 0.5 level. Logistic regression can only cut the plane "
        "with a straight line; the hidden layer lets the network's boundary "
        "bend between the moons.",
        fmt="png",
        dpi=120,
    )
)
