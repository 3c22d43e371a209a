"""Run a snippet as a reader would, and normalise its output for comparison.

The normalisation (figures become `[figure: <title>]` after validation) is the
build engine's own, so the build's check of a page against a `.out` file and
this test's check of a script against it are one and the same.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mlfound_book.environment import snippet_env
from mlfound_book.outputs import normalise

__all__ = ["ROOT", "normalise", "run_snippet"]

ROOT = Path(__file__).resolve().parent.parent


def run_snippet(path: Path) -> subprocess.CompletedProcess:
    """`python <path>` from the snippet's folder, in the snippet environment."""
    return subprocess.run(
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=path.parent,
        env=snippet_env(),
        timeout=300,
        check=False,
    )
