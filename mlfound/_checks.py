"""The input rule of `mlfound`, and the checks that apply it to every public function.

A public function checks its arguments before it computes anything. A bad argument
raises `TypeError` (the wrong kind of object) or `ValueError` (the right kind, but a
bad value, shape or range); the message names the parameter, as a rule first, and
shows what was given: `p must be real numbers (int or float): got str '0.25'`. No other
exception escapes for a bad argument.

**Real numbers**, for data and numeric parameters (`X`, `p`, `mu`, `sigma`, `eps`,
`base`, `learning_rate`, a figure's `width`). Accepted: Python `int` and `float`;
numpy integer and floating scalars (`np.int64(3)`, `np.float32(0.5)`); numpy arrays
of integer or floating dtype, 0-d arrays included; nested lists and tuples of these;
objects that numpy turns into such an array through `__array__`. All are converted
to float64. `TypeError`: `bool` and `numpy.bool_` (also inside a list, and bool
arrays), complex numbers and arrays, object arrays, `str` and `bytes` (even
`"0.25"`), `None`, and anything else (a `dict`, a `range`, a `Decimal`).
`ValueError`: ragged nested lists, a Python `int` beyond the float64 range (about
1.8e308), NaN or inf, the wrong number of dimensions. A scalar parameter is a 0-d
real number, so `[0.1]`, of shape (1,), is a `ValueError`.

**Integers**, for counts, sizes, ranks and seeds: a Python `int` or a numpy integer
(also as a 0-d array); `bool` and floats, even `2.0`, are a `TypeError`.

**Labels**, for `x` and `y` of `joint_table` and `mutual_information`: a 1-D
sequence of labels of one kind: all real numbers (integers or finite floats), all
bools (the two sides of a split) or all `str`. `bytes`, `None`, complex numbers,
other objects and a mix of kinds (`[1, "1"]` holds two labels that print alike,
`[1, True]` two that compare equal) are a `TypeError`; nested or ragged sequences a
`ValueError`. The 0/1 labels of a loss or a likelihood (`y`,
`y_true`) are real numbers equal to 0 or 1, so `True` and `False` are a `TypeError`.

**Callables** (`f`, `grad`) must be callable, and what they return follows the
real-number rule; a bad return value raises an error naming the callable.

**Text and choices** (`title`, `caption`, `fmt`) must be `str` (`TypeError`); an
empty text or an unknown choice is a `ValueError`. **Objects** must be of their
documented class (`fig`: a matplotlib `Figure`), or a `TypeError` names them.

New functions apply the rule with the helpers in `__all__` below, never with their
own `np.asarray(x, dtype=float)`. `mlfound._values` holds the checks built on them:
`as_labels`, `check_text`, `check_choice`, and the checks of values (probability
vectors, 0/1 labels, points, a logarithm's `base`); `mlfound._numerics` holds the
scaling that keeps extreme magnitudes from overflowing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = [
    "as_finite_array",
    "as_finite_scalar",
    "as_returned",
    "check_callable",
    "check_int_in_range",
    "check_nonnegative_int",
    "check_positive",
    "describe",
    "is_real",
    "short_repr",
]

_REAL_KINDS = "iuf"  # numpy dtype kinds: signed and unsigned integers, floats
_RANGE = "must lie within the float64 range (about 1.8e308)"
_MAX = float(np.finfo(float).max)


def short_repr(value: Any, width: int = 60) -> str:
    """A one-line preview of a value for an error message.

    >>> short_repr(np.float64(0.5)), short_repr(10**400), short_repr(np.zeros(20))
    ('0.5', 'an integer of about 10**400', '[0. 0. ... 0. 0.]')
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, np.generic) and value.dtype.kind in "biufc":
        value = value.item()
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > 64:  # the digits of a huge int would fill the screen
            sign, digits = "-" if value < 0 else "", int(value.bit_length() * 0.30103)
            return f"an integer of about {sign}10**{digits}"
        return str(value)
    try:  # a message must never fail: fall back to repr, then to the type's name
        if isinstance(value, (np.ndarray, list, tuple)):
            text = np.array2string(np.asarray(value), threshold=8, edgeitems=2)
        else:
            text = repr(value)
    except Exception:  # a ragged list; an int beyond repr's digit limit
        try:
            text = repr(value)
        except Exception:
            text = f"<{type(value).__name__}>"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def describe(value: Any) -> str:
    """The type and a preview of a value, for a `TypeError` message.

    >>> describe("0.25"), describe(np.True_), describe(np.array([1j]))
    ("str '0.25'", 'numpy.bool True', 'complex128 array of shape (1,): [0.+1.j]')
    """
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return f"{value.dtype} array of shape {value.shape}: {short_repr(value)}"
    prefix = "numpy." if isinstance(value, np.generic) else ""
    return f"{prefix}{type(value).__name__} {short_repr(value)}"


def is_real(v: Any) -> bool:
    """True for one leaf of the real-number rule: a real number or real-dtype array."""
    if isinstance(v, (np.ndarray, np.generic)):
        return v.dtype.kind in _REAL_KINDS
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _first_leaf(seq: list | tuple, bad: Any) -> tuple[bool, Any]:
    """Walk nested lists and tuples in order: (True, leaf) for the first `bad` leaf."""
    stack = [iter(seq)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)) and len(stack) < 32:
                stack.append(iter(item))
                break
            if bad(item):
                return True, item
        else:
            stack.pop()
    return False, None


