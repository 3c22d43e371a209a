r"""Low rank and projections: the truncated SVD and orthogonal projections.

The closest matrix of lower rank (Eckart-Young), the closest point of a subspace,
and the closest point of a hyperplane: each is a least-squares problem with an exact
answer. Covariance, eigenpairs and PCA live in `mlfound.linalg`, which also
re-exports every name here, so `from mlfound.linalg import project_onto_subspace`
keeps working.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import _short, as_finite_array, as_points, check_int_in_range

__all__ = [
    "low_rank_approximation",
    "project_onto_hyperplane",
    "project_onto_subspace",
]


def low_rank_approximation(A: Any, rank: int) -> np.ndarray:
    r"""Best rank-r approximation of a matrix in the Frobenius norm (truncated SVD).

    Parameters
    ----------
    A : array_like, shape (m, n)
        The matrix to approximate.
    rank : int
        The target rank r, 1 <= r <= min(m, n).

    Returns
    -------
    ndarray, shape (m, n)
        $A_r$, the closest matrix of rank at most r.

    Raises
    ------
    ValueError
        If `A` is not 2-D or contains NaN or inf, or `rank` is out of range.

    Notes
    -----
    Keep the r largest terms of the SVD $A = \sum_i \sigma_i u_i v_i^\top$. By the
    Eckart-Young theorem no rank-r matrix is closer, and
    $\|A - A_r\|_F = \sqrt{\sum_{i > r} \sigma_i^2}$.

    Examples
    --------
    >>> A = np.arange(12.0).reshape(3, 4) ** 2
    >>> A1 = low_rank_approximation(A, 1)
    >>> s = np.linalg.svd(A, compute_uv=False)
    >>> error = np.linalg.norm(A - A1)
    >>> int(np.linalg.matrix_rank(A1)), bool(np.isclose(error, np.hypot(*s[1:])))
    (1, True)
    """
    A = as_finite_array(A, "A", ndim=2)
    r = check_int_in_range(rank, "rank", 1, min(A.shape))
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :r] * s[:r]) @ Vt[:r]


def project_onto_subspace(x: Any, basis: Any) -> np.ndarray:
    r"""Orthogonal projection onto the span of the columns of `basis`.

    Parameters
    ----------
    x : array_like, shape (d,) or (n, d)
        One point, or one point per row.
    basis : array_like, shape (d, k)
        Linearly independent spanning vectors, not necessarily orthonormal.

    Returns
    -------
    ndarray, same shape as `x`
        The closest point(s) of the subspace.

    Raises
    ------
    ValueError
        If `basis` is not 2-D or has dependent columns; if `x` does not match it;
        if either contains NaN or inf.

    Notes
    -----
    $P = B (B^\top B)^{-1} B^\top$; as $B^\top B$ squares the condition number, use
    an orthonormal basis $Q$ of the same span (from the SVD of $B$): $P = Q Q^\top$.
    The residual $x - Px$ is orthogonal to every column: the least-squares condition.

    Examples
    --------
    >>> B = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    >>> x = np.array([3.0, 0.0, 0.0])
    >>> p = project_onto_subspace(x, B)
    >>> p
    array([ 2.,  1., -1.])
    >>> w = np.linalg.lstsq(B, x, rcond=None)[0]
    >>> np.allclose(B @ w, p), np.allclose(B.T @ (x - p), 0.0)
    (True, True)
    """
    basis = as_finite_array(basis, "basis", ndim=2)
    d, k = basis.shape
    U, s, _ = np.linalg.svd(basis, full_matrices=False)
    # Numerical rank, with the tolerance np.linalg.matrix_rank uses.
    rank = int(np.sum(s > s.max(initial=0.0) * max(d, k) * np.finfo(float).eps))
    if rank < k:
        raise ValueError(
            f"basis columns must be linearly independent: rank {rank} < {k} columns"
        )
    x = as_points(x, "x", d, f"basis {basis.shape}")
    return (x @ U) @ U.T  # U: orthonormal columns with the same span as the basis


def project_onto_hyperplane(x: Any, normal: Any, offset: float = 0.0) -> np.ndarray:
    r"""Orthogonal projection onto the hyperplane {z : normal . z = offset}.

    Parameters
    ----------
    x : array_like, shape (d,) or (n, d)
        One point, or one point per row.
    normal : array_like, shape (d,)
        A non-zero normal vector $a$ (any length).
    offset : float, default 0.0
        The right-hand side $b$ of $a \cdot z = b$.

    Returns
    -------
    ndarray, same shape as `x`
        The closest point(s) of the hyperplane.

    Raises
    ------
    ValueError
        If `normal` is zero or not 1-D; if `x` does not match it; if any input
        contains NaN or inf.

    Notes
    -----
    Step from x along the normal until the equation holds:
    $z = x - \frac{a \cdot x - b}{a \cdot a} a$. The signed distance from x to the
    hyperplane is $(a \cdot x - b) / \|a\|$.

    Examples
    --------
    >>> a = np.array([1.0, 1.0])
    >>> z = project_onto_hyperplane([3.0, 0.0], a, offset=1.0)
    >>> z
    array([ 2., -1.])
    >>> bool(np.isclose(a @ z, 1.0))  # z lies on the line x + y = 1
    True
    """
    normal = as_finite_array(normal, "normal", ndim=1)
    norm_sq = float(normal @ normal)
    if norm_sq == 0.0:
        raise ValueError(f"normal must be non-zero: got {_short(normal)}")
    offset = float(as_finite_array(offset, "offset", ndim=0))
    x = as_points(x, "x", normal.size, f"normal {normal.shape}")
    # How far each point sits above the hyperplane, in units of the normal.
    excess = (x @ normal - offset) / norm_sq
    return x - np.multiply.outer(excess, normal)
