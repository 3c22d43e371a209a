"""Length scale and noise: the log marginal likelihood of five settings.

The data of the previous block. For each setting the log evidence of the
Gaussian process, log N(y | 0, K + noise_var I), is computed from the
Cholesky factor L: -y^T K^-1 y / 2 - sum(log diag L) - n log(2 pi) / 2,
and compared with scikit-learn's. Then scikit-learn maximises it over
both knobs, starting from the middle setting.
"""

import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel

from mlfound.bayes import rbf_kernel

rng = np.random.default_rng(0)
x = np.sort(rng.uniform(-4, 4, size=12))
y = np.sin(x) + rng.normal(scale=0.1, size=12)
X = x[:, None]


def log_evidence(ell, noise_var):
    K = rbf_kernel(X, X, length_scale=ell, signal_var=1.0)
    L = np.linalg.cholesky(K + noise_var * np.eye(len(y)))
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, y))
    return (
        -0.5 * y @ alpha
        - np.sum(np.log(np.diag(L)))
        - 0.5 * len(y) * np.log(2 * np.pi)
    )


def sklearn_gp(ell, noise_var, optimizer=None):
    # Fixed knobs, or free ones within scikit-learn's default bounds
    free = "fixed" if optimizer is None else (1e-5, 1e5)
    kernel = ConstantKernel(1.0, "fixed") * RBF(ell, free) + WhiteKernel(
        noise_var, free
    )
    gp = GaussianProcessRegressor(kernel, alpha=0.0, optimizer=optimizer)
    return gp.fit(X, y)


settings = [(1.0, 0.01), (0.3, 0.01), (3.0, 0.01), (1.0, 1e-4), (1.0, 0.5)]
print("length scale   noise_var   log evidence   (sklearn)")
values = []
for ell, noise_var in settings:
    ours = log_evidence(ell, noise_var)
    theirs = sklearn_gp(ell, noise_var).log_marginal_likelihood_value_
    assert abs(ours - theirs) < 1e-8
    values.append(ours)
    print(f"{ell:12.1f} {noise_var:11g} {ours:14.2f} {theirs:11.2f}")
assert values[0] > max(values[1:]) + 3  # the middle setting, by far

fitted = sklearn_gp(1.0, 0.01, optimizer="fmin_l_bfgs_b")
ell_best = fitted.kernel_.k1.k2.length_scale
noise_best = fitted.kernel_.k2.noise_level
print(f"maximised: length scale {ell_best:.2f}, noise_var {noise_best:.4f}")
print(f"(the noise variance of the data is 0.1^2 = {0.1**2:.2f})")
assert fitted.log_marginal_likelihood_value_ >= values[0]
assert ell_best > 1.0 and 0.005 < noise_best < 0.02
