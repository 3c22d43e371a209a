"""The determinant of the reference X three ways, and its rules.

By cofactor expansion along the first row (the textbook formula), from the
pivots of P X = L U (what mlfound.linalg.determinant does) and by numpy.
Then the rules that make the LU route work, checked on random matrices.
"""

import numpy as np
import scipy.linalg

from mlfound.linalg import determinant

X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])


def minor(A, i, j):
    return np.delete(np.delete(A, i, axis=0), j, axis=1)


def det2(M):
    return M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0]


cofactor = sum((-1) ** j * X[0, j] * det2(minor(X, 0, j)) for j in range(3))
P, L, U = scipy.linalg.lu(X)  # X = P L U
swaps_sign = determinant(P)  # +1 or -1: the parity of the row exchanges
pivots = np.diag(U)
det_x = determinant(X)
print(f"cofactor expansion: {cofactor:.4f}")
print(
    f"pivots of LU {np.round(pivots, 4)}, sign of P {swaps_sign:+.0f}: "
    f"product {swaps_sign * np.prod(pivots):.4f}"
)
print(f"mlfound determinant: {det_x:.4f}, numpy: {np.linalg.det(X):.4f}")
assert np.isclose(cofactor, det_x) and np.isclose(det_x, np.linalg.det(X))
assert np.isclose(det_x, swaps_sign * np.prod(pivots))
# |det X| is the volume of the box spanned by the rows of X, which is also
# sqrt(det(X X^T)), the square root of the Gram determinant.
assert np.isclose(abs(det_x), np.sqrt(determinant(X @ X.T)))

rng = np.random.default_rng(0)
A, B = rng.normal(size=(2, 5, 5))
rules = {
    "det(A B) = det A det B": (
        determinant(A @ B),
        determinant(A) * determinant(B),
    ),
    "det(A^T) = det A": (determinant(A.T), determinant(A)),
    "det(A^-1) = 1 / det A": (
        determinant(np.linalg.inv(A)),
        1 / determinant(A),
    ),
    "det(3 A) = 3^5 det A": (determinant(3 * A), 3**5 * determinant(A)),
    "swap two rows: -det A": (
        determinant(A[[1, 0, 2, 3, 4]]),
        -determinant(A),
    ),
    "triangular: product of diagonal": (
        determinant(np.triu(A)),
        np.prod(np.diag(A)),
    ),
}
for rule, (left, right) in rules.items():
    print(f"{rule:34} {np.isclose(left, right)}")
    assert np.isclose(left, right)
