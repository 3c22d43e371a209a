"""Bayesian logistic regression on the chapter-5 data, by sampling.

The 100 points labelled by x1 + x2 > 0, the model p(y = 1 | x, w) =
sigmoid(w . x) without a bias (the true line passes through the origin),
and the prior w ~ N(0, 4 I). The log posterior is the negative
cross-entropy of chapter 5 times n, plus the log prior. Its peak (MAP) is
sklearn's L2-penalised LogisticRegression with C = prior_var; its mean is
checked against a brute-force integral on a grid of weights.
"""

import numpy as np
from scipy.special import log_expit
from sklearn.linear_model import LogisticRegression

from mlfound.bayes import effective_sample_size, metropolis_hastings
from mlfound.calculus import numerical_gradient
from mlfound.datasets import line_separated
from mlfound.nn import binary_cross_entropy_from_logits

X, y = line_separated(n=100, seed=0)
prior_var = 4.0


def two_digits(value):
    """An estimate rounded to the 2 significant digits its error supports."""
    return float(f"{value:.2g}")


def log_posterior(w):
    log_likelihood = -len(y) * binary_cross_entropy_from_logits(y, X @ w)
    return log_likelihood - w @ w / (2 * prior_var)


# The point estimate: sklearn minimises C * sum(log-loss) + |w|^2 / 2
sk = LogisticRegression(C=prior_var, fit_intercept=False, tol=1e-10)
w_map = sk.fit(X, y).coef_[0]
print(
    "MAP weights (sklearn, C = prior_var):",
    np.array2string(w_map, precision=2),
)
assert np.linalg.norm(numerical_gradient(log_posterior, w_map)) < 1e-4

chain = metropolis_hastings(
    log_posterior, w_map, n_samples=20_000, step_size=1.5, seed=0
)
kept = chain[1_000:]
acceptance = np.mean(np.any(np.diff(chain, axis=0) != 0, axis=1))
ess = effective_sample_size(kept)
post_mean, post_sd = kept.mean(axis=0), kept.std(axis=0)
se = post_sd / np.sqrt(ess)
print(
    f"acceptance {acceptance:.2f},",
    f"ESS about {two_digits(ess.min()):,.0f} and {two_digits(ess.max()):,.0f}",
)
print(
    f"posterior mean {np.array2string(post_mean, precision=1)},",
    f"sd {np.array2string(post_sd, precision=1)}",
)

# Brute force: the posterior on a 2-D grid, its mean by summation
w1, w2 = np.meshgrid(np.linspace(-1, 13, 201), np.linspace(-1, 13, 201))
logits = X[:, 0, None, None] * w1 + X[:, 1, None, None] * w2
signs = (2 * y - 1)[:, None, None]
log_grid = log_expit(signs * logits).sum(axis=0) - (w1**2 + w2**2) / 8
weight = np.exp(log_grid - log_grid.max())
weight /= weight.sum()
grid_mean = np.array([np.sum(weight * w1), np.sum(weight * w2)])
print(
    f"grid posterior mean {np.array2string(grid_mean, precision=2)}:",
    "the chain is within 3 Monte Carlo se",
)
assert np.all(np.abs(post_mean - grid_mean) < 3 * se)
assert np.all(grid_mean > w_map + 0.1)  # skewed: the mean is not the peak

# Predictions: the MAP plugs in one w; the posterior averages sigmoid(w . x)
points = np.array([[1.0, 1.0], [0.3, -0.2], [-3.0, 3.3]])
p_map = 1 / (1 + np.exp(-points @ w_map))
p_bayes = np.mean(1 / (1 + np.exp(-kept @ points.T)), axis=0)
print("point          MAP p(y=1)   Bayesian p(y=1)")
for point, a, b in zip(points, p_map, p_bayes, strict=True):
    print(f"({point[0]:4.1f}, {point[1]:4.1f})   {a:9.2f} {b:13.2f}")
p_far_map, p_far_bayes = p_map[2], p_bayes[2]
assert min(p_map[0], p_bayes[0]) > 0.99  # deep in class 1: both certain
assert abs(p_map[1] - p_bayes[1]) < 0.05  # near the boundary: alike
assert p_far_bayes < p_far_map - 0.05  # far away: the posterior is less sure
