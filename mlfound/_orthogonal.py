r"""Orthonormal bases and the SVD: Gram-Schmidt, condition number, pseudo-inverse.

`gram_schmidt` orthonormalises the columns of a matrix (modified Gram-Schmidt),
`condition_number` is the ratio of the extreme singular values, and
`pseudo_inverse` inverts what the SVD of any matrix can invert. Re-exported by
`mlfound.linalg`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, short_repr

__all__ = ["condition_number", "gram_schmidt", "pseudo_inverse"]

_EPS = float(np.finfo(float).eps)
_PINV_RCOND = 1e-15  # numpy's default cut-off for np.linalg.pinv


def gram_schmidt(A: Any) -> np.ndarray:
    r"""Orthonormal columns with the same span, by modified Gram-Schmidt.

    Parameters
    ----------
    A : array_like, shape (d, k)
        k linearly independent columns in $\R^d$ (so k <= d).

    Returns
    -------
    ndarray, shape (d, k)
        $Q$ with $Q^\top Q = I$ (up to the loss of orthogonality below); its first
        j columns span the same space as the first j columns of `A`, for every j.

    Raises
    ------
    ValueError
        If `A` is not 2-D, contains NaN or inf, or its columns are linearly
        dependent to working precision.

    Notes
    -----
    Column j loses its components along the unit vectors $q_1, \dots, q_{j-1}$
    found so far and is normalised: $v \leftarrow v - (q_i^\top v)\, q_i$ for
    $i = 1, \dots, j - 1$, then $q_j = v / \|v\|$. The modified algorithm projects
    the *current* $v$ each time; the classical one projects the original column,
    $v = a_j - \sum_i (q_i^\top a_j)\, q_i$, which is the same in exact arithmetic
    but loses orthogonality like $\kappa(A)^2 \varepsilon$ instead of
    $\kappa(A)\, \varepsilon$. Householder QR (`np.linalg.qr`) stays orthogonal to
    about $\varepsilon$ whatever $\kappa(A)$.

    The columns are first scaled to unit length, which changes neither the span
    nor $Q$, and are dependent to working precision when the scaled matrix has a
    singular value at or below $\max(d, k)\,\varepsilon$ times the largest, the
    tolerance of `np.linalg.matrix_rank`.

    Examples
    --------
    >>> A = np.array([[3.0, 1.0], [4.0, 1.0], [0.0, 1.0]])
    >>> Q = gram_schmidt(A)
    >>> np.round(Q[:, 0], 4)  # the first column, normalised
    array([0.6, 0.8, 0. ])
    >>> np.allclose(Q.T @ Q, np.eye(2)), np.allclose(Q @ (Q.T @ A), A)
    (True, True)
    """
    A = as_finite_array(A, "A", ndim=2)
    d, k = A.shape
    if k > d:
        raise ValueError(
            f"A must have linearly independent columns: {k} columns in R^{d} "
            f"are always dependent: shape is {A.shape}"
        )
    # Scale each column by a power of two (exact), then to unit length: no overflow.
    biggest = np.max(np.abs(A), axis=0)
    if np.any(biggest == 0.0):
        j = int(np.argmin(biggest))
        raise ValueError(f"A must have linearly independent columns: column {j} is 0")
    V = np.ldexp(A, -np.frexp(biggest)[1])
    V = V / np.linalg.norm(V, axis=0)
    s = np.linalg.svd(V, compute_uv=False)
    rank = int(np.sum(s > s[0] * max(d, k) * _EPS))
    if rank < k:
        raise ValueError(
            f"A must have linearly independent columns: rank {rank} < {k} columns"
        )
    Q = np.empty_like(V)
    for j in range(k):
        v = V[:, j].copy()
        for i in range(j):
            v -= (Q[:, i] @ v) * Q[:, i]  # modified: project the current v
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def pseudo_inverse(A: Any) -> np.ndarray:
    r"""The Moore-Penrose pseudo-inverse $A^+$, by the SVD.

    Parameters
    ----------
    A : array_like, shape (m, n)
        Any matrix: square or not, of any rank.

    Returns
    -------
    ndarray, shape (n, m)
        $A^+ = V \Sigma^+ U^\top$; $x = A^+ b$ is the least-squares solution of
        $A x \approx b$ of smallest norm.

    Raises
    ------
    ValueError
        If `A` is not 2-D or contains NaN or inf; if $A^+$ overflows the float
        range.

    Notes
    -----
    With $A = U \Sigma V^\top$, $\Sigma^+$ inverts the singular values above the
    cut-off $10^{-15} s_{\max}$ (numpy's default for `np.linalg.pinv`) and sets the
    others to zero: they are rounding noise, and inverting them would blow noise
    up to huge entries. $A A^+$ projects onto the column space of $A$, $A^+ A$
    onto its row space, and for a square invertible matrix $A^+ = A^{-1}$.

    Examples
    --------
    >>> A = np.array([[1.0, 1.0]])  # one equation x1 + x2 = 2, two unknowns
    >>> x = pseudo_inverse(A) @ np.array([2.0])
    >>> x  # of all solutions, the one closest to the origin
    array([1., 1.])
    >>> P = pseudo_inverse(A)
    >>> np.allclose(A @ P @ A, A), np.allclose(P, np.linalg.pinv(A))
    (True, True)
    """
    A = as_finite_array(A, "A", ndim=2)
    exponent = math.frexp(float(np.max(np.abs(A), initial=0.0)))[1]
    U, s, Vt = np.linalg.svd(np.ldexp(A, -exponent), full_matrices=False)
    keep = s > _PINV_RCOND * s[0]
    with np.errstate(over="ignore"):
        inverse = np.ldexp((Vt[keep].T / s[keep]) @ U[:, keep].T, -exponent)
    if not np.all(np.isfinite(inverse)):
        raise ValueError(
            f"A has a pseudo-inverse too large for the float range: {short_repr(A)}"
        )
    return inverse


def condition_number(A: Any) -> float:
    r"""The 2-norm condition number $\kappa(A) = s_{\max} / s_{\min}$.

    Parameters
    ----------
    A : array_like, shape (m, n)
        Any matrix; for a square one, $\kappa(A) = \|A\|_2 \|A^{-1}\|_2$.

    Returns
    -------
    float
        The ratio of the largest to the smallest of the min(m, n) singular values,
        at least 1; `inf` when `A` is singular (rank deficient) to working
        precision.

    Raises
    ------
    ValueError
        If `A` is not 2-D, or contains NaN or inf.

    Notes
    -----
    Solving $A x = b$ can amplify a relative change of $b$ by up to $\kappa(A)$,
    and a backward-stable solver leaves a relative error of about
    $\kappa(A)\,\varepsilon$. A smallest singular value at or below
    $s_{\max} \max(m, n)\, \varepsilon$, the tolerance of `np.linalg.matrix_rank`,
    is rounding noise, and the matrix is singular to working precision: then the
    result is `inf`, the same on every machine, rather than noise.

    Examples
    --------
    >>> condition_number(np.diag([4.0, 1.0, 0.5]))
    8.0
    >>> condition_number([[1.0, 2.0], [2.0, 4.0]])
    inf
    >>> A = np.array([[1.0, 2.0], [3.0, 4.0]])
    >>> bool(np.isclose(condition_number(A), np.linalg.cond(A)))
    True
    """
    A = as_finite_array(A, "A", ndim=2)
    exponent = math.frexp(float(np.max(np.abs(A))))[1]
    s = np.linalg.svd(np.ldexp(A, -exponent), compute_uv=False)
    if s[-1] <= s[0] * max(A.shape) * _EPS:  # includes the zero matrix
        return math.inf
    return float(s[0] / s[-1])
