"""MAP with a Gaussian prior is ridge regression.

Same data and noise as before (sigma = 0.5). Put a prior w_j ~ N(0, tau^2)
on every weight. Then -log posterior = RSS / (2 sigma^2)
+ |w|^2 / (2 tau^2) + const = (RSS + alpha |w|^2) / (2 sigma^2) + const
with alpha = sigma^2 / tau^2. The norms page used alpha = 10, which is the
prior tau = sigma / sqrt(10). The block maximises the posterior numerically
and compares with the norms page's closed form and sklearn's Ridge; the
posterior is Gaussian, and its density is checked with
multivariate_normal_logpdf.
"""

import numpy as np
from scipy import optimize, stats
from sklearn.linear_model import Ridge

from mlfound.probability import multivariate_normal_logpdf

rng = np.random.default_rng(1)  # the recipe of the norms page
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)

sigma, alpha = 0.5, 10.0
tau = sigma / np.sqrt(alpha)  # the prior standard deviation of a weight


def neg_log_posterior(w):
    """-log p(y | w) - log p(w), up to the evidence."""
    log_lik = np.sum(stats.norm.logpdf(y, loc=X @ w, scale=sigma))
    log_prior = np.sum(stats.norm.logpdf(w, loc=0.0, scale=tau))
    return -(log_lik + log_prior)


def gradient(w):
    return -X.T @ (y - X @ w) / sigma**2 + w / tau**2


w_map = optimize.minimize(
    neg_log_posterior,
    np.zeros(d),
    jac=gradient,
    method="BFGS",
    options={"gtol": 1e-8},
).x
w_closed = np.linalg.solve(X.T @ X + alpha * np.eye(d), X.T @ y)  # norms page
w_sklearn = Ridge(alpha=alpha, fit_intercept=False).fit(X, y).coef_


def show(w):
    return np.array2string(w, precision=2, floatmode="fixed", sign=" ")


print(f"prior: w_j ~ N(0, tau^2), tau = sigma / sqrt(alpha) = {tau:.4f}")
print(f"MAP (BFGS):           {show(w_map)}")
print(f"ridge, closed form:   {show(w_closed)}")
print(f"sklearn Ridge(10):    {show(w_sklearn)}")
gap = max(np.abs(w_map - w_closed).max(), np.abs(w_sklearn - w_closed).max())
print(f"largest gap < 1e-6: {gap < 1e-6}")

# The posterior is N(m, S) with m the ridge weights and
# S = sigma^2 (X^T X + alpha I)^{-1}: log lik + log prior - log N(w | m, S)
# is the log evidence, the same number for every w.
S = sigma**2 * np.linalg.inv(X.T @ X + alpha * np.eye(d))
probe = w_closed + np.random.default_rng(3).normal(size=(20, d))
log_evidence = [
    -neg_log_posterior(w) - multivariate_normal_logpdf(w, w_closed, S)
    for w in probe
]
spread = np.ptp(log_evidence)
# Independently: marginally y ~ N(0, sigma^2 I + tau^2 X X^T), 50-dimensional
direct = multivariate_normal_logpdf(
    y, np.zeros(n), sigma**2 * np.eye(n) + tau**2 * X @ X.T
)
log_evidence_mean = np.mean(log_evidence)
print(
    f"log evidence log p(y), from 20 random w: {log_evidence_mean:.4f} "
    f"(spread < 1e-9: {spread < 1e-9})"
)
print(f"log N(y | 0, sigma^2 I + tau^2 X X^T):   {direct:.4f}")
assert gap < 1e-6 and spread < 1e-9
assert abs(direct - log_evidence_mean) < 1e-9 * abs(direct)
# the scaling made explicit: sklearn's objective RSS + alpha |w|^2 is
# 2 sigma^2 times the negative log posterior, up to a constant
ridge_objective = [np.sum((y - X @ w) ** 2) + alpha * w @ w for w in probe]
offset = [
    neg_log_posterior(w) - r / (2 * sigma**2)
    for w, r in zip(probe, ridge_objective, strict=True)
]
assert np.ptp(offset) < 1e-9
