"""scikit-learn's handwritten digits, scaled and split once for every example.

Part of `mlfound.datasets`, which re-exports `digits_split`.
"""

from __future__ import annotations

import numpy as np

from mlfound._checks import check_nonnegative_int

__all__ = ["digits_split"]


def digits_split(*, seed: int = 0) -> tuple[np.ndarray, ...]:
    r"""The 1,797 8x8 digit images, scaled to [0, 1], split 60/20/20 by class.

    Parameters
    ----------
    seed : int, default 0
        `random_state` of the two calls to `sklearn.model_selection.train_test_split`.

    Returns
    -------
    X_train, X_val, X_test : numpy.ndarray, shapes (1077, 64), (360, 64), (360, 64)
        One image per row: the 64 pixel intensities, row by row, divided by 16 (the
        largest intensity) so that every feature lies in [0, 1].
    y_train, y_val, y_test : numpy.ndarray of int, shapes (1077,), (360,), (360,)
        The digit shown, 0 to 9.

    Raises
    ------
    ValueError
        If `seed` is negative.
    TypeError
        If `seed` is not an integer.

    Notes
    -----
    `sklearn.datasets.load_digits` ships with scikit-learn, so nothing is
    downloaded. A fifth of the images is set aside as the test set, then a quarter of
    the rest as the validation set (for choosing when to stop training); both
    splits are stratified, so every set holds each digit in about the same
    proportion as the whole.

    Examples
    --------
    >>> X_train, X_val, X_test, y_train, y_val, y_test = digits_split()
    >>> X_train.shape, X_val.shape, X_test.shape
    ((1077, 64), (360, 64), (360, 64))
    >>> float(X_train.min()), float(X_train.max()), sorted(set(y_test.tolist()))
    (0.0, 1.0, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    >>> len(y_train) + len(y_val) + len(y_test)  # every image used exactly once
    1797
    """
    from sklearn.datasets import load_digits  # here: importing sklearn is slow
    from sklearn.model_selection import train_test_split

    seed = check_nonnegative_int(seed, "seed")
    X, y = load_digits(return_X_y=True)
    X_rest, X_test, y_rest, y_test = train_test_split(
        X / 16.0, y, test_size=0.2, stratify=y, random_state=seed
    )
    X_train, X_val, y_train, y_val = train_test_split(
        X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=seed
    )
    return X_train, X_val, X_test, y_train, y_val, y_test
