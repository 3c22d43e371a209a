"""The softmax and the cross-entropy over k classes, both stable for any finite input.

Part of `mlfound.nn`, which re-exports `softmax` and `softmax_cross_entropy`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import check_int_in_range
from mlfound._netchecks import as_class_labels, as_real_array

__all__ = ["softmax", "softmax_cross_entropy"]


def softmax(Z: Any, *, axis: int = -1) -> np.ndarray:
    r"""Turn scores (logits) into probabilities that sum to 1 along `axis`.

    Parameters
    ----------
    Z : array_like, at least 1-D
        Logits, finite. A matrix of shape (n, k) holds one row of k scores per sample.
    axis : int, default -1
        The axis along which the probabilities sum to 1.

    Returns
    -------
    numpy.ndarray
        An array of the shape of `Z`, entries in [0, 1].

    Raises
    ------
    ValueError
        If `Z` is 0-D, empty or holds NaN or inf, or `axis` is out of range.
    TypeError
        If `Z` is not real numbers or `axis` is not an integer.

    Notes
    -----
    $\operatorname{softmax}(z)_j = e^{z_j} / \sum_{c=1}^{k} e^{z_c}$. Adding the same
    number to every $z_c$ multiplies top and bottom by the same factor, so the
    largest score is subtracted first: every exponent is then $\le 0$ and the largest
    term is exactly $e^0 = 1$. Nothing overflows, and the denominator is at least 1.

    Examples
    --------
    >>> p = softmax([1000.0, 1001.0, 1002.0])  # e^1000 alone would overflow
    >>> p.round(4)
    array([0.09  , 0.2447, 0.6652])
    >>> bool(np.allclose(p, softmax([0.0, 1.0, 2.0])))  # shift invariance
    True
    >>> softmax([[0.0, 0.0], [0.0, np.log(3)]]).round(2)  # one row per sample
    array([[0.5 , 0.5 ],
           [0.25, 0.75]])
    """
    Z = as_real_array(Z, "Z")
    if Z.ndim == 0:
        raise ValueError("Z must have at least 1 dimension: shape is ()")
    axis = check_int_in_range(axis, "axis", -Z.ndim, Z.ndim - 1)
    # Z - max <= 0; it can only overflow towards -inf, whose exp is the correct 0
    with np.errstate(over="ignore"):
        E = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return E / E.sum(axis=axis, keepdims=True)


def softmax_cross_entropy(y: Any, logits: Any) -> float:
    r"""Mean negative log-likelihood of class labels `y` under `softmax(logits)`.

    Parameters
    ----------
    y : array_like, shape (n,)
        Class labels, integers $0, \dots, k - 1$ (integral floats are accepted).
    logits : array_like, shape (n, k)
        Scores, finite; row $i$ gives the predicted distribution of sample $i$.

    Returns
    -------
    float
        The mean over the $n$ samples, in nats; 0.0 only for sure correct answers.

    Raises
    ------
    ValueError
        If a label is not one of $0, \dots, k - 1$, the shapes do not match, an input
        holds NaN or inf, or a row's scores span more than the float64 range, so
        that its loss (at least that span) is larger than about 1.8e308.
    TypeError
        If an input is not real numbers.

    Notes
    -----
    With $p_i = \operatorname{softmax}(z_i)$ and $\operatorname{LSE}(z) =
    \log \sum_c e^{z_c}$, the loss of sample $i$ is

    $$-\log p_{i, y_i} = \operatorname{LSE}(z_i) - z_{i, y_i}
    = m_i + \log \sum_c e^{z_{i,c} - m_i} - z_{i, y_i}, \quad m_i = \max_c z_{i,c}.$$

    It is computed in this form, from the logits: the probability $p_{i, y_i}$ is
    never formed, so a confident mistake costs its true (large, finite) loss instead
    of $-\log 0 = \infty$. For $k = 2$ it is the binary cross-entropy of the logit
    $z_{i,2} - z_{i,1}$.

    Examples
    --------
    >>> logits = np.array([[2.0, 0.5, -1.0], [0.0, 3.0, 0.0]])
    >>> loss = softmax_cross_entropy([0, 2], logits)
    >>> round(loss, 4)
    1.6681
    >>> by_hand = -(np.log(softmax(logits)[0, 0]) + np.log(softmax(logits)[1, 2])) / 2
    >>> bool(np.isclose(loss, by_hand))
    True
    >>> softmax_cross_entropy([0], [[0.0, 800.0]])  # softmax gives p = e^-800 = 0.0
    800.0
    """
    logits = as_real_array(logits, "logits", ndim=2)
    n, k = logits.shape
    labels = as_class_labels(y, "y", n, k, against="rows of logits")
    m = logits.max(axis=1)
    with np.errstate(over="ignore"):  # an overflow here is caught just below
        lse = m + np.log(np.exp(logits - m[:, None]).sum(axis=1))
        terms = lse - logits[np.arange(n), labels]  # >= 0, since lse >= m
    if not np.all(np.isfinite(terms)):
        row = int(np.argmax(~np.isfinite(terms)))
        raise ValueError(
            f"logits must span less than the float64 range in each row: the loss of "
            f"row {row} is larger than 1.8e308"
        )
    top = float(terms.max())
    # mean = top * mean(terms / top): the sum of n losses near 1e308 must not overflow
    return top * float(np.mean(terms / top)) if top > 0 else 0.0
