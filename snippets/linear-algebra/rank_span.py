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

rank_X, rank_W, rank_XW = rank(X), rank(W), rank(X @ W)
assert (rank_X, rank_W, rank_XW) == (3, 2, 2)
print(f"rank X = {rank_X}, rank W = {rank_W}, rank X @ W = {rank_XW}")


# Span: W's two columns reach a plane in R^3, not all of R^3. The second row
# of W is twice the third, so every W @ c has y_2 = 2 y_3.
def distance_to_span(y):
    coef, *_ = np.linalg.lstsq(W, y, rcond=None)
    return np.linalg.norm(W @ coef - y)


assert np.allclose(W[1], 2 * W[2])
inside = distance_to_span(W @ [1.0, -1.0])
e3_gap = distance_to_span([0.0, 0.0, 1.0])
assert inside < 1e-14 and np.isclose(e3_gap, 2 / np.sqrt(5))
print("distance from W @ [1, -1] to span(W) < 1e-14: zero up to rounding")
print(f"distance from e3 to span(W) = {e3_gap:.4f} = 2 / sqrt(5)")

# A redundant feature: column 3 = column 0 + 2 * column 1.
rng = np.random.default_rng(0)
A = rng.normal(size=(100, 3))
D = np.column_stack([A, A[:, 0] + 2 * A[:, 1]])
s = np.linalg.svd(D, compute_uv=False)
rank_D = rank(D)
# matrix_rank counts the singular values above this tolerance.
tolerance = s[0] * max(D.shape) * np.finfo(float).eps
assert rank_D == 3 and s[3] < 1e-13 < tolerance < s[2]
print(f"100 x 4 data with a derived column: rank {rank_D}")
print(
    "singular values: "
    + ", ".join(f"{v:.3g}" for v in s[:3])
    + "; s_4 < 1e-13 (zero up to rounding)"
)
print(f"matrix_rank's tolerance, s_1 * 100 * machine epsilon: {tolerance:.1e}")

# Fewer samples than features: the covariance cannot have full rank.
few = rng.normal(size=(10, 50))
S = covariance(few)
rank_few = rank(S)
rank_reference = rank(covariance(X))
assert rank_few == 10 - 1 and rank_reference == 3 - 1
print(f"10 samples in 50-D: covariance {S.shape}, rank {rank_few}")
print(f"the reference X: covariance rank {rank_reference}")
