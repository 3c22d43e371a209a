"""Likelihood: normal densities and log-likelihoods, Bernoulli log-loss, the MLE.

The likelihood says how well a model's parameters predicted the data; maximising it
fits them (chapter 3). This module holds the normal density, the normal
log-likelihood and its maximiser, and the Bernoulli log-likelihood and its mean
negation, the binary cross-entropy. This private module holds part of
`mlfound.probability`, which imports and documents every name here: use
`from mlfound.probability import normal_mle`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_finite_scalar,
    check_positive,
)
from mlfound._numerics import FLOAT_MAX, exponent_of
from mlfound._values import as_binary_labels, as_unit_interval

_LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)
_TINY = np.finfo(float).tiny

__all__ = [
    "bernoulli_log_likelihood",
    "bernoulli_nll",
    "normal_log_likelihood",
    "normal_mle",
    "normal_pdf",
]


def normal_pdf(x: Any, mu: float = 0.0, sigma: float = 1.0) -> float | np.ndarray:
    r"""Density of the normal distribution $N(\mu, \sigma^2)$ at `x`.

    Parameters
    ----------
    x : float or array_like, any shape
        Points at which to evaluate the density.
    mu, sigma : float, default 0.0 and 1.0
        Mean and standard deviation (> 0).

    Returns
    -------
    float or numpy.ndarray
        A float for scalar `x`, otherwise an array of the shape of `x`. Far in the
        tails (`normal_pdf(1e300)`) the density underflows to 0, as it must.

    Raises
    ------
    ValueError
        If `x` or `mu` holds NaN or inf, or `sigma` is not > 0; if the density
        exceeds the float64 range, which needs `sigma` < 2.2e-309: then
        `normal_pdf(0, sigma=5e-324)` would be about 8e322 (use logs, as
        `normal_log_likelihood` does).
    TypeError
        If `x`, `mu` or `sigma` is not real numbers.

    Notes
    -----
    $f(x) = \exp\left(-(x - \mu)^2 / 2\sigma^2\right) / (\sigma\sqrt{2\pi})$,
    computed with $z = (x - \mu) / \sigma$, so nothing is squared before it is
    divided: a $z$ whose square overflows (or an $|x - \mu|$ beyond 1.8e308) gives
    density 0, the value to which the density underflows anyway.

    Examples
    --------
    >>> round(normal_pdf(0.0), 4)  # 1 / sqrt(2 pi)
    0.3989
    >>> bool(np.isclose(normal_pdf(4.0, 3.0, 2.0), normal_pdf(0.5) / 2.0))
    True
    """
    arr = as_finite_array(x, "x")
    mu = as_finite_scalar(mu, "mu")
    sigma = check_positive(sigma, "sigma")
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        z = (arr - mu) / sigma  # inf if x - mu overflowed: redo it in halves
        z = np.where(np.isinf(z), (arr / 2 - mu / 2) / (sigma / 2), z)
        height = sigma * np.sqrt(2 * np.pi)
        if height >= _TINY:  # the peak 1 / height is at most 4.5e307
            density = np.exp(-0.5 * z**2) / height
        else:  # sigma below 8.9e-309: the peak itself may overflow; use logs
            log_density = -0.5 * z**2 - np.log(sigma) - _LOG_SQRT_2PI
            if np.max(log_density) > np.log(FLOAT_MAX):
                top = float(np.max(log_density) / np.log(10))  # log10 of the peak
                raise ValueError(
                    f"sigma is too small: got {sigma!r}, so the density reaches about "
                    f"{10 ** (top % 1):.1f}e+{int(top)}, beyond the float64 range "
                    "(about 1.8e308)"
                )
            density = np.exp(log_density)
    return float(density) if density.ndim == 0 else density


def normal_log_likelihood(data: Any, mu: Any, sigma: Any) -> float | np.ndarray:
    r"""Log-likelihood of i.i.d. data under $N(\mu, \sigma^2)$.

    Parameters
    ----------
    data : array_like, shape (n,)
        The observations.
    mu, sigma : float or array_like
        Mean and standard deviation (> 0). Arrays, broadcast against each other,
        give the log-likelihood on a grid (the surface figure of chapter 3).

    Returns
    -------
    float or numpy.ndarray
        A float for scalar `mu` and `sigma`, else an array of their broadcast shape.

    Raises
    ------
    ValueError
        If `data` is not 1-D or not finite, `mu` is not finite, `sigma` <= 0, or
        `mu` and `sigma` do not broadcast together; if the log-likelihood is below
        -1.8e308 (data about 1e154 standard deviations from `mu`), where the
        likelihood is 0 to any precision but its log is finite.
    TypeError
        If `data`, `mu` or `sigma` is not real numbers.

    Notes
    -----
    $\ell(\mu, \sigma) = -n\log\sigma - \frac{n}{2}\log 2\pi
    - \frac{1}{2}\sum_i \left(\frac{x_i - \mu}{\sigma}\right)^2$. Splitting the sum of
    squares as $\sum_i (x_i - \bar{x})^2 + n(\bar{x} - \mu)^2$ makes a whole grid of
    $(\mu, \sigma)$ cost one pass over the data. The data are divided by a power of
    two and distances taken in units of $\sigma$ before squaring, and
    $\log\sigma$ is never formed as $\log \sigma^2$, so any finite data and any
    $\sigma > 0$ (1e-200 or 1e300) give the exact value.

    Examples
    --------
    >>> data = [2.0, 3.0, 4.5]
    >>> ll = normal_log_likelihood(data, 3.0, 1.5)
    >>> round(ll, 4), bool(np.isclose(ll, np.log(normal_pdf(data, 3.0, 1.5)).sum()))
    (-4.6954, True)
    """
    data = as_finite_array(data, "data", ndim=1)
    mu = as_finite_array(mu, "mu")
    sigma = as_finite_array(sigma, "sigma")
    if np.any(sigma <= 0):
        raise ValueError(f"sigma must be > 0: got {float(sigma.min())}")
    try:
        np.broadcast_shapes(mu.shape, sigma.shape)
    except ValueError:
        raise ValueError(
            f"mu and sigma must broadcast together: shapes {mu.shape} and {sigma.shape}"
        ) from None
    n, k = data.size, exponent_of(data, mu)  # data and mu in units of 2**k
    xs, ms = np.ldexp(data, -k), np.ldexp(mu, -k)
    mean = xs.mean()
    spread = np.sqrt(np.sum((xs - mean) ** 2))  # ||x - mean||, at most 2 sqrt(n)
    with np.errstate(all="ignore"):  # every inf or NaN is resolved or caught below
        unit = np.ldexp(sigma, -k)  # sigma in the same units: inf or 0 is the limit
        # distances in standard deviations; 0 / 0 only where the distance is 0
        d_spread = np.where(spread == 0, 0.0, spread / unit)
        d_mean = np.where(mean == ms, 0.0, np.abs(mean - ms) / unit)
        ll = -n * (np.log(sigma) + _LOG_SQRT_2PI) - 0.5 * (d_spread**2 + n * d_mean**2)
    if not np.all(np.isfinite(ll)):
        raise ValueError(
            "data lie too many standard deviations sigma from mu: the "
            "log-likelihood is below -1.8e308, beyond the float64 range"
        )
    return float(ll) if ll.ndim == 0 else ll


def normal_mle(data: Any) -> tuple[float, float]:
    r"""Maximum-likelihood estimates of the mean and standard deviation.

    Parameters
    ----------
    data : array_like, shape (n,)
        The observations, n >= 1.

    Returns
    -------
    mu : float
        The sample mean.
    sigma : float
        The standard deviation with divisor n (ddof=0), biased low:
        $E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2$.

    Raises
    ------
    ValueError
        If `data` is not 1-D, is empty or holds NaN or inf.
    TypeError
        If `data` is not real numbers.

    Notes
    -----
    Setting the derivatives of the log-likelihood to zero gives
    $\hat\mu = \frac{1}{n}\sum_i x_i$ and
    $\hat\sigma^2 = \frac{1}{n}\sum_i (x_i - \hat\mu)^2$. Both are computed on the
    data divided by a power of two, so they are exact for any finite data:
    `normal_mle([1e308, 1e308])` is `(1e308, 0.0)`.

    Examples
    --------
    >>> x = np.array([1.0, 2.0, 3.0, 6.0])
    >>> mu, sigma = normal_mle(x)
    >>> mu, round(sigma, 4), bool(np.isclose(sigma**2, np.mean((x - mu) ** 2)))
    (3.0, 1.8708, True)
    """
    data = as_finite_array(data, "data", ndim=1)
    k = exponent_of(data)
    xs = np.ldexp(data, -k)
    return float(np.ldexp(xs.mean(), k)), float(np.ldexp(xs.std(ddof=0), k))


def bernoulli_log_likelihood(y: Any, p: Any) -> float:
    r"""Log-likelihood of 0/1 outcomes, given the probability of a 1.

    Parameters
    ----------
    y : array_like, shape (n,)
        Observed outcomes, each 0 or 1.
    p : float or array_like, shape (n,)
        Probability of a 1: one value for all outcomes or one per outcome.

    Returns
    -------
    float
        The log-likelihood, <= 0; `-inf` if an outcome had probability 0.

    Raises
    ------
    ValueError
        If `y` is not 1-D or holds values other than 0 and 1, or `p` lies
        outside [0, 1] or has another length.
    TypeError
        If `y` or `p` is not real numbers (`True`/`False` labels included).

    Notes
    -----
    $\log L = \sum_i [y_i \log p_i + (1 - y_i) \log(1 - p_i)]$. Each outcome keeps
    only the term of what happened, so $0 \log 0$ never arises. For one shared
    $p$ it is largest at $\hat p = \bar{y}$, the fraction of ones.

    Examples
    --------
    >>> ll = bernoulli_log_likelihood([1, 1, 0], 0.7)
    >>> round(ll, 4), bool(np.isclose(ll, np.log(0.7 * 0.7 * 0.3)))
    (-1.9173, True)
    """
    y = as_binary_labels(y, "y", ndim=1)
    p = as_unit_interval(p, "p", ndim=(0, 1))
    if p.ndim == 1 and p.shape != y.shape:
        raise ValueError(f"p must be a scalar or match y: shapes {p.shape}, {y.shape}")
    # the probability the model gave to what actually happened
    p_observed = np.where(y == 1, p, 1 - p)
    with np.errstate(divide="ignore"):  # an outcome it called impossible: -inf
        return float(np.sum(np.log(p_observed)))


def bernoulli_nll(y: Any, p: Any) -> float:
    r"""Mean negative log-likelihood of 0/1 outcomes: the binary cross-entropy.

    Parameters
    ----------
    y, p : array_like, shape (n,)
        As for `bernoulli_log_likelihood`.

    Returns
    -------
    float
        $-\frac{1}{n}\log L$, >= 0; `inf` if an outcome had probability 0.

    Raises
    ------
    ValueError, TypeError
        As for `bernoulli_log_likelihood`.

    Notes
    -----
    $-\frac{1}{n}\sum_i [y_i \log p_i + (1 - y_i)\log(1 - p_i)]$, the loss of chapter
    5: maximising a classifier's likelihood is minimising its cross-entropy. It is
    exact; `mlfound.nn.binary_cross_entropy` clips `p` away from 0 and 1 to stay finite.

    Examples
    --------
    >>> y, p = [1, 0, 1, 1], [0.9, 0.2, 0.6, 0.8]
    >>> nll = bernoulli_nll(y, p)
    >>> round(nll, 4), bool(np.isclose(nll, -bernoulli_log_likelihood(y, p) / 4))
    (0.2656, True)
    """
    y = as_binary_labels(y, "y", ndim=1)
    return -bernoulli_log_likelihood(y, p) / y.size
