r"""Linear algebra for data: covariance, eigenpairs, PCA, low rank, projections.

A data matrix `X` holds one sample per row, shape (n, d). Symmetric matrices go to
`np.linalg.eigh` (real eigenvalues, orthonormal eigenvectors); everything else to
`np.linalg.svd`, the most reliable factorisation numpy has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlfound._checks import _short, as_finite_array

__all__ = [
    "PCA",
    "covariance",
    "low_rank_approximation",
    "pca",
    "project_onto_hyperplane",
    "project_onto_subspace",
    "sorted_eigh",
]


def _check_int_in_range(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer: got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must satisfy {low} <= {name} <= {high}: got {value}")
    return int(value)


def _as_points(x: Any, name: str, d: int, against: str) -> np.ndarray:
    """Check that `x` is one point (d,) or a stack of points (n, d)."""
    arr = as_finite_array(x, name, ndim=(1, 2))
    if arr.shape[-1] != d:
        raise ValueError(
            f"{name} must have {d} coordinates to match {against}: shape is {arr.shape}"
        )
    return arr


def covariance(X: Any) -> np.ndarray:
    r"""Sample covariance matrix (ddof=1) of the columns of a data matrix.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data matrix, one sample per row, n >= 2.

    Returns
    -------
    ndarray, shape (d, d)
        The covariance matrix: symmetric, positive semidefinite.

    Raises
    ------
    ValueError
        If `X` is not 2-D, has fewer than 2 rows, or contains NaN or inf.

    Notes
    -----
    With the centred matrix $X_c = X - \bar x$, $S = X_c^\top X_c / (n - 1)$. Its rank
    is at most $n - 1$: the $n$ centred rows sum to zero, so they are dependent.

    Examples
    --------
    >>> X = np.array([[1.5, 2.3, 0.8], [2.1, 1.9, 1.2], [0.9, 3.1, 0.5]])
    >>> S = covariance(X)
    >>> np.allclose(S, np.cov(X, rowvar=False)), int(np.linalg.matrix_rank(S))
    (True, 2)
    """
    X = as_finite_array(X, "X", ndim=2)
    if X.shape[0] < 2:
        raise ValueError(f"X must have at least 2 rows (samples): shape is {X.shape}")
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[0] - 1)


def sorted_eigh(S: Any) -> tuple[np.ndarray, np.ndarray]:
    r"""Eigenvalues of a symmetric matrix, largest first, with their eigenvectors.

    Parameters
    ----------
    S : array_like, shape (d, d)
        A symmetric matrix, such as a covariance matrix.

    Returns
    -------
    eigenvalues : ndarray, shape (d,)
        Real eigenvalues in descending order.
    eigenvectors : ndarray, shape (d, d)
        Orthonormal eigenvectors; column `i` belongs to `eigenvalues[i]`.

    Raises
    ------
    ValueError
        If `S` is not square, not symmetric (to 1e-10 relative), or not finite.

    Notes
    -----
    A symmetric $S$ factors as $S = V \Lambda V^\top$ with $V$ orthogonal and
    $\Lambda$ real. `np.linalg.eigh` returns ascending order; `np.linalg.eig` does
    not sort at all, so its first column need not be the top eigenvector.

    Examples
    --------
    >>> S = np.array([[2.0, 1.0], [1.0, 4.0]])
    >>> values, vectors = sorted_eigh(S)
    >>> np.round(values, 4)  # 3 + sqrt(2), 3 - sqrt(2)
    array([4.4142, 1.5858])
    >>> np.allclose(S @ vectors, vectors * values)  # S v_i = lambda_i v_i
    True
    """
    S = as_finite_array(S, "S", ndim=2)
    if S.shape[0] != S.shape[1]:
        raise ValueError(f"S must be square: shape is {S.shape}")
    asymmetry = float(np.max(np.abs(S - S.T)))
    if asymmetry > 1e-10 * max(float(np.max(np.abs(S))), 1.0):
        raise ValueError(f"S must be symmetric: largest |S - S.T| is {asymmetry:.3g}")
    values, vectors = np.linalg.eigh(S)
    return values[::-1].copy(), vectors[:, ::-1].copy()


@dataclass(frozen=True, eq=False, repr=False)
class PCA:
    """A fitted principal component analysis, as returned by `pca(X)`.

    Attributes: `mean` (d,), `components` (k, d) with orthonormal rows in order of
    decreasing variance, `explained_variance` (k,) and `explained_variance_ratio`
    (k,), each component's share of the total variance of all d directions.
    """

    mean: np.ndarray
    components: np.ndarray
    explained_variance: np.ndarray
    explained_variance_ratio: np.ndarray

    n_components = property(lambda self: self.components.shape[0])
    n_features = property(lambda self: self.components.shape[1])

    def transform(self, X: Any) -> np.ndarray:
        r"""Coordinates $Z = (X - \bar x) W^\top$: (d,) -> (k,), (n, d) -> (n, k)."""
        X = _as_points(X, "X", self.n_features, "the fitted mean")
        return (X - self.mean) @ self.components.T

    def inverse_transform(self, Z: Any) -> np.ndarray:
        r"""Points $\bar x + Z W$: (k,) -> (d,), (n, k) -> (n, d); exact if k = d."""
        Z = _as_points(Z, "Z", self.n_components, "the components")
        return self.mean + Z @ self.components

    def __repr__(self) -> str:
        ratios = [f"{r:.4f}" for r in self.explained_variance_ratio]
        shown = ", ".join(ratios if len(ratios) <= 6 else [*ratios[:5], "..."])
        return (
            f"PCA(n_components={self.n_components}, n_features={self.n_features}, "
            f"explained_variance_ratio=[{shown}])"
        )


def pca(X: Any, n_components: int | None = None) -> PCA:
    r"""Principal component analysis by the eigendecomposition of the covariance.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data matrix, one sample per row, n >= 2, rows not all equal.
    n_components : int, optional
        Number k of components to keep, 1 <= k <= d; all d by default.

    Returns
    -------
    PCA
        The frozen fit: `mean`, `components`, `explained_variance`,
        `explained_variance_ratio`, `transform` and `inverse_transform`.

    Raises
    ------
    ValueError
        If `X` is not 2-D, has < 2 rows, all rows equal, or NaN or inf; if
        `n_components` is out of range.

    Notes
    -----
    With $S = V \Lambda V^\top$ and $\lambda_1 \ge \dots \ge \lambda_d \ge 0$, the
    component $v_i$ is the direction of largest variance orthogonal to
    $v_1, \dots, v_{i-1}$; the variance along it is $\lambda_i$, its share
    $\lambda_i / \operatorname{tr} S$. An eigenvector is defined only up to sign,
    so each is flipped to make its entry of largest absolute value positive.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = rng.normal(size=(200, 2)) @ np.array([[3.0, 1.0], [0.0, 0.5]])
    >>> model = pca(X)
    >>> model
    PCA(n_components=2, n_features=2, explained_variance_ratio=[0.9772, 0.0228])
    >>> V, lam = model.components.T, model.explained_variance
    >>> np.allclose(np.cov(X, rowvar=False) @ V, V * lam)  # S v_i = lambda_i v_i
    True
    """
    X = as_finite_array(X, "X", ndim=2)
    d = X.shape[1]
    k = d if n_components is None else n_components
    k = _check_int_in_range(k, "n_components", 1, d)
    S = covariance(X)
    total = float(np.trace(S))  # the sum of all d eigenvalues
    if total == 0.0:
        raise ValueError(f"X must vary: total variance is 0 for {_short(X)}")
    values, vectors = sorted_eigh(S)
    # S is positive semidefinite, so a tiny negative eigenvalue is rounding error.
    values = np.maximum(values[:k], 0.0)
    components = vectors[:, :k].T
    biggest = components[np.arange(k), np.argmax(np.abs(components), axis=1)]
    components = components * np.where(biggest < 0, -1.0, 1.0)[:, None]
    fields = (X.mean(axis=0), components, values, values / total)
    for array in fields:
        array.setflags(write=False)  # frozen means the arrays too
    return PCA(*fields)


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
    r = _check_int_in_range(rank, "rank", 1, min(A.shape))
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
    x = _as_points(x, "x", d, f"basis {basis.shape}")
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
    x = _as_points(x, "x", normal.size, f"normal {normal.shape}")
    # How far each point sits above the hyperplane, in units of the normal.
    excess = (x @ normal - offset) / norm_sq
    return x - np.multiply.outer(excess, normal)
