"""mlfound: the teaching library of *Mathematical Foundations of Machine Learning*.

Each public module implements the ideas of a chapter in plain numpy:

- `mlfound.linalg`: covariance, eigenpairs, PCA, low-rank approximation, projections.
- `mlfound.calculus`: numerical gradients, gradient checks, Hessians, gradient descent,
  Jacobians, Newton's method.
- `mlfound.optim`: momentum and Adam.
- `mlfound.autodiff`: reverse-mode automatic differentiation on scalars (`Value`).
- `mlfound.probability`: Bayes' rule, conjugate updates, normal and Bernoulli
  likelihoods, maximum likelihood.
- `mlfound.information`: entropy, cross-entropy, KL divergence, mutual information.
- `mlfound.linalg` also: solving systems by LU, determinants, Cholesky, QR by
  Gram-Schmidt, condition numbers, the pseudo-inverse.
- `mlfound.probability` also: the multivariate normal's density and sampling.
- `mlfound.information` also: joint, conditional and Gaussian entropy.
- `mlfound.nn`: a stable sigmoid, binary cross-entropy, squared error, softmax, a
  two-layer network and a network of any depth.
- `mlfound.bayes`: Bayesian linear regression, Gaussian processes, Metropolis-Hastings.
- `mlfound.datasets`: the data sets used in more than one place.
- `mlfound.figures`: the one helper that turns a matplotlib figure into HTML.

A chapter module too long to read in one sitting keeps part of its functions in a
private module (`_projections`, `_descent`, `_likelihood`, `_entropies`, `_losses`)
and imports them: use and cite them by the chapter module's name, as in
`mlfound.nn.sigmoid`. Every function checks its input by the one rule stated in
`mlfound._checks` (real numbers are ints and floats, never bools, complex numbers
or strings) and raises `TypeError` or `ValueError` naming the parameter.

Submodules load on first use, so `import mlfound` stays fast:

>>> import mlfound
>>> mlfound.__version__
'0.1.0'
"""

from __future__ import annotations

import importlib
from types import ModuleType

__version__ = "0.1.0"
__all__ = [
    "autodiff",
    "bayes",
    "calculus",
    "datasets",
    "figures",
    "information",
    "linalg",
    "nn",
    "optim",
    "probability",
]


def __getattr__(name: str) -> ModuleType:
    # PEP 562: import a submodule the first time it is looked up.
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
