"""Newton's method looks for a zero of the gradient, not for a minimum.

On f(x, y) = x^4 - 3x^2 + x + y^2 (the two-minimum function of the
convexity page, plus a valley in y) the stationary points are two minima
and a saddle point between them. From (0.3, 0.5), where the Hessian has a
negative eigenvalue, Newton's method converges to the saddle; gradient
descent goes downhill to a minimum. Flipping the negative curvature
(replacing each eigenvalue of the Hessian by its absolute value) turns
Newton's step back into a descent direction.
"""

import numpy as np

from mlfound.calculus import gradient_descent, newton


def f(w):
    x, y = w
    return x**4 - 3 * x**2 + x + y**2


def grad(w):
    x, y = w
    return np.array([4 * x**3 - 6 * x + 1, 2 * y])


def hess(w):
    return np.array([[12 * w[0] ** 2 - 6, 0.0], [0.0, 2.0]])


def hess_flipped(w):
    values, vectors = np.linalg.eigh(hess(w))
    return vectors @ np.diag(np.maximum(np.abs(values), 1e-3)) @ vectors.T


start = np.array([0.3, 0.5])
lam_start = np.linalg.eigvalsh(hess(start))
print(
    f"start (0.3, 0.5): Hessian eigenvalues {lam_start[0]:.2f} and "
    f"{lam_start[1]:.2f}"
)
runs = {
    "Newton": newton(grad, hess, start, n_steps=50, tol=1e-12)[-1],
    "gradient descent": gradient_descent(
        grad, start, learning_rate=0.02, n_steps=1000
    )[-1],
    "Newton, |eigenvalues|": newton(
        grad, hess_flipped, start, n_steps=50, tol=1e-12
    )[-1],
}
kinds = {}
for name, end in runs.items():
    curvature = np.linalg.eigvalsh(hess(end))
    kind = "minimum" if curvature[0] > 0 else "saddle point"
    kinds[name] = kind
    assert np.linalg.norm(grad(end)) < 1e-9
    x, y = np.round(end, 4) + 0.0  # + 0.0 turns -0.0 into 0.0
    print(
        f"{name:<22} ends at ({x:+.4f}, {y:+.4f}), f = {f(end):+.4f}: {kind}"
    )
assert kinds == {
    "Newton": "saddle point",
    "gradient descent": "minimum",
    "Newton, |eigenvalues|": "minimum",
}
saddle_value = f(runs["Newton"])
