"""Bayesian linear regression: the posterior over an intercept and a slope.

Twenty points from y = 1.0 - 0.5 x + noise (sd 0.3), x uniform on [-1, 1].
Features [1, x], prior w ~ N(0, 1 I). The posterior mean is the ridge
solution with alpha = noise_var / prior_var (sklearn's Ridge, no intercept
of its own), and the closed form agrees with prior times likelihood on a
grid of weights.
"""

import numpy as np
from scipy import stats
from sklearn.linear_model import Ridge

from mlfound.bayes import bayesian_linear_regression

noise_var, prior_var = 0.3**2, 1.0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=20)
y = 1.0 - 0.5 * x + rng.normal(scale=0.3, size=20)
X = np.column_stack([np.ones_like(x), x])  # the column of ones: an intercept

post = bayesian_linear_regression(
    X, y, noise_var=noise_var, prior_var=prior_var
)
print(post)
sd = np.sqrt(np.diag(post.cov))
print(f"posterior sd    {np.array2string(sd, precision=4)}")
corr = post.cov[0, 1] / (sd[0] * sd[1])
print(f"correlation of intercept and slope {corr:.3f}")
assert abs(corr) < 0.1  # weak: the inputs are centred near zero

# The mean is the ridge solution: Ridge's penalty alpha is noise / prior
ridge = Ridge(alpha=noise_var / prior_var, fit_intercept=False).fit(X, y)
ridge_gap = np.max(np.abs(post.mean - ridge.coef_))
print(
    f"sklearn Ridge(alpha={noise_var / prior_var:.2f}): "
    f"{np.array2string(ridge.coef_, precision=4)}, gap < 1e-10"
)
assert ridge_gap < 1e-10

# Brute force: prior x likelihood on a grid of (w0, w1), normalised
w0, w1 = np.meshgrid(np.linspace(0.5, 1.5, 401), np.linspace(-1.2, 0.2, 401))
residuals = y[:, None, None] - w0 - w1 * x[:, None, None]
log_joint = (
    stats.norm.logpdf(w0, 0, 1)
    + stats.norm.logpdf(w1, 0, 1)
    + stats.norm.logpdf(residuals, 0, 0.3).sum(axis=0)
)
weight = np.exp(log_joint - log_joint.max())
weight /= weight.sum()
grid_mean = np.array([np.sum(weight * w0), np.sum(weight * w1)])
grid_var = np.sum(weight * (w1 - grid_mean[1]) ** 2)
print(
    f"grid posterior mean {np.array2string(grid_mean, precision=4)}, "
    f"slope sd {np.sqrt(grid_var):.4f}"
)
assert np.max(np.abs(grid_mean - post.mean)) < 1e-4
assert abs(np.sqrt(grid_var) - sd[1]) < 1e-4
