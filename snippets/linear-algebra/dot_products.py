"""Dot products, lengths and angles of the three reference samples.

The dot product of two samples, as a sum of products and as x @ z; all
dot products at once in the Gram matrix X X^T; lengths and cosines from
it; Cauchy-Schwarz on every pair; sklearn's cosine_similarity agrees.
"""

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
x, z = X[0], X[1]

by_hand = sum(x[i] * z[i] for i in range(3))
xz = x @ z
print(f"x . z = {by_hand:.2f} as a sum of products, {xz:.2f} as x @ z")

G = X @ X.T  # the Gram matrix: G[i, j] = x_i . x_j
lengths = np.sqrt(np.diag(G))  # ||x_i|| = sqrt(x_i . x_i)
cosines = G / np.outer(lengths, lengths)
angles = np.degrees(np.arccos(np.clip(cosines, -1.0, 1.0)))
print("Gram matrix X X^T:")
print(np.array2string(G, precision=2, floatmode="fixed"))
print("lengths ||x_i||:", np.array2string(lengths, precision=4))
pairs = [(0, 1), (0, 2), (1, 2)]
for i, j in pairs:
    print(
        f"x_{i + 1}, x_{j + 1}: cos = {cosines[i, j]:.4f}, "
        f"angle {angles[i, j]:.1f} degrees"
    )

assert np.isclose(by_hand, xz)
assert np.allclose(lengths, np.linalg.norm(X, axis=1))
assert np.allclose(cosines, cosine_similarity(X))
# Cauchy-Schwarz: |x_i . x_j| <= ||x_i|| ||x_j|| for every pair.
assert np.all(np.abs(G) <= np.outer(lengths, lengths) * (1 + 1e-12))
widest = max(angles[i, j] for i, j in pairs)
assert 0.0 < widest < 45.0  # all three samples point roughly the same way
