r"""Bayesian methods: posteriors over weights and functions, and sampling (chapter 6).

A prior $\mathcal{N}(0, \sigma_w^2 I)$ on the weights of a linear model and Gaussian
noise of variance $\sigma^2$ give a Gaussian posterior in closed form, whose mean is
the ridge solution. A Gaussian process puts the prior on the function itself,
through a kernel. Where no closed form exists, random-walk Metropolis-Hastings draws
samples from any density known up to a constant.

This module holds `bayesian_linear_regression` and its result `WeightPosterior`.
The kernel and the Gaussian process (`rbf_kernel`, `gaussian_process_regression`)
live in `mlfound._gaussian_process`; the sampler and its diagnostics
(`metropolis_hastings`, `autocorrelation`, `effective_sample_size`) in
`mlfound._mcmc`. All are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlfound._checks import as_finite_array, check_positive
from mlfound._gaussian_process import gaussian_process_regression, rbf_kernel
from mlfound._mcmc import autocorrelation, effective_sample_size, metropolis_hastings

__all__ = [
    "WeightPosterior",
    "autocorrelation",
    "bayesian_linear_regression",
    "effective_sample_size",
    "gaussian_process_regression",
    "metropolis_hastings",
    "rbf_kernel",
]


@dataclass(frozen=True, eq=False, repr=False)
class WeightPosterior:
    r"""The Gaussian posterior over the weights of a linear model.

    Returned by `bayesian_linear_regression`. Attributes: `mean` (d,), the
    posterior mean (the ridge solution); `cov` (d, d), the posterior covariance;
    `noise_var`, the noise variance $\sigma^2$ the model was fitted with. The arrays
    are read-only.
    """

    mean: np.ndarray
    cov: np.ndarray
    noise_var: float

    def __post_init__(self) -> None:
        # Also built by hand (a prior is a posterior after no data): check it.
        mean = as_finite_array(self.mean, "mean", ndim=1)
        cov = as_finite_array(self.cov, "cov", ndim=2)
        if cov.shape != (mean.size, mean.size):
            raise ValueError(
                f"cov must have shape ({mean.size}, {mean.size}) to match mean: "
                f"shape is {cov.shape}"
            )
        noise_var = check_positive(self.noise_var, "noise_var")
        for name, value in (("mean", mean), ("cov", cov)):
            value = value.copy()
            value.setflags(write=False)
            object.__setattr__(self, name, value)
        object.__setattr__(self, "noise_var", noise_var)

    n_features = property(lambda self: self.mean.shape[0])

    def predict(self, X_new: Any) -> tuple[np.ndarray, np.ndarray]:
        r"""Posterior predictive mean and variance of $y$ at new points.

        Parameters
        ----------
        X_new : array_like, shape (m, d)
            New inputs, one per row (m may be 0).

        Returns
        -------
        mean : ndarray, shape (m,)
            $\mathbf{x}^\top \mathbf{m}$ for each row $\mathbf{x}$.
        var : ndarray, shape (m,)
            $\mathbf{x}^\top S \mathbf{x} + \sigma^2$: the uncertainty about the
            weights plus the noise of a new observation.

        Raises
        ------
        ValueError
            If `X_new` is not 2-D with d columns, or contains NaN or inf.
        """
        X_new = as_finite_array(X_new, "X_new", ndim=2, min_size=0)
        if X_new.shape[1] != self.n_features:
            raise ValueError(
                f"X_new must have {self.n_features} columns to match the weights: "
                f"shape is {X_new.shape}"
            )
        with np.errstate(all="ignore"):  # overflow is caught just below
            mean = X_new @ self.mean
            # x^T S x >= 0 for a covariance; clip the rounding error of a tiny value.
            spread = np.maximum(np.einsum("ij,jk,ik->i", X_new, self.cov, X_new), 0.0)
            var = spread + self.noise_var
        if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(var))):
            raise ValueError(
                "X_new is too large: the predictive mean or variance overflows"
            )
        return mean, var

    def __repr__(self) -> str:
        shown = [f"{w:.4g}" for w in self.mean]
        if len(shown) > 6:
            shown = [*shown[:5], "..."]
        return (
            f"WeightPosterior(n_features={self.n_features}, "
            f"noise_var={self.noise_var:.4g}, mean=[{', '.join(shown)}])"
        )


def bayesian_linear_regression(
    X: Any, y: Any, *, noise_var: float, prior_var: float
) -> WeightPosterior:
    r"""Posterior over the weights of $y = X\mathbf{w} + \varepsilon$ (no intercept).

    Parameters
    ----------
    X : array_like, shape (n, d)
        Inputs (or features), one per row; n may be 0 (then the posterior is the
        prior). Add a column of ones for an intercept.
    y : array_like, shape (n,)
        Targets.
    noise_var : float
        Variance $\sigma^2 > 0$ of the Gaussian noise $\varepsilon$.
    prior_var : float
        Variance $\sigma_w^2 > 0$ of the prior $\mathbf{w} \sim
        \mathcal{N}(0, \sigma_w^2 I)$.

    Returns
    -------
    WeightPosterior
        `mean` $\mathbf{m}$ (d,), `cov` $S$ (d, d), and `predict(X_new)`.

    Raises
    ------
    ValueError
        If `X` is not 2-D with at least one column, `y` does not have one entry per
        row, either contains NaN or inf, a variance is not > 0, or the result is
        not representable in float64 (rescale the data).
    TypeError
        If a variance is not a real number.

    Notes
    -----
    Prior times likelihood is Gaussian in $\mathbf{w}$, with

    $$S = \sigma^2 (X^\top X + \lambda I)^{-1}, \qquad
    \mathbf{m} = (X^\top X + \lambda I)^{-1} X^\top \mathbf{y}, \qquad
    \lambda = \sigma^2 / \sigma_w^2 .$$

    So $\mathbf{m}$ is the ridge solution with penalty $\lambda$: the MAP estimate.
    $X^\top X + \lambda I$ is positive definite and is factored by Cholesky.

    Examples
    --------
    >>> X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])  # intercept and slope
    >>> y = np.array([0.1, 0.9, 2.1])
    >>> post = bayesian_linear_regression(X, y, noise_var=0.25, prior_var=4.0)
    >>> post
    WeightPosterior(n_features=2, noise_var=0.25, mean=[0.06054, 0.9715])
    >>> ridge = np.linalg.solve(X.T @ X + 0.25 / 4.0 * np.eye(2), X.T @ y)
    >>> bool(np.allclose(post.mean, ridge))
    True
    >>> mean, var = post.predict([[1.0, 3.0]])
    >>> bool(np.isclose(var[0], [1, 3] @ post.cov @ [1, 3] + 0.25))
    True
    """
    X = as_finite_array(X, "X", ndim=2, min_size=0)
    y = as_finite_array(y, "y", ndim=1, min_size=0)
    noise_var = check_positive(noise_var, "noise_var")
    prior_var = check_positive(prior_var, "prior_var")
    n, d = X.shape
    if d == 0:
        raise ValueError(f"X must have at least 1 column (feature): shape is {X.shape}")
    if y.shape[0] != n:
        raise ValueError(
            f"y must have one entry per row of X ({n}): shape is {y.shape}"
        )
    ratio = noise_var / prior_var
    if not 0.0 < ratio < np.inf:
        raise ValueError(
            "noise_var / prior_var must be a positive finite float: got "
            f"{noise_var!r} / {prior_var!r}"
        )
    problem = (
        "the posterior is not representable in float64 (X^T X + lambda I "
        f"overflows or is singular with lambda = {ratio:.3g}): rescale X and y"
    )
    with np.errstate(all="ignore"):  # overflow leaves inf or nan: checked below
        gram = X.T @ X + ratio * np.eye(d)
        Xty = X.T @ y
        if not (np.all(np.isfinite(gram)) and np.all(np.isfinite(Xty))):
            raise ValueError(problem)
        try:
            lower = np.linalg.cholesky(gram)
        except np.linalg.LinAlgError:
            raise ValueError(problem) from None
        # (L L^T)^{-1} = L^{-T} L^{-1}: symmetric by construction.
        lower_inv = np.linalg.solve(lower, np.eye(d))
        inverse = lower_inv.T @ lower_inv
        mean, cov = inverse @ Xty, noise_var * inverse
    if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(cov))):
        raise ValueError(problem)
    for array in (mean, cov):
        array.setflags(write=False)  # frozen means the arrays too
    return WeightPosterior(mean, cov, noise_var)
