"""Checks of the arguments of `mlfound.nn`'s softmax functions and `Network`.

Built on `mlfound._checks`; not part of the public API. `as_real_array` applies the
house rule of issue 23 (real numbers only) until `_checks.as_finite_array` does so
itself, and can then be replaced by it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, check_int_in_range

__all__ = [
    "as_binary_targets",
    "as_class_labels",
    "as_layer_sizes",
    "as_real_array",
    "check_choice",
    "check_layers",
]


def as_real_array(
    x: Any, name: str, *, ndim: int | tuple[int, ...] | None = None
) -> np.ndarray:
    """`as_finite_array` that also refuses bool, complex, object and text arrays.

    The house rule of issue 23 (real numbers only). Delete this once
    `_checks.as_finite_array` applies the rule itself.

    >>> as_real_array([True, False], "Z")
    Traceback (most recent call last):
        ...
    TypeError: Z must be real numbers (int or float): got bool array of shape (2,)
    """
    try:
        kind = np.asarray(x).dtype.kind
    except ValueError:  # ragged nested lists: as_finite_array names the parameter
        kind = "f"
    if kind not in "iuf":
        dtype = np.asarray(x).dtype
        raise TypeError(
            f"{name} must be real numbers (int or float): got {dtype} array of shape "
            f"{np.shape(x)}"
        )
    return as_finite_array(x, name, ndim=ndim)


def as_class_labels(y: Any, name: str, n: int, k: int, *, against: str) -> np.ndarray:
    """Check `y` holds n labels from 0, ..., k - 1; return them as an int array.

    >>> as_class_labels([0, 2.0, 1], "y", 3, 3, against="rows of X")
    array([0, 2, 1])
    >>> as_class_labels([0, 3, 0.5], "y", 3, 3, against="rows of X")
    Traceback (most recent call last):
        ...
    ValueError: y must hold class labels 0, ..., 2: bad values [0.5 3. ]
    """
    labels = as_real_array(y, name, ndim=1)
    if labels.shape != (n,):
        raise ValueError(
            f"{name} must hold one label for each of the {n} {against}: "
            f"shape is {labels.shape}"
        )
    bad = labels[(labels != np.round(labels)) | (labels < 0) | (labels > k - 1)]
    if bad.size:
        shown = " ".join(np.array2string(np.unique(bad)[:6]).split())
        raise ValueError(
            f"{name} must hold class labels 0, ..., {k - 1}: bad values {shown}"
        )
    return labels.astype(np.intp)


def as_binary_targets(y: Any, name: str, n: int, k: int) -> np.ndarray:
    """Check `y` holds 0/1 labels of shape (n, k), or (n,) when k = 1; return (n, k).

    >>> as_binary_targets([0, 1, 1], "y", 3, 1).ravel()
    array([0., 1., 1.])
    >>> as_binary_targets([[0, 2]], "y", 1, 2)
    Traceback (most recent call last):
        ...
    ValueError: y must contain only 0 and 1: bad values [2.]
    """
    Y = as_real_array(y, name, ndim=(1, 2))
    Y = Y[:, None] if Y.ndim == 1 and k == 1 else Y  # (n,) means (n, 1)
    if Y.shape != (n, k):
        raise ValueError(f"{name} must have shape ({n}, {k}) to match X: got {Y.shape}")
    bad = Y[(Y != 0) & (Y != 1)]
    if bad.size:
        raise ValueError(
            f"{name} must contain only 0 and 1: bad values {np.unique(bad)}"
        )
    return Y


def as_layer_sizes(layer_sizes: Any, output: str) -> tuple[int, ...]:
    """Check the widths of a network from input to output; return them as a tuple.

    >>> as_layer_sizes([64, 32, 10], "softmax")
    (64, 32, 10)
    >>> as_layer_sizes([64, 1], "softmax")
    Traceback (most recent call last):
        ...
    ValueError: layer_sizes must hold at least 2 widths, the last >= 2 for \
output='softmax': got [64, 1]
    """
    if isinstance(layer_sizes, np.ndarray):
        if layer_sizes.ndim != 1:
            raise ValueError(
                f"layer_sizes must be 1-D: got an array of shape {layer_sizes.shape}"
            )
        layer_sizes = list(layer_sizes)
    if isinstance(layer_sizes, str) or not isinstance(layer_sizes, Sequence):
        raise TypeError(f"layer_sizes must be a list of integers: got {layer_sizes!r}")
    if any(isinstance(size, (list, tuple, np.ndarray)) for size in layer_sizes):
        raise ValueError(
            f"layer_sizes must be a flat list of integers: got {layer_sizes!r}"
        )
    sizes = tuple(
        check_int_in_range(size, f"layer_sizes[{j}]", 1, 2**31)
        for j, size in enumerate(layer_sizes)
    )
    least = 2 if output == "softmax" else 1  # a softmax over one class is always 1
    if len(sizes) < 2 or sizes[-1] < least:
        raise ValueError(
            f"layer_sizes must hold at least 2 widths, the last >= {least} for "
            f"output={output!r}: got {list(sizes)}"
        )
    return sizes


def check_choice(value: Any, name: str, options: Sequence[str]) -> str:
    """Check that `value` is one of the strings `options`; return it.

    >>> check_choice("elu", "activation", ("relu", "tanh"))
    Traceback (most recent call last):
        ...
    ValueError: activation must be one of relu, tanh: got 'elu'
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str: got {type(value).__name__} {value!r}")
    if value not in options:
        raise ValueError(f"{name} must be one of {', '.join(options)}: got {value!r}")
    return value


def check_layers(weights: Any, biases: Any, sizes: tuple[int, ...]) -> None:
    """Check edited parameters: finite arrays of the shapes `sizes` implies.

    >>> check_layers([np.zeros((2, 3))], [np.zeros(2)], (2, 3))
    Traceback (most recent call last):
        ...
    ValueError: biases[0] must be a finite array of shape (3,): got shape (2,)
    """
    for j, (n_in, n_out) in enumerate(itertools.pairwise(sizes)):
        for attr, params, shape in (
            ("weights", weights, (n_in, n_out)),
            ("biases", biases, (n_out,)),
        ):
            got = np.shape(params[j])
            if got != shape or not np.all(np.isfinite(params[j])):
                got = f"shape {got}" if got != shape else "NaN or inf"
                raise ValueError(
                    f"{attr}[{j}] must be a finite array of shape {shape}: got {got}"
                )
