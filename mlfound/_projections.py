r"""Low rank and projections: the truncated SVD and orthogonal projections.

The closest matrix of lower rank (Eckart-Young), the closest point of a subspace,
and the closest point of a hyperplane: each is a least-squares problem with an exact
answer. This private module holds part of `mlfound.linalg`, which imports and
documents every name here: use `from mlfound.linalg import project_onto_subspace`.
Each function divides its inputs by a power of two before it multiplies them (see
`mlfound._numerics`), so extreme magnitudes neither overflow nor lose digits.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_finite_scalar,
    check_int_in_range,
    short_repr,
)
from mlfound._numerics import exponent_of, unscale
from mlfound._values import as_points

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
        If `A` is not 2-D or contains NaN or inf, or `rank` is out of range; if an
        entry of $A_r$ exceeds the float64 range (possible only for entries of `A`
        near 1.8e308).
    TypeError
        If `A` is not real numbers or `rank` is not an integer.

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
    k = exponent_of(A)  # the SVD of A / 2**k has the same vectors, sigma / 2**k
    U, s, Vt = np.linalg.svd(np.ldexp(A, -k), full_matrices=False)
    return unscale((U[:, :r] * s[:r]) @ Vt[:r], k, "A", "an entry of A_r")


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
        if either contains NaN or inf; if a coordinate of the projection exceeds the
        float64 range (possible only for `x` near 1.8e308).
    TypeError
        If `x` or `basis` is not real numbers.

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
    U, s, _ = np.linalg.svd(np.ldexp(basis, -exponent_of(basis)), full_matrices=False)
    # Numerical rank, with the tolerance np.linalg.matrix_rank uses.
    rank = int(np.sum(s > s.max(initial=0.0) * max(d, k) * np.finfo(float).eps))
    if rank < k:
        raise ValueError(
            f"basis columns must be linearly independent: rank {rank} < {k} columns"
        )
    x = as_points(x, "x", d, f"basis {basis.shape}")
    e = exponent_of(x)
    # U: orthonormal columns with the same span as the basis
    return unscale((np.ldexp(x, -e) @ U) @ U.T, e, "x", "the projection")


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
        contains NaN or inf; if a coordinate of the projection exceeds the float64
        range (`x` near 1.8e308, or a hyperplane that far from the origin, as for
        `offset=1e300` with a `normal` of length 1e-100).
    TypeError
        If `x` or `normal` is not real numbers or `offset` not a real number.

    Notes
    -----
    Step from x along the normal until the equation holds:
    $z = x - \frac{a \cdot x - b}{a \cdot a} a$. The signed distance from x to the
    hyperplane is $(a \cdot x - b) / \|a\|$. The formula is evaluated with $a$,
    $b$ and $x$ divided by powers of two, so a normal of length 1e-160, whose
    $a \cdot a$ would underflow, gives the exact answer.

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
    if not np.any(normal):
        raise ValueError(f"normal must be non-zero: got {short_repr(normal)}")
    offset = as_finite_scalar(offset, "offset")
    x = as_points(x, "x", normal.size, f"normal {normal.shape}")
    # a = normal / 2**k and b = offset / 2**k describe the same hyperplane.
    k = exponent_of(normal)
    a = np.ldexp(normal, -k)
    with np.errstate(over="ignore", invalid="ignore"):  # inf: checked below
        b = np.ldexp(offset, -k)
        # x and b in units of 2**e; excess: how far x sits above, in units of a.
        e = exponent_of(x, b if np.isfinite(b) else 0.0)
        excess = (np.ldexp(x, -e) @ a - np.ldexp(b, -e)) / (a @ a)
        z = x - np.ldexp(np.multiply.outer(excess, a), e)
    if not np.all(np.isfinite(z)):
        raise ValueError(
            "x, normal and offset put the projection onto the hyperplane "
            "normal . z = offset beyond the float64 range (about 1.8e308)"
        )
    return z
