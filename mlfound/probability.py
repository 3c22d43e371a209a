"""Probability: Bayes' rule and a conjugate update (chapter 3).

The likelihood says how well each hypothesis predicted the data: Bayes' rule weighs
the prior by it to give the posterior, and maximising it over a model's parameters
fits them. A Beta prior on a coin's bias stays a Beta, so its update is two additions.

This module holds Bayes' rule (`bayes_posterior`, `sequential_posterior`) and the
conjugate update (`beta_bernoulli_posterior`). The likelihoods and the maximum
likelihood estimate (`normal_pdf`, `normal_log_likelihood`, `normal_mle`,
`bernoulli_log_likelihood`, `bernoulli_nll`) live in the private
`mlfound._likelihood` and are documented and imported here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    check_nonnegative_int,
    check_positive,
    short_repr,
)
from mlfound._likelihood import (
    bernoulli_log_likelihood,
    bernoulli_nll,
    normal_log_likelihood,
    normal_mle,
    normal_pdf,
)
from mlfound._multivariate import (
    multivariate_normal_logpdf,
    multivariate_normal_sample,
)
from mlfound._numerics import FLOAT_MAX, exponent_of
from mlfound._values import as_probability_vector

__all__ = [
    "bayes_posterior",
    "bernoulli_log_likelihood",
    "bernoulli_nll",
    "beta_bernoulli_posterior",
    "multivariate_normal_logpdf",
    "multivariate_normal_sample",
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
    TypeError
        If `prior` or `likelihood` is not real numbers.

    Notes
    -----
    $P(H_j \mid D) = P(D \mid H_j) P(H_j) / P(D)$, with evidence
    $P(D) = \sum_k P(D \mid H_k) P(H_k)$. If $P(D) = 0$ the data are impossible
    under every hypothesis the prior allows: there is nothing to update. Only
    ratios of likelihoods matter, so they are divided by a common power of two
    first, and products that would underflow are taken as sums of logs: likelihoods
    as small as 5e-324 (or as large as 1e308) give the exact posterior.

    Examples
    --------
    >>> prior, lik = [0.5, 0.5], [0.5**10, 0.9**10]  # 10 heads: fair or p = 0.9?
    >>> post, joint = bayes_posterior(prior, lik), np.multiply(prior, lik)
    >>> round(float(post[0]), 4), bool(np.allclose(post, joint / joint.sum()))
    (0.0028, True)
    """
    prior = as_probability_vector(prior, "prior")
    lik = _likelihoods(likelihood, "likelihood", 1, prior.size)
    joint = prior * np.ldexp(lik, -exponent_of(lik))  # a common factor cancels
    evidence = joint.sum()
    if evidence >= np.finfo(float).tiny:
        return joint / evidence
    if not np.any((prior > 0) & (lik > 0)):
        raise ValueError(
            "evidence sum(prior * likelihood) is zero (0.0): the data are impossible "
            "under every hypothesis the prior allows"
        )
    # The products underflow (say prior 1e-300 times likelihood 1e-300): use logs.
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.log(lik)
    weights = np.exp(log_joint - log_joint.max())
    return weights / weights.sum()


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
    TypeError
        If `prior` or `likelihoods` is not real numbers.

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
        If `alpha` or `beta` is not > 0, or `heads` or `tails` is negative; if
        `alpha + heads` or `beta + tails` exceeds the float64 range (1.8e308): a
        Beta distribution with an infinite parameter is no distribution.
    TypeError
        If `alpha` or `beta` is not a real number, or `heads` or `tails` is not an
        integer.

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
    return _add(alpha, heads, "alpha", "heads"), _add(beta, tails, "beta", "tails")


def _add(prior: float, count: int, prior_name: str, count_name: str) -> float:
    """prior + count as a float, or a ValueError naming both if it overflows."""
    total = prior + count if count <= FLOAT_MAX else float("inf")
    if total > FLOAT_MAX:
        raise ValueError(
            f"{prior_name} + {count_name} exceeds the float64 range (about 1.8e308): "
            f"got {short_repr(prior)} + {short_repr(count)}"
        )
    return total