def _real_array(x: Any, name: str, what: str, verb: str = "be") -> np.ndarray:
    """`x` as a float64 array if it follows the real-number rule (NaN and inf pass)."""
    must = f"{name} must {verb} {what} (int or float)"
    if isinstance(x, (list, tuple)):
        bad, leaf = _first_leaf(x, lambda item: not is_real(item))
        if bad:
            raise TypeError(
                f"{must}: got a {type(x).__name__} holding {describe(leaf)}"
            )
        try:
            arr = np.asarray(x)
        except ValueError:  # numpy's "inhomogeneous shape"
            raise ValueError(
                f"{name} must {verb} a rectangular array: got nested sequences of "
                f"different lengths, {short_repr(x)}"
            ) from None
    elif isinstance(x, int) and not isinstance(x, bool):
        try:  # numpy would hold an int beyond int64 as an object, not a number
            arr = np.asarray(float(x))
        except OverflowError:  # a Python int beyond 1.8e308
            raise ValueError(f"{name} {_RANGE}: got {short_repr(x)}") from None
    elif is_real(x) or (hasattr(x, "__array__") and not isinstance(x, np.generic)):
        arr = np.asarray(x)
        if arr.dtype.kind not in _REAL_KINDS:
            raise TypeError(f"{must}: got {describe(x)}")
    else:
        raise TypeError(f"{must}: got {describe(x)}")
    try:
        with np.errstate(over="ignore"):  # a long double beyond 1.8e308: see below
            out = np.asarray(arr, dtype=float)
    except OverflowError:  # a Python int beyond 1.8e308
        huge = _first_leaf([x], lambda v: isinstance(v, int) and abs(v) > _MAX)[1]
        raise ValueError(f"{name} {_RANGE}: got {short_repr(huge)}") from None
    if arr.dtype.itemsize > 8 and np.any(np.isinf(out) & np.isfinite(arr)):
        raise ValueError(f"{name} {_RANGE}: got {short_repr(arr)}")
    return out


def as_finite_array(
    x: Any,
    name: str,
    *,
    ndim: int | Sequence[int] | None = None,
    min_size: int = 1,
) -> np.ndarray:
    """Convert `x` to a float64 array by the real-number rule; check `ndim` and NaN/inf.

    >>> as_finite_array([1, 2], "x", ndim=1)
    array([1., 2.])
    >>> as_finite_array([[1, 2]], "x", ndim=1)
    Traceback (most recent call last):
        ...
    ValueError: x must be 1-D: shape is (1, 2)
    >>> as_finite_array([0.25, True], "p")
    Traceback (most recent call last):
        ...
    TypeError: p must be real numbers (int or float): got a list holding bool True
    """
    arr = _real_array(x, name, "real numbers")
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
        raise ValueError(f"{name} must not contain NaN or inf: got {short_repr(arr)}")
    return arr


def _real_scalar(value: Any, name: str) -> float:
    arr = _real_array(value, name, "a real number")
    if arr.ndim != 0:
        raise ValueError(f"{name} must be 0-D: shape is {arr.shape}")
    return float(arr)


def as_finite_scalar(value: Any, name: str) -> float:
    """A finite real number (a 0-d array too) as a Python float."""
    number = _real_scalar(value, name)
    if not np.isfinite(number):
        raise ValueError(f"{name} must not contain NaN or inf: got {number}")
    return number


def check_positive(value: Any, name: str) -> float:
    """Return `value` as a float, or raise if it is not a finite real number > 0.

    >>> check_positive(0.1, "learning_rate")
    0.1
    >>> check_positive(0, "learning_rate")
    Traceback (most recent call last):
        ...
    ValueError: learning_rate must be > 0: got 0
    """
    number = _real_scalar(value, name)
    if not np.isfinite(number):
        raise ValueError(f"{name} must be finite and > 0: got {number}")
    if number <= 0:
        raise ValueError(f"{name} must be > 0: got {short_repr(value)}")
    return number


def check_int_in_range(value: Any, name: str, low: int, high: int | None = None) -> int:
    """Check that `value` is an integer with `low <= value` (`<= high`); return it.

    >>> check_int_in_range(4, "rank", 1, 3)
    Traceback (most recent call last):
        ...
    ValueError: rank must satisfy 1 <= rank <= 3: got 4
    >>> check_int_in_range(2.0, "rank", 1, 3)
    Traceback (most recent call last):
        ...
    TypeError: rank must be an integer (int or numpy integer): got float 2.0
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(
            f"{name} must be an integer (int or numpy integer): got {describe(value)}"
        )
    n, shown = int(value), short_repr(value)
    if high is None and n < low:
        raise ValueError(f"{name} must be >= {low}: got {shown}")
    if high is not None and not low <= n <= high:
        raise ValueError(f"{name} must satisfy {low} <= {name} <= {high}: got {shown}")
    return n


def check_nonnegative_int(value: Any, name: str) -> int:
    """Return `value` as an int, or raise if it is not an integer >= 0."""
    return check_int_in_range(value, name, 0)


def check_callable(func: Any, name: str) -> None:
    """Raise `TypeError` naming `name` unless `func` can be called."""
    if not callable(func):
        raise TypeError(f"{name} must be callable: got {describe(func)}")


def as_returned(value: Any, name: str) -> np.ndarray:
    """What the callable `name` returned, as a float64 array (NaN and inf pass).

    >>> as_returned(None, "grad")
    Traceback (most recent call last):
        ...
    TypeError: grad must return real numbers (int or float): got None
    """
    return _real_array(value, name, "real numbers", verb="return")


_MOVED = {"as_binary_labels", "as_points", "as_probability_vector", "as_unit_interval"}


def __getattr__(name: str) -> Any:
    # PEP 562: these checks of values moved to mlfound._values; code written before
    # the move (`from mlfound._checks import as_points`) keeps working.
    if name in _MOVED:
        from mlfound import _values

        return getattr(_values, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
