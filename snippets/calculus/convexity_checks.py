"""Which of the book's losses are convex? Two tests on random points.

1. Second-order: the smallest eigenvalue of the Hessian (>= 0 everywhere for
   a convex function), at 20 random points.
2. Definition: f(t a + (1 - t) b) <= t f(a) + (1 - t) f(b) for 1,000 random
   pairs a, b and weights t; count the pairs that break it.
Convex: the quadratic of the several-variables page, least squares, and the
regularised log-loss of logistic regression. Not convex: the 2-4-1 network.
"""

import numpy as np

from mlfound.calculus import hessian
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits, sigmoid

rng = np.random.default_rng(0)
X, y = line_separated()
A, b = rng.normal(size=(20, 3)), rng.normal(size=20)
alpha = 0.01  # scikit-learn's default penalty C = 1 is alpha = 1 / (n C)


def network_loss(theta):
    """Mean log-loss of the 2-4-1 network with parameters theta (17,)."""
    W1, b1 = theta[:8].reshape(2, 4), theta[8:12]
    W2, b2 = theta[12:16], theta[16]
    return binary_cross_entropy_from_logits(y, sigmoid(X @ W1 + b1) @ W2 + b2)


losses = {  # name: (function, number of parameters)
    "x^2 + 2y^2 + xy": (lambda w: w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1], 2),
    "least squares": (lambda w: np.mean((A @ w - b) ** 2), 3),
    "regularised log-loss": (
        lambda w: (
            binary_cross_entropy_from_logits(y, X @ w) + alpha / 2 * w @ w
        ),
        2,
    ),
    "2-4-1 network": (network_loss, 17),
}
print(f"{'loss':<22}{'min Hessian eigenvalue':>24}{'chord violations':>18}")
for name, (f, d) in losses.items():
    points = rng.normal(scale=2.0, size=(20, d))
    smallest = min(np.linalg.eigvalsh(hessian(f, p))[0] for p in points)
    a, b_ = rng.normal(scale=2.0, size=(2, 1000, d))
    t = rng.uniform(size=1000)
    gaps = np.array(
        [
            f(ti * ai + (1 - ti) * bi) - (ti * f(ai) + (1 - ti) * f(bi))
            for ai, bi, ti in zip(a, b_, t, strict=True)
        ]
    )
    broken = int(np.sum(gaps > 1e-9))
    assert np.all(np.abs(gaps) > 1e-9) or broken == 0  # no borderline pair
    print(f"{name:<22}{smallest:>24.3f}{broken:>12} of 1000")
    if name == "2-4-1 network":
        assert smallest < -0.01 and broken > 0
        network_broken = broken
    else:
        assert smallest > -1e-6 and broken == 0
