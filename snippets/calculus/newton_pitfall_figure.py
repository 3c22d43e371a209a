"""Paths of Newton's method, gradient descent and Newton with flipped
negative curvature on x^4 - 3x^2 + x + y^2, from (0.3, 0.5)."""

import numpy as np

from mlfound.calculus import gradient_descent, newton
from mlfound.figures import PALETTE, figure, to_html


def grad(w):
    x, y = w
    return np.array([4 * x**3 - 6 * x + 1, 2 * y])


def hess(w):
    return np.array([[12 * w[0] ** 2 - 6, 0.0], [0.0, 2.0]])


def hess_flipped(w):
    values, vectors = np.linalg.eigh(hess(w))
    return vectors @ np.diag(np.maximum(np.abs(values), 1e-3)) @ vectors.T


start = [0.3, 0.5]
paths = {
    "Newton → saddle point": (newton(grad, hess, start, n_steps=12), 3),
    "gradient descent (η = 0.02)": (
        gradient_descent(grad, start, learning_rate=0.02, n_steps=60),
        0,
    ),
    "Newton with |eigenvalues| → minimum": (
        newton(grad, hess_flipped, start, n_steps=12),
        2,
    ),
}
saddle_x = paths["Newton → saddle point"][0][-1][0]
minimum_x = paths["Newton with |eigenvalues| → minimum"][0][-1][0]
assert np.allclose(grad([saddle_x, 0.0]), 0, atol=1e-9) and saddle_x < 0.5
assert np.allclose(grad([minimum_x, 0.0]), 0, atol=1e-9) and minimum_x > 1

xs, ys = np.meshgrid(np.linspace(-2, 2, 161), np.linspace(-1.2, 1.2, 97))
values = xs**4 - 3 * xs**2 + xs + ys**2
saddle_level = saddle_x**4 - 3 * saddle_x**2 + saddle_x  # the X through it
fig, ax = figure(width=6.4, height=4.6)
ax.contour(
    xs,
    ys,
    values,
    levels=sorted([-3.2, -2.5, -1.8, -1.0, -0.5, 0.5, 1.5, 3.0, saddle_level]),
    colors="#999999",
    linewidths=0.8,
    linestyles="solid",
)
for label, (path, color) in paths.items():
    ax.plot(
        path[:, 0],
        path[:, 1],
        "o-",
        color=PALETTE[color],
        markersize=3.5,
        linewidth=1.5,
        label=label,
    )
ax.plot(*start, "s", color="#000000", markersize=7)
ax.set(xlabel="x", ylabel="y", aspect="equal")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=9)
print(
    to_html(
        fig,
        title="Newton's method heading for a saddle point",
        caption="Contours of x⁴ − 3x² + x + y² with two minima and a saddle "
        f"point at x ≈ {saddle_x:.2f}, y = 0. From the square, where the "
        "function curves down along x, Newton's method jumps to the saddle; "
        "gradient descent and Newton's method with the negative curvature "
        f"flipped go downhill to the minimum at x ≈ {minimum_x:.2f}.",
    )
)
