r"""Triangular factorisations: LU with partial pivoting, and Cholesky.

Gaussian elimination written out in numpy, $P A = L U$, then two triangular solves
(`solve`); the determinant from the pivots (`determinant`); $A = L L^\top$ for a
symmetric positive definite matrix (`cholesky`). Re-exported by `mlfound.linalg`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, short_repr

__all__ = ["cholesky", "determinant", "solve"]

_EPS = float(np.finfo(float).eps)


def _square(A: Any) -> np.ndarray:
    A = as_finite_array(A, "A", ndim=2)
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square: shape is {A.shape}")
    return A


def _power_of_two_scale(M: np.ndarray) -> tuple[np.ndarray, int]:
    """M / 2**e with max |entry| in [0.5, 1): exact, so no digit is lost."""
    exponent = math.frexp(float(np.max(np.abs(M), initial=0.0)))[1]
    return np.ldexp(M, -exponent), exponent


def _lu(A: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """P A = L U, packed: L below the diagonal (its unit diagonal implied), U on
    and above. Returns (LU, perm, swaps) with (P A)[i] = A[perm[i]]."""
    n, LU, swaps = A.shape[0], A.copy(), 0
    perm = np.arange(n)
    for k in range(n - 1):
        # Partial pivoting: bring the largest |entry| of column k up to row k,
        # so every multiplier below has |l_ik| <= 1.
        p = k + int(np.argmax(np.abs(LU[k:, k])))
        if p != k:
            LU[[k, p]] = LU[[p, k]]
            perm[[k, p]] = perm[[p, k]]
            swaps += 1
        if LU[k, k] == 0.0:
            continue  # the column is zero from row k down: nothing to eliminate
        LU[k + 1 :, k] /= LU[k, k]
        LU[k + 1 :, k + 1 :] -= np.outer(LU[k + 1 :, k], LU[k, k + 1 :])
    return LU, perm, swaps


def _substitute(T: np.ndarray, b: np.ndarray, *, lower: bool, unit: bool) -> np.ndarray:
    """Solve T x = b for triangular T, one row at a time (the solved rows first)."""
    x = b.copy()
    for i in range(len(x)) if lower else range(len(x) - 1, -1, -1):
        known = slice(0, i) if lower else slice(i + 1, None)
        x[i] -= T[i, known] @ x[known]
        if not unit:
            x[i] /= T[i, i]
    return x


def _singular(
    A: np.ndarray,
    pivots: np.ndarray,
    solve_a: Callable[[np.ndarray], np.ndarray],
    solve_at: Callable[[np.ndarray], np.ndarray],
) -> bool:
    r"""Singular to working precision: a pivot $\le \varepsilon \max |A_{ij}|$, or
    $1 / (\|A\|_1 \|A^{-1}\|_1) < n \varepsilon$, with $\|A^{-1}\|_1$ estimated by
    Hager's method (LAPACK refines it): climb the convex $x \mapsto \|A^{-1} x\|_1$
    over the unit 1-ball towards a basis vector, by solves with the factors only.
    """
    n = A.shape[0]
    if not np.all(np.abs(pivots) > _EPS * float(np.max(np.abs(A)))):
        return True
    x, estimate = np.full(n, 1.0 / n), 0.0
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(5):
            y = solve_a(x)
            estimate = float(np.sum(np.abs(y)))
            z = solve_at(np.sign(y))
            j = int(np.argmax(np.abs(z)))
            if not abs(z[j]) > z @ x:
                break  # no basis vector climbs higher: a local maximum
            x = np.eye(n)[j]
        rcond = 1.0 / (float(np.max(np.sum(np.abs(A), axis=0))) * estimate)
    return not rcond >= n * _EPS


def solve(A: Any, b: Any) -> np.ndarray:
    r"""Solve $A x = b$ by Gaussian elimination with partial pivoting ($P A = L U$).

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square, non-singular matrix.
    b : array_like, shape (n,) or (n, k)
        One right-hand side, or k of them as columns.

    Returns
    -------
    ndarray, same shape as `b`
        The solution $x$.

    Raises
    ------
    ValueError
        If `A` is not square, or is singular to working precision; if `b` does not
        have n rows; if either contains NaN or inf; if $x$ overflows.

    Notes
    -----
    Elimination turns $P A = L U$; then $L y = P b$ is solved forwards and
    $U x = y$ backwards, about $\tfrac{2}{3} n^3$ operations in all. Swapping the
    largest entry of each column into the pivot position keeps every multiplier
    $|l_{ik}| \le 1$, which makes the method backward stable in practice: $x$
    solves a system $(A + E) x = b$ with $\|E\| \approx \varepsilon \|A\|$.

    `A` is singular to working precision, and its solution would carry no correct
    digit, when a pivot is at most $\varepsilon \max_{ij} |A_{ij}|$ (then
    $\kappa_2(A) \ge 1 / (n \varepsilon)$), or when the reciprocal condition
    number $1 / (\|A\|_1 \|A^{-1}\|_1)$ is below $n \varepsilon$, with
    $\|A^{-1}\|_1$ estimated from the factors by Hager's method, as LAPACK does.
    $A$ and $b$ are first scaled by powers of two (exactly): no overflow.

    Examples
    --------
    >>> A = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 1.0, 3.0]])
    >>> b = np.array([5.0, 3.0, 7.0])
    >>> x = solve(A, b)  # A[0, 0] = 0: elimination must exchange rows
    >>> x
    array([1., 2., 1.])
    >>> np.allclose(A @ x, b), np.allclose(x, np.linalg.solve(A, b))
    (True, True)
    """
    A = _square(A)
    n = A.shape[0]
    b = as_finite_array(b, "b", ndim=(1, 2))
    if b.shape[0] != n:
        raise ValueError(f"b must have {n} rows to match A: shape is {b.shape}")
    scaled, a_exp = _power_of_two_scale(A)
    LU, perm, _ = _lu(scaled)

    def solve_a(v: np.ndarray) -> np.ndarray:  # A x = v: L y = P v, then U x = y
        y = _substitute(LU, v[perm], lower=True, unit=True)
        return _substitute(LU, y, lower=False, unit=False)

    def solve_at(v: np.ndarray) -> np.ndarray:  # A^T = U^T L^T P
        w = _substitute(LU.T, v, lower=True, unit=False)
        return _substitute(LU.T, w, lower=False, unit=True)[np.argsort(perm)]

    if _singular(scaled, np.diag(LU), solve_a, solve_at):
        raise ValueError(
            "A must be non-singular: it is singular to working precision: "
            f"{short_repr(A)}"
        )
    b_scaled, b_exp = _power_of_two_scale(b)
    x = solve_a(b_scaled)
    with np.errstate(over="ignore"):
        x = np.ldexp(x, b_exp - a_exp)
    if not np.all(np.isfinite(x)):
        raise ValueError("the solution x of A x = b overflows the float range")
    return x


def determinant(A: Any) -> float:
    r"""Determinant of a square matrix, from its LU factorisation.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix.

    Returns
    -------
    float
        $\det A$; 0.0 for a matrix with an exactly zero pivot. A value beyond the
        float range is returned as `inf` or `-inf`, one below it as 0.0.

    Raises
    ------
    ValueError
        If `A` is not square or contains NaN or inf (or elimination overflows).

    Notes
    -----
    From $P A = L U$: $\det A = (-1)^s \prod_k u_{kk}$, with s the number of row
    exchanges ($\det L = 1$). The product is kept as a mantissa and a power of two,
    so it overflows only when $\det A$ does; elimination that overflows is redone
    on $A$ scaled down by a power of two. A determinant says nothing about
    singularity: $\det(0.1 I_{100}) = 10^{-100}$, yet $\kappa = 1$; use
    `condition_number`.

    Examples
    --------
    >>> A = np.array([[2.0, 1.0], [1.0, 3.0]])
    >>> determinant(A)
    5.0
    >>> B = np.array([[0.0, 1.0], [4.0, 2.0]])
    >>> bool(np.isclose(determinant(A @ B), determinant(A) * determinant(B)))
    True
    """
    A = _square(A)
    n, exponent = A.shape[0], 0
    with np.errstate(over="ignore", invalid="ignore"):
        LU, _, swaps = _lu(A)
        if not np.all(np.isfinite(LU)):  # elimination overflowed: make room, retry
            top = math.frexp(float(np.max(np.abs(A))))[1]
            exponent = max(top - 1023 + min(n, 64), 1)  # growth is below 2**(n-1)
            LU, _, swaps = _lu(np.ldexp(A, -exponent))
    pivots = np.diag(LU)
    if not np.all(np.isfinite(pivots)):
        raise ValueError(f"elimination on A overflowed: {short_repr(A)}")
    if np.any(pivots == 0.0):
        return 0.0
    mantissa, exponent = (-1.0) ** swaps, exponent * n
    for pivot in pivots:  # the running product is mantissa * 2**exponent
        fraction, shift = math.frexp(float(pivot))
        mantissa, renormalise = math.frexp(mantissa * fraction)
        exponent += shift + renormalise
    if exponent > 1024:
        return math.copysign(math.inf, mantissa)
    return math.ldexp(mantissa, exponent) + 0.0  # an underflow to -0.0 becomes 0.0


def cholesky(A: Any) -> np.ndarray:
    r"""The Cholesky factor: lower-triangular $L$ with $A = L L^\top$.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric positive definite matrix.

    Returns
    -------
    ndarray, shape (n, n)
        Lower triangular, with a positive diagonal.

    Raises
    ------
    ValueError
        If `A` is not square, not symmetric (to 1e-10 relative), not positive
        definite to working precision, or contains NaN or inf.

    Notes
    -----
    Column by column: $l_{jj} = \sqrt{a_{jj} - \sum_{k<j} l_{jk}^2}$ and
    $l_{ij} = (a_{ij} - \sum_{k<j} l_{ik} l_{jk}) / l_{jj}$ for $i > j$, about
    $\tfrac{1}{3} n^3$ operations (half of LU) and no pivoting. The number under the
    square root, the j-th pivot, is positive for every j exactly when $A$ is
    positive definite: trying the factorisation is the cheapest test. A matrix that
    `solve` calls singular to working precision is not positive definite either.
    $A$ is first scaled by a power of four (exactly): no overflow.

    Examples
    --------
    >>> A = np.array([[4.0, 2.0], [2.0, 5.0]])
    >>> L = cholesky(A)
    >>> L
    array([[2., 0.],
           [1., 2.]])
    >>> np.allclose(L @ L.T, A), np.allclose(L, np.linalg.cholesky(A))
    (True, True)
    """
    A = _square(A)
    asymmetry = float(np.max(np.abs(A - A.T)))
    if asymmetry > 1e-10 * float(np.max(np.abs(A))):
        raise ValueError(f"A must be symmetric: largest |A - A.T| is {asymmetry:.3g}")
    n = A.shape[0]
    # A = 4**e S with an even power of two, so that L = 2**e chol(S) exactly.
    half = (math.frexp(float(np.max(np.abs(A))))[1] + 1) // 2
    S = np.ldexp(A, -2 * half)
    L = np.zeros_like(S)
    for j in range(n):
        with np.errstate(over="ignore", invalid="ignore"):  # -inf or nan: not PD
            pivot = S[j, j] - L[j, :j] @ L[j, :j]
        if not (pivot > 0.0 and math.isfinite(pivot)):
            with np.errstate(over="ignore"):
                pivot = np.ldexp(pivot, 2 * half)
            raise ValueError(
                f"A must be positive definite: pivot {j} of its Cholesky "
                f"factorisation is {pivot:.3g}: {short_repr(A)}"
            )
        L[j, j] = math.sqrt(pivot)
        with np.errstate(over="ignore", invalid="ignore"):  # checked at the next pivot
            L[j + 1 :, j] = (S[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]

    def solve_s(v: np.ndarray) -> np.ndarray:  # S x = v: L y = v, then L^T x = y
        y = _substitute(L, v, lower=True, unit=False)
        return _substitute(L.T, y, lower=False, unit=False)

    if _singular(S, np.diag(L) ** 2, solve_s, solve_s):
        raise ValueError(
            f"A must be positive definite: it is singular to working precision: "
            f"{short_repr(A)}"
        )
    return np.ldexp(L, half)
