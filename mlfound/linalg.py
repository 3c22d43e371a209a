r"""Linear algebra for data: covariance, eigenpairs and PCA.

A data matrix `X` holds one sample per row, shape (n, d). Symmetric matrices go to
`np.linalg.eigh` (real eigenvalues, orthonormal eigenvectors); everything else to
`np.linalg.svd`, the most reliable factorisation numpy has.

This module holds `covariance`, `sorted_eigh`, `pca` and its result `PCA`. Low-rank
approximation and projections (`low_rank_approximation`, `project_onto_subspace`,
`project_onto_hyperplane`) live in the private `mlfound._projections` and are
documented and imported here.

Data of any finite size is accepted: data beyond $2^{\pm 300}$ (about 1e90 or
1e-90) is scaled by a power of two before it is squared, so that
`covariance([[1e150], [-1e150]])` is exact. Where the answer itself exceeds the
float64 range (the variance of data near 1e200 is 1e400), a `ValueError` says so.

The triangular factorisations (`solve` and `determinant` by LU, `cholesky`) live in
the private `mlfound._solve`; `gram_schmidt`, `condition_number` and
`pseudo_inverse` in `mlfound._orthogonal`. Both are imported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, check_int_in_range, short_repr
from mlfound._numerics import exponent_of, unscale
from mlfound._orthogonal import condition_number, gram_schmidt, pseudo_inverse
from mlfound._projections import (
    low_rank_approximation,
    project_onto_hyperplane,
    project_onto_subspace,
)
from mlfound._solve import cholesky, determinant, solve
from mlfound._values import as_points

__all__ = [
    "PCA",
    "cholesky",
    "condition_number",
    "covariance",
    "determinant",
    "gram_schmidt",
    "low_rank_approximation",
    "pca",
    "project_onto_hyperplane",
    "project_onto_subspace",
    "pseudo_inverse",
    "solve",
    "sorted_eigh",
]


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
        If `X` is not 2-D, has fewer than 2 rows, or contains NaN or inf; if an
        entry of the covariance exceeds the float64 range (data spread over more
        than about 1e154).
    TypeError
        If `X` is not real numbers (bool, complex, str, object).

    Notes
    -----
    With the centred matrix $X_c = X - \bar x$, $S = X_c^\top X_c / (n - 1)$. Its rank
    is at most $n - 1$: the $n$ centred rows sum to zero, so they are dependent.
    Entries smaller than about 1e-308 (data spread below 1e-154) underflow towards 0.

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
    k = exponent_of(X)  # S scales with the square of the data: 2**(2k)
    Xs = np.ldexp(X, -k)
    centred = Xs - Xs.mean(axis=0)
    return unscale(centred.T @ centred / (X.shape[0] - 1), 2 * k, "X", "its covariance")


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
        If `S` is not square, not symmetric (to 1e-10 relative), or not finite; if
        an eigenvalue exceeds the float64 range (possible for entries near 1e308).
    TypeError
        If `S` is not real numbers.

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
    k = exponent_of(S)  # eigenvalues scale with S, eigenvectors do not
    Ss = np.ldexp(S, -k)
    asymmetry = float(np.max(np.abs(Ss - Ss.T)))
    if asymmetry > 1e-10 * float(np.max(np.abs(Ss))):
        with np.errstate(over="ignore"):
            largest = float(np.ldexp(asymmetry, k))
        shown = f"{largest:.3g}" if np.isfinite(largest) else "beyond 1.8e308"
        raise ValueError(f"S must be symmetric: largest |S - S.T| is {shown}")
    values, vectors = np.linalg.eigh(Ss)
    values = unscale(values[::-1].copy(), k, "S", "an eigenvalue")
    return values, vectors[:, ::-1].copy()


@dataclass(frozen=True, eq=False, repr=False)
class PCA:
    """A fitted principal component analysis, as returned by `pca(X)`.

    Attributes: `mean` (d,), `components` (k, d) with orthonormal rows in order of
    decreasing variance, `explained_variance` (k,) and `explained_variance_ratio`
    (k,), each component's share of the total variance of all d directions. The
    constructor copies the four arrays read-only; it raises `TypeError` or
    `ValueError` naming a field that is not finite real numbers of those shapes.
    `transform` and `inverse_transform` raise `ValueError` naming `X` or `Z` if a
    result would exceed the float64 range.
    """

    mean: np.ndarray
    components: np.ndarray
    explained_variance: np.ndarray
    explained_variance_ratio: np.ndarray

    n_components = property(lambda self: self.components.shape[0])
    n_features = property(lambda self: self.components.shape[1])

    def __post_init__(self) -> None:
        components = as_finite_array(self.components, "components", ndim=2)
        shapes = {"mean": (components.shape[1],), "components": components.shape}
        shapes["explained_variance"] = (components.shape[0],)
        shapes["explained_variance_ratio"] = (components.shape[0],)
        for name, shape in shapes.items():
            array = as_finite_array(getattr(self, name), name).copy()
            if array.shape != shape:
                raise ValueError(
                    f"{name} must have shape {shape} to match components "
                    f"{components.shape}: shape is {array.shape}"
                )
            array.setflags(write=False)  # frozen means the arrays too
            object.__setattr__(self, name, array)

    def transform(self, X: Any) -> np.ndarray:
        r"""Coordinates $Z = (X - \bar x) W^\top$: (d,) -> (k,), (n, d) -> (n, k)."""
        X = as_points(X, "X", self.n_features, "the fitted mean")
        k = exponent_of(X, self.mean)  # X - mean may overflow near 1.8e308
        centred = np.ldexp(X, -k) - np.ldexp(self.mean, -k)
        return unscale(centred @ self.components.T, k, "X", "a coordinate")

    def inverse_transform(self, Z: Any) -> np.ndarray:
        r"""Points $\bar x + Z W$: (k,) -> (d,), (n, k) -> (n, d); exact if k = d."""
        Z = as_points(Z, "Z", self.n_components, "the components")
        k = exponent_of(Z, self.mean)
        points = np.ldexp(self.mean, -k) + np.ldexp(Z, -k) @ self.components
        return unscale(points, k, "Z", "a point")

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
        `n_components` is out of range; if the variance along the first component
        exceeds the float64 range (data spread over more than about 1e154).
    TypeError
        If `X` is not real numbers or `n_components` is not an integer.

    Notes
    -----
    With $S = V \Lambda V^\top$ and $\lambda_1 \ge \dots \ge \lambda_d \ge 0$, the
    component $v_i$ is the direction of largest variance orthogonal to
    $v_1, \dots, v_{i-1}$; the variance along it is $\lambda_i$, its share
    $\lambda_i / \operatorname{tr} S$. An eigenvector is defined only up to sign,
    so each is flipped to make its entry of largest absolute value positive.
    Components and ratios do not depend on the scale of `X`, so they are computed
    on `X` divided by a power of two; for data spread below about 1e-154 the
    `explained_variance` underflows towards 0 while they stay exact.

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
    k = check_int_in_range(k, "n_components", 1, d)
    e = exponent_of(X)  # work in units of 2**e; variances scale by 2**(2e)
    Xs = np.ldexp(X, -e)
    S = covariance(Xs)
    total = float(np.trace(S))  # the sum of all d eigenvalues
    if total == 0.0:
        raise ValueError(f"X must vary: total variance is 0 for {short_repr(X)}")
    values, vectors = sorted_eigh(S)
    # S is positive semidefinite, so a tiny negative eigenvalue is rounding error.
    values = np.maximum(values[:k], 0.0)
    components = vectors[:, :k].T
    biggest = components[np.arange(k), np.argmax(np.abs(components), axis=1)]
    components = components * np.where(biggest < 0, -1.0, 1.0)[:, None]
    variance = unscale(values, 2 * e, "X", "the variance along a component")
    mean = np.ldexp(Xs.mean(axis=0), e)
    return PCA(mean, components, variance, values / total)
