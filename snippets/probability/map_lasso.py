"""MAP with a Laplace prior is the lasso.

Prior: w_j independent Laplace(0, b), density exp(-|w_j| / b) / (2 b).
Then -log posterior = RSS / (2 sigma^2) + |w|_1 / b + const. sklearn's
Lasso minimises RSS / (2 n) + alpha |w|_1, which is sigma^2 / n times the
negative log posterior when alpha = sigma^2 / (n b). The norms page's
alpha = 0.1, with n = 50 and sigma = 0.5, is the prior scale b = 0.05.
The block finds the MAP by proximal gradient descent (ISTA) from scratch
and compares it with sklearn's coordinate descent.
"""

import numpy as np
from scipy import stats
from sklearn.linear_model import Lasso

rng = np.random.default_rng(1)  # the recipe of the norms page
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)

sigma, alpha = 0.5, 0.1
b = sigma**2 / (n * alpha)  # the Laplace scale this alpha stands for


def neg_log_posterior(w):
    log_lik = np.sum(stats.norm.logpdf(y, loc=X @ w, scale=sigma))
    log_prior = np.sum(stats.laplace.logpdf(w, loc=0.0, scale=b))
    return -(log_lik + log_prior)


def lasso_objective(w):  # what sklearn's Lasso minimises
    return np.sum((y - X @ w) ** 2) / (2 * n) + alpha * np.abs(w).sum()


probe = np.random.default_rng(3).normal(size=(20, d))
offsets = [
    neg_log_posterior(w) - n / sigma**2 * lasso_objective(w) for w in probe
]
print(f"prior scale b = sigma^2 / (n alpha) = {b:.4f}")
print(
    f"-log posterior - (n / sigma^2) lasso objective, 20 random w, "
    f"equal to 1e-9: {np.ptp(offsets) < 1e-9}"
)

# ISTA: a gradient step on the smooth part, then the prox of |w|_1 / b,
# which is soft thresholding. Step 1 / L, L the curvature of the smooth part.
step = sigma**2 / np.linalg.eigvalsh(X.T @ X).max()
w = np.zeros(d)
for _ in range(100_000):
    grad = -X.T @ (y - X @ w) / sigma**2
    z = w - step * grad
    w_new = np.sign(z) * np.maximum(np.abs(z) - step / b, 0.0)
    done = np.max(np.abs(w_new - w)) < 1e-14
    w = w_new
    if done:
        break
else:
    raise AssertionError("ISTA did not converge")
w_map = w

w_sklearn = (
    Lasso(alpha=alpha, fit_intercept=False, tol=1e-12, max_iter=100_000)
    .fit(X, y)
    .coef_
)
w_norms_page = Lasso(alpha=alpha, fit_intercept=False).fit(X, y).coef_


def show(w):
    return np.array2string(w + 0.0, precision=2, floatmode="fixed", sign=" ")


print(f"MAP (ISTA, from scratch): {show(w_map)}")
print(f"sklearn Lasso(0.1):       {show(w_sklearn)}")
print(f"norms page (default tol): {show(w_norms_page)}")
gap = np.max(np.abs(w_map - w_sklearn))
print(
    f"largest gap to sklearn < 1e-8: {gap < 1e-8}; "
    f"exact zeros: {np.sum(w_map == 0)}"
)

# Optimality of the posterior: where w_j != 0 the likelihood's pull
# d log L / d w_j equals sign(w_j) / b; where w_j = 0 it is at most 1 / b
pull = X.T @ (y - X @ w_map) / sigma**2
active = w_map != 0
print(
    f"1 / b = {1 / b:.1f}; |pull| on the zero weights: max "
    f"{np.abs(pull[~active]).max():.1f}"
)
assert np.ptp(offsets) < 1e-9 and gap < 1e-8
assert np.allclose(pull[active], np.sign(w_map[active]) / b, rtol=1e-8)
assert np.all(np.abs(pull[~active]) <= 1 / b)
assert np.array_equal(w_map == 0, w_norms_page == 0)
assert np.abs(w_norms_page - w_map).max() < 5e-3  # sklearn's default tol
n_zeros = int(np.sum(w_map == 0))
