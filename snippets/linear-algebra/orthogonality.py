"""Orthogonal vectors, Pythagoras, and the orthogonal complement of a plane.

The columns of the reference W span a plane in R^3. Its orthogonal
complement, every vector orthogonal to both columns, is the null space of
W^T: a line, found by scipy.linalg.null_space and by hand. Each vector of
R^3 splits into a part in the plane and a part on that line, at right
angles, so the squared lengths add up.
"""

import numpy as np
import scipy.linalg

W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
normal = np.array([0.0, 1.0, -2.0])  # a guess: rows 2 and 3 of W are 2 : 1
print("W^T n =", W.T @ normal, "(n is orthogonal to both columns)")

# The complement of the column space of W is the null space of W^T.
N = scipy.linalg.null_space(W.T)
dimension = N.shape[1]
n_hat = normal / np.linalg.norm(normal)
print(f"null space of W^T: dimension {dimension} = 3 - rank W")
alignment = abs(float(N[:, 0] @ n_hat))
print(f"|cos| between it and n: {alignment:.6f}")
assert dimension == 3 - np.linalg.matrix_rank(W) == 1
assert np.isclose(alignment, 1.0)
assert np.all(W.T @ normal == 0.0)  # exactly zero: 0.2 - 2 * 0.1 etc.

# Split e_3 into a part along n (in the complement) and the rest.
y = np.array([0.0, 0.0, 1.0])
along_n = (y @ n_hat) * n_hat
in_plane = y - along_n
print("e_3 = in-plane part + normal part:")
print(
    "  in plane:",
    np.round(in_plane, 4) + 0.0,  # + 0.0 turns -0.0 into 0.0
    " normal:",
    np.round(along_n, 4) + 0.0,
)
c = np.linalg.lstsq(W, in_plane, rcond=None)[0]  # coefficients in W's basis
print(f"  in-plane part = W @ c, c = {np.round(c, 4)}")
print(
    f"  Pythagoras: {y @ y:.4f} = {in_plane @ in_plane:.4f} "
    f"+ {along_n @ along_n:.4f}"
)
distance = float(np.linalg.norm(along_n))  # distance of e_3 from the plane
assert np.allclose(W @ c, in_plane)
assert abs(in_plane @ along_n) < 1e-15
assert np.isclose(y @ y, in_plane @ in_plane + along_n @ along_n)
assert np.isclose(distance, 2.0 / np.sqrt(5.0))
