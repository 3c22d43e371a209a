"""The data sets the book uses in more than one place, defined once.

Each function returns fresh arrays drawn from `np.random.default_rng(seed)`,
so every example that asks for the same data with the same seed gets the same
numbers, and no example carries its own copy of the recipe.
"""

from __future__ import annotations

import numpy as np

from mlfound._checks import check_nonnegative_int
from mlfound._digits import digits_split

__all__ = ["digits_split", "line_separated"]


def line_separated(n: int = 100, *, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    r"""Points in the plane labelled by the line $x_1 + x_2 = 0$ (chapter 5).

    Parameters
    ----------
    n : int, default 100
        Number of points, >= 1.
    seed : int, default 0
        Seed of `np.random.default_rng`, >= 0.

    Returns
    -------
    X : numpy.ndarray, shape (n, 2)
        Points drawn from the standard normal distribution, one per row.
    y : numpy.ndarray of int, shape (n,)
        1 where $x_1 + x_2 > 0$, else 0: one straight line separates the
        classes exactly.

    Raises
    ------
    ValueError
        If `n` < 1 or `seed` < 0.
    TypeError
        If `n` or `seed` is not an integer.

    Examples
    --------
    >>> X, y = line_separated()
    >>> X.shape, y.shape, int(y.sum())
    ((100, 2), (100,), 50)
    >>> bool(np.all((X.sum(axis=1) > 0) == (y == 1)))
    True
    """
    n = check_nonnegative_int(n, "n")
    if n == 0:
        raise ValueError("n must be >= 1: got 0")
    seed = check_nonnegative_int(seed, "seed")
    X = np.random.default_rng(seed).normal(size=(n, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    return X, y
