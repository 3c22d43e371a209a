"""Entropy of distributions: entropy, cross-entropy, KL divergence, binary entropy.

Entropy is the average surprise $-\\log p$ of an outcome; with $\\log_2$ it counts the
yes/no questions an optimal code needs, in bits. `base` is keyword-only: 2 (default)
for bits, `np.e` for nats (scipy, sklearn); a nat is $1/\\ln 2 \\approx 1.4427$ bits.

This private module holds the measures of one distribution or a pair of them, part
of `mlfound.information`, which imports and documents every name here: use
`from mlfound.information import entropy`. Probabilities as small as 5e-324 are
exact ($p \\log p$ never underflows to a wrong value, and $0 \\log 0 = 0$); a `base`
close to 1 gives large but finite values.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._values import as_probability_vector, as_unit_interval, log_of_base

__all__ = [
    "binary_entropy",
    "cross_entropy",
    "entropy",
    "kl_divergence",
]


def _entr(p: np.ndarray) -> np.ndarray:
    """$-p \\ln p$ elementwise, with the limit $0 \\ln 0 = 0$."""
    safe = np.where(p > 0, p, 1.0)  # log 1 = 0, so zeros contribute exactly 0
    return 0.0 - p * np.log(safe)  # "0.0 -" rather than "-": no -0.0 for p = 1


def _pair(p: Any, q: Any) -> tuple[np.ndarray, np.ndarray]:
    p = as_probability_vector(p, "p")
    q = as_probability_vector(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"p and q must have the same shape: {p.shape} and {q.shape}")
    return p, q


def entropy(p: Any, *, base: float = 2) -> float:
    r"""Shannon entropy of a discrete distribution.

    Parameters
    ----------
    p : array_like, shape (k,)
        Probabilities summing to 1 (within 1e-8); counts are not normalised.
    base : float, default 2
        Base of the logarithm, > 0 and != 1: 2 for bits, `np.e` for nats.

    Returns
    -------
    float
        $H(p)$, between 0 and $\log k$.

    Raises
    ------
    ValueError
        If `p` is not a 1-D probability vector or `base` is not finite, > 0 and != 1.
    TypeError
        If `p` is not real numbers or `base` not a real number.

    Notes
    -----
    $H(p) = -\sum_i p_i \log p_i$, with $0 \log 0 = 0$ (the limit of $x \log x$ as
    $x \to 0$): an impossible outcome adds no uncertainty. Probabilities down to the
    smallest subnormal, 5e-324, add their exact share; nothing overflows, and a
    `base` near 1 only makes the (finite) value large.

    Examples
    --------
    >>> h, q = entropy([0.9, 0.1, 0.0]), np.array([0.9, 0.1])
    >>> entropy([0.5, 0.5]), round(h, 3), bool(np.isclose(h, -np.sum(q * np.log2(q))))
    (1.0, 0.469, True)
    """
    scale = log_of_base(base)
    p = as_probability_vector(p, "p")
    return float(np.sum(_entr(p)) / scale)


def cross_entropy(p: Any, q: Any, *, base: float = 2) -> float:
    r"""Cross-entropy of a model distribution `q` against the true distribution `p`.

    Parameters
    ----------
    p, q : array_like, shape (k,)
        Probability vectors (true and model), each summing to 1.
    base : float, default 2
        Base of the logarithm, > 0 and != 1.

    Returns
    -------
    float
        $H(p, q) \ge H(p)$; `inf` if `q` gives probability 0 to an outcome `p` allows.

    Raises
    ------
    ValueError
        If `p` and `q` are not probability vectors of one shape or `base` is invalid.
    TypeError
        If `p` or `q` is not real numbers or `base` not a real number.

    Notes
    -----
    $H(p, q) = -\sum_i p_i \log q_i = H(p) + D_{KL}(p \,\|\, q)$: the average code
    length when $p$ is coded for $q$; for one-hot $p$, the loss $-\log q_{\text{true}}$.

    Examples
    --------
    >>> p, q = [0.5, 0.5], [0.9, 0.1]
    >>> h = cross_entropy(p, q)
    >>> round(h, 4), bool(np.isclose(h, entropy(p) + kl_divergence(p, q)))
    (1.737, True)
    """
    scale = log_of_base(base)
    p, q = _pair(p, q)
    support = p > 0  # terms with p_i = 0 vanish whatever q_i is
    if np.any(q[support] == 0):
        return float("inf")
    return float(0.0 - np.sum(p[support] * np.log(q[support])) / scale)


def kl_divergence(p: Any, q: Any, *, base: float = 2) -> float:
    r"""Kullback-Leibler divergence $D_{KL}(p \,\|\, q)$ of `q` from `p`.

    Parameters
    ----------
    p, q : array_like, shape (k,)
        Probability vectors, each summing to 1.
    base : float, default 2
        Base of the logarithm, > 0 and != 1.

    Returns
    -------
    float
        $D_{KL}(p \,\|\, q) \ge 0$, zero only when $p = q$; `inf` where $q_i = 0 < p_i$.

    Raises
    ------
    ValueError
        If `p` and `q` are not probability vectors of one shape or `base` is invalid.
    TypeError
        If `p` or `q` is not real numbers or `base` not a real number.

    Notes
    -----
    $D_{KL}(p \,\|\, q) = \sum_i p_i \log(p_i / q_i)$, the extra code length paid
    for coding $p$ with a code built for $q$; not symmetric. Gibbs' inequality makes
    it $\ge 0$; rounding can leave -1e-17 when $q \approx p$, so it is clipped at 0.

    Examples
    --------
    >>> p, q = [0.5, 0.5], [0.9, 0.1]
    >>> round(kl_divergence(p, q), 4), round(kl_divergence(q, p), 4)
    (0.737, 0.531)
    >>> bool(np.isclose(kl_divergence(p, q), 0.5 * np.log2(0.5 / 0.9 * 0.5 / 0.1)))
    True
    """
    scale = log_of_base(base)
    p, q = _pair(p, q)
    support = p > 0
    if np.any(q[support] == 0):
        return float("inf")  # p expects an outcome that q calls impossible
    ps, qs = p[support], q[support]
    return max(0.0, float(np.sum(ps * (np.log(ps) - np.log(qs))) / scale))


def binary_entropy(p: Any, *, base: float = 2) -> float | np.ndarray:
    r"""Entropy of a coin that shows heads with probability `p`, elementwise.

    Parameters
    ----------
    p : float or array_like, any shape
        Probabilities in [0, 1].
    base : float, default 2
        Base of the logarithm, > 0 and != 1.

    Returns
    -------
    float or numpy.ndarray
        A float for scalar `p`, otherwise an array of the shape of `p`.

    Raises
    ------
    ValueError
        If `p` lies outside [0, 1] or is not finite, or `base` is invalid.
    TypeError
        If `p` is not real numbers or `base` not a real number.

    Notes
    -----
    $H_b(p) = -p \log p - (1 - p) \log(1 - p)$: 0 at $p \in \{0, 1\}$, largest
    (1 bit) at $p = 1/2$.

    Examples
    --------
    >>> hb = binary_entropy([0.5, 1.0, 0.1])
    >>> hb[:2].tolist(), bool(np.isclose(hb[2], entropy([0.1, 0.9])))
    ([1.0, 0.0], True)
    """
    scale = log_of_base(base)
    p = as_unit_interval(p, "p")
    h = (_entr(p) + _entr(1 - p)) / scale
    return float(h) if h.ndim == 0 else h
