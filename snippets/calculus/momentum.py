"""Heavy-ball momentum on the ill-conditioned valley x^2 + 10y^2 + 4xy.

Gradient descent at its best fixed step shrinks the error by
(kappa - 1) / (kappa + 1) per step. Momentum with
eta = 4 / (sqrt(L) + sqrt(mu))^2 and beta = ((sqrt(kappa) - 1) /
(sqrt(kappa) + 1))^2 shrinks it by sqrt(beta) = (sqrt(kappa) - 1) /
(sqrt(kappa) + 1), where mu and L are the smallest and largest
curvatures: the square root of kappa replaces kappa.
"""

import numpy as np

from mlfound.calculus import gradient_descent
from mlfound.optim import momentum

H = np.array([[2.0, 4.0], [4.0, 20.0]])
mu, L = np.linalg.eigvalsh(H)
kappa = L / mu
root = np.sqrt(kappa)
start = [3.0, 2.0]


def grad(w):
    return H @ w


eta_gd = 2 / (mu + L)
eta_hb = 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2
beta_hb = ((root - 1) / (root + 1)) ** 2
runs = {
    "gradient descent": gradient_descent(
        grad, start, learning_rate=eta_gd, n_steps=300
    ),
    "momentum": momentum(
        grad, start, learning_rate=eta_hb, n_steps=300, beta=beta_hb
    ),
}
theory = {
    "gradient descent": (kappa - 1) / (kappa + 1),
    "momentum": (root - 1) / (root + 1),
}
print(f"kappa = {kappa:.2f}; gradient descent: eta = {eta_gd:.4f}")
print(f"momentum: eta = {eta_hb:.4f}, beta = {beta_hb:.4f}")
print(
    f"{'method':<18}{'rate: theory':>14}{'measured':>10}{'steps to 1e-6':>15}"
)
steps = {}
for name, path in runs.items():
    distance = np.linalg.norm(path, axis=1)
    # average factor per step over a long window (steps 50 to 150)
    measured = (distance[150] / distance[50]) ** (1 / 100)
    steps[name] = int(np.argmax(distance < 1e-6))
    assert abs(measured / theory[name] - 1) < 0.02
    print(f"{name:<18}{theory[name]:>14.4f}{measured:>10.4f}{steps[name]:>15}")
assert steps["momentum"] < steps["gradient descent"] / 2
steps_gd, steps_hb = steps["gradient descent"], steps["momentum"]
