"""Norms as penalties: ridge (squared L2) shrinks, lasso (L1) zeroes.

Eight features, only three of which matter. Ridge has the closed form
w = (X^T X + alpha I)^{-1} X^T y, checked against sklearn's Ridge; lasso has
no closed form, so sklearn's Lasso solves it, and many weights come out
exactly zero. Ridge shrinks the norm of w, and every coordinate of w along
an eigenvector of X^T X, but not necessarily every single weight.
"""

import numpy as np
from sklearn.linear_model import Lasso, Ridge

rng = np.random.default_rng(1)
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)
useful = w_true != 0


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
assert np.allclose(w_ridge, sk_ridge)
print(f"ridge closed form vs sklearn Ridge: {np.allclose(w_ridge, sk_ridge)}")
for name in ["no penalty", "ridge", "lasso"]:
    w = fits[name]
    zeros = int(np.sum(w == 0.0))
    l1, l2 = np.linalg.norm(w, 1), np.linalg.norm(w)
    print(f"{name:>10}: L1 {l1:.3f}, L2 {l2:.3f}, exact zeros {zeros}")

# Least squares spreads small weights over the useless features; ridge keeps
# them all non-zero; lasso zeroes several and keeps the useful ones.
assert np.all(w_plain[~useful] != 0) and np.all(
    np.abs(w_plain[~useful]) < 0.25
)
assert np.all(w_ridge != 0)
lasso_zeros = int(np.sum(w_lasso == 0.0))
assert lasso_zeros >= 2 and np.all(w_lasso[useful] != 0)

# What ridge shrinks. In the eigenvector basis of X^T X (eigenvalues lam),
# ridge multiplies each least-squares coordinate by lam / (lam + alpha) < 1,
# so the norm shrinks; a single weight, a mix of coordinates, may grow.
lam, V = np.linalg.eigh(X.T @ X)
factors = lam / (lam + alpha)
factors_low, factors_high = factors.min(), factors.max()
assert np.allclose(V.T @ w_ridge, factors * (V.T @ w_plain))
assert np.linalg.norm(w_ridge) < np.linalg.norm(w_plain)
grew = int(np.sum(np.abs(w_ridge) > np.abs(w_plain)))
assert grew > 0  # "ridge shrinks every weight" would be false
assert np.all(np.abs(w_ridge[[2, 4]]) > np.abs(w_plain[[2, 4]]))  # 3rd, 5th
print(
    f"ridge scales the coordinates along the eigenvectors of X^T X by "
    f"{factors_low:.2f} to {factors_high:.2f}"
)
print(f"yet {grew} of the {d} ridge weights are larger than without a penalty")
