"""Information theory: entropy, cross-entropy, KL divergence, mutual information.

Entropy is the average surprise $-\\log p$ of an outcome; with $\\log_2$ it counts the
yes/no questions an optimal code needs, in bits. `base` is keyword-only: 2 (default)
for bits, `np.e` for nats (scipy, sklearn); a nat is $1/\\ln 2 \\approx 1.4427$ bits.

This module holds mutual information from paired samples (`joint_table`,
`mutual_information`). The measures of distributions (`entropy`, `cross_entropy`,
`kl_divergence`, `binary_entropy`) live in the private `mlfound._entropies` and are
documented and imported here.

Labels follow one rule: a 1-D sequence of integers or finite floats, of bools, or of
strings, never a mix (`[1, "1"]` would be two labels that print alike).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._conditional import conditional_entropy, gaussian_entropy, joint_entropy
from mlfound._entropies import (
    binary_entropy,
    cross_entropy,
    entropy,
    kl_divergence,
)
from mlfound._values import as_labels, log_of_base

__all__ = [
    "binary_entropy",
    "conditional_entropy",
    "cross_entropy",
    "entropy",
    "gaussian_entropy",
    "joint_entropy",
    "joint_table",
    "kl_divergence",
    "mutual_information",
]


def _labels(x: Any, y: Any) -> tuple[np.ndarray, np.ndarray]:
    """Check two equal-length 1-D label arrays; code each label by its sorted rank."""
    arrays = [as_labels(x, "x"), as_labels(y, "y")]
    if arrays[0].size != arrays[1].size:
        raise ValueError(
            f"x and y must have the same length: got {arrays[0].size} and "
            f"{arrays[1].size}"
        )
    ix, iy = (np.unique(arr, return_inverse=True)[1] for arr in arrays)
    return ix, iy


def joint_table(x: Any, y: Any) -> np.ndarray:
    r"""Contingency table: how often each pair of labels (x_i, y_i) occurs.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        Discrete labels of the same n samples: each a 1-D sequence (list, tuple or
        array) of integers or finite floats, of bools, or of strings.

    Returns
    -------
    numpy.ndarray of int, shape (k_x, k_y)
        Entry (a, b) counts samples with the a-th label of `x` and the b-th of `y`,
        labels in sorted order (as `np.unique(x)` and `np.unique(y)`).

    Raises
    ------
    ValueError
        If `x` or `y` is not 1-D (nested or ragged), is empty or has NaN or inf
        labels, or the lengths differ.
    TypeError
        If a label is bytes, None, complex or another object, or `x` or `y` mixes
        kinds of label (numbers, bools, strings).

    Notes
    -----
    $N_{ab} = \#\{i : x_i = a, y_i = b\}$; divided by $n$ it is the joint
    distribution $p(a, b)$, whose row and column sums are the marginals.

    Examples
    --------
    >>> x, y = [0, 0, 1, 2, 2, 2], ["a", "b", "b", "a", "a", "b"]
    >>> table = joint_table(x, y)
    >>> table.tolist(), table.sum(axis=1).tolist() == np.bincount(x).tolist()
    ([[1, 1], [0, 1], [2, 1]], True)
    """
    ix, iy = _labels(x, y)
    kx, ky = int(ix.max()) + 1, int(iy.max()) + 1
    return np.bincount(ix * ky + iy, minlength=kx * ky).reshape(kx, ky)


def mutual_information(x: Any, y: Any, *, base: float = 2) -> float:
    r"""Mutual information between two discrete variables, from paired samples.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        Discrete labels of the same n samples, as for `joint_table`.
    base : float, default 2
        Base of the logarithm, > 0 and != 1; `np.e` gives the nats of
        `sklearn.metrics.mutual_info_score`.

    Returns
    -------
    float
        $I(X; Y)$ of the empirical joint distribution, in $[0, \min(H(X), H(Y))]$.

    Raises
    ------
    ValueError
        As `joint_table`, or if `base` is not finite, > 0 and != 1.
    TypeError
        As `joint_table`, or if `base` is not a real number.

    Notes
    -----
    $I(X; Y) = \sum_{a,b} p(a, b) \log \frac{p(a, b)}{p(a)p(b)}
    = \sum_{a,b} \frac{N_{ab}}{n} \log \frac{n N_{ab}}{N_a N_b}$ over the non-empty
    cells of the counts $N_{ab}$ (row sums $N_a$, column sums $N_b$); equivalently
    $I = H(X) + H(Y) - H(X, Y)$.

    Examples
    --------
    >>> x, y = [0, 0, 1, 1, 2, 2], [0, 1, 1, 2, 2, 0]
    >>> mi, h_x, h_xy = mutual_information(x, y), entropy([1/3] * 3), entropy([1/6] * 6)
    >>> round(mi, 4), bool(np.isclose(mi, h_x + h_x - h_xy))
    (0.585, True)
    """
    scale = log_of_base(base)
    ix, iy = _labels(x, y)
    n = ix.size
    row_sums, col_sums = np.bincount(ix), np.bincount(iy)
    ky = col_sums.size
    codes = ix.astype(np.int64) * ky + iy  # cell (a, b) as one integer a k_y + b
    if row_sums.size * ky <= 4 * n:
        counts = np.bincount(codes, minlength=row_sums.size * ky)
        cells = np.flatnonzero(counts)
        counts = counts[cells]
    else:  # many labels: a dense table would be mostly empty, so sort the codes
        cells, counts = np.unique(codes, return_counts=True)
    a, b = np.divmod(cells, ky)
    counts = counts.astype(float)
    ratio = n * counts / (row_sums[a].astype(float) * col_sums[b])
    mi = np.sum(counts * np.log(ratio)) / n
    return max(0.0, float(mi) / scale)  # rounding can leave -1e-17 where I = 0
