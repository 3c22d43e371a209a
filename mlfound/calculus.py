r"""Calculus for optimisation: numerical derivatives, gradient checks, descent.

Functions map a point `x`, a scalar or a 1-D array of d coordinates, to a float.
Central differences approximate their derivatives to $O(\varepsilon^2)$, to check
hand-derived gradients. Warnings inside the user's function are silenced: a NaN or inf
it returns raises `ValueError` instead (or, in gradient descent, ends the run). What
`f` and `grad` return must be real numbers (a float, an int, a numpy number or a
real array); anything else (`None`, a string, a complex number, a bool) raises an
error that names the callable.

This module holds the derivatives (`numerical_gradient`, `gradient_check`,
`hessian`). `gradient_descent` lives in the private `mlfound._descent` and is
documented and imported here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_returned,
    check_callable,
    check_positive,
    short_repr,
)
from mlfound._descent import gradient_descent
from mlfound._newton import jacobian, newton
from mlfound._numerics import exponent_of

__all__ = [
    "gradient_check",
    "gradient_descent",
    "hessian",
    "jacobian",
    "newton",
    "numerical_gradient",
]

# eps**2 must be a normal float for the Hessian's divisor 4 eps**2: no underflow to 0
# (a ZeroDivisionError) or to digits lost, and no overflow.
_HESSIAN_EPS = (1.5e-154, 6.7e153)


def _as_point(z: np.ndarray, shape: tuple[int, ...]) -> Any:
    """Hand a point to user code: a numpy float for a scalar, else a fresh array."""
    return z.reshape(shape)[()] if shape == () else z.reshape(shape).copy()


def _value(f: Callable[[Any], Any], z: np.ndarray, shape: tuple[int, ...]) -> float:
    """Evaluate f at z and check that the result is one finite number."""
    with np.errstate(all="ignore"):
        value = as_returned(f(_as_point(z, shape)), "f")
    if value.shape != ():
        raise ValueError(f"f must return a scalar: got shape {value.shape}")
    if not np.isfinite(value):
        raise ValueError(f"f must be finite near x: got {value} at {short_repr(z)}")
    return float(value)


def _check_steps(x: np.ndarray, eps: float, reach: float) -> None:
    """Check that the points x +- reach * eps are finite."""
    with np.errstate(over="ignore"):
        finite = np.isfinite(np.abs(x) + reach * eps)
    if not np.all(finite):
        raise ValueError(
            f"eps is too large: x +- {reach:g} eps leaves the float64 range "
            f"(eps = {eps}, x = {short_repr(x)})"
        )


def _quotient(top: float, bottom: float, what: str) -> float:
    """top / bottom, or a ValueError saying `what` overflowed."""
    with np.errstate(over="ignore", invalid="ignore"):
        ratio = np.float64(top) / bottom
    if not np.isfinite(ratio):
        raise ValueError(f"{what} exceeds the float64 range (about 1.8e308)")
    return float(ratio)


def numerical_gradient(
    f: Callable[[Any], float], x: Any, *, eps: float = 1e-6
) -> float | np.ndarray:
    r"""Gradient of a scalar function by central differences.

    Parameters
    ----------
    f : callable
        Scalar function of a point shaped like `x`.
    x : float or array_like, shape (d,)
        The point at which to differentiate.
    eps : float, default 1e-6
        Step size $\varepsilon > 0$.

    Returns
    -------
    float or ndarray, shape (d,)
        The approximate gradient, shaped like `x` (a float for a scalar `x`).

    Raises
    ------
    ValueError
        If `x` is not a scalar or 1-D, or contains NaN or inf; if `eps` <= 0, is
        lost in rounding next to `x` or carries `x` beyond the float64 range; if `f`
        does not return a finite scalar, or its difference quotient exceeds the
        float64 range.
    TypeError
        If `f` is not callable or returns something other than real numbers; if
        `x` or `eps` is not real numbers.

    Notes
    -----
    $\partial f / \partial x_i \approx (f(x + \varepsilon e_i) - f(x - \varepsilon
    e_i)) / 2\varepsilon$: truncation error $O(\varepsilon^2)$ plus rounding error
    about $10^{-16} |f| / \varepsilon$, balanced near $\varepsilon = 10^{-6}$.

    Examples
    --------
    >>> round(numerical_gradient(lambda x: x**2 + 2 * x + 1, 5.0), 4)  # 2x + 2
    12.0
    >>> f = lambda w: w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1]  # grad [2x + y, 4y + x]
    >>> np.allclose(numerical_gradient(f, [3.0, 2.0]), [2 * 3.0 + 2.0, 4 * 2.0 + 3.0])
    True
    """
    check_callable(f, "f")
    x = as_finite_array(x, "x", ndim=(0, 1))
    eps = check_positive(eps, "eps")
    _check_steps(x, eps, 1.0)
    flat = x.ravel()
    gradient = np.empty(flat.size)
    for i in range(flat.size):  # one pair of evaluations per coordinate
        up, down = flat.copy(), flat.copy()
        up[i] += eps
        down[i] -= eps
        with np.errstate(over="ignore"):  # a width beyond 1.8e308: halved below
            width = up[i] - down[i]  # the step actually taken, after rounding
        if width == 0.0:
            raise ValueError(
                f"eps must be large enough to move x: got {eps} at x = {short_repr(x)}"
            )
        f_up, f_down = _value(f, up, x.shape), _value(f, down, x.shape)
        what = "f changes too fast near x: its difference quotient"
        if np.isfinite(f_up - f_down) and np.isfinite(width):
            gradient[i] = _quotient(f_up - f_down, width, what)
        else:  # halving is exact and keeps both differences finite
            gradient[i] = _quotient(
                f_up / 2 - f_down / 2, up[i] / 2 - down[i] / 2, what
            )
    return float(gradient[0]) if x.ndim == 0 else gradient


def gradient_check(
    f: Callable[[Any], float], grad: Callable[[Any], Any], x: Any, *, eps: float = 1e-6
) -> float:
    r"""Largest relative error between an analytic gradient and central differences.

    Parameters
    ----------
    f : callable
        Scalar function of a point shaped like `x`.
    grad : callable
        The gradient of `f` to check; returns an array shaped like `x`.
    x : float or array_like, shape (d,)
        The point at which to compare.
    eps : float, default 1e-6
        Step size of `numerical_gradient`.

    Returns
    -------
    float
        The relative error in Notes; 0.0 if both gradients are zero. Below about 1e-6
        the gradient is almost surely right; a wrong formula typically gives order 1.

    Raises
    ------
    ValueError
        If `grad` returns the wrong shape or non-finite values, or `numerical_gradient`
        raises.
    TypeError
        If `f` or `grad` is not callable or returns something other than real
        numbers, or `x` is not real numbers.

    Notes
    -----
    $\max_i |g_i - \hat g_i| / \max(\|g\|_\infty, \|\hat g\|_\infty)$ for the analytic
    $g$ and numerical $\hat g$. Scaling by the whole gradient, not each entry, keeps
    near-zero entries from turning rounding noise into a large relative error.
    Gradients near 1.8e308 are compared in units of a power of two, without
    overflow.

    Examples
    --------
    >>> sigmoid = lambda z: 1 / (1 + np.exp(-z))
    >>> loss = lambda w: (sigmoid(w * 2.0) - 1) ** 2
    >>> def dloss(w):  # the chain rule, with a = sigmoid(2w)
    ...     a = sigmoid(w * 2.0)
    ...     return 2 * (a - 1) * a * (1 - a) * 2.0
    >>> round(float(dloss(0.5)), 5), round(numerical_gradient(loss, 0.5), 5)
    (-0.21151, -0.21151)
    >>> gradient_check(loss, dloss, 0.5) < 1e-8
    True
    """
    check_callable(grad, "grad")
    x = as_finite_array(x, "x", ndim=(0, 1))
    with np.errstate(all="ignore"):
        analytic = as_returned(grad(_as_point(x, x.shape)), "grad")
    if analytic.shape != x.shape:
        raise ValueError(
            f"grad must return shape {x.shape} like x: got {analytic.shape}"
        )
    if not np.all(np.isfinite(analytic)):
        raise ValueError(f"grad must return finite values: got {short_repr(analytic)}")
    numeric = np.asarray(numerical_gradient(f, x, eps=eps))
    scale = max(float(np.max(np.abs(analytic))), float(np.max(np.abs(numeric))))
    if scale == 0.0:
        return 0.0
    k = exponent_of(scale)  # gradients near 1.8e308: their difference must not overflow
    gap = np.max(np.abs(np.ldexp(analytic, -k) - np.ldexp(numeric, -k)))
    return float(gap / np.ldexp(scale, -k))


def hessian(
    f: Callable[[Any], float], x: Any, *, eps: float = 1e-4
) -> float | np.ndarray:
    r"""Matrix of second derivatives of a scalar function by central differences.

    Parameters
    ----------
    f : callable
        Scalar function of a point shaped like `x`.
    x : float or array_like, shape (d,)
        The point at which to differentiate.
    eps : float, default 1e-4
        Step size $\varepsilon > 0$, larger than for gradients: rounding error now
        grows like $1 / \varepsilon^2$.

    Returns
    -------
    float or ndarray, shape (d, d)
        The symmetric Hessian (a float, $f''(x)$, for a scalar `x`).

    Raises
    ------
    ValueError
        If `x` is not a scalar or 1-D or contains NaN or inf; if `eps` lies outside
        [1.5e-154, 6.7e153] (where $\varepsilon^2$ would underflow to 0 or overflow)
        or is lost in rounding next to `x`; if `f` does not return a finite scalar,
        or a second difference quotient exceeds the float64 range.
    TypeError
        If `f` is not callable or returns something other than real numbers; if
        `x` or `eps` is not real numbers.

    Notes
    -----
    $H_{ij} \approx (f_{++} - f_{+-} - f_{-+} + f_{--}) / 4\varepsilon^2$ with
    $f_{\pm\pm} = f(x \pm \varepsilon e_i \pm \varepsilon e_j)$, exact for quadratics
    up to rounding. Its eigenvalues are the curvatures along its eigenvectors.

    Examples
    --------
    >>> H = hessian(lambda w: w[0] ** 2 + 2 * w[1] ** 2 + w[0] * w[1], [3.0, 2.0])
    >>> np.allclose(H, [[2.0, 1.0], [1.0, 4.0]], atol=1e-6)
    True
    >>> np.round(np.linalg.eigvalsh(H), 4)  # 3 - sqrt(2), 3 + sqrt(2)
    array([1.5858, 4.4142])
    """
    check_callable(f, "f")
    x = as_finite_array(x, "x", ndim=(0, 1))
    eps = check_positive(eps, "eps")
    if not _HESSIAN_EPS[0] <= eps <= _HESSIAN_EPS[1]:
        raise ValueError(
            f"eps must lie in [{_HESSIAN_EPS[0]:g}, {_HESSIAN_EPS[1]:g}] so that "
            f"eps**2 is a normal float: got {eps}"
        )
    _check_steps(x, eps, 2.0)  # a diagonal entry steps 2 eps along one axis
    if np.any(x + eps == x) or np.any(x - eps == x):
        raise ValueError(
            f"eps must be large enough to move x: got {eps} at x = {short_repr(x)}"
        )
    flat, d = x.ravel(), x.size

    def shifted(i: int, j: int, si: float, sj: float) -> float:
        z = flat.copy()
        z[i] += si * eps
        z[j] += sj * eps
        return _value(f, z, x.shape)

    H = np.empty((d, d))
    for i in range(d):  # d(d + 1) / 2 entries, four evaluations each
        for j in range(i, d):
            f_pp, f_pm = shifted(i, j, 1, 1), shifted(i, j, 1, -1)
            f_mm, f_mp = shifted(i, j, -1, -1), shifted(i, j, -1, 1)
            total = f_pp - f_pm
            total += f_mm - f_mp
            what = "f curves too fast near x: its second difference quotient"
            if np.isfinite(total):
                H[i, j] = H[j, i] = _quotient(total, 4 * eps**2, what)
            else:  # quartering is exact and keeps the differences finite
                total = (f_pp / 4 - f_pm / 4) + (f_mm / 4 - f_mp / 4)
                H[i, j] = H[j, i] = _quotient(total, eps**2, what)
    return float(H[0, 0]) if x.ndim == 0 else H
