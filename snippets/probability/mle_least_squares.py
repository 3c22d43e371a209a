"""Maximum likelihood under Gaussian noise is least squares.

The data of the norms page: 50 points, 8 features, y = X w_true + noise
with noise standard deviation 0.5. If y_i ~ N(x_i^T w, sigma^2), the
negative log-likelihood is the sum of squared residuals divided by
2 sigma^2, plus a term free of w. Maximising the likelihood numerically
over w and sigma lands on the least-squares weights, and sigma_hat^2 on
the mean squared residual.
"""

import numpy as np
from scipy import optimize, stats

rng = np.random.default_rng(1)  # the recipe of the norms page
n, d = 50, 8
X = rng.normal(size=(n, d))
w_true = np.array([3.0, -2.0, 0.0, 0.0, 0.0, 0.0, 1.5, 0.0])
y = X @ w_true + rng.normal(scale=0.5, size=n)


def neg_log_likelihood(w, sigma):
    """-log p(y | X, w, sigma): a sum of Gaussian log-densities."""
    return -np.sum(stats.norm.logpdf(y, loc=X @ w, scale=sigma))


def rss(w):
    return np.sum((y - X @ w) ** 2)


# For fixed sigma the two objectives differ by a constant and a factor
probe = np.random.default_rng(2).normal(size=(20, d))
offsets = [neg_log_likelihood(w, 0.5) - rss(w) / (2 * 0.5**2) for w in probe]
spread = np.ptp(offsets) / np.abs(offsets).max()
print(
    f"-log L(w) - RSS(w) / (2 sigma^2) at 20 random w, equal to 1e-12: "
    f"{spread < 1e-12}"
)


def objective(theta):
    """-log L over (w, log sigma), with its gradient."""
    w, sigma = theta[:d], np.exp(theta[d])
    r = y - X @ w
    grad_w = -X.T @ r / sigma**2
    grad_log_sigma = n - r @ r / sigma**2
    return neg_log_likelihood(w, sigma), np.append(grad_w, grad_log_sigma)


fit = optimize.minimize(
    objective,
    np.zeros(d + 1),
    jac=True,
    method="BFGS",
    options={"gtol": 1e-8},
)
w_mle, sigma_mle = fit.x[:d], np.exp(fit.x[d])
w_ls, *_ = np.linalg.lstsq(X, y, rcond=None)


def show(w):
    return np.array2string(w, precision=2, floatmode="fixed", sign=" ")


print(f"maximum likelihood: {show(w_mle)}")
print(f"least squares:      {show(w_ls)}")
gap = np.max(np.abs(w_mle - w_ls))
print(f"largest weight gap < 1e-6: {gap < 1e-6}")
print(
    f"sigma_hat = {sigma_mle:.4f}; sqrt(RSS / n) = "
    f"{np.sqrt(rss(w_ls) / n):.4f}"
)
# BFGS may report "precision loss" this close to the optimum on some CPUs; the
# claim is the agreement with least squares, which holds either way.
assert spread < 1e-12 and gap < 1e-6
assert np.isclose(sigma_mle**2, rss(w_ls) / n, rtol=1e-6)
sigma_hat = sigma_mle
sigma_unbiased = np.sqrt(rss(w_ls) / (n - d))  # divide by n - d instead
print(f"sqrt(RSS / (n - d)) = {sigma_unbiased:.4f}")
assert sigma_hat < sigma_unbiased < 0.5
