"""Probability: Bayes' rule, likelihoods and a conjugate update (chapter 3).

The likelihood says how well each hypothesis predicted the data: Bayes' rule weighs
the prior by it to give the posterior, and maximising it over a model's parameters
fits them. A Beta prior on a coin's bias stays a Beta, so its update is two additions.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_binary_labels,
    as_finite_array,
    as_probability_vector,
    as_unit_interval,
    check_nonnegative_int,
    check_positive,
)

__all__ = [
    "bayes_posterior",
    "bernoulli_log_likelihood",
    "bernoulli_nll",
    "beta_bernoulli_posterior",
    "normal_log_likelihood",
    "normal_mle",
    "normal_pdf",
    "sequential_posterior",
]


def _likelihoods(value: Any, name: str, ndim: int, n_hypotheses: int) -> np.ndarray:
    """Likelihoods: finite, non-negative, one column per hypothesis."""
    lik = as_finite_array(value, name, ndim=ndim, min_size=0)
    if lik.shape[-1] != n_hypotheses:
        raise ValueError(
            f"{name} must have one entry per hypothesis ({n_hypotheses}): "
            f"shape is {lik.shape}"
        )
    if np.any(lik < 0):
        raise ValueError(f"{name} must be non-negative: got {float(lik.min())}")
    return lik


def bayes_posterior(prior: Any, likelihood: Any) -> np.ndarray:
    r"""Posterior probabilities of h hypotheses after the data (Bayes' rule).

    Parameters
    ----------
    prior : array_like, shape (h,)
        Prior probabilities $P(H_j)$, non-negative and summing to 1.
    likelihood : array_like, shape (h,)
        $P(D \mid H_j)$ for each hypothesis; non-negative, need not sum to 1.

    Returns
    -------
    numpy.ndarray, shape (h,)
        Posterior probabilities $P(H_j \mid D)$, summing to 1.

    Raises
    ------
    ValueError
        If `prior` is not a probability vector, `likelihood` is negative, not
        finite or of another shape, or the evidence is zero.

    Notes
    -----
    $P(H_j \mid D) = P(D \mid H_j) P(H_j) / P(D)$, with evidence
    $P(D) = \sum_k P(D \mid H_k) P(H_k)$. If $P(D) = 0$ the data are impossible
    under every hypothesis the prior allows: there is nothing to update.

    Examples
    --------
    >>> prior, lik = [0.5, 0.5], [0.5**10, 0.9**10]  # 10 heads: fair or p = 0.9?
    >>> post, joint = bayes_posterior(prior, lik), np.multiply(prior, lik)
    >>> round(float(post[0]), 4), bool(np.allclose(post, joint / joint.sum()))
    (0.0028, True)
    """
    prior = as_probability_vector(prior, "prior")
    joint = prior * _likelihoods(likelihood, "likelihood", 1, prior.size)
    evidence = joint.sum()
    if evidence == 0:
        raise ValueError(
            "evidence sum(prior * likelihood) is zero (0.0): the data are impossible "
            "under every hypothesis the prior allows"
        )
    return joint / evidence


def sequential_posterior(prior: Any, likelihoods: Any) -> np.ndarray:
    r"""Posteriors after each of n observations, updating one observation at a time.

    Parameters
    ----------
    prior : array_like, shape (h,)
        Prior probabilities of the h hypotheses, summing to 1.
    likelihoods : array_like, shape (n, h)
        Row t holds $P(x_t \mid H_j)$ for each hypothesis; n may be 0.

    Returns
    -------
    numpy.ndarray, shape (n + 1, h)
        Row 0 is the prior; row t the posterior after the first t observations.

    Raises
    ------
    ValueError
        If `prior` is not a probability vector, `likelihoods` is not 2-D with h
        columns, negative or not finite, or the evidence becomes zero.

    Notes
    -----
    For independent observations yesterday's posterior is today's prior:
    $P(H_j \mid x_{1..t}) \propto P(H_j) \prod_{s \le t} P(x_s \mid H_j)$, summed as
    logs and normalised after factoring out each row's largest term (no 0 / 0).

    Examples
    --------
    >>> steps = sequential_posterior([0.5, 0.5], [[0.5, 0.9]] * 10)
    >>> steps.shape, [round(float(p), 4) for p in steps[:4, 0]]
    ((11, 2), [0.5, 0.3571, 0.2358, 0.1464])
    >>> bool(np.allclose(steps[-1], bayes_posterior([0.5, 0.5], [0.5**10, 0.9**10])))
    True
    """
    prior = as_probability_vector(prior, "prior")
    lik = _likelihoods(likelihoods, "likelihoods", 2, prior.size)
    with np.errstate(divide="ignore"):  # log 0 = -inf: that hypothesis is ruled out
        log_prior, log_lik = np.log(prior), np.log(lik)
    log_joint = np.vstack([log_prior, log_prior + np.cumsum(log_lik, axis=0)])
    top = log_joint.max(axis=1, keepdims=True)
    if np.any(np.isneginf(top)):
        step = int(np.argmax(np.isneginf(top[:, 0])))
        raise ValueError(
            f"evidence is zero after observation {step} of likelihoods: "
            "the data are impossible under every hypothesis"
        )
    weights = np.exp(log_joint - top)
    return weights / weights.sum(axis=1, keepdims=True)


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


def beta_bernoulli_posterior(
    alpha: float, beta: float, heads: int, tails: int
) -> tuple[float, float]:
    r"""Parameters of the Beta posterior of a coin's bias after heads and tails.

    Parameters
    ----------
    alpha, beta : float
        Parameters of the Beta prior, both > 0 (1 and 1 is the uniform prior).
    heads, tails : int
        Observed counts, both >= 0.

    Returns
    -------
    tuple of float
        `(alpha + heads, beta + tails)`.

    Raises
    ------
    ValueError
        If `alpha` or `beta` is not > 0, or `heads` or `tails` is negative.
    TypeError
        If `heads` or `tails` is not an integer.

    Notes
    -----
    $p^{h}(1 - p)^{t} \cdot p^{\alpha - 1}(1 - p)^{\beta - 1}
    = p^{\alpha + h - 1}(1 - p)^{\beta + t - 1}$: the prior is conjugate, so the
    posterior is $\mathrm{Beta}(\alpha + h, \beta + t)$ with mean
    $(\alpha + h) / (\alpha + \beta + h + t)$.

    Examples
    --------
    >>> a, b = beta_bernoulli_posterior(1, 1, heads=10, tails=0)
    >>> a, b, a / (a + b) == (1 + 10) / (1 + 1 + 10 + 0)
    (11.0, 1.0, True)
    """
    alpha, beta = check_positive(alpha, "alpha"), check_positive(beta, "beta")
    heads = check_nonnegative_int(heads, "heads")
    tails = check_nonnegative_int(tails, "tails")
    return alpha + heads, beta + tails
