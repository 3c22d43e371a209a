"""The same alpha, two different priors: Ridge sums, Lasso averages.

sklearn's Ridge minimises RSS + alpha |w|^2 and its Lasso
RSS / (2 n) + alpha |w|_1. Copy every row of the data twice: the
likelihood doubles, and a fixed prior should count half as much. Ridge
behaves so (it equals Ridge with alpha / 2 on the original rows); Lasso
does not move at all, because its alpha is per example: the prior it
stands for, b = sigma^2 / (n alpha), tightens as n grows.
"""

import numpy as np
from sklearn.linear_model import Lasso, Ridge

rng = np.random.default_rng(1)  # the recipe of the norms page
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)
X2, y2 = np.vstack([X, X]), np.concatenate([y, y])  # every row twice


def ridge(X, y, alpha):
    return Ridge(alpha=alpha, fit_intercept=False).fit(X, y).coef_


def lasso(X, y, alpha):
    model = Lasso(alpha=alpha, fit_intercept=False, tol=1e-12, max_iter=10**5)
    return model.fit(X, y).coef_


def gap(u, v):
    return np.max(np.abs(u - v))


ridge_moves = gap(ridge(X2, y2, 10.0), ridge(X, y, 10.0))
ridge_halved = gap(ridge(X2, y2, 10.0), ridge(X, y, 5.0))
lasso_moves = gap(lasso(X2, y2, 0.1), lasso(X, y, 0.1))
print(
    f"Ridge(10), doubled rows vs original:    weights move by "
    f"{ridge_moves:.3f}"
)
print(
    f"Ridge(10), doubled rows vs Ridge(5):    gap < 1e-10: "
    f"{ridge_halved < 1e-10}"
)
print(
    f"Lasso(0.1), doubled rows vs original:   gap < 1e-8: {lasso_moves < 1e-8}"
)
sigma = 0.5
for rows in (n, 2 * n):
    print(
        f"n = {rows:3d}: Ridge(10) is tau = {sigma / np.sqrt(10.0):.4f}, "
        f"Lasso(0.1) is b = {sigma**2 / (rows * 0.1):.4f}"
    )
assert ridge_moves > 0.05 and ridge_halved < 1e-10 and lasso_moves < 1e-8
