"""Lagrange's condition in pictures: at a constrained optimum the gradient
of the objective is parallel to the gradient of the constraint.

Top, PCA: contours of u^T S u for two iris features and the unit circle;
the maximum is where a contour touches the circle. Bottom, ridge: contours
of |X w - y|^2 for two features of the norms page's data and the ball
|w| <= r; the solution is where a contour first touches the ball.
"""

import numpy as np
from sklearn.datasets import load_iris

from mlfound.figures import PALETTE, figure, to_html
from mlfound.linalg import covariance, sorted_eigh

# PCA of sepal length and petal length
S = covariance(load_iris().data[:, [0, 2]])
values, vectors = sorted_eigh(S)
v1 = vectors[:, 0] * np.sign(vectors[0, 0])
grad_f, grad_g = 2 * S @ v1, 2 * v1  # of u^T S u and of u^T u - 1
assert (
    abs(grad_f @ grad_g) / np.linalg.norm(grad_f) / np.linalg.norm(grad_g)
    > 1 - 1e-12
)  # parallel: grad f = lambda grad g

# Ridge with two features of the norms page's data
rng = np.random.default_rng(1)
X_all = rng.normal(size=(50, 8))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X_all @ w_true + rng.normal(scale=0.5, size=50)
X = X_all[:, :2]
w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
w_ridge = np.linalg.solve(X.T @ X + 100.0 * np.eye(2), X.T @ y)
r = np.linalg.norm(w_ridge)
descent = -2 * X.T @ (X @ w_ridge - y)  # minus the gradient of the loss
cosine = descent @ w_ridge / np.linalg.norm(descent) / r
assert cosine > 1 - 1e-12 and np.linalg.norm(w_ls) > r  # active, parallel

fig, (top, bottom) = figure(2, 1, width=5.2, height=9.2)
t = np.linspace(0, 2 * np.pi, 200)
grid = np.meshgrid(np.linspace(-1.6, 1.6, 121), np.linspace(-1.6, 1.6, 121))
quad = (
    S[0, 0] * grid[0] ** 2
    + 2 * S[0, 1] * grid[0] * grid[1]
    + (S[1, 1] * grid[1] ** 2)
)
top.contour(
    *grid,
    quad,
    levels=[0.2, 0.6, 1.5, values[0], 6],
    colors=PALETTE[5],
    linewidths=1,
)
top.plot(
    np.cos(t),
    np.sin(t),
    color="#000000",
    linewidth=1.5,
    label="constraint uᵀu = 1",
)
for u, name, color in [
    (v1, "maximum ±v₁", PALETTE[3]),
    (vectors[:, 1], "minimum ±v₂", PALETTE[0]),
]:
    top.plot(*np.c_[u, -u], "o", color=color, markersize=7, label=name)
top.annotate(
    "",
    xy=v1 + 0.45 * grad_f / np.linalg.norm(grad_f),
    xytext=v1,
    arrowprops={"arrowstyle": "->", "color": PALETTE[3], "lw": 2},
)
top.set(
    xlabel="u₁ (sepal length)",
    ylabel="u₂ (petal length)",
    aspect="equal",
    title="PCA: max uᵀSu on the circle",
)
top.legend(loc="lower right", fontsize=8)

wx, wy = np.meshgrid(np.linspace(-1, 4, 121), np.linspace(-3.5, 1.5, 121))
points = np.stack([wx, wy], axis=-1)
loss = np.sum((points @ X.T - y) ** 2, axis=-1)
level = np.sum((X @ w_ridge - y) ** 2)
bottom.contour(
    wx,
    wy,
    loss,
    levels=np.sort([level / 2, level, 2 * level, 4 * level, 300, 600]),
    colors=PALETTE[5],
    linewidths=1,
)
bottom.fill(
    r * np.cos(t),
    r * np.sin(t),
    color=PALETTE[2],
    alpha=0.2,
    label="constraint |w| ≤ r",
)
bottom.plot(*w_ls, "*", color=PALETTE[1], markersize=12, label="least squares")
bottom.plot(
    *w_ridge, "o", color=PALETTE[3], markersize=7, label="solution = ridge"
)
bottom.annotate(
    "",
    xy=w_ridge + 0.8 * descent / np.linalg.norm(descent),
    xytext=w_ridge,
    arrowprops={"arrowstyle": "->", "color": PALETTE[3], "lw": 2},
)
bottom.set(
    xlabel="w₁",
    ylabel="w₂",
    aspect="equal",
    title="ridge: min |Xw − y|² in a ball",
)
bottom.legend(loc="lower left", fontsize=8)
print(
    to_html(
        fig,
        title="Lagrange multipliers for PCA and ridge regression",
        caption="Top: the variance uᵀSu of two iris features is largest on "
        "the unit circle at ±v₁, where a contour touches the circle and the "
        "gradient (arrow) points straight out of it. Bottom: least squares "
        "restricted to a ball ends where a contour of the loss first "
        "touches the ball; the downhill direction (arrow) points out of "
        "the ball along the radius, and the point is the ridge solution.",
    )
)
