"""Rank: how many independent directions a matrix's columns (or rows) span.

The reference X has rank 3 and W rank 2, so X @ W has rank at most 2. A
vector is in the span of W's columns exactly when least squares fits it
with zero residual. A feature built from two others adds no rank.
"""

import numpy as np

from mlfound.linalg import covariance

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
rank = np.linalg.matrix_rank

print(f"rank X = {rank(X)}, rank W = {rank(W)}, rank X @ W = {rank(X @ W)}")

# Span: W's two columns reach a plane in R^3, not all of R^3.
for name, y in [("W @ [1, -1]", W @ [1.0, -1.0]), ("e3", [0.0, 0.0, 1.0])]:
    coef, *_ = np.linalg.lstsq(W, y, rcond=None)
    gap = np.linalg.norm(W @ coef - y)
    print(f"distance from {name:>11} to span(W): {gap:.4f}")

# A redundant feature: column 3 = column 0 + 2 * column 1.
rng = np.random.default_rng(0)
A = rng.normal(size=(100, 3))
D = np.column_stack([A, A[:, 0] + 2 * A[:, 1]])
s = np.linalg.svd(D, compute_uv=False)
print(f"100 x 4 data with a derived column: rank {rank(D)}")
print("its singular values: " + ", ".join(f"{v:.2e}" for v in s))

# Fewer samples than features: the covariance cannot have full rank.
few = rng.normal(size=(10, 50))
S = covariance(few)
print(f"10 samples in 50-D: covariance {S.shape}, rank {rank(S)}")
print(f"the reference X: covariance rank {rank(covariance(X))}")
