r"""Jacobians by central differences, and Newton's method (re-exported by `calculus`).

A vector function maps a point `x` of n coordinates to m numbers; its Jacobian is
the (m, n) matrix of first derivatives. Newton's method minimises a scalar function
through its gradient and Hessian (the Jacobian of the gradient), solving a linear
system for each step instead of inverting the Hessian.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_returned,
    check_nonnegative_int,
    check_positive,
    short_repr,
)

__all__ = ["jacobian", "newton"]


def _require_callable(func: Any, name: str) -> None:
    if not callable(func):
        raise TypeError(f"{name} must be callable: got {func!r}")


def _call(func: Callable[[Any], Any], z: np.ndarray, name: str) -> np.ndarray:
    """Evaluate user code on a fresh copy of `z` (0-D as a numpy float), silently."""
    point = z[()] if z.ndim == 0 else z.copy()
    with np.errstate(all="ignore"):
        value = func(point)
    return as_returned(value, name)  # the real-number rule of _checks


def _norm(v: np.ndarray) -> float:
    """The 2-norm, scaled first so that squaring cannot overflow."""
    top = float(np.max(np.abs(v))) if v.size else 0.0
    return 0.0 if top == 0.0 else top * float(np.linalg.norm(v / top))


def jacobian(f: Callable[[Any], Any], x: Any, *, eps: float = 1e-6) -> np.ndarray:
    r"""Jacobian matrix of a vector function by central differences.

    Parameters
    ----------
    f : callable
        Maps a 1-D array of n coordinates to a 1-D array of m numbers.
    x : array_like, shape (n,)
        The point at which to differentiate.
    eps : float, default 1e-6
        Step size $\varepsilon > 0$.

    Returns
    -------
    ndarray, shape (m, n)
        Row $i$ is the gradient of output $i$; column $j$ is the rate of change of
        every output along coordinate $j$.

    Raises
    ------
    ValueError
        If `x` is not 1-D or contains NaN or inf; if `eps` <= 0 or is lost in
        rounding next to `x`; if `f` does not return a finite 1-D array of one
        fixed length.
    TypeError
        If `f` is not callable or `eps` is not a number.

    Notes
    -----
    $J_{ij} = \partial f_i / \partial x_j \approx (f_i(x + \varepsilon e_j) -
    f_i(x - \varepsilon e_j)) / 2\varepsilon$, with error $O(\varepsilon^2)$, so
    $f(x + h) \approx f(x) + J h$. A scalar function has a (1, n) Jacobian, its
    gradient as a row.

    Examples
    --------
    A linear map is its own Jacobian:

    >>> A = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 3.0]])
    >>> np.allclose(jacobian(lambda v: A @ v, [0.5, 1.0, -2.0]), A)
    True

    Polar to Cartesian coordinates, $(r, \theta) \mapsto (r\cos\theta,
    r\sin\theta)$, has determinant $r$:

    >>> def polar(p):
    ...     return p[0] * np.array([np.cos(p[1]), np.sin(p[1])])
    >>> J = jacobian(polar, [2.0, 0.3])
    >>> J.shape, round(float(np.linalg.det(J)), 6)
    ((2, 2), 2.0)
    """
    _require_callable(f, "f")
    x = as_finite_array(x, "x", ndim=1)
    eps = check_positive(eps, "eps")
    columns = []
    m = None
    for j in range(x.size):  # one pair of evaluations per input coordinate
        up, down = x.copy(), x.copy()
        with np.errstate(over="ignore"):  # checked just below
            up[j] += eps
            down[j] -= eps
            width = up[j] - down[j]  # the step actually taken, after rounding
        if not np.isfinite(width):
            raise ValueError(
                f"eps must keep x + eps and x - eps within the float range: got {eps}"
            )
        if width == 0.0:
            raise ValueError(
                f"eps must be large enough to move x: got {eps} at x = {short_repr(x)}"
            )
        pair = []
        for z in (up, down):
            value = _call(f, z, "f")
            if value.ndim != 1 or value.size == 0:
                raise ValueError(
                    f"f must return a non-empty 1-D array: got shape {value.shape}"
                )
            if m is not None and value.size != m:
                raise ValueError(
                    f"f must return the same length everywhere: got {value.size}"
                    f" and {m}"
                )
            if not np.all(np.isfinite(value)):
                raise ValueError(
                    f"f must be finite near x: got {short_repr(value)} at "
                    f"{short_repr(z)}"
                )
            m = value.size
            pair.append(value)
        columns.append((pair[0] - pair[1]) / width)
    return np.stack(columns, axis=1)


def newton(
    grad: Callable[[Any], Any],
    hess: Callable[[Any], Any],
    x0: Any,
    *,
    n_steps: int,
    tol: float | None = None,
) -> np.ndarray:
    r"""Newton's method for a stationary point; returns the path, start included.

    Parameters
    ----------
    grad : callable
        The gradient of the function; returns an array shaped like `x0`.
    hess : callable
        Its Hessian; returns an array of shape (d, d) (a number for a scalar `x0`).
    x0 : float or array_like, shape (d,)
        The starting point.
    n_steps : int
        The largest number of steps, >= 0.
    tol : float, optional
        If given (> 0), stop after the first step of norm < `tol`.

    Returns
    -------
    ndarray, shape (k + 1, d) (or (k + 1,) for a scalar `x0`)
        `x0` and the k <= `n_steps` iterates that followed. A run whose next iterate,
        gradient or Hessian would not be finite stops before it, so k < `n_steps`
        without `tol` means the run broke down.

    Raises
    ------
    ValueError
        If `x0` is not a scalar or 1-D or contains NaN or inf; if `n_steps` < 0 or
        `tol` <= 0; if `grad` or `hess` returns the wrong shape; if the Hessian is
        singular where the gradient is not zero (the step is undefined).
    TypeError
        If `grad` or `hess` is not callable, or `n_steps` or `tol` has the wrong
        type.

    Notes
    -----
    Each step minimises the quadratic Taylor model
    $f(x) + \nabla f(x)^\top p + \frac12 p^\top H(x) p$: it solves
    $H(x_t)\, p_t = \nabla f(x_t)$ and sets $x_{t+1} = x_t - p_t$. On a quadratic
    with positive definite $H$ the first step lands on the minimum; near a minimum
    with positive definite Hessian the error is squared at every step. The method
    seeks a zero of the gradient, so from a point where $H$ is not positive definite
    it can head for a maximum or a saddle point instead of a minimum.

    Examples
    --------
    One step reaches the minimum (0, 0) of $x^2 + 2y^2 + xy$:

    >>> H = np.array([[2.0, 1.0], [1.0, 4.0]])
    >>> path = newton(lambda w: H @ w, lambda w: H, [3.0, 2.0], n_steps=1)
    >>> path.shape, bool(np.allclose(path[1], 0.0, atol=1e-12))
    ((2, 2), True)

    On $x - \log x$ (minimum at 1) the error $e$ becomes $e^2$ exactly:

    >>> path = newton(lambda x: 1 - 1 / x, lambda x: 1 / x**2, 0.5, n_steps=3)
    >>> path.tolist()
    [0.5, 0.75, 0.9375, 0.99609375]
    """
    _require_callable(grad, "grad")
    _require_callable(hess, "hess")
    x = as_finite_array(x0, "x0", ndim=(0, 1))
    n_steps = check_nonnegative_int(n_steps, "n_steps")
    if tol is not None:
        tol = check_positive(tol, "tol")
    d = x.size
    path = [x]
    for _ in range(n_steps):
        g = _call(grad, x, "grad")
        if g.shape != x.shape:
            raise ValueError(f"grad must return shape {x.shape} like x0: got {g.shape}")
        H = _call(hess, x, "hess")
        if H.shape != (d, d) and not (x.ndim == 0 and H.shape == ()):
            raise ValueError(f"hess must return shape {(d, d)}: got {H.shape}")
        if not (np.all(np.isfinite(g)) and np.all(np.isfinite(H))):
            break
        if not np.any(g):
            step = np.zeros_like(x)  # a stationary point: Newton stays put
        else:
            try:
                with np.errstate(all="ignore"):
                    step = np.linalg.solve(H.reshape(d, d), g.ravel()).reshape(x.shape)
            except np.linalg.LinAlgError:
                raise ValueError(
                    f"hess must be invertible: singular at x = {short_repr(x)}"
                ) from None
        with np.errstate(all="ignore"):
            new = x - step
        if not np.all(np.isfinite(new)):
            break
        x = new
        path.append(x)
        if tol is not None and _norm(step) < tol:
            break
    return np.array(path)
