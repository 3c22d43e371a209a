"""How conditioning slows gradient descent: two quadratics compared.

Both functions are f(w) = w^T H w / 2 with the minimum at 0. The first is
x^2 + 2y^2 + xy; the second, x^2 + 10y^2 + 4xy, is a narrow tilted valley.
The learning rate is capped by the steepest direction (eta < 2/lambda_max),
so the flattest direction shrinks by only 1 - eta lambda_min per step. Even
the best fixed step, 2 / (lambda_min + lambda_max), shrinks the error by
just (kappa - 1) / (kappa + 1) per step, kappa = lambda_max / lambda_min.
"""

import numpy as np

from mlfound.calculus import gradient_descent

problems = {
    "x^2 + 2y^2 + xy": np.array([[2.0, 1.0], [1.0, 4.0]]),
    "x^2 + 10y^2 + 4xy": np.array([[2.0, 4.0], [4.0, 20.0]]),
}
for name, H in problems.items():
    lam = np.linalg.eigvalsh(H)
    kappa = lam[1] / lam[0]
    eta = 2 / (lam[0] + lam[1])  # the best fixed step for a quadratic
    path = gradient_descent(
        lambda w, H=H: H @ w, [3.0, 2.0], learning_rate=eta, n_steps=2000
    )
    steps = int(np.argmax(np.linalg.norm(path, axis=1) < 1e-3))
    # At the best step both directions shrink by the same factor, so the
    # count is log(1e-3 / |w_0|) / log(factor), rounded up.
    factor = (kappa - 1) / (kappa + 1)
    expected = np.log(1e-3 / np.linalg.norm([3.0, 2.0])) / np.log(factor)
    assert steps == int(np.ceil(expected))
    print(name)
    print(f"  eigenvalues {lam[0]:.4f}, {lam[1]:.4f}; kappa = {kappa:.2f}")
    print(f"  best eta = 2 / (lambda_min + lambda_max) = {eta:.4f}")
    print(
        f"  error shrinks per step by (kappa - 1) / (kappa + 1) = "
        f"{(kappa - 1) / (kappa + 1):.4f}"
    )
    print(f"  steps to come within 1e-3 of the minimum: {steps}")
