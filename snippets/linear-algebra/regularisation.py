"""Norms as penalties: ridge (squared L2) shrinks, lasso (L1) zeroes.

Eight features, only three of which matter. Ridge has the closed form
w = (X^T X + alpha I)^{-1} X^T y, checked against sklearn's Ridge; lasso has
no closed form, so sklearn's Lasso solves it, and many weights come out
exactly zero.
"""

import numpy as np
from sklearn.linear_model import Lasso, Ridge

rng = np.random.default_rng(1)
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)


def show(w):
    return np.array2string(w, precision=2, floatmode="fixed", sign=" ")


alpha = 10.0
w_ridge = np.linalg.solve(X.T @ X + alpha * np.eye(d), X.T @ y)
sk_ridge = Ridge(alpha=alpha, fit_intercept=False).fit(X, y).coef_
w_lasso = Lasso(alpha=0.1, fit_intercept=False).fit(X, y).coef_
w_plain, *_ = np.linalg.lstsq(X, y, rcond=None)

fits = {"true": w_true, "no penalty": w_plain, "ridge": w_ridge}
fits["lasso"] = w_lasso + 0.0  # + 0.0 turns -0.0 into 0.0 for printing
for name, w in fits.items():
    print(f"{name:>10}: {show(w)}")
print(f"ridge closed form vs sklearn Ridge: {np.allclose(w_ridge, sk_ridge)}")
for name in ["no penalty", "ridge", "lasso"]:
    w = fits[name]
    zeros = int(np.sum(w == 0.0))
    l1, l2 = np.linalg.norm(w, 1), np.linalg.norm(w)
    print(f"{name:>10}: L1 {l1:.3f}, L2 {l2:.3f}, exact zeros {zeros}")
