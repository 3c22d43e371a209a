"""Bias, variance and error against the degree, and fits of three degrees."""

import numpy as np
from numpy.polynomial import legendre

from mlfound.figures import PALETTE, figure, to_html

sigma, n = 0.3, 25
rng = np.random.default_rng(seed=0)
x = np.sort(rng.uniform(0, 1, n))  # the inputs of the text block
x_test = np.linspace(0, 1, 201)


def f(t):
    return np.sin(2 * np.pi * t)


degrees = np.arange(10)
bias2, variance = [], []
for degree in degrees:
    A = legendre.legvander(2 * x - 1, degree)
    H = legendre.legvander(2 * x_test - 1, degree) @ np.linalg.pinv(A)
    bias2.append(np.mean((H @ f(x) - f(x_test)) ** 2))
    variance.append(sigma**2 * np.mean(np.sum(H**2, axis=1)))
bias2, variance = np.array(bias2), np.array(variance)
total = bias2 + variance + sigma**2

fig, axes = figure(2, 2, width=6.4, height=5.6)
ax = axes[0, 0]
ax.plot(degrees, total, "o-", color=PALETTE[0], label="expected error")
ax.plot(degrees, bias2, "s--", color=PALETTE[1], label="bias²")
ax.plot(degrees, variance, "^--", color=PALETTE[2], label="variance")
ax.axhline(sigma**2, color="#999999", linestyle=":", label="noise σ²")
ax.set(yscale="log", ylim=(1e-3, 30), xlabel="degree", title="error terms")
ax.legend(fontsize=8, loc="upper center", ncols=2, handlelength=1.5)

Y = f(x)[:, None] + sigma * rng.standard_normal((n, 10))  # 10 training sets
for ax, degree, colour in zip(
    axes.ravel()[1:], (1, 3, 9), PALETTE[3:], strict=True
):
    A = legendre.legvander(2 * x - 1, degree)
    W, *_ = np.linalg.lstsq(A, Y, rcond=None)
    x_plot = np.linspace(0, 1, 51)
    fits = legendre.legvander(2 * x_plot - 1, degree) @ W
    ax.plot(x_plot, fits, color=colour, linewidth=0.8, alpha=0.6)
    ax.plot(x_plot, f(x_plot), color="#000000", linewidth=1.6)
    ax.set(ylim=(-2, 2), title=f"degree {degree}: 10 fits")
for ax in axes[1]:
    ax.set_xlabel("x")

print(
    to_html(
        fig,
        title="Bias and variance of polynomial fits",
        caption="Top left: for sin(2 pi x) seen at 25 points with noise 0.3, "
        "the squared bias falls and the variance grows with the degree; "
        "their sum plus the noise is the expected test error, lowest at an "
        "intermediate degree (log scale). Other panels: fits to 10 "
        "independent training sets, with the truth as the thicker line. "
        "Degree 1 is stable but wrong (bias), degree 9 right on average but "
        "erratic (variance).",
    )
)
