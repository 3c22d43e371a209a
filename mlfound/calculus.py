r"""Calculus for optimisation: numerical derivatives, gradient checks, descent.

Functions map a point `x`, a scalar or a 1-D array of d coordinates, to a float.
Central differences approximate their derivatives to $O(\varepsilon^2)$, to check
hand-derived gradients. Warnings inside the user's function are silenced: a NaN or inf
it returns raises `ValueError` instead (or, in gradient descent, ends the run).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import (
    _short,
    as_finite_array,
    check_nonnegative_int,
    check_positive,
)
from mlfound._newton import jacobian, newton

__all__ = [
    "gradient_check",
    "gradient_descent",
    "hessian",
    "jacobian",
    "newton",
    "numerical_gradient",
]


def _check_callable(func: Any, name: str) -> None:
    if not callable(func):
        raise TypeError(f"{name} must be callable: got {func!r}")


def _as_point(z: np.ndarray, shape: tuple[int, ...]) -> Any:
    """Hand a point to user code: a numpy float for a scalar, else a fresh array."""
    return z.reshape(shape)[()] if shape == () else z.reshape(shape).copy()


def _value(f: Callable[[Any], Any], z: np.ndarray, shape: tuple[int, ...]) -> float:
    """Evaluate f at z and check that the result is one finite number."""
    with np.errstate(all="ignore"):
        value = np.asarray(f(_as_point(z, shape)), dtype=float)
    if value.shape != ():
        raise ValueError(f"f must return a scalar: got shape {value.shape}")
    if not np.isfinite(value):
        raise ValueError(f"f must be finite near x: got {value} at {_short(z)}")
    return float(value)


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
        If `x` is not a scalar or 1-D, or contains NaN or inf; if `eps` <= 0 or is
        lost in rounding next to `x`; if `f` does not return a finite scalar.

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
    _check_callable(f, "f")
    x = as_finite_array(x, "x", ndim=(0, 1))
    eps = check_positive(eps, "eps")
    flat = x.ravel()
    gradient = np.empty(flat.size)
    for i in range(flat.size):  # one pair of evaluations per coordinate
        up, down = flat.copy(), flat.copy()
        up[i] += eps
        down[i] -= eps
        width = up[i] - down[i]  # the step actually taken, after rounding
        if width == 0.0:
            raise ValueError(
                f"eps must be large enough to move x: got {eps} at x = {_short(x)}"
            )
        gradient[i] = (_value(f, up, x.shape) - _value(f, down, x.shape)) / width
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

    Notes
    -----
    $\max_i |g_i - \hat g_i| / \max(\|g\|_\infty, \|\hat g\|_\infty)$ for the analytic
    $g$ and numerical $\hat g$. Scaling by the whole gradient, not each entry, keeps
    near-zero entries from turning rounding noise into a large relative error.

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
    _check_callable(grad, "grad")
    x = as_finite_array(x, "x", ndim=(0, 1))
    with np.errstate(all="ignore"):
        analytic = np.asarray(grad(_as_point(x, x.shape)), dtype=float)
    if analytic.shape != x.shape:
        raise ValueError(
            f"grad must return shape {x.shape} like x: got {analytic.shape}"
        )
    if not np.all(np.isfinite(analytic)):
        raise ValueError(f"grad must return finite values: got {_short(analytic)}")
    numeric = np.asarray(numerical_gradient(f, x, eps=eps))
    scale = max(float(np.max(np.abs(analytic))), float(np.max(np.abs(numeric))))
    if scale == 0.0:
        return 0.0
    return float(np.max(np.abs(analytic - numeric)) / scale)


def gradient_descent(
    grad: Callable[[Any], Any],
    x0: Any,
    *,
    learning_rate: float,
    n_steps: int,
    tol: float | None = None,
) -> np.ndarray:
    r"""Run gradient descent and return the path of iterates, starting point included.

    Parameters
    ----------
    grad : callable
        The gradient of the function to minimise; returns an array shaped like `x0`.
    x0 : float or array_like, shape (d,)
        The starting point.
    learning_rate : float
        Step size $\eta > 0$.
    n_steps : int
        The largest number of steps, >= 0.
    tol : float, optional
        If given (> 0), stop after the first step of norm $\eta \|\nabla f\| <$ `tol`.

    Returns
    -------
    ndarray, shape (k + 1,) for a scalar `x0`, else (k + 1, d)
        `x0` and the k <= `n_steps` iterates that followed. A diverging run stops
        before its first non-finite iterate, which is left out; so k < `n_steps`
        without `tol` means the run blew up.

    Raises
    ------
    ValueError
        If `x0` is not a scalar or 1-D or contains NaN or inf; if `learning_rate`
        <= 0, `n_steps` < 0 or `tol` <= 0; if `grad` returns the wrong shape.

    Notes
    -----
    $x_{t+1} = x_t - \eta \nabla f(x_t)$. On a quadratic whose Hessian has largest
    eigenvalue $L$, the iterates converge exactly when $\eta < 2 / L$; for larger
    steps the error along the top eigenvector grows by $|1 - \eta L| > 1$ per step.

    Examples
    --------
    $f(x) = (x + 1)^2$, $x_0 = 5$, $\eta = 0.1$: a step scales $x + 1$ by $1 - 2\eta$.

    >>> path = gradient_descent(lambda x: 2 * x + 2, 5.0, learning_rate=0.1, n_steps=20)
    >>> path.shape, round(float(path[-1]), 4)
    ((21,), -0.9308)
    >>> np.allclose(path, -1 + 6 * 0.8 ** np.arange(21))
    True
    """
    _check_callable(grad, "grad")
    x = as_finite_array(x0, "x0", ndim=(0, 1))
    learning_rate = check_positive(learning_rate, "learning_rate")
    n_steps = check_nonnegative_int(n_steps, "n_steps")
    if tol is not None:
        tol = check_positive(tol, "tol")
    path = [x]
    with np.errstate(all="ignore"):  # divergence overflows to inf/nan: caught below
        for _ in range(n_steps):
            g = np.asarray(grad(_as_point(x, x.shape)), dtype=float)
            if g.shape != x.shape:
                raise ValueError(
                    f"grad must return shape {x.shape} like x0: got {g.shape}"
                )
            step = learning_rate * g
            x = x - step
            if not np.all(np.isfinite(x)):
                break
            path.append(x)
            if tol is not None and float(np.linalg.norm(step)) < tol:
                break
    return np.array(path)


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
        If `x` is not a scalar or 1-D or contains NaN or inf; if `eps` <= 0; if `f`
        does not return a finite scalar.

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
    _check_callable(f, "f")
    x = as_finite_array(x, "x", ndim=(0, 1))
    eps = check_positive(eps, "eps")
    flat, d = x.ravel(), x.size

    def shifted(i: int, j: int, si: float, sj: float) -> float:
        z = flat.copy()
        z[i] += si * eps
        z[j] += sj * eps
        return _value(f, z, x.shape)

    H = np.empty((d, d))
    for i in range(d):  # d(d + 1) / 2 entries, four evaluations each
        for j in range(i, d):
            total = shifted(i, j, 1, 1) - shifted(i, j, 1, -1)
            total += shifted(i, j, -1, -1) - shifted(i, j, -1, 1)
            H[i, j] = H[j, i] = total / (4 * eps**2)
    return float(H[0, 0]) if x.ndim == 0 else H
