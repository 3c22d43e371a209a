"""markdown-exec's public way in: a formatter for executed Python blocks.

markdown-exec looks each fenced language up in its public `formatters` table
and calls the formatter; `base_format(run=..., transform_source=...)` does the
rest (source tabs, result block, error reporting). Our `run` does not execute
anything in the site generator's process: it hands back what the engine's
isolated run printed, already checked against the snippet's `.out`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mlfound_book.blocks import shown_source
from mlfound_book.engine import BlockFailure, Engine

__all__ = ["install_formatter"]


def install_formatter(
    engine: Engine,
    current_page: Callable[[], str],
    log: Any,
    decorate: Callable[[str, str], str] = lambda block_id, output: output,
) -> None:
    """Route markdown-exec's `python` (and `py`) blocks through `engine`.

    `decorate(block_id, output)` may dress the checked output for the page
    (the figure number, its anchor).
    """
    from markdown_exec import ExecutionError, base_format, formatters

    def run(
        code: str,
        returncode: int | None = None,
        session: str | None = None,
        id: str | None = None,
        **extra: Any,
    ) -> str:
        page = current_page()
        if not id:
            log.error(
                'an executed block on page %s has no id: add id="..." to its fence',
                page,
            )
            raise ExecutionError("executed block without an id")
        if session:
            log.error(
                "block '%s' on page %s uses session=: blocks must stand alone", id, page
            )
            raise ExecutionError("session= is not allowed in this book")
        try:
            return decorate(id, engine.output(id, code, page))
        except BlockFailure as failure:
            log.error("%s", failure)
            raise ExecutionError(str(failure)) from None

    def transform(code: str) -> tuple[str, str]:
        return code, shown_source(code)

    def format_python(**options: Any) -> Any:
        return base_format(
            language="python", run=run, transform_source=transform, **options
        )

    formatters["python"] = format_python
    formatters["py"] = format_python
