"""The evidence p(y | prior_var) of a degree-9 polynomial, over prior_var.

Fifteen points from y = sin(pi x) + noise (sd 0.2), features 1, x, ...,
x^9, noise_var known. Integrating the weights out gives y ~ N(0, noise_var I
+ prior_var Phi Phi^T), whose log density at the data is the log evidence.
It is checked twice: against scikit-learn's Gaussian process with a linear
kernel, and against the identity p(y) = p(y | w) p(w) / p(w | y) at w = m.
Errors on 1,000 fresh points show what the evidence chose without them.
"""

import numpy as np
from scipy import stats
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, DotProduct

from mlfound.bayes import bayesian_linear_regression

noise_var, degree = 0.2**2, 9
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=15)
y = np.sin(np.pi * x) + rng.normal(scale=0.2, size=15)
n_test = 1_000
x_test = rng.uniform(-1, 1, size=n_test)
y_test = np.sin(np.pi * x_test) + rng.normal(scale=0.2, size=n_test)


def features(v):
    return v[:, None] ** np.arange(degree + 1)  # columns 1, v, ..., v^9


Phi, Phi_test = features(x), features(x_test)


def log_evidence(prior_var):
    cov = noise_var * np.eye(len(y)) + prior_var * Phi @ Phi.T
    return stats.multivariate_normal.logpdf(y, np.zeros(len(y)), cov)


prior_vars = np.logspace(-4, 6, 41)
smallest_prior, largest_prior = prior_vars[0], prior_vars[-1]
evidence, train_mse, test_mse = [], [], []
for prior_var in prior_vars:
    post = bayesian_linear_regression(
        Phi, y, noise_var=noise_var, prior_var=prior_var
    )
    evidence.append(log_evidence(prior_var))
    train_mse.append(np.mean((Phi @ post.mean - y) ** 2))
    test_mse.append(np.mean((Phi_test @ post.mean - y_test) ** 2))
best = int(np.argmax(evidence))
best_prior_var = prior_vars[best]

print("prior_var   log evidence   train MSE   test MSE")
for i in [0, 8, best, 28, 40]:
    print(
        f"{prior_vars[i]:9.3g} {evidence[i]:14.2f} {train_mse[i]:11.4f}"
        f" {test_mse[i]:10.4f}"
    )
print(f"largest evidence at prior_var = {best_prior_var:.3g}")

# Check 1: sklearn's GP with the kernel prior_var * x^T x' and alpha = noise
kernel = ConstantKernel(best_prior_var, "fixed") * DotProduct(
    sigma_0=0.0, sigma_0_bounds="fixed"
)
gp = GaussianProcessRegressor(kernel, alpha=noise_var, optimizer=None)
sklearn_value = gp.fit(Phi, y).log_marginal_likelihood_value_
# Check 2: log p(y) = log p(y | m) + log p(m) - log p(m | y) for any w, e.g. m
post = bayesian_linear_regression(
    Phi, y, noise_var=noise_var, prior_var=best_prior_var
)
m, d = post.mean, degree + 1
identity = (
    stats.norm.logpdf(y, Phi @ m, np.sqrt(noise_var)).sum()
    + stats.norm.logpdf(m, 0, np.sqrt(best_prior_var)).sum()
    - stats.multivariate_normal.logpdf(m, m, post.cov)
)
gaps = [abs(sklearn_value - evidence[best]), abs(identity - evidence[best])]
print(
    f"sklearn GP {sklearn_value:.2f}, p(y|m) p(m) / p(m|y) {identity:.2f}:",
    "gaps < 1e-6",
)
assert max(gaps) < 1e-6

# What the evidence guards against, read off the fresh points
assert 0 < best < len(prior_vars) - 1  # a peak inside the range
assert np.all(np.diff(train_mse) < 0)  # a wider prior always fits tighter
overfit_ratio = test_mse[-1] / test_mse[best]
near_best = test_mse[best] / min(test_mse)
print(f"fresh-point error, widest prior / evidence's: {overfit_ratio:.1f}")
print(f"fresh-point error, evidence's / best on the grid: {near_best:.2f}")
assert near_best < 1.2
assert overfit_ratio > 3 and test_mse[0] > 3 * test_mse[best]
