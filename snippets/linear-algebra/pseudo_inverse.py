"""The pseudo-inverse: minimum-norm solutions, checked against lstsq.

Two equations in three unknowns, x1 + x2 + x3 = 6 and x1 + 2 x2 + 3 x3 =
14, have a line of solutions. A^+ b picks the shortest, which is
orthogonal to the null space of A; any other solution adds a null-space
vector and is longer. Then a least-squares problem with a repeated
feature, where A^T A is singular: the normal equations have no unique
solution, and A^+ y is the one lstsq returns.
"""

import numpy as np
import scipy.linalg

from mlfound.linalg import pseudo_inverse, solve

A = np.array([[1.0, 1.0, 1.0], [1.0, 2.0, 3.0]])
b = np.array([6.0, 14.0])
A_plus = pseudo_inverse(A)
x = A_plus @ b
x_lstsq = np.linalg.lstsq(A, b, rcond=None)[0]
print(f"x = A^+ b = {np.round(x, 4) + 0.0}, ||x|| = {np.linalg.norm(x):.4f}")
print(
    f"np.linalg.lstsq: {np.round(x_lstsq, 4) + 0.0}, "
    f"np.linalg.pinv agrees: {np.allclose(A_plus, np.linalg.pinv(A))}"
)
assert np.allclose(A @ x, b) and np.allclose(x, x_lstsq)
assert np.allclose(x, [1.0, 2.0, 3.0])
assert np.allclose(A_plus, np.linalg.pinv(A))
# Full row rank: A^+ = A^T (A A^T)^-1.
assert np.allclose(A_plus, A.T @ np.linalg.inv(A @ A.T))

null = scipy.linalg.null_space(A)[:, 0]  # the direction of the line
print(
    f"null space of A: {np.round(null / null[0], 4)} (scaled), "
    f"x . null = 0: {abs(x @ null) < 1e-12}"
)
assert abs(x @ null) < 1e-12
for t in (-1.0, 0.5, 2.0):
    other = x + t * null
    assert np.allclose(A @ other, b) and np.linalg.norm(
        other
    ) > np.linalg.norm(x)
print("x + t * null solves it too, and is longer, for t = -1, 0.5, 2: True")

penrose = [
    np.allclose(A @ A_plus @ A, A),
    np.allclose(A_plus @ A @ A_plus, A_plus),
    np.allclose((A @ A_plus).T, A @ A_plus),
    np.allclose((A_plus @ A).T, A_plus @ A),
]
print("Penrose conditions:", penrose)
assert all(penrose)

# Least squares with a feature repeated at twice the scale.
rng = np.random.default_rng(0)
t = np.linspace(0.0, 1.0, 20)
design = np.column_stack([np.ones_like(t), t, 2.0 * t])  # rank 2, 3 columns
y = 1.0 + 3.0 * t + rng.normal(scale=0.1, size=t.size)
try:
    solve(design.T @ design, design.T @ y)
    refused = ""
except ValueError as error:
    refused = str(error).split(":")[0]
print("normal equations: ValueError:", refused)
assert refused == "A must be non-singular"
w = pseudo_inverse(design) @ y
w_lstsq = np.linalg.lstsq(design, y, rcond=None)[0]
slope = w[1] + 2.0 * w[2]
print(f"w = A^+ y = {np.round(w, 4)}, lstsq agrees: {np.allclose(w, w_lstsq)}")
print(f"the fitted slope w2 + 2 w3 = {slope:.4f}, split 1 : 2 between them")
assert np.allclose(w, w_lstsq) and np.isclose(w[2], 2.0 * w[1])
