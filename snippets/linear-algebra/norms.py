"""Vector norms L1, L2, L-infinity and the Frobenius norm of a matrix.

Each norm is written from its definition and checked against
np.linalg.norm. For any x in R^d the three vector norms are ordered:
max|x_i| <= ||x||_2 <= ||x||_1.
"""

import numpy as np

x = np.array([1.5, 2.3, 0.8])
X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])

ours = {
    "L1": np.sum(np.abs(x)),
    "L2": np.sqrt(np.sum(x**2)),
    "Linf": np.max(np.abs(x)),
}
numpy_ = {
    "L1": np.linalg.norm(x, 1),
    "L2": np.linalg.norm(x),
    "Linf": np.linalg.norm(x, np.inf),
}
for name in ours:
    assert np.isclose(ours[name], numpy_[name])
    print(
        f"{name:>4}(x) = {ours[name]:.4f}   np.linalg.norm: {numpy_[name]:.4f}"
    )
assert ours["Linf"] <= ours["L2"] <= ours["L1"]

fro = np.sqrt(np.sum(X**2))
s = np.linalg.svd(X, compute_uv=False)
root_sum_square = np.sqrt(np.sum(s**2))
assert np.isclose(fro, np.linalg.norm(X)) and np.isclose(fro, root_sum_square)
print(
    f"Frobenius ||X||_F = {fro:.4f}   np.linalg.norm: {np.linalg.norm(X):.4f}"
)
print(f"root-sum-square of X's singular values: {root_sum_square:.4f}")
