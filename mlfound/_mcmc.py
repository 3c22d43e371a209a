r"""Sampling without a closed form: random-walk Metropolis-Hastings and diagnostics.

The sampler needs only the log of a density known up to a constant. Its draws are
correlated, so a chain of n draws carries the information of fewer independent
ones: `effective_sample_size` estimates how many, from the `autocorrelation`.

Re-exported by `mlfound.bayes`, where the chapter imports these from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_returned,
    check_nonnegative_int,
    check_positive,
)

__all__ = ["autocorrelation", "effective_sample_size", "metropolis_hastings"]


def _log_value(log_density: Callable[[Any], Any], z: np.ndarray, shape: tuple) -> float:
    """Evaluate the log density at z: one real number, finite or -inf."""
    point = z.reshape(shape)[()] if shape == () else z.reshape(shape).copy()
    with np.errstate(all="ignore"):  # -inf outside the support is allowed
        returned = as_returned(log_density(point), "log_density")
    if returned.shape != ():
        raise ValueError(
            f"log_density must return one number: got shape {returned.shape}"
        )
    value = float(returned)
    if np.isnan(value) or value == np.inf:
        raise ValueError(f"log_density must return a float < inf: got {value}")
    return value


def metropolis_hastings(
    log_density: Callable[[Any], float],
    x0: Any,
    *,
    n_samples: int,
    step_size: float,
    seed: int,
) -> np.ndarray:
    r"""Draw a Markov chain from a density by random-walk Metropolis-Hastings.

    Parameters
    ----------
    log_density : callable
        $\log \pi(\mathbf{x})$ up to an additive constant, for a point shaped like
        `x0` (a float for a scalar `x0`); `-inf` outside the support.
    x0 : float or array_like, shape (d,)
        Starting point, where `log_density` must be finite.
    n_samples : int
        Length of the chain, >= 1; row 0 is `x0`.
    step_size : float
        Standard deviation $\tau > 0$ of the Gaussian proposal.
    seed : int
        Seed of `np.random.default_rng`, >= 0: the same seed gives the same chain.

    Returns
    -------
    ndarray, shape (n_samples, d)
        The chain, burn-in included (d = 1 for a scalar `x0`). A rejected proposal
        repeats the previous row, so the acceptance rate is the fraction of rows
        that differ from the one before.

    Raises
    ------
    ValueError
        If `x0` is not a scalar or 1-D or is not finite, `log_density` is not
        finite at `x0` or returns NaN or inf, `n_samples` < 1 or `step_size` <= 0.
    TypeError
        If `log_density` is not callable or returns something other than a real
        number, or an argument has the wrong type.

    Notes
    -----
    A proposal beyond the float64 range (a step of about 1e308) is rejected:
    no density can be evaluated there.

    From $\mathbf{x}_t$ propose $\mathbf{x}' = \mathbf{x}_t + \tau \mathbf{z}$,
    $\mathbf{z} \sim \mathcal{N}(0, I)$, and accept it with probability
    $\min\bigl(1, \pi(\mathbf{x}') / \pi(\mathbf{x}_t)\bigr)$, else stay. The
    proposal is symmetric, so this ratio satisfies detailed balance and $\pi$ is
    the chain's stationary distribution; the unknown constant cancels.

    Examples
    --------
    >>> chain = metropolis_hastings(lambda x: -0.5 * x**2, 3.0,
    ...                             n_samples=20_000, step_size=2.5, seed=0)
    >>> chain.shape, float(chain[0, 0])
    ((20000, 1), 3.0)
    >>> bool(abs(chain[1000:].mean()) < 0.1 and abs(chain[1000:].var() - 1) < 0.1)
    True
    """
    if not callable(log_density):
        raise TypeError(f"log_density must be callable: got {log_density!r}")
    x = as_finite_array(x0, "x0", ndim=(0, 1))
    n_samples = check_nonnegative_int(n_samples, "n_samples")
    if n_samples < 1:
        raise ValueError(f"n_samples must be >= 1: got {n_samples}")
    step_size = check_positive(step_size, "step_size")
    seed = check_nonnegative_int(seed, "seed")
    shape, current = x.shape, x.ravel().copy()
    log_p = _log_value(log_density, current, shape)
    if log_p == -np.inf:
        raise ValueError("log_density must be finite at x0: got -inf")
    rng = np.random.default_rng(seed)
    # All randomness is drawn up front, so a chain depends on the seed alone.
    with np.errstate(over="ignore"):  # a step beyond the float range: see below
        steps = step_size * rng.standard_normal((n_samples - 1, current.size))
    # 1 - U is uniform on (0, 1], so its log is finite: no log(0).
    log_u = np.log1p(-rng.random(n_samples - 1))
    chain = np.empty((n_samples, current.size))
    chain[0] = current
    for t in range(1, n_samples):
        with np.errstate(over="ignore", invalid="ignore"):
            proposal = current + steps[t - 1]
        if not np.all(np.isfinite(proposal)):
            chain[t] = current  # a point beyond the float range has no density
            continue
        log_q = _log_value(log_density, proposal, shape)
        if log_u[t - 1] < log_q - log_p:  # accept with probability min(1, ratio)
            current, log_p = proposal, log_q
        chain[t] = current
    return chain


def autocorrelation(x: Any, *, max_lag: int | None = None) -> np.ndarray:
    r"""Sample autocorrelation of a sequence at lags 0, 1, ..., `max_lag`.

    Parameters
    ----------
    x : array_like, shape (n,)
        A sequence, such as one coordinate of a chain; n >= 2, not constant.
    max_lag : int, optional
        Largest lag, 0 <= `max_lag` <= n - 1; n - 1 by default.

    Returns
    -------
    ndarray, shape (max_lag + 1,)
        $\rho_0 = 1, \rho_1, \dots$ with values in [-1, 1].

    Raises
    ------
    ValueError
        If `x` is not 1-D with n >= 2 finite values, is constant, or `max_lag` is
        out of range.

    Notes
    -----
    $\rho_k = \sum_{t=1}^{n-k} (x_t - \bar x)(x_{t+k} - \bar x) /
    \sum_{t=1}^{n} (x_t - \bar x)^2$, all lags at once by the FFT of the sequence
    padded with n zeros (so the circular correlation is the ordinary one).

    Examples
    --------
    >>> x = np.array([1.0, 3.0, 2.0, 5.0, 4.0])
    >>> rho = autocorrelation(x, max_lag=2)
    >>> xc = x - x.mean()
    >>> bool(np.allclose(rho, [xc[: 5 - k] @ xc[k:] / (xc @ xc) for k in range(3)]))
    True
    """
    x = as_finite_array(x, "x", ndim=1, min_size=2)
    n = x.shape[0]
    lag = n - 1 if max_lag is None else check_nonnegative_int(max_lag, "max_lag")
    if lag > n - 1:
        raise ValueError(f"max_lag must be <= n - 1 = {n - 1}: got {lag}")
    scale = float(np.max(np.abs(x)))
    centred = x / scale if scale > 0 else x  # scale first: no overflow in squares
    centred = centred - centred.mean()
    if not np.any(centred):
        raise ValueError("x must not be constant: its autocorrelation is undefined")
    spectrum = np.fft.rfft(centred, 2 * n)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), 2 * n)[: lag + 1]
    return np.clip(acov / acov[0], -1.0, 1.0)


def effective_sample_size(chain: Any) -> float | np.ndarray:
    r"""Effective sample size of each coordinate of a Markov chain.

    Parameters
    ----------
    chain : array_like, shape (n,) or (n, d)
        Draws, one per row (burn-in already removed), n >= 4.

    Returns
    -------
    float or ndarray, shape (d,)
        $n / \tau$ per coordinate (a float for a 1-D `chain`). A coordinate that
        never moved carries the information of one draw: its value is 1.0.

    Raises
    ------
    ValueError
        If `chain` is not 1-D or 2-D, has fewer than 4 rows, or contains NaN or inf.

    Notes
    -----
    The integrated autocorrelation time $\tau = 1 + 2\sum_{k \ge 1} \rho_k$ says
    how many correlated draws are worth one independent draw. The noisy tail of
    the sum is cut by Geyer's initial positive sequence: sum the pairs
    $\rho_{2m} + \rho_{2m+1}$ while they are positive, each capped at the one
    before, so $\tau = -1 + 2 \sum_m (\rho_{2m} + \rho_{2m+1})$.

    Examples
    --------
    For an AR(1) sequence $x_t = \phi x_{t-1} + \text{noise}$,
    $\tau = (1 + \phi) / (1 - \phi)$, here 3:

    >>> rng = np.random.default_rng(0)
    >>> x = np.zeros(50_000)
    >>> for t in range(1, x.size):
    ...     x[t] = 0.5 * x[t - 1] + rng.standard_normal()
    >>> bool(abs(effective_sample_size(x) / (x.size / 3) - 1) < 0.1)
    True
    """
    arr = as_finite_array(chain, "chain", ndim=(1, 2))
    if arr.shape[0] < 4:
        raise ValueError(f"chain must have at least 4 rows: shape is {arr.shape}")
    columns = arr.reshape(arr.shape[0], -1)
    n = columns.shape[0]
    ess = np.empty(columns.shape[1])
    for j in range(columns.shape[1]):
        if np.all(columns[:, j] == columns[0, j]):
            ess[j] = 1.0
            continue
        rho = autocorrelation(columns[:, j])
        pairs = rho[: 2 * (n // 2)].reshape(-1, 2).sum(axis=1)
        stop = np.flatnonzero(pairs <= 0)
        pairs = pairs[: stop[0] if stop.size else pairs.size]
        pairs = np.minimum.accumulate(pairs)  # the initial monotone sequence
        tau = max(-1.0 + 2.0 * float(pairs.sum()), 1.0 / n)
        ess[j] = n / tau
    return float(ess[0]) if arr.ndim == 1 else ess
