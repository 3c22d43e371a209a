"""Information theory: entropy, cross-entropy, KL divergence, mutual information.

Entropy is the average surprise $-\\log p$ of an outcome; with $\\log_2$ it counts the
yes/no questions an optimal code needs, in bits. `base` is keyword-only: 2 (default)
for bits, `np.e` for nats (scipy, sklearn); a nat is $1/\\ln 2 \\approx 1.4427$ bits.

This module holds mutual information from paired samples (`joint_table`,
`mutual_information`). The measures of distributions (`entropy`, `cross_entropy`,
`kl_divergence`, `binary_entropy`) live in `mlfound.entropies` and are re-exported
here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import as_finite_array
from mlfound._conditional import conditional_entropy, gaussian_entropy, joint_entropy
from mlfound.entropies import (
    _log_base,
    binary_entropy,
    cross_entropy,
    entropy,
    kl_divergence,
)

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
    arrays = []
    for name, labels in (("x", x), ("y", y)):
        arr = np.asarray(labels)
        if arr.ndim != 1:
            raise ValueError(f"{name} must be 1-D: shape is {arr.shape}")
        if arr.size == 0:
            raise ValueError(f"{name} must have at least 1 label: shape is (0,)")
        if arr.dtype.kind in "fc":
            as_finite_array(arr, name)  # a NaN label is a missing value, not a class
        arrays.append(arr)
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
        Discrete labels (numbers or strings) of the same n samples.

    Returns
    -------
    numpy.ndarray of int, shape (k_x, k_y)
        Entry (a, b) counts samples with the a-th label of `x` and the b-th of `y`,
        labels in sorted order (as `np.unique(x)` and `np.unique(y)`).

    Raises
    ------
    ValueError
        If `x` or `y` is not 1-D, is empty or has NaN labels, or the lengths differ.

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
        Discrete labels (numbers or strings) of the same n samples.
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
        As `joint_table`, or if `base` is invalid.

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
    scale = _log_base(base)
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
