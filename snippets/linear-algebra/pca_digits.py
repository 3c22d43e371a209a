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
model = pca(X)
cumulative = np.cumsum(model.explained_variance_ratio)
print(f"X: {X.shape[0]} images x {X.shape[1]} pixels")
print(f"constant pixels (zero variance): {int(np.sum(X.std(axis=0) == 0))}")
for target in (0.90, 0.95):
    k = int(np.searchsorted(cumulative, target) + 1)
    sk = SklearnPCA(n_components=target, svd_solver="full").fit(X)
    print(
        f"{target:.0%} of the variance: k = {k} (sklearn: {sk.n_components_})"
    )
sk10 = SklearnPCA(n_components=10).fit(X)
same = np.allclose(
    model.explained_variance_ratio[:10], sk10.explained_variance_ratio_
)
print(f"first 10 ratios agree with sklearn: {same}")
print(f"first 2 components keep {cumulative[1]:.2%}")
