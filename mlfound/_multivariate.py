r"""The multivariate normal distribution through its Cholesky factor (chapter 3).

A covariance matrix $\Sigma$ that is symmetric positive definite factors as
$\Sigma = L L^\top$ with $L$ lower triangular and a positive diagonal. The factor
does all the work: $\log\det\Sigma = 2\sum_i \log L_{ii}$, the Mahalanobis distance
is the length of $z = L^{-1}(x - \mu)$, found by forward substitution, and
$\mu + L z$ with $z \sim \mathcal{N}(0, I)$ is a draw from $\mathcal{N}(\mu, \Sigma)$.

The factor is taken of the correlation matrix, $\Sigma = D R D$ with
$D = \operatorname{diag}(\sqrt{\Sigma_{ii}})$, so that coordinates of very different
scales neither overflow nor hide a singular matrix. `mlfound.probability`
re-exports both functions.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, check_nonnegative_int
from mlfound._values import as_points

__all__ = ["multivariate_normal_logpdf", "multivariate_normal_sample"]

# A pivot of the correlation matrix's Cholesky factor below this (squared) means a
# coordinate is a linear combination of the others up to rounding: singular.
_SINGULAR = 64 * np.finfo(float).eps


def _factor(mean: Any, cov: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Check `mean` and `cov`; return the mean, the scales D and the factor of R."""
    mean = as_finite_array(mean, "mean", ndim=1)
    d = mean.size
    cov = as_finite_array(cov, "cov", ndim=2)
    if cov.shape != (d, d):
        raise ValueError(
            f"cov must have shape ({d}, {d}) to match mean: shape is {cov.shape}"
        )
    variances = np.diag(cov)
    if np.any(variances <= 0):
        raise ValueError(
            "cov must be symmetric positive definite: its diagonal (the variances) "
            f"must be > 0, got {float(variances.min())!r}"
        )
    scale = np.sqrt(variances)
    with np.errstate(over="ignore"):  # an overflow means |corr| > 1: not definite
        corr = cov / scale[:, None] / scale[None, :]
    if not np.all(np.isfinite(corr)):
        raise ValueError(
            "cov must be symmetric positive definite: a covariance exceeds the "
            "product of the standard deviations by far"
        )
    asymmetry = float(np.max(np.abs(corr - corr.T)))
    if asymmetry > 1e-10:
        raise ValueError(
            "cov must be symmetric positive definite: cov differs from its "
            f"transpose (largest relative gap {asymmetry:.1e})"
        )
    corr = 0.5 * (corr + corr.T)
    try:
        chol = np.linalg.cholesky(corr)
    except np.linalg.LinAlgError:
        raise ValueError(
            "cov must be symmetric positive definite: the Cholesky factorisation "
            "failed (an eigenvalue is zero or negative)"
        ) from None
    if np.min(np.diag(chol)) ** 2 < _SINGULAR:
        raise ValueError(
            "cov must be symmetric positive definite: cov is singular to working "
            "precision (a coordinate is a linear combination of the others)"
        )
    return mean, scale, chol


