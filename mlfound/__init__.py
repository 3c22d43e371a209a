"""mlfound: the teaching library of *Mathematical Foundations of Machine Learning*.

Each module implements one chapter's ideas in plain numpy:

- `mlfound.linalg`: PCA, low-rank approximation, projections.
- `mlfound.calculus`: numerical gradients, gradient checks, gradient descent.
- `mlfound.probability`: Bayes' rule, likelihoods, conjugate updates.
- `mlfound.information`: entropy, cross-entropy, KL divergence, mutual information.
- `mlfound.nn`: a stable sigmoid, binary cross-entropy, a two-layer network.
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
__all__ = ["calculus", "figures", "information", "linalg", "nn", "probability"]


def __getattr__(name: str) -> ModuleType:
    # PEP 562: import a submodule the first time it is looked up.
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
