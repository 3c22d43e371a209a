"""Descent on a round-ish bowl and on a narrow valley, side by side."""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import PALETTE, figure, to_html

problems = {
    "x² + 2y² + xy": np.array([[2.0, 1.0], [1.0, 4.0]]),
    "x² + 10y² + 4xy": np.array([[2.0, 4.0], [4.0, 20.0]]),
}
grid = np.meshgrid(np.linspace(-3.5, 3.5, 99), np.linspace(-3, 2.5, 78))
points = np.stack(grid, axis=-1)  # (78, 99, 2)

# The caption's condition numbers: under 3, and 18.
eigenvalues = [np.linalg.eigvalsh(H) for H in problems.values()]
kappas = [lam[1] / lam[0] for lam in eigenvalues]
assert kappas[0] < 3 and round(kappas[1]) == 18

fig, axes = figure(1, 2, width=9.6, height=3.8, sharey=True)
for ax, (name, H) in zip(axes, problems.items(), strict=True):
    lam = np.linalg.eigvalsh(H)
    eta = 2 / (lam[0] + lam[1])
    path = gradient_descent(
        lambda w, H=H: H @ w, [3.0, 2.0], learning_rate=eta, n_steps=30
    )
    values = 0.5 * np.einsum("...i,ij,...j->...", points, H, points)
    ax.contour(
        *grid,
        values,
        levels=np.geomspace(0.05, 80, 10),
        colors=PALETTE[5],
        linewidths=1,
    )
    ax.plot(
        path[:, 0],
        path[:, 1],
        "o-",
        color=PALETTE[3],
        markersize=3,
        linewidth=1.2,
    )
    ax.plot(*path[0], "s", color=PALETTE[2], markersize=8)
    ax.plot(0, 0, "*", color=PALETTE[1], markersize=14)
    ax.set_title(f"{name}: κ = {lam[1] / lam[0]:.1f}, η = {eta:.3f}")
    ax.set(xlabel="x", aspect="equal")
axes[0].set(ylabel="y")
print(
    to_html(
        fig,
        title="Gradient descent on a well and an ill-conditioned quadratic",
        caption="Thirty steps from (3, 2) with each problem's best fixed "
        "learning rate. Left: condition number under 3, after a couple of "
        "overshoots the path is home. Right: condition number 18, the path "
        "zig-zags across the narrow valley and creeps along its floor.",
    )
)
