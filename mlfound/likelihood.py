"""Likelihood: normal densities and log-likelihoods, Bernoulli log-loss, the MLE.

The likelihood says how well a model's parameters predicted the data; maximising it
fits them (chapter 3). This module holds the normal density, the normal
log-likelihood and its maximiser, and the Bernoulli log-likelihood and its mean
negation, the binary cross-entropy. Bayes' rule and the conjugate update live in
`mlfound.probability`, which also re-exports every name here, so
`from mlfound.probability import normal_mle` keeps working.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_binary_labels,
    as_finite_array,
    as_unit_interval,
    check_positive,
)

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
        A float for scalar `x`, otherwise an array of the shape of `x`.

    Raises
    ------
    ValueError
        If `x` or `mu` holds NaN or inf, or `sigma` is not > 0.

    Notes
    -----
    $f(x) = \exp\left(-(x - \mu)^2 / 2\sigma^2\right) / (\sigma\sqrt{2\pi})$.

    Examples
    --------
    >>> round(normal_pdf(0.0), 4)  # 1 / sqrt(2 pi)
    0.3989
    >>> bool(np.isclose(normal_pdf(4.0, 3.0, 2.0), normal_pdf(0.5) / 2.0))
    True
    """
    arr = as_finite_array(x, "x")
    mu = float(as_finite_array(mu, "mu", ndim=0))
    sigma = check_positive(sigma, "sigma")
    z = (arr - mu) / sigma
    density = np.exp(-0.5 * z**2) / (sigma * np.sqrt(2 * np.pi))
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
        If `data` is not 1-D or not finite, `mu` is not finite, or `sigma` <= 0.

    Notes
    -----
    $\ell(\mu, \sigma) = -\frac{n}{2}\log(2\pi\sigma^2)
    - \frac{1}{2\sigma^2}\sum_i (x_i - \mu)^2$. Splitting the sum of squares as
    $\sum_i (x_i - \bar{x})^2 + n(\bar{x} - \mu)^2$ makes a whole grid of
    $(\mu, \sigma)$ cost one pass over the data.

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
    n, mean = data.size, data.mean()
    squares = np.sum((data - mean) ** 2) + n * (mean - mu) ** 2
    ll = -0.5 * n * np.log(2 * np.pi * sigma**2) - squares / (2 * sigma**2)
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

    Notes
    -----
    Setting the derivatives of the log-likelihood to zero gives
    $\hat\mu = \frac{1}{n}\sum_i x_i$ and
    $\hat\sigma^2 = \frac{1}{n}\sum_i (x_i - \hat\mu)^2$.

    Examples
    --------
    >>> x = np.array([1.0, 2.0, 3.0, 6.0])
    >>> mu, sigma = normal_mle(x)
    >>> mu, round(sigma, 4), bool(np.isclose(sigma**2, np.mean((x - mu) ** 2)))
    (3.0, 1.8708, True)
    """
    data = as_finite_array(data, "data", ndim=1)
    return float(data.mean()), float(data.std(ddof=0))


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
    ValueError
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
