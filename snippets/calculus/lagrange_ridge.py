"""Ridge regression as least squares inside a ball, via a Lagrange multiplier.

The data of the norms page (50 points, 8 features). Minimising
|X w - y|^2 subject to |w|^2 <= r^2 has the Lagrangian
|X w - y|^2 + lam (|w|^2 - r^2), whose stationary point solves
(X^T X + lam I) w = X^T y: ridge with alpha = lam. So every radius r
picks a penalty, and the constrained solution (scipy's SLSQP) is the ridge
solution. A ball large enough to contain the least-squares solution leaves
it unchanged, with multiplier 0.
"""

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import Ridge

rng = np.random.default_rng(1)
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)
w_ls = np.linalg.lstsq(X, y, rcond=None)[0]


def ridge(alpha):
    return np.linalg.solve(X.T @ X + alpha * np.eye(d), X.T @ y)


def inside_ball(r):
    """min |Xw - y|^2 subject to |w|^2 <= r^2, by a general-purpose solver."""
    return minimize(
        lambda w: np.sum((X @ w - y) ** 2),
        np.zeros(d),
        jac=lambda w: 2 * X.T @ (X @ w - y),
        constraints=[
            {
                "type": "ineq",
                "fun": lambda w: r**2 - w @ w,
                "jac": lambda w: -2 * w,
            }
        ],
        method="SLSQP",
        options={"ftol": 1e-15, "maxiter": 500},
    ).x


print(f"least squares: |w| = {np.linalg.norm(w_ls):.4f}")
print(
    f"{'alpha':>7}{'radius |w_ridge|':>18}{'multiplier':>12}"
    f"{'|w_ball - w_ridge|':>20}"
)
radii = []
for alpha in [0.1, 1.0, 10.0, 100.0]:
    w_r = ridge(alpha)
    assert np.allclose(
        w_r, Ridge(alpha=alpha, fit_intercept=False).fit(X, y).coef_
    )
    r = np.linalg.norm(w_r)
    w_ball = inside_ball(r)
    # stationarity 2 X^T (X w - y) + 2 lam w = 0, read off along w
    multiplier = -(w_ball @ X.T @ (X @ w_ball - y)) / (w_ball @ w_ball)
    gap = np.linalg.norm(w_ball - w_r)
    assert gap < 1e-6 and abs(multiplier / alpha - 1) < 1e-6
    radii.append(r)
    print(f"{alpha:>7g}{r:>18.4f}{multiplier:>12.3f}{'< 1e-6':>20}")
assert radii == sorted(radii, reverse=True)  # more penalty, smaller ball

big = 1.5 * np.linalg.norm(w_ls)  # the least-squares solution is inside
w_big = inside_ball(big)
residual = 2 * X.T @ (X @ w_big - y)  # stationarity with multiplier 0
assert np.linalg.norm(w_big - w_ls) < 1e-5 and np.linalg.norm(residual) < 1e-4
print(f"radius {big:.4f} > |w_ls|: the constraint is inactive, multiplier 0,")
print("  and the solution is least squares (gap < 1e-5)")
