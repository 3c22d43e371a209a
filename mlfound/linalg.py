r"""Linear algebra for data: covariance, eigenpairs and PCA.

A data matrix `X` holds one sample per row, shape (n, d). Symmetric matrices go to
`np.linalg.eigh` (real eigenvalues, orthonormal eigenvectors); everything else to
`np.linalg.svd`, the most reliable factorisation numpy has.

This module holds `covariance`, `sorted_eigh`, `pca` and its result `PCA`. Low-rank
approximation and projections (`low_rank_approximation`, `project_onto_subspace`,
`project_onto_hyperplane`) live in `mlfound.projections` and are re-exported here.

The triangular factorisations (`solve` and `determinant` by LU, `cholesky`) live in
the private `mlfound._solve`; `gram_schmidt`, `condition_number` and
`pseudo_inverse` in `mlfound._orthogonal`. Both are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlfound._checks import _short, as_finite_array, as_points, check_int_in_range
from mlfound._orthogonal import condition_number, gram_schmidt, pseudo_inverse
from mlfound._solve import cholesky, determinant, solve
from mlfound.projections import (
    low_rank_approximation,
    project_onto_hyperplane,
    project_onto_subspace,
)

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
        X = as_points(X, "X", self.n_features, "the fitted mean")
        return (X - self.mean) @ self.components.T

    def inverse_transform(self, Z: Any) -> np.ndarray:
        r"""Points $\bar x + Z W$: (k,) -> (d,), (n, k) -> (n, d); exact if k = d."""
        Z = as_points(Z, "Z", self.n_components, "the components")
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
    k = check_int_in_range(k, "n_components", 1, d)
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
