"""The differential entropy of a Gaussian: scipy and a Monte Carlo mean.

h(N(mu, sigma^2)) = 1/2 log2(2 pi e sigma^2) bits, and for a d-dimensional
normal with covariance Sigma, 1/2 log2((2 pi e)^d det Sigma). The entropy is
the mean surprise -log2 f(x), so an average over samples estimates it.
"""

import numpy as np
from scipy import stats

from mlfound.information import gaussian_entropy

print("sigma    mlfound    scipy   (bits)")
for sigma in (0.1, 1.0, 10.0):
    ours = gaussian_entropy([[sigma**2]])
    theirs = stats.norm(scale=sigma).entropy() / np.log(2)  # nats -> bits
    print(f"{sigma:5}  {ours:8.4f} {theirs:8.4f}")
    assert np.isclose(ours, theirs, rtol=1e-12)
h_narrow = gaussian_entropy([[0.1**2]])
doubling = gaussian_entropy([[2.0**2]]) - gaussian_entropy([[1.0]])
print(f"h(2X) - h(X) = {doubling:.4f} bit")
assert h_narrow < 0 and np.isclose(doubling, 1.0)

Sigma = np.array([[2.0, 0.8, 0.3], [0.8, 1.0, -0.2], [0.3, -0.2, 0.5]])
h = gaussian_entropy(Sigma)
normal = stats.multivariate_normal(mean=np.zeros(3), cov=Sigma)
h_scipy = normal.entropy() / np.log(2)
h_formula = 0.5 * np.log2((2 * np.pi * np.e) ** 3 * np.linalg.det(Sigma))
# samples x = L z with Sigma = L L^T (Cholesky) and z standard normal
z = np.random.default_rng(3).standard_normal((100_000, 3))
x = z @ np.linalg.cholesky(Sigma).T
surprise = -normal.logpdf(x) / np.log(2)
h_mc, se = surprise.mean(), surprise.std() / np.sqrt(surprise.size)
print(
    f"3-D normal: mlfound {h:.4f}, scipy {h_scipy:.4f}, "
    f"formula {h_formula:.4f} bits"
)
print(
    f"Monte Carlo mean of -log2 f(x), 100,000 samples: "
    f"{h_mc:.3f} +/- {se:.3f} bits"
)
assert np.isclose(h, h_scipy, rtol=1e-12) and np.isclose(h, h_formula)
assert abs(h_mc - h) < 4 * se
