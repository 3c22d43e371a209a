"""Gram-Schmidt on the columns of the reference X, and the QR factors.

gram_schmidt turns the three columns of X into orthonormal columns Q with
the same span; R = Q^T X is upper triangular, so X = Q R. numpy's qr finds
the same factors up to the sign of each column. In the basis Q a vector's
coordinates are plain dot products, and its length is theirs.
"""

import numpy as np

from mlfound.linalg import gram_schmidt

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
Q = gram_schmidt(X)
R = Q.T @ X  # r_ij = q_i . x_j: zero below the diagonal
print("Q =")
print(np.array2string(Q, precision=4, floatmode="fixed", sign=" "))
print("R = Q^T X =")
print(np.array2string(np.triu(R), precision=4, floatmode="fixed", sign=" "))

orthogonality = np.max(np.abs(Q.T @ Q - np.eye(3)))
below = np.max(np.abs(np.tril(R, -1)))
rebuild = np.max(np.abs(Q @ np.triu(R) - X))
print(f"max |Q^T Q - I| < 1e-14: {orthogonality < 1e-14}")
print(f"max |R below the diagonal| < 1e-14: {below < 1e-14}")
print(f"max |Q R - X| < 1e-14: {rebuild < 1e-14}")
assert orthogonality < 1e-14 and below < 1e-14 and rebuild < 1e-14

Q_np, R_np = np.linalg.qr(X)
signs = np.sign(np.diag(R_np))  # numpy may return a column times -1
same = np.allclose(Q_np * signs, Q)
print(f"numpy's qr, up to the sign of each column: same Q: {same}")
assert np.allclose(Q_np * signs, Q) and np.allclose(signs[:, None] * R_np, R)

# Coordinates in an orthonormal basis are dot products: c = Q^T y.
y = np.array([1.0, 2.0, 3.0])
c = Q.T @ y
print(f"y = {y}: coordinates c = Q^T y = {np.round(c, 4)}")
print(
    f"Q c == y: {np.allclose(Q @ c, y)}, ||c|| = ||y||: "
    f"{np.isclose(np.linalg.norm(c), np.linalg.norm(y))}"
)
assert np.allclose(Q @ c, y)
assert np.isclose(np.linalg.norm(c), np.linalg.norm(y))

# A dependent column: x_1 + 2 x_2 adds nothing to the span.
try:
    gram_schmidt(np.column_stack([X[:, :2], X[:, 0] + 2.0 * X[:, 1]]))
except ValueError as error:
    message = str(error)
print(f"dependent columns: ValueError: {message}")
assert message.startswith("A must have linearly independent columns")
