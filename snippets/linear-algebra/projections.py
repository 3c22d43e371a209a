"""Orthogonal projections onto a line, a plane spanned by W, a hyperplane.

Each projection is computed from its formula and by mlfound.linalg, and the
residual x - p is checked to be orthogonal to where p lives. The plane
spanned by W's columns is also the hyperplane with normal (0, 1, -2), so
two different functions must give the same point.
"""

import numpy as np

from mlfound.linalg import project_onto_hyperplane, project_onto_subspace


def show(a):
    # Round away rounding noise (and -0.0) before printing.
    return np.array2string(
        np.round(a, 12) + 0.0, precision=4, floatmode="fixed", sign=" "
    )


# Onto the line through a.
a = np.array([2.0, 1.0])
x = np.array([1.0, 3.0])
p = (a @ x) / (a @ a) * a
library = project_onto_subspace(x, a[:, None])
assert np.allclose(p, library) and abs(a @ (x - p)) < 1e-14
print(f"line:  p = {show(p)}, library {show(library)}")
print(f"       residual {show(x - p)}, |a . residual| < 1e-14")

# Onto the plane spanned by the columns of W (not orthonormal).
W = np.array([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4]])
x = np.array([0.0, 0.0, 1.0])
P = W @ np.linalg.solve(W.T @ W, W.T)  # P = W (W^T W)^{-1} W^T
p = P @ x
library = project_onto_subspace(x, W)
assert np.allclose(p, library)
print(f"plane: p = {show(p)}, library {show(library)}")
distance = np.linalg.norm(x - p)
assert np.abs(W.T @ (x - p)).max() < 1e-14
assert np.isclose(distance, 2 / np.sqrt(5))  # as on the rank and span page
print(f"       largest |W^T residual| < 1e-14, distance {distance:.4f}")
assert np.allclose(P @ P, P) and np.allclose(P.T, P)
print(
    f"       P @ P == P: {np.allclose(P @ P, P)}, "
    f"P^T == P: {np.allclose(P.T, P)}"
)

# The same plane as a hyperplane {z : n . z = 0}.
normal = np.array([0.0, 1.0, -2.0])
assert np.allclose(W.T @ normal, 0.0)
print(f"       W^T normal = {show(W.T @ normal)}")
on_hyperplane = project_onto_hyperplane(x, normal)
assert np.allclose(on_hyperplane, p)
print(f"hyperplane: p = {show(on_hyperplane)}")

# A hyperplane off the origin: {z : n . z = 1}.
q = project_onto_hyperplane(x, normal, offset=1.0)
assert np.isclose(normal @ q, 1.0)
print(f"offset 1:   p = {show(q)}, n . p = {normal @ q:.4f}")
