"""How many components does a 64-pixel image need? PCA of sklearn's digits.

1,797 handwritten digits, 8 x 8 pixels each, so d = 64. Count the components
needed to keep 90% and 95% of the variance, and check the count against
sklearn, which picks it when n_components is a fraction.
"""

import numpy as np
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA as SklearnPCA

from mlfound.linalg import pca

X = load_digits().data
n_images, n_pixels = X.shape
model = pca(X)
cumulative = np.cumsum(model.explained_variance_ratio)
print(f"X: {n_images} images x {n_pixels} pixels")
n_constant = int(np.sum(X.std(axis=0) == 0))
print(f"constant pixels (zero variance): {n_constant}")
# Each constant pixel removes one direction of variance, so as many
# eigenvalues are zero: up to rounding, which leaves tiny values of either
# sign (pca clips the negative ones to 0).
n_zero = int(np.sum(model.explained_variance < 1e-10))
assert n_constant > 0 and n_zero == n_constant
print(f"eigenvalues < 1e-10 (zero up to rounding): {n_zero}")
for target in (0.90, 0.95):
    k = int(np.searchsorted(cumulative, target) + 1)
    sk = SklearnPCA(n_components=target, svd_solver="full").fit(X)
    assert k == sk.n_components_
    print(
        f"{target:.0%} of the variance: k = {k} (sklearn: {sk.n_components_})"
    )
sk10 = SklearnPCA(n_components=10).fit(X)
same = np.allclose(
    model.explained_variance_ratio[:10], sk10.explained_variance_ratio_
)
assert same
print(f"first 10 ratios agree with sklearn: {same}")
kept_two = cumulative[1]
print(f"first 2 components keep {kept_two:.2%}")
