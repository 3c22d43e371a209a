"""Gaussian-process regression, from scratch and with scikit-learn.

Twelve noisy observations of sin(x) (noise sd 0.1) on [-4, 4]; the RBF
kernel with length scale 1 and signal variance 1, noise_var 0.01, all
fixed. scikit-learn's GaussianProcessRegressor gets the same kernel with
its optimiser off, once with the noise as alpha (its variance is then of
f) and once as a WhiteKernel (its variance then includes the noise).
"""

import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel

from mlfound.bayes import gaussian_process_regression

rng = np.random.default_rng(0)
x = np.sort(rng.uniform(-4, 4, size=12))
y = np.sin(x) + rng.normal(scale=0.1, size=12)
X, X_new = x[:, None], np.array([[0.0], [2.0], [-3.0], [10.0]])
ell, signal_var, noise_var = 1.0, 1.0, 0.01

mean, var = gaussian_process_regression(
    X, y, X_new, length_scale=ell, signal_var=signal_var, noise_var=noise_var
)
rbf = ConstantKernel(signal_var, "fixed") * RBF(ell, "fixed")
with_alpha = GaussianProcessRegressor(rbf, alpha=noise_var, optimizer=None)
sk_mean, sk_sd = with_alpha.fit(X, y).predict(X_new, return_std=True)
white = rbf + WhiteKernel(noise_var, "fixed")
with_white = GaussianProcessRegressor(white, alpha=0.0, optimizer=None)
_, sk_sd_white = with_white.fit(X, y).predict(X_new, return_std=True)

print("   x   mean     sd    sin(x)")
shown = np.round(mean, 3) + 0.0  # + 0.0: a tiny negative prints as 0.000
for row in zip(
    X_new[:, 0], shown, np.sqrt(var), np.sin(X_new[:, 0]), strict=True
):
    print("{:4.0f} {:6.3f} {:6.3f} {:7.3f}".format(*row))
gaps = [
    np.max(np.abs(mean - sk_mean)),
    np.max(np.abs(var - sk_sd**2)),
    np.max(np.abs(var + noise_var - sk_sd_white**2)),
]
print("sklearn (alpha): mean and variance agree, gaps < 1e-10")
print("sklearn (WhiteKernel): variance = ours + noise_var, gap < 1e-10")
assert max(gaps) < 1e-10
assert abs(var[3] - signal_var) < 1e-6 and abs(mean[3]) < 1e-6  # far away
widest = np.argmax(np.diff(x))  # x = 0 lies in the widest gap of the data
assert x[widest] < 0 < x[widest + 1] and var[0] > 4 * var[1]
