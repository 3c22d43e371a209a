"""Run markdown-exec's Python blocks through the book's execution cache.

- Every executed block must carry an `id`; a block without one fails the build.
- A block whose key (see `_shared.py`) is in the cache is not executed again.
- A block that raises fails the build with a message naming the block and page.
- Before each build the `mlfound` modules are dropped from `sys.modules`, so
  `mkdocs serve` picks up an edited library without a restart.
- After each build, a table of the slowest blocks and pages is logged.
- The source shown on a page leaves out the snippet's module docstring.
"""

from __future__ import annotations

import ast
import importlib
import sys
import time

import _shared
from markdown_exec._internal import rendering as mdexec_rendering
from markdown_exec._internal.formatters import python as mdexec_python
from markdown_exec._internal.formatters.base import ExecutionError

_original_run = mdexec_python._run_python
_original_hide_lines = mdexec_rendering._hide_lines


def _shown_source(source: str) -> str:
    """The source shown on the page: without the snippet's module docstring,
    which documents the script file; the page's prose says the same."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        body = []
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
    ):
        if isinstance(body[0].value.value, str):
            lines = source.split("\n")
            source = "\n".join(lines[body[0].end_lineno :])
    return _original_hide_lines(source)


_current_page = {"name": "?"}


_WARM = ("numpy", "scipy.stats", "matplotlib.pyplot", "sklearn.metrics")


def _warm_imports() -> None:
    """Import the heavy libraries once, before the first block is timed, so a
    block's time is its own work and not the one-off cost of `import sklearn`
    (the floor in `make bench` pays it once too)."""
    for name in _WARM:
        if name not in sys.modules:
            importlib.import_module(name)


def _cached_run(code: str, returncode=None, session=None, id=None, **extra):
    page = _current_page["name"]
    if not id:
        _shared.log.error(
            'an executed block on page %s has no id: add id="..." to its fence', page
        )
        raise ExecutionError("executed block without an id")
    if session:
        _shared.log.error(
            "block '%s' on page %s uses session=: blocks must stand alone", id, page
        )
        raise ExecutionError("session= is not allowed in this book")
    if _shared.execution_disabled():
        return ""
    key = _shared.cache_key("block", code)
    cached = _shared.cache_read("blocks", key)
    if cached is not None:
        _shared.add_timing("block", id, page, 0.0, cached=True)
        return cached
    _warm_imports()
    start = time.perf_counter()
    try:
        output = _original_run(
            code, returncode=returncode, session=None, id=id, **extra
        )
    except ExecutionError:
        _shared.log.error(
            "block '%s' on page %s raised an exception (see below)", id, page
        )
        raise
    _shared.add_timing("block", id, page, time.perf_counter() - start, cached=False)
    _shared.cache_write("blocks", key, output)
    return output


def on_config(config):
    mdexec_python._run_python = _cached_run
    mdexec_rendering._hide_lines = _shown_source
    return config


def on_pre_build(config):
    for name in [m for m in sys.modules if m == "mlfound" or m.startswith("mlfound.")]:
        del sys.modules[name]
    _shared.refresh_package_state()
    _shared.reset_record()


def on_page_markdown(markdown, page, config, files):
    _current_page["name"] = page.file.src_uri
    return markdown


def on_post_build(config):
    _shared.report()
