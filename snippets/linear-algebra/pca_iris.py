"""PCA of the iris measurements, checked against sklearn.decomposition.PCA.

150 flowers, 4 measurements in cm. mlfound.linalg.pca diagonalises the
covariance with eigh; sklearn uses the SVD of the centred data. The
components agree up to sign, the variances and their ratios exactly.
"""

import numpy as np
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA as SklearnPCA

from mlfound.linalg import pca

iris = load_iris()
X = iris.data
n_flowers, n_features = X.shape
print(f"X: {n_flowers} samples x {n_features} features")
print("features: " + ", ".join(iris.feature_names))

ours = pca(X)
theirs = SklearnPCA().fit(X)
print(ours)


def fmt(values):
    return ", ".join(f"{v:.4f}" for v in values)


assert np.allclose(ours.explained_variance, theirs.explained_variance_)
assert np.allclose(
    ours.explained_variance_ratio, theirs.explained_variance_ratio_
)
print(f"explained variance   ours: {fmt(ours.explained_variance)}")
print(f"                  sklearn: {fmt(theirs.explained_variance_)}")
print(f"explained ratio      ours: {fmt(ours.explained_variance_ratio)}")
print(f"                  sklearn: {fmt(theirs.explained_variance_ratio_)}")

# Eigenvectors are defined up to sign: compare |cosine| of matching rows.
cosines = np.abs(np.sum(ours.components * theirs.components_, axis=1))
assert np.allclose(cosines, 1.0)
print(f"|cos| between matching components: {fmt(cosines)}")
signs = np.sign(np.sum(ours.components * theirs.components_, axis=1))
Z_ours, Z_theirs = ours.transform(X), theirs.transform(X) * signs
assert np.allclose(Z_ours, Z_theirs)
print(
    f"projections agree after the sign flip: {np.allclose(Z_ours, Z_theirs)}"
)
print(f"PC1 = {fmt(ours.components[0])}")
dominant = iris.feature_names[np.argmax(np.abs(ours.components[0]))]
assert dominant == "petal length (cm)"
kept = np.cumsum(ours.explained_variance_ratio)[1]
assert kept > 0.95  # almost all of the variance
print(f"the first two components keep {kept:.2%} of the variance")
