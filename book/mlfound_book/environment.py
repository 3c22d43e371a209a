"""The build environment, defined once.

Every process that produces something a reader sees (a snippet run by the
build, a snippet run by the tests, a notebook kernel) gets these variables, so
the printed digits cannot depend on who started the process:

- one BLAS/OpenMP thread: a single thread sums in a fixed order, and on two
  cores more threads only contend;
- a fixed hash seed, so set and dict orders of strings cannot vary;
- UTF-8 for standard streams, whatever the locale;
- `SOURCE_DATE_EPOCH`, so dates written into the site are reproducible.

Snippets additionally run with warnings as errors: a warning in an example is a
defect of the example.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["BUILD_ENV", "SNIPPET_ENV", "build_env", "snippet_env"]

#: 2026-01-01T00:00:00Z, the date stamped into reproducible builds.
SOURCE_DATE_EPOCH = "1767225600"

BUILD_ENV: Mapping[str, str] = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "NO_MKDOCS_2_WARNING": "1",
}

SNIPPET_ENV: Mapping[str, str] = {**BUILD_ENV, "PYTHONWARNINGS": "error"}

# Variables that would make a snippet behave differently from a reader's run.
_DROP = ("MPLBACKEND", "PYTHONSTARTUP", "PYTHONINSPECT")


def build_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (default: this process's environment) with the build variables.

    `SOURCE_DATE_EPOCH` is kept if the caller set one, otherwise fixed.
    """
    env = dict(os.environ if base is None else base)
    env.update(BUILD_ENV)
    env.setdefault("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    return env


def snippet_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a snippet run: the build variables, warnings as errors."""
    env = build_env(base)
    env.update(SNIPPET_ENV)
    for name in _DROP:
        env.pop(name, None)
    return env
