"""The trained network's probability map and its decision boundary."""

import numpy as np

from mlfound.datasets import line_separated
from mlfound.figures import PALETTE, figure, to_html
from mlfound.nn import TwoLayerNetwork

X, y = line_separated(n=100, seed=0)  # labelled by the line x1 + x2 = 0
net = TwoLayerNetwork(2, 4, seed=0)
net.fit(X, y, epochs=2000, learning_rate=1.0)

grid = np.linspace(-3, 3, 201)
G0, G1 = np.meshgrid(grid, grid)
P = net.predict_proba(np.column_stack([G0.ravel(), G1.ravel()]))
P = P.reshape(G0.shape)
# The page's reading: near the data the boundary runs close to the true line
# (within 0.5 of it across the middle of the square), with a narrow band of
# intermediate colour.
middle = (np.abs(G0) < 1.5) & (np.abs(G1) < 1.5)
on_boundary = middle & (np.abs(P - 0.5) < 0.05)
assert np.all(np.abs(G0 + G1)[on_boundary] / np.sqrt(2) < 0.5)
assert np.mean(np.abs(P - 0.5) < 0.4) < 0.2

fig, ax = figure(width=6.0, height=5.0)
filled = ax.contourf(
    G0, G1, P, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.5
)
fig.colorbar(filled, ax=ax, label="p(y = 1 | x)")
ax.contour(G0, G1, P, levels=[0.5], colors=PALETTE[2], linewidths=3)
ax.plot([], [], color=PALETTE[2], linewidth=3, label="network p = 0.5")
ax.plot([-3, 3], [3, -3], "--", color="0.2", label="true line x1 + x2 = 0")
for label, marker in ((0, "o"), (1, "s")):
    ax.scatter(
        *X[y == label].T,
        marker=marker,
        s=24,
        c=PALETTE[label],
        edgecolors="0.15",
        linewidths=0.5,
        label=f"y = {label}",
    )
ax.set(xlabel="x1", ylabel="x2", xlim=(-3, 3), ylim=(-3, 3), aspect="equal")
fig.legend(loc="outside upper center", ncols=2, fontsize=9)
print(
    to_html(
        fig,
        title="Decision boundary of the trained 2-4-1 network",
        caption="Colour is the predicted probability of label 1; the green "
        "curve is where it equals 0.5, close to the dashed true line.",
        fmt="png",
    )
)
