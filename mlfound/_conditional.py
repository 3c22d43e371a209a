"""Joint and conditional entropy from paired labels; the entropy of a Gaussian.

Re-exported by `mlfound.information`. `joint_entropy` and `conditional_entropy` take
the same two label arrays as `mutual_information`, with the same rules, and measure
the empirical joint distribution of the pairs; together they satisfy the chain rule
$H(X, Y) = H(Y) + H(X \\mid Y)$. `gaussian_entropy` is the differential entropy of a
normal distribution, the largest of all densities with a given covariance.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlfound._checks import as_finite_array
from mlfound._values import as_labels, log_of_base

__all__ = ["conditional_entropy", "gaussian_entropy", "joint_entropy"]

_SYMMETRY_TOL = 1e-10  # on the correlation matrix, whose entries lie in [-1, 1]


def _nats_per_unit(base: Any) -> float:
    """$\\ln$ `base`: divide an entropy in nats by it to get units of `base`."""
    return log_of_base(base)


def _as_labels(labels: Any, name: str) -> np.ndarray:
    """One 1-D array of labels (the labels rule of `_values`), coded 0, 1, ..."""
    arr = as_labels(labels, name)
    if arr.size == 0:
        raise ValueError(f"{name} must have at least 1 label: shape is (0,)")
    return np.unique(arr, return_inverse=True)[1].ravel()


def _pair_counts(x: Any, y: Any) -> tuple[int, np.ndarray, np.ndarray]:
    """Sample size, counts of the non-empty cells (a, b), and the column sum of each."""
    ix, iy = _as_labels(x, "x"), _as_labels(y, "y")
    if ix.size != iy.size:
        raise ValueError(
            f"x and y must have the same length: got {ix.size} and {iy.size}"
        )
    ky = int(iy.max()) + 1
    cells, counts = np.unique(ix.astype(np.int64) * ky + iy, return_counts=True)
    col_sums = np.bincount(iy)[cells % ky]  # N_b for the cell (a, b)
    return ix.size, counts.astype(float), col_sums.astype(float)


def joint_entropy(x: Any, y: Any, *, base: float = 2) -> float:
    r"""Entropy of the pair (X, Y), from paired samples.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        Discrete labels (numbers or strings) of the same n samples.
    base : float, default 2
        Base of the logarithm, > 0 and != 1: 2 for bits, `np.e` for nats.

    Returns
    -------
    float
        $H(X, Y)$ of the empirical joint distribution, between
        $\max(H(X), H(Y))$ and $H(X) + H(Y)$.

    Raises
    ------
    ValueError
        If `x` or `y` is not 1-D, is empty or has NaN labels, the lengths differ,
        or `base` is invalid.
    TypeError
        If the labels are complex, or of kinds that cannot be sorted together.

    Notes
    -----
    $H(X, Y) = -\sum_{a,b} p(a, b) \log p(a, b) = \sum_{a,b} \frac{N_{ab}}{n}
    \log \frac{n}{N_{ab}}$ over the non-empty cells of the counts $N_{ab}$: the
    entropy of the flattened joint table.

    Examples
    --------
    >>> x, y = [0, 0, 1, 1, 2, 2], [0, 1, 1, 1, 0, 0]
    >>> h_xy = joint_entropy(x, y)
    >>> round(h_xy, 4), bool(np.isclose(h_xy, conditional_entropy(x, y) + 1.0))
    (1.9183, True)
    """
    scale = _nats_per_unit(base)
    n, counts, _ = _pair_counts(x, y)
    # every term is >= 0 and a single cell gives log 1 = 0 exactly
    return float(np.sum(counts * np.log(n / counts)) / n / scale)


def conditional_entropy(x: Any, y: Any, *, base: float = 2) -> float:
    r"""Conditional entropy $H(X \mid Y)$: what is left of X once Y is known.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        Discrete labels (numbers or strings) of the same n samples; the result is
        the uncertainty about `x` given `y`.
    base : float, default 2
        Base of the logarithm, > 0 and != 1: 2 for bits, `np.e` for nats.

    Returns
    -------
    float
        $H(X \mid Y)$ of the empirical joint distribution, in $[0, H(X)]$; 0
        exactly when each label of `y` comes with a single label of `x`.

    Raises
    ------
    ValueError
        As `joint_entropy`.
    TypeError
        As `joint_entropy`.

    Notes
    -----
    $H(X \mid Y) = \sum_b p(b) H(X \mid Y = b) = -\sum_{a,b} p(a, b) \log p(a \mid b)
    = \sum_{a,b} \frac{N_{ab}}{n} \log \frac{N_b}{N_{ab}}$, with column sums $N_b$.
    It is computed from this last sum, whose terms are all $\ge 0$, rather than as
    $H(X, Y) - H(Y)$, which can round to $-10^{-16}$. Not symmetric:
    $H(X \mid Y) - H(Y \mid X) = H(X) - H(Y)$.

    Examples
    --------
    >>> x, y = [0, 0, 1, 1, 2, 2], [0, 1, 1, 1, 0, 0]
    >>> h_x_given_y, h_y_given_x = conditional_entropy(x, y), conditional_entropy(y, x)
    >>> round(h_x_given_y, 4), round(h_y_given_x, 4)
    (0.9183, 0.3333)
    >>> bool(np.isclose(joint_entropy(x, y), h_y_given_x + np.log2(3)))
    True
    """
    scale = _nats_per_unit(base)
    n, counts, col_sums = _pair_counts(x, y)
    # N_b / N_ab >= 1, so every term is >= 0
    return float(np.sum(counts * np.log(col_sums / counts)) / n / scale)


def gaussian_entropy(cov: Any, *, base: float = 2) -> float:
    r"""Differential entropy of a normal distribution with covariance `cov`.

    Parameters
    ----------
    cov : array_like, shape (d, d)
        Symmetric positive definite covariance matrix $\Sigma$. One variable with
        variance $\sigma^2$ is `[[sigma**2]]`: a scalar is not accepted, so a
        standard deviation cannot be passed by mistake for a variance.
    base : float, default 2
        Base of the logarithm, > 0 and != 1: 2 for bits, `np.e` for nats (scipy).

    Returns
    -------
    float
        $h(\mathcal{N}(\mu, \Sigma))$, which does not depend on the mean; it can
        be negative (a density narrower than a unit box).

    Raises
    ------
    ValueError
        If `cov` is not a finite square 2-D array, is not symmetric (within 1e-10
        after scaling to a unit diagonal), is not positive definite, or `base` is
        invalid.
    TypeError
        If `cov` does not hold real numbers.

    Notes
    -----
    $h = \frac{1}{2} \log\big((2 \pi e)^d \det \Sigma\big)$. With the
    variances $D = \operatorname{diag}(\Sigma)$, the correlation matrix
    $R = D^{-1/2} \Sigma D^{-1/2} = L L^\top$ (Cholesky) gives
    $\log \det \Sigma = \sum_i \log \Sigma_{ii} + 2 \sum_i \log L_{ii}$: a sum of
    logarithms, which neither overflows nor underflows where $\det \Sigma$ would,
    for any representable matrix.

    Examples
    --------
    >>> h = gaussian_entropy([[1.0]])
    >>> round(h, 4), bool(np.isclose(h, 0.5 * np.log2(2 * np.pi * np.e)))
    (2.0471, True)
    >>> cov = [[4.0, 0.0], [0.0, 0.25]]  # det 1: the same entropy as two N(0, 1)
    >>> bool(np.isclose(gaussian_entropy(cov), 2 * h))
    True
    """
    scale = _nats_per_unit(base)
    try:
        dtype = np.asarray(cov).dtype
    except ValueError:  # ragged nested lists
        raise ValueError(
            "cov must be a (d, d) matrix: its rows differ in length"
        ) from None
    if dtype.kind not in "iuf":  # not bool, complex, strings or objects
        raise TypeError(f"cov must hold real numbers: got dtype {dtype}")
    sigma = as_finite_array(cov, "cov", ndim=2)
    d = sigma.shape[0]
    if sigma.shape != (d, d):
        raise ValueError(f"cov must be a square (d, d) matrix: shape is {sigma.shape}")
    variances = np.diag(sigma)
    if np.any(variances <= 0):
        i = int(np.argmin(variances))
        raise ValueError(
            f"cov must be positive definite: cov[{i}, {i}] = {variances[i]:.3g} "
            "is not > 0"
        )
    # The correlation matrix R = D^-1/2 cov D^-1/2 has a unit diagonal, so nothing
    # in it overflows or underflows, and log det cov = sum log cov_ii + log det R.
    scales = np.sqrt(variances)
    with np.errstate(over="ignore", invalid="ignore"):  # an entry far beyond its
        corr = sigma / scales[:, None] / scales[None, :]  # variances: caught below
        gap = np.abs(corr - corr.T)
    gap[~np.isfinite(gap)] = np.inf
    i, j = np.unravel_index(int(np.argmax(gap)), gap.shape)
    if gap[i, j] > _SYMMETRY_TOL:
        raise ValueError(
            f"cov must be symmetric: cov[{i}, {j}] = {sigma[i, j]:.6g} but "
            f"cov[{j}, {i}] = {sigma[j, i]:.6g}"
        )
    try:
        lower = np.linalg.cholesky((corr + corr.T) / 2)
    except np.linalg.LinAlgError:
        smallest = float(np.linalg.eigvalsh(corr)[0])
        raise ValueError(
            "cov must be positive definite: its correlation matrix has eigenvalue "
            f"{smallest:.3g}"
        ) from None
    log_det = float(np.sum(np.log(variances))) + 2.0 * float(
        np.sum(np.log(np.diag(lower)))
    )
    return float((d * np.log(2 * np.pi * np.e) + log_det) / 2 / scale)
