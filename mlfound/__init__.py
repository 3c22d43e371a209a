"""mlfound: the teaching library of *Mathematical Foundations of Machine Learning*.

Each module implements one idea of a chapter in plain numpy; `linalg`, `probability`,
`information` and `nn` re-export the names of `projections`, `likelihood`,
`entropies` and `losses`:

- `mlfound.linalg`: covariance, eigenpairs, PCA.
- `mlfound.projections`: low-rank approximation, projections.
- `mlfound.calculus`: numerical gradients, gradient checks, gradient descent,
  Jacobians, Newton's method.
- `mlfound.optim`: momentum and Adam.
- `mlfound.autodiff`: reverse-mode automatic differentiation on scalars (`Value`).
- `mlfound.probability`: Bayes' rule, conjugate updates.
- `mlfound.likelihood`: normal and Bernoulli likelihoods, maximum likelihood.
- `mlfound.entropies`: entropy, cross-entropy, KL divergence.
- `mlfound.information`: mutual information.
- `mlfound.losses`: a stable sigmoid, binary cross-entropy, squared error.
- `mlfound.nn`: a two-layer network.
- `mlfound.datasets`: the data sets used in more than one place.
- `mlfound.figures`: the one helper that turns a matplotlib figure into HTML.

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
    "calculus",
    "datasets",
    "entropies",
    "figures",
    "information",
    "likelihood",
    "linalg",
    "losses",
    "nn",
    "optim",
    "probability",
    "projections",
]


def __getattr__(name: str) -> ModuleType:
    # PEP 562: import a submodule the first time it is looked up.
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
