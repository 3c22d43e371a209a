"""Input checks shared by every module.

Each check raises a `ValueError` (or `TypeError` for a wrong type) whose message
names the parameter and shows the bad value or shape, so a reader sees at once
which argument was wrong and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = [
    "as_finite_array",
    "as_probability_vector",
    "check_nonnegative_int",
    "check_positive",
]

_PROB_TOL = 1e-8


def _short(value: Any) -> str:
    """A one-line preview of a value for an error message."""
    text = np.array2string(np.asarray(value), threshold=8, edgeitems=2)
    return " ".join(text.split())


def as_finite_array(
    x: Any,
    name: str,
    *,
    ndim: int | Sequence[int] | None = None,
    min_size: int = 1,
) -> np.ndarray:
    """Convert `x` to a float array, checking dimensions and finiteness.

    >>> as_finite_array([1, 2], "x", ndim=1)
    array([1., 2.])
    >>> as_finite_array([[1, 2]], "x", ndim=1)
    Traceback (most recent call last):
        ...
    ValueError: x must be 1-D: shape is (1, 2)
    """
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be numeric array-like: got {x!r}") from error
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            want = " or ".join(f"{d}-D" for d in allowed)
            raise ValueError(f"{name} must be {want}: shape is {arr.shape}")
    if arr.size < min_size:
        raise ValueError(
            f"{name} must have at least {min_size} element(s): shape is {arr.shape}"
        )
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must not contain NaN or inf: got {_short(arr)}")
    return arr


def as_probability_vector(p: Any, name: str) -> np.ndarray:
    """Check that `p` is a 1-D vector of non-negative numbers summing to 1.

    >>> as_probability_vector([0.25, 0.75], "p")
    array([0.25, 0.75])
    >>> as_probability_vector([0.5, 0.6], "p")
    Traceback (most recent call last):
        ...
    ValueError: p must sum to 1 (within 1e-08): sum is 1.1
    """
    arr = as_finite_array(p, name, ndim=1)
    if np.any(arr < 0):
        raise ValueError(f"{name} must be non-negative: got {_short(arr)}")
    total = float(arr.sum())
    if abs(total - 1.0) > _PROB_TOL:
        raise ValueError(
            f"{name} must sum to 1 (within {_PROB_TOL}): sum is {total:.12g}"
        )
    return arr


def check_positive(value: Any, name: str) -> float:
    """Return `value` as a float, or raise if it is not a finite number > 0.

    >>> check_positive(0.1, "learning_rate")
    0.1
    >>> check_positive(0, "learning_rate")
    Traceback (most recent call last):
        ...
    ValueError: learning_rate must be > 0: got 0
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
        raise TypeError(f"{name} must be a number: got {value!r}")
    if not np.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be > 0: got {value!r}")
    return float(value)


def check_nonnegative_int(value: Any, name: str) -> int:
    """Return `value` as an int, or raise if it is not an integer >= 0.

    >>> check_nonnegative_int(3, "n_steps")
    3
    >>> check_nonnegative_int(-1, "n_steps")
    Traceback (most recent call last):
        ...
    ValueError: n_steps must be >= 0: got -1
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer: got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0: got {value!r}")
    return int(value)


# Appended for probability, information and nn: values in [0, 1] and 0/1 labels.
__all__ += ["as_binary_labels", "as_unit_interval"]


def as_unit_interval(
    x: Any, name: str, *, ndim: int | Sequence[int] | None = None
) -> np.ndarray:
    """Convert `x` to a finite float array whose entries all lie in [0, 1].

    >>> as_unit_interval([0.0, 0.5, 1.0], "p")
    array([0. , 0.5, 1. ])
    >>> as_unit_interval([0.5, 1.5, -0.25], "p")
    Traceback (most recent call last):
        ...
    ValueError: p must lie in [0, 1]: bad values [-0.25 1.5 ]
    """
    arr = as_finite_array(x, name, ndim=ndim)
    bad = arr[(arr < 0) | (arr > 1)]
    if bad.size:
        shown = _short(np.unique(bad))
        raise ValueError(f"{name} must lie in [0, 1]: bad values {shown}")
    return arr


def as_binary_labels(
    y: Any, name: str, *, ndim: int | Sequence[int] | None = None
) -> np.ndarray:
    """Convert `y` to a float array of 0/1 labels, or raise naming the bad values.

    >>> as_binary_labels([0, 1, 1], "y")
    array([0., 1., 1.])
    >>> as_binary_labels([0, 2, 1, -1], "y")
    Traceback (most recent call last):
        ...
    ValueError: y must contain only 0 and 1: bad values [-1. 2.]
    """
    arr = as_finite_array(y, name, ndim=ndim)
    bad = arr[(arr != 0) & (arr != 1)]
    if bad.size:
        shown = _short(np.unique(bad))
        raise ValueError(f"{name} must contain only 0 and 1: bad values {shown}")
    return arr


# Appended for linalg and projections: an integer in a range, points of dimension d.
__all__ += ["as_points", "check_int_in_range"]


def check_int_in_range(value: Any, name: str, low: int, high: int) -> int:
    """Check that `value` is an integer with `low <= value <= high`; return it.

    >>> check_int_in_range(2, "rank", 1, 3)
    2
    >>> check_int_in_range(4, "rank", 1, 3)
    Traceback (most recent call last):
        ...
    ValueError: rank must satisfy 1 <= rank <= 3: got 4
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer: got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must satisfy {low} <= {name} <= {high}: got {value}")
    return int(value)


def as_points(x: Any, name: str, d: int, against: str) -> np.ndarray:
    """Check that `x` is one point (d,) or a stack of points (n, d).

    >>> as_points([[1, 2], [3, 4]], "x", 2, "the mean").shape
    (2, 2)
    >>> as_points([1, 2, 3], "x", 2, "the mean")
    Traceback (most recent call last):
        ...
    ValueError: x must have 2 coordinates to match the mean: shape is (3,)
    """
    arr = as_finite_array(x, name, ndim=(1, 2))
    if arr.shape[-1] != d:
        raise ValueError(
            f"{name} must have {d} coordinates to match {against}: shape is {arr.shape}"
        )
    return arr
