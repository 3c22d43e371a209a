"""The path of gradient descent on f(x) = x^2 + 2x + 1, drawn on the curve."""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.figures import figure, to_html

eta = 0.1
path = gradient_descent(
    lambda x: 2 * x + 2, 5.0, learning_rate=eta, n_steps=20
)
xs = np.linspace(-3.5, 5.5, 200)

fig, ax = figure(width=6.4, height=3.6)
ax.plot(xs, xs**2 + 2 * xs + 1, label="f(x) = x² + 2x + 1")
ax.plot(path, path**2 + 2 * path + 1, "o-", markersize=4, label="iterates")
ax.annotate("start x = 5", (path[0], 36), xytext=(2.2, 30))
ax.set(xlabel="x", ylabel="f(x)")
ax.legend()
print(
    to_html(
        fig,
        title="Gradient descent path on a parabola",
        caption=f"Twenty steps of size {eta} from x = 5: each step shrinks "
        f"the distance to the minimum at x = -1 by the same factor, "
        f"1 - 2 x {eta} = {1 - 2 * eta:.1f}.",
    )
)
