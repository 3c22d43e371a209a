"""Checks of values, built on the input rule of `mlfound._checks`.

Each takes the argument and its parameter's name, applies the rule (so a bad type is
a `TypeError` naming the parameter), then checks what the value must satisfy:
probabilities that sum to 1, numbers in [0, 1], 0/1 labels, points of a given
dimension, a logarithm's base; and the rules for labels (`as_labels`), text
(`check_text`) and choices among strings (`check_choice`) stated in
`mlfound._checks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    check_positive,
    describe,
    is_real,
    short_repr,
)
from mlfound._numerics import exponent_of

__all__ = [
    "as_binary_labels",
    "as_labels",
    "as_points",
    "as_probability_vector",
    "as_unit_interval",
    "check_choice",
    "check_text",
    "log_of_base",
]

PROBABILITY_TOLERANCE = 1e-8


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
        raise ValueError(f"{name} must be non-negative: got {short_repr(arr)}")
    # Sum in units of a power of two: entries near 1.8e308 must not overflow.
    k = exponent_of(arr)
    with np.errstate(over="ignore"):
        total = float(np.ldexp(np.ldexp(arr, -k).sum(), k))
    if abs(total - 1.0) > PROBABILITY_TOLERANCE:
        shown = f"{total:.12g}" if np.isfinite(total) else "beyond 1.8e308"
        raise ValueError(
            f"{name} must sum to 1 (within {PROBABILITY_TOLERANCE}): sum is {shown}"
        )
    return arr


def as_unit_interval(
    x: Any, name: str, *, ndim: int | Sequence[int] | None = None
) -> np.ndarray:
    """Convert `x` to a finite float array whose entries all lie in [0, 1].

    >>> as_unit_interval([0.5, 1.5, -0.25], "p")
    Traceback (most recent call last):
        ...
    ValueError: p must lie in [0, 1]: bad values [-0.25 1.5 ]
    """
    arr = as_finite_array(x, name, ndim=ndim)
    bad = arr[(arr < 0) | (arr > 1)]
    if bad.size:
        shown = short_repr(np.unique(bad))
        raise ValueError(f"{name} must lie in [0, 1]: bad values {shown}")
    return arr


def as_binary_labels(
    y: Any, name: str, *, ndim: int | Sequence[int] | None = None
) -> np.ndarray:
    """Convert `y` to a float array of 0/1 labels, or raise naming the bad values.

    Labels are real numbers by the rule: `True` and `False` are a `TypeError`
    (convert with `y.astype(int)`).

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
        shown = short_repr(np.unique(bad))
        raise ValueError(f"{name} must contain only 0 and 1: bad values {shown}")
    return arr


def as_points(x: Any, name: str, d: int, against: str) -> np.ndarray:
    """Check that `x` is one point (d,) or a stack of points (n, d).

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


def log_of_base(base: Any, name: str = "base") -> float:
    """The natural log of a logarithm's `base` (> 0 and != 1), to convert nats.

    >>> round(log_of_base(2), 6), log_of_base(np.e)
    (0.693147, 1.0)
    """
    base = check_positive(base, name)
    if base == 1:
        raise ValueError(f"{name} must be > 0 and != 1: got 1.0 (log 1 = 0)")
    return float(np.log(base))


def _label_kind(item: Any) -> str | None:
    if isinstance(item, str):
        return "str"
    if isinstance(item, (bool, np.bool_)):
        return "bool"  # a kind of its own: True == 1 would merge two labels
    return "number" if is_real(item) and np.ndim(item) == 0 else None


def as_labels(x: Any, name: str) -> np.ndarray:
    """Check 1-D labels of one kind (all numbers, all bools or all `str`).

    >>> as_labels(["a", "b"], "x"), as_labels(np.arange(2) > 0, "y")
    (array(['a', 'b'], dtype='<U1'), array([False,  True]))
    >>> as_labels([1, "1"], "x")
    Traceback (most recent call last):
        ...
    TypeError: x must hold labels of one kind (numbers, bools or str): got int 1, ...
    """
    what = f"{name} must hold int, float, bool or str labels"
    if _label_kind(x) is not None:  # one label, not a sequence of them
        raise ValueError(f"{name} must be 1-D: shape is ()")
    is_array = isinstance(x, np.ndarray) or hasattr(x, "__array__")
    if is_array and np.asarray(x).dtype.kind != "O":
        arr = np.asarray(x)
        if arr.dtype.kind not in "biufU":
            raise TypeError(f"{what}: got {describe(x)}")
    elif isinstance(x, (list, tuple)) or is_array:
        items = np.asarray(x).ravel().tolist() if is_array else list(x)
        kinds: dict[str, Any] = {}
        for item in items:
            if isinstance(item, (list, tuple)) and not is_array:
                try:
                    shape = f"shape is {np.asarray(x).shape}"
                except ValueError:
                    shape = f"got ragged nested sequences {short_repr(x)}"
                raise ValueError(f"{name} must be 1-D: {shape}")
            kind = _label_kind(item)
            if kind is None:
                raise TypeError(f"{what}: got {describe(item)}")
            kinds.setdefault(kind, item)
        if len(kinds) > 1:
            shown = ", ".join(describe(item) for item in kinds.values())
            raise TypeError(
                f"{name} must hold labels of one kind (numbers, bools or str): "
                f"got {shown}"
            )
        arr = np.array(items or [], dtype=None if items else float)
        arr = arr.reshape(np.shape(x) if is_array else (len(items),))
    else:
        raise TypeError(f"{name} must be a 1-D sequence of labels: got {describe(x)}")
    if arr.ndim != 1:
        raise ValueError(f"{name} must be 1-D: shape is {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"{name} must have at least 1 label: shape is (0,)")
    if arr.dtype.kind == "f" and not np.all(np.isfinite(arr)):
        # a NaN label is a missing value, not a class
        raise ValueError(f"{name} must not contain NaN or inf: got {short_repr(arr)}")
    return arr


def check_text(value: Any, name: str) -> str:
    """Return `value` if it is a `str` holding more than spaces."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str: got {describe(value)}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string: got {value!r}")
    return value


def check_choice(value: Any, name: str, choices: Sequence[str]) -> str:
    """Return `value` if it is one of the strings `choices`.

    >>> check_choice("jpg", "fmt", ("svg", "png"))
    Traceback (most recent call last):
        ...
    ValueError: fmt must be "svg" or "png": got 'jpg'
    """
    options = " or ".join(f'"{choice}"' for choice in choices)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be {options}: got {describe(value)}")
    if value not in choices:
        raise ValueError(f"{name} must be {options}: got {value!r}")
    return value
