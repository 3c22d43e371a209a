"""The axes of the covariance ellipses are the principal components.

The density is constant where (x - mean)^T cov^{-1} (x - mean) = r^2.
With cov = V diag(lambda) V^T, that ellipse has semi-axes r sqrt(lambda_i)
along the eigenvectors v_i. PCA of a sample finds the same directions and
variances, up to sampling error of the size the CLT predicts.
"""

import numpy as np

from mlfound.linalg import pca, sorted_eigh
from mlfound.probability import multivariate_normal_sample

mean = np.array([1.0, -1.0])
cov = np.array([[2.0, 1.2], [1.2, 1.0]])
lam, V = sorted_eigh(cov)  # largest eigenvalue first
V = V * np.sign(V[np.argmax(np.abs(V), axis=0), [0, 1]])  # a sign convention
print(f"eigenvalues of cov: {lam[0]:.4f}, {lam[1]:.4f}")
print("eigenvectors v_1, v_2 (columns):")
print(np.array2string(V, precision=4, floatmode="fixed"))

# The ends of the axes of the r = 2 ellipse, and points all around it
r = 2.0
ends = mean[:, None] + r * np.sqrt(lam) * V  # column i: end of axis i
precision = np.linalg.inv(cov)
radius = [np.sqrt((e - mean) @ precision @ (e - mean)) for e in ends.T]
angle = np.linspace(0, 2 * np.pi, 3601)
circle = np.vstack([np.cos(angle), np.sin(angle)])
ellipse = mean[:, None] + r * np.linalg.cholesky(cov) @ circle
distance = np.linalg.norm(ellipse - mean[:, None], axis=0)
print(f"Mahalanobis radius at the axis ends: {radius[0]:.6f}, {radius[1]:.6f}")
print(
    f"farthest, nearest point of the ellipse: {distance.max():.4f}, "
    f"{distance.min():.4f}"
)
print(
    f"r sqrt(lambda_1), r sqrt(lambda_2):      {r * np.sqrt(lam[0]):.4f}, "
    f"{r * np.sqrt(lam[1]):.4f}"
)

# PCA of a sample recovers the eigenpairs
n = 20_000
model = pca(multivariate_normal_sample(mean, cov, n, seed=0))
cosine = abs(model.components[0] @ V[:, 0])
angle_error = np.degrees(np.arccos(min(cosine, 1.0)))
# sampling error: lambda_i sqrt(2 / n) for a variance, and for the angle of
# the first axis sqrt(lambda_1 lambda_2 / n) / (lambda_1 - lambda_2) radians
se_lam = lam * np.sqrt(2 / n)
se_angle = np.degrees(np.sqrt(lam[0] * lam[1] / n) / (lam[0] - lam[1]))
print(
    f"PCA on {n:,} samples: variances "
    f"{model.explained_variance[0]:.3f}, {model.explained_variance[1]:.3f}"
)
print(
    f"angle between the first component and v_1: {angle_error:.2f} degrees "
    f"(standard error {se_angle:.2f})"
)

assert np.allclose(radius, r)
assert np.isclose(distance.max(), r * np.sqrt(lam[0]), rtol=1e-6)
assert np.isclose(distance.min(), r * np.sqrt(lam[1]), rtol=1e-6)
assert np.all(np.abs(model.explained_variance - lam) < 5 * se_lam)
assert angle_error < 5 * se_angle
lam_1, lam_2 = lam