def _forward_substitution(chol: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Solve `chol @ z = b` for every row of `b`, top row of `chol` first."""
    z = np.empty_like(b)
    for i in range(chol.shape[0]):
        z[:, i] = (b[:, i] - z[:, :i] @ chol[i, :i]) / chol[i, i]
    return z


def multivariate_normal_logpdf(x: Any, mean: Any, cov: Any) -> float | np.ndarray:
    r"""Log-density of the multivariate normal $\mathcal{N}(\mu, \Sigma)$ at `x`.

    Parameters
    ----------
    x : array_like, shape (d,) or (n, d)
        One point or one point per row.
    mean : array_like, shape (d,)
        The mean $\mu$.
    cov : array_like, shape (d, d)
        The covariance $\Sigma$, symmetric positive definite.

    Returns
    -------
    float or numpy.ndarray
        A float for one point, an array of shape (n,) for n points. A point so far
        from the mean that its squared Mahalanobis distance overflows gets `-inf`.

    Raises
    ------
    ValueError
        If `mean` is not 1-D, `cov` is not (d, d), symmetric and positive definite
        (singular to working precision included), `x` does not have d coordinates,
        or any of them holds NaN or inf.
    TypeError
        If an argument is not made of real numbers.

    Notes
    -----
    With $\Sigma = L L^\top$ and $z = L^{-1}(x - \mu)$,

    $\log f(x) = -\frac{1}{2}\left(d \log 2\pi + 2\sum_i \log L_{ii}
    + \lVert z \rVert^2\right)$.

    Neither $\Sigma^{-1}$ nor $\det \Sigma$ is formed: the determinant of a
    500-dimensional covariance easily over- or underflows, its logarithm does not.

    Examples
    --------
    >>> cov = np.array([[2.0, 0.6], [0.6, 1.0]])
    >>> round(multivariate_normal_logpdf([1.0, -1.0], [0.0, 0.0], cov), 4)
    -3.3657
    >>> diff = np.array([1.0, -1.0])  # the same value from the inverse and det
    >>> direct = -0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(cov))
    ...                  + diff @ np.linalg.solve(cov, diff))
    >>> bool(np.isclose(multivariate_normal_logpdf(diff, [0, 0], cov), direct))
    True
    """
    mean, scale, chol = _factor(mean, cov)
    d = mean.size
    points = as_points(x, "x", d, "the mean")
    rows = points.reshape(-1, d)
    with np.errstate(over="ignore", invalid="ignore"):
        # Halve before subtracting: the difference of finite inputs stays finite.
        half = (0.5 * rows - 0.5 * mean) / scale
        z = _forward_substitution(chol, half)  # half of L^{-1}(x - mu)
        top = np.max(np.abs(z), axis=1)
        safe = np.where(top > 0, top, 1.0)
        # ||2 z||^2 / 2 without squaring large numbers first; inf if it overflows
        half_quad = 2.0 * top * top * np.sum((z / safe[:, None]) ** 2, axis=1)
        half_quad = np.where(np.isfinite(half_quad), half_quad, np.inf)
    log_det = 2.0 * np.sum(np.log(scale)) + 2.0 * np.sum(np.log(np.diag(chol)))
    logpdf = -0.5 * (d * np.log(2.0 * np.pi) + log_det) - half_quad
    return float(logpdf[0]) if points.ndim == 1 else logpdf


def multivariate_normal_sample(mean: Any, cov: Any, n: int, *, seed: int) -> np.ndarray:
    r"""Draw n points from $\mathcal{N}(\mu, \Sigma)$ through a Cholesky factor.

    Parameters
    ----------
    mean : array_like, shape (d,)
        The mean $\mu$.
    cov : array_like, shape (d, d)
        The covariance $\Sigma$, symmetric positive definite.
    n : int
        Number of points, >= 0.
    seed : int
        Seed of `np.random.default_rng`, >= 0.

    Returns
    -------
    numpy.ndarray, shape (n, d)
        One draw per row.

    Raises
    ------
    ValueError
        As for `multivariate_normal_logpdf`, or if `n` or `seed` is negative.
    TypeError
        If `n` or `seed` is not an integer, or `mean` or `cov` not real numbers.

    Notes
    -----
    With $\Sigma = L L^\top$ and $z \sim \mathcal{N}(0, I_d)$, $x = \mu + L z$ has
    mean $\mu$ and covariance $\E[L z z^\top L^\top] = L I L^\top = \Sigma$.
    Row $i$ is `mean + L @ z_i`, with the $z_i$ the rows of
    `np.random.default_rng(seed).standard_normal((n, d))`.

    Examples
    --------
    >>> cov = np.array([[4.0, 1.2], [1.2, 1.0]])
    >>> x = multivariate_normal_sample([1.0, -2.0], cov, 100_000, seed=0)
    >>> x.shape
    (100000, 2)
    >>> bool(np.allclose(np.cov(x.T), cov, atol=0.1))  # 5 standard errors
    True
    >>> z = np.random.default_rng(0).standard_normal((100_000, 2))
    >>> bool(np.allclose(x, [1.0, -2.0] + z @ np.linalg.cholesky(cov).T))
    True
    """
    mean, scale, chol = _factor(mean, cov)
    n = check_nonnegative_int(n, "n")
    seed = check_nonnegative_int(seed, "seed")
    factor = scale[:, None] * chol  # L = D L_R, the Cholesky factor of cov
    z = np.random.default_rng(seed).standard_normal((n, mean.size))
    return mean + z @ factor.T
