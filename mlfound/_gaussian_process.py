r"""Gaussian processes: the RBF kernel and the posterior of a regression function.

A Gaussian process is a prior on functions: any finite set of values
$f(\mathbf{x}_1), \dots, f(\mathbf{x}_n)$ is jointly Gaussian with covariance
$k(\mathbf{x}_i, \mathbf{x}_j)$. Conditioning on noisy observations is Gaussian
conditioning, computed through a Cholesky factor of the kernel matrix.

Re-exported by `mlfound.bayes`, where the chapter imports these from.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, check_positive

__all__ = ["gaussian_process_regression", "rbf_kernel"]


def _inputs(value: Any, name: str, d: int | None, against: str) -> np.ndarray:
    """Points as rows of a 2-D array with at least one column (d of them, if given)."""
    arr = as_finite_array(value, name, ndim=2, min_size=0)
    if arr.shape[1] == 0:
        raise ValueError(f"{name} must have at least 1 column: shape is {arr.shape}")
    if d is not None and arr.shape[1] != d:
        raise ValueError(
            f"{name} must have {d} columns to match {against}: shape is {arr.shape}"
        )
    return arr


def _kernel(A: np.ndarray, B: np.ndarray, ell: float, s2: float) -> np.ndarray:
    # Differences first, then scale: (a - b) / ell is exact up to one rounding and
    # never negative once squared. A huge distance overflows to inf, and
    # exp(-inf) = 0 is the right limit, so those warnings are silenced.
    sq = np.zeros((A.shape[0], B.shape[0]))
    with np.errstate(over="ignore", under="ignore"):
        for j in range(A.shape[1]):
            sq += ((A[:, j, None] - B[None, :, j]) / ell) ** 2
        return s2 * np.exp(-0.5 * sq)


def rbf_kernel(A: Any, B: Any, *, length_scale: float, signal_var: float) -> np.ndarray:
    r"""The RBF (squared-exponential) kernel matrix between two sets of points.

    Parameters
    ----------
    A : array_like, shape (n, d)
        Points, one per row.
    B : array_like, shape (m, d)
        Points, one per row, with as many columns as `A`.
    length_scale : float
        $\ell > 0$: the distance over which the function varies.
    signal_var : float
        $s^2 > 0$: the prior variance of each function value.

    Returns
    -------
    ndarray, shape (n, m)
        $K_{ij} = s^2 \exp\bigl(-\lVert \mathbf{a}_i - \mathbf{b}_j \rVert^2 /
        (2\ell^2)\bigr)$.

    Raises
    ------
    ValueError
        If `A` or `B` is not 2-D, they differ in columns, contain NaN or inf, or
        `length_scale` or `signal_var` is not > 0.
    TypeError
        If `length_scale` or `signal_var` is not a real number.

    Notes
    -----
    $k(\mathbf{a}, \mathbf{a}) = s^2$, and $k$ decays with distance: points closer
    than about $\ell$ have strongly correlated values. For any points the matrix
    $k(A, A)$ is symmetric positive semidefinite, but nearby points make it close
    to singular.

    Examples
    --------
    >>> A = np.array([[0.0], [1.0], [3.0]])
    >>> K = rbf_kernel(A, A, length_scale=1.0, signal_var=2.0)
    >>> np.round(K, 4)
    array([[2.    , 1.2131, 0.0222],
           [1.2131, 2.    , 0.2707],
           [0.0222, 0.2707, 2.    ]])
    >>> bool(np.isclose(K[0, 1], 2.0 * np.exp(-0.5)))  # distance 1 = length scale
    True
    """
    A = _inputs(A, "A", None, "")
    B = _inputs(B, "B", A.shape[1], "A")
    length_scale = check_positive(length_scale, "length_scale")
    signal_var = check_positive(signal_var, "signal_var")
    return _kernel(A, B, length_scale, signal_var)


def gaussian_process_regression(
    X: Any,
    y: Any,
    X_new: Any,
    *,
    length_scale: float,
    signal_var: float,
    noise_var: float,
) -> tuple[np.ndarray, np.ndarray]:
    r"""Posterior mean and variance of a function with an RBF Gaussian-process prior.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Training inputs, one per row (n may be 0: then the result is the prior).
    y : array_like, shape (n,)
        Noisy observations $y_i = f(\mathbf{x}_i) + \varepsilon_i$.
    X_new : array_like, shape (m, d)
        Inputs at which to predict $f$.
    length_scale, signal_var : float
        $\ell > 0$ and $s^2 > 0$ of `rbf_kernel`.
    noise_var : float
        Variance $\sigma^2 > 0$ of the noise $\varepsilon_i$. It is added to the
        diagonal of the kernel matrix, which also keeps its Cholesky factorisation
        from failing; for noise-free data use a small value (a "jitter").

    Returns
    -------
    mean : ndarray, shape (m,)
        Posterior mean of $f$ at each row of `X_new`.
    var : ndarray, shape (m,)
        Posterior variance of $f$ there: of the latent function, without the noise
        (add `noise_var` for a new observation).

    Raises
    ------
    ValueError
        If the arrays have the wrong shapes or contain NaN or inf, a parameter is not
        > 0, the kernel matrix plus `noise_var` is not numerically positive definite,
        or the result overflows.
    TypeError
        If a parameter is not a real number.

    Notes
    -----
    With $K = k(X, X) + \sigma^2 I = L L^\top$ and $K_* = k(X, X_*)$:

    $$\boldsymbol{\mu}_* = K_*^\top K^{-1} \mathbf{y}, \qquad
    \operatorname{var}_* = \operatorname{diag} k(X_*, X_*)
    - \operatorname{diag} K_*^\top K^{-1} K_*,$$

    where $K^{-1}\mathbf{y} = L^{-\top}(L^{-1}\mathbf{y})$ and the subtracted term is
    the squared column norm of $V = L^{-1} K_*$. No inverse is formed.

    Examples
    --------
    >>> X, y = np.array([[-1.0], [0.0], [1.0]]), np.array([-0.8, 0.1, 0.9])
    >>> mean, var = gaussian_process_regression(
    ...     X, y, np.array([[0.0], [5.0]]),
    ...     length_scale=1.0, signal_var=1.0, noise_var=0.01)
    >>> np.round(mean, 4), np.round(var, 4)
    (array([0.0987, 0.0003]), array([0.0097, 1.    ]))
    >>> K = rbf_kernel(X, X, length_scale=1.0, signal_var=1.0) + 0.01 * np.eye(3)
    >>> k0 = rbf_kernel(X, [[0.0]], length_scale=1.0, signal_var=1.0)[:, 0]
    >>> bool(np.isclose(mean[0], k0 @ np.linalg.solve(K, y)))
    True
    """
    X = _inputs(X, "X", None, "")
    y = as_finite_array(y, "y", ndim=1, min_size=0)
    if y.shape[0] != X.shape[0]:
        raise ValueError(
            f"y must have one entry per row of X ({X.shape[0]}): shape is {y.shape}"
        )
    X_new = _inputs(X_new, "X_new", X.shape[1], "X")
    length_scale = check_positive(length_scale, "length_scale")
    signal_var = check_positive(signal_var, "signal_var")
    noise_var = check_positive(noise_var, "noise_var")
    K = _kernel(X, X, length_scale, signal_var)
    K[np.diag_indices_from(K)] += noise_var
    try:
        lower = np.linalg.cholesky(K)
    except np.linalg.LinAlgError:
        raise ValueError(
            "the kernel matrix k(X, X) + noise_var * I is not numerically positive "
            f"definite (Cholesky failed): increase noise_var, now {noise_var!r}"
        ) from None
    K_star = _kernel(X, X_new, length_scale, signal_var)
    with np.errstate(all="ignore"):  # overflow is caught just below
        # Two triangular solves give K^{-1} y; one more gives V = L^{-1} K_*.
        alpha = np.linalg.solve(lower.T, np.linalg.solve(lower, y))
        V = np.linalg.solve(lower, K_star)
        mean = K_star.T @ alpha
        # The variance cannot be negative; clip the rounding error of a tiny one.
        var = np.maximum(signal_var - np.sum(V**2, axis=0), 0.0)
    if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(var))):
        raise ValueError("y is too large: the posterior mean overflows; rescale y")
    return mean, var
