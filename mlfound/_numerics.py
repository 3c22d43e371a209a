"""Scaling by powers of two, so that extreme but valid magnitudes do not overflow.

A float64 holds magnitudes from 2.2e-308 (below it, subnormal numbers lose digits
down to 5e-324) to 1.8e308, and squaring halves that range: `1e200 ** 2` overflows
and `1e-200 ** 2` underflows to 0. The functions of `mlfound` that square, multiply
or sum their data first divide it by a power of two $2^k$ that brings its largest
magnitude near 1, compute, and multiply the result by $2^k$ (or $2^{2k}$ for a
square) at the end. A power of two changes only the exponent of a float, so the
scaling itself is exact; and data of ordinary size, between $2^{-300}$ and
$2^{300}$ (about 5e-91 to 2e90), is not scaled at all ($k = 0$), so results there
are bit for bit those of the plain formula.

What a function does when the exact result lies outside the float64 range is part
of its contract, stated in its docstring: a result smaller than 2.2e-308 may come
back as a subnormal number or 0, the way IEEE arithmetic rounds; a result larger
than 1.8e308 raises `ValueError` through `unscale`, never a silent `inf`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["FLOAT_MAX", "exponent_of", "mean_of", "unscale"]

#: The largest float64, about 1.8e308.
FLOAT_MAX = float(np.finfo(float).max)

_LOW, _HIGH = 2.0**-300, 2.0**300


def exponent_of(*arrays: Any) -> int:
    """The k such that dividing by $2^k$ brings the largest magnitude into [0.5, 1).

    Returns 0 when that magnitude is 0 or already lies in $[2^{-300}, 2^{300}]$, so
    ordinary data is never rescaled.

    >>> exponent_of([1.0, -3.0]), exponent_of([1e300]), exponent_of([5e-324])
    (0, 997, -1073)
    >>> x = np.array([1e300, -2e299])
    >>> k = exponent_of(x)
    >>> bool(np.all(np.ldexp(np.ldexp(x, -k), k) == x))  # the scaling is exact
    True
    """
    top = max((float(np.max(np.abs(a), initial=0.0)) for a in arrays), default=0.0)
    if top == 0.0 or _LOW <= top <= _HIGH:
        return 0
    return int(np.frexp(top)[1])


def unscale(value: Any, k: int, name: str, what: str) -> Any:
    """`value` times $2^k$, or a `ValueError` naming `name` if that overflows.

    `what` says which result was too large, for the message. A Python float stays a
    float; an array stays an array.

    >>> unscale(0.75, 4, "X", "its variance")
    12.0
    >>> unscale(np.array([0.75]), 1100, "X", "its variance")
    Traceback (most recent call last):
        ...
    ValueError: X is too large: its variance exceeds the float64 range (about 1.8e308)
    """
    with np.errstate(over="ignore"):
        out = np.ldexp(value, k)
    if not np.all(np.isfinite(out)):
        raise ValueError(
            f"{name} is too large: {what} exceeds the float64 range (about 1.8e308)"
        )
    return float(out) if isinstance(value, float) else out


def mean_of(a: np.ndarray, axis: int | None = None) -> Any:
    """The mean of `a` along `axis`, without overflow in the sum.

    >>> float(mean_of(np.array([1.7e308, 1.7e308])))
    1.7e+308
    """
    k = exponent_of(a)
    return np.ldexp(np.mean(np.ldexp(a, -k), axis=axis), k)
