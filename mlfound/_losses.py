"""Activations and losses for binary classification: sigmoid, log-loss, squared error.

The pieces of chapter 5 that are not the network itself: a sigmoid that cannot
overflow, the binary cross-entropy (from probabilities, clipped, or from logits,
exact) and the mean squared error of the pitfall section. This private module
holds part of `mlfound.nn`, which imports and documents every name in `__all__`
here: use `from mlfound.nn import sigmoid`. `logistic` and `logit_loss`, the same
computations without the input checks, serve the network's inner loop.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import as_finite_array
from mlfound._numerics import exponent_of, mean_of, unscale
from mlfound._values import as_binary_labels, as_unit_interval

__all__ = [
    "BCE_EPS",
    "binary_cross_entropy",
    "binary_cross_entropy_from_logits",
    "mean_squared_error",
    "sigmoid",
]

#: The least probability `binary_cross_entropy` lets a model give the observed label.
BCE_EPS = 1e-15


def logistic(z: np.ndarray) -> np.ndarray:
    """The sigmoid of a checked float array (infinities give 0 and 1)."""
    # exp(-|z|) lies in (0, 1], so nothing overflows; for z < 0 use the algebraically
    # equal form e^z / (1 + e^z). Underflow to 0 is the correct limit, not an error.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid(z: Any) -> float | np.ndarray:
    r"""The logistic function, computed without overflow for any finite input.

    Parameters
    ----------
    z : float or array_like, any shape
        Inputs (logits).

    Returns
    -------
    float or numpy.ndarray
        Values in [0, 1]: a float for scalar `z`, else an array of its shape.

    Raises
    ------
    ValueError
        If `z` contains NaN or inf.
    TypeError
        If `z` is not real numbers.

    Notes
    -----
    $\sigma(z) = 1 / (1 + e^{-z}) = e^{z} / (1 + e^{z})$. The first form
    overflows for $z \ll 0$ ($e^{1000}$), the second for $z \gg 0$, so each is used
    where its exponent is $-|z| \le 0$. Then $\sigma(\pm 1000)$ is exactly 1 and 0,
    and $\sigma(-z) = 1 - \sigma(z)$ holds up to rounding.

    Examples
    --------
    >>> sigmoid(0.0), sigmoid(-1000.0), sigmoid(1000.0)
    (0.5, 0.0, 1.0)
    >>> bool(np.isclose(sigmoid(2.0), 1 / (1 + np.exp(-2.0))))
    True
    """
    s = logistic(as_finite_array(z, "z"))
    return float(s) if s.ndim == 0 else s


def _paired(y_true: Any, other: np.ndarray, name: str) -> np.ndarray:
    """Check 0/1 labels against predictions of shape (n,), (n, 1) or (n, k).

    Labels (n,) and predictions (n, 1) describe the same thing; broadcasting them
    would silently build an (n, n) table, so the labels are reshaped instead.
    """
    y = as_binary_labels(y_true, "y_true", ndim=(1, 2))
    if y.ndim == 1 and other.shape == (y.size, 1):
        y = y[:, None]
    if y.shape != other.shape:
        raise ValueError(
            f"y_true and {name} must have the same shape: {y.shape} and {other.shape}"
        )
    return y


def binary_cross_entropy(y_true: Any, p: Any) -> float:
    r"""Mean log-loss of predicted probabilities `p` for 0/1 labels `y_true`.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    p : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Predicted probabilities of a 1, in [0, 1].

    Returns
    -------
    float
        The mean over all entries; finite even where `p` is exactly 0 or 1.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, `p` lies outside [0, 1],
        either holds NaN or inf, or their shapes differ.
    TypeError
        If `y_true` or `p` is not real numbers (labels `True`/`False` included).

    Notes
    -----
    $L = -\frac{1}{n}\sum_i [y_i \log p_i + (1 - y_i)\log(1 - p_i)]$, the mean
    Bernoulli negative log-likelihood (`mlfound.probability.bernoulli_nll`).
    A confident wrong answer ($p_i = 0$, $y_i = 1$) has infinite loss, so the
    probability given to the observed label, $q_i = p_i$ or $1 - p_i$, is clipped
    below at $\epsilon$ = `BCE_EPS` = 1e-15: a sure mistake costs
    $-\log\epsilon \approx 34.54$ instead of inf, and a sure hit costs exactly 0.
    (Clipping `p` to $[\epsilon, 1 - \epsilon]$ instead would be lopsided, since
    $1 - 10^{-15}$ rounds in float64.) From logits,
    `binary_cross_entropy_from_logits` needs no clipping at all.

    Examples
    --------
    >>> y, p = [1, 0, 1], [0.9, 0.2, 0.6]
    >>> round(binary_cross_entropy(y, p), 4)
    0.2798
    >>> by_hand = -(np.log(0.9) + np.log(0.8) + np.log(0.6)) / 3
    >>> bool(np.isclose(binary_cross_entropy(y, p), by_hand))
    True
    >>> round(binary_cross_entropy([1], [0.0]), 2)  # -log(1e-15), not inf
    34.54
    """
    p = as_unit_interval(p, "p", ndim=(1, 2))
    y = _paired(y_true, p, "p")
    q = np.maximum(np.where(y == 1, p, 1.0 - p), BCE_EPS)  # P(observed label)
    return float(0.0 - np.mean(np.log(q)))


def binary_cross_entropy_from_logits(y_true: Any, z: Any) -> float:
    r"""Mean log-loss computed from logits `z`, stable for any finite `z`.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    z : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Logits: the predicted probability of a 1 is $\sigma(z)$.

    Returns
    -------
    float
        The mean over all entries of $-\log \sigma(z)$ (label 1) or
        $-\log(1 - \sigma(z))$ (label 0); exact, no clipping.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, either holds NaN or inf, or
        their shapes differ.
    TypeError
        If `y_true` or `z` is not real numbers.

    Notes
    -----
    $-\log\sigma(z) = \log(1 + e^{-z})$ and $-\log(1 - \sigma(z)) = \log(1 + e^{z})$,
    so with $s = 2y - 1$ the loss is $\frac{1}{n}\sum_i \log(1 + e^{-s_i z_i})$,
    evaluated as `np.logaddexp(0, -s * z)` without forming $e^{1000}$; the mean is
    taken in units of a power of two, so logits near 1.8e308 give a finite loss.

    Examples
    --------
    >>> z = np.array([2.0, -1.0, 0.5])
    >>> loss = binary_cross_entropy_from_logits([1, 0, 1], z)
    >>> bool(np.isclose(loss, binary_cross_entropy([1, 0, 1], sigmoid(z))))
    True
    >>> binary_cross_entropy_from_logits([1, 0], [-1000.0, 1000.0])
    1000.0
    """
    z = as_finite_array(z, "z", ndim=(1, 2))
    return logit_loss(_paired(y_true, z, "z"), z)


def logit_loss(y: np.ndarray, z: np.ndarray) -> float:
    """Mean log(1 + exp(-s z)) for checked 0/1 labels `y` and logits `z`."""
    # s = +1 for a label 1 and -1 for a label 0; each term is at most |z| + log 2, so
    # the mean is finite, but their sum may not be: mean_of scales before summing.
    return float(mean_of(np.logaddexp(0.0, -(2.0 * y - 1.0) * z)))


def mean_squared_error(y_true: Any, p: Any) -> float:
    r"""Mean squared difference between labels and predictions.

    Parameters
    ----------
    y_true : array_like, shape (n,) or (n, k)
        Labels, each 0 or 1.
    p : array_like, shape of `y_true` (or (n, 1) for labels of shape (n,))
        Predictions, finite.

    Returns
    -------
    float
        $\frac{1}{n}\sum_i (p_i - y_i)^2$, averaged over all entries.

    Raises
    ------
    ValueError
        If `y_true` holds values other than 0 and 1, either holds NaN or inf, or
        their shapes differ; if the mean squared error exceeds the float64 range
        (predictions more than about 1e154 from the labels).
    TypeError
        If `y_true` or `p` is not real numbers.

    Notes
    -----
    With a sigmoid output $p = \sigma(z)$ the gradient of this loss is
    $\frac{2}{n}(p - y)\,p(1 - p)$ per logit, not the $\frac{1}{n}(p - y)$ of
    cross-entropy: reporting one loss while descending the other's gradient is
    the pitfall of chapter 5.

    Examples
    --------
    >>> mean_squared_error([1, 0], [0.75, 0.5])
    0.15625
    >>> (0.25**2 + 0.5**2) / 2
    0.15625
    """
    p = as_finite_array(p, "p", ndim=(1, 2))
    y = _paired(y_true, p, "p")
    error = p - y  # cannot overflow: |y| <= 1
    k = exponent_of(error)  # but its square can: square it in units of 2**k
    mse = unscale(
        np.mean(np.ldexp(error, -k) ** 2), 2 * k, "p", "the mean squared error"
    )
    return float(mse)
