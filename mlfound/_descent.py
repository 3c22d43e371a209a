r"""Gradient descent, the first optimiser of the calculus chapter.

This private module holds part of `mlfound.calculus`, which imports and documents
`gradient_descent`: use `from mlfound.calculus import gradient_descent`. A gradient
that overflows ends the run (the path stops before its first non-finite iterate);
what `grad` returns must be real numbers, or an error names `grad`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlfound._checks import (
    as_finite_array,
    as_returned,
    check_callable,
    check_nonnegative_int,
    check_positive,
)

__all__ = ["gradient_descent"]


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
        before its first non-finite iterate, which is left out (a step beyond the
        float64 range counts as divergence); so k < `n_steps` without `tol` means
        the run blew up.

    Raises
    ------
    ValueError
        If `x0` is not a scalar or 1-D or contains NaN or inf; if `learning_rate`
        <= 0, `n_steps` < 0 or `tol` <= 0; if `grad` returns the wrong shape.
    TypeError
        If `grad` is not callable or returns something other than real numbers
        (`None`, say); if `x0`, `learning_rate` or `tol` is not real numbers, or
        `n_steps` not an integer.

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
    check_callable(grad, "grad")
    x = as_finite_array(x0, "x0", ndim=(0, 1))
    learning_rate = check_positive(learning_rate, "learning_rate")
    n_steps = check_nonnegative_int(n_steps, "n_steps")
    if tol is not None:
        tol = check_positive(tol, "tol")
    path = [x]
    with np.errstate(all="ignore"):  # divergence overflows to inf/nan: caught below
        for _ in range(n_steps):
            point = x[()] if x.ndim == 0 else x.copy()  # user code gets its own copy
            g = as_returned(grad(point), "grad")
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
