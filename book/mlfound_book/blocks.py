"""Executed blocks in Markdown pages, and values quoted from them in prose.

A block is a fenced Python code block with `exec="true"`; in this book its body
is one line that includes a snippet, `--8<-- "snippets/<chapter>/<topic>.py"`.
`find_blocks` reads them out of a page before the page is rendered, so every
block of the site can run, in parallel, before the first page needs it.

A quote is `{{ BLOCK_ID.NAME }}` or `{{ BLOCK_ID.NAME:FORMAT }}` in the prose:
the value of the top-level variable NAME of that block's run, formatted with
`format(value, FORMAT)`. A float must carry a format: a quote shows the digits
the author chose, never whatever `repr` prints.
"""

from __future__ import annotations

import ast
import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "QUOTE",
    "Block",
    "BlockSyntaxError",
    "find_blocks",
    "format_quote",
    "prose_segments",
    "shown_source",
    "substitute_quotes",
]

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n"
    r"(?P<body>.*?)"
    r"^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"\s*$')
QUOTE = re.compile(
    r"\{\{\s*(?P<block>[A-Za-z0-9_-]+)\.(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"(?::(?P<format>[^}]*?))?\s*\}\}"
)
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


class BlockSyntaxError(ValueError):
    """A block or quote that cannot be used as written."""


@dataclass(frozen=True)
class Block:
    """One executed block of a page."""

    id: str
    page: str
    line: int
    code: str
    snippet: Path | None  # the included script, if the body is one include
    options: dict[str, str]

    @property
    def where(self) -> str:
        return f"block '{self.id}' on page {self.page}"


def _options(info: str) -> tuple[str, dict[str, str]]:
    words = shlex.split(info)
    language = words[0] if words else ""
    options = {}
    for word in words[1:]:
        key, _, value = word.partition("=")
        options[key] = value
    return language, options


def _truthy(value: str) -> bool:
    return value.lower() not in {"", "no", "off", "false", "0"}


def find_blocks(
    markdown: str, page: str, root: Path, *, languages: tuple[str, ...] = ("python",)
) -> list[Block]:
    """The executed blocks of `markdown`, with their snippets read from `root`."""
    blocks = []
    for match in _FENCE.finditer(markdown):
        try:
            language, options = _options(match.group("info"))
        except ValueError:
            continue
        if language not in languages or not _truthy(options.get("exec", "")):
            continue
        line = markdown.count("\n", 0, match.start()) + 1
        block_id = options.get("id", "")
        if not block_id:
            raise BlockSyntaxError(
                f"an executed block on page {page} (line {line}) has no id: "
                'add id="..." to its fence'
            )
        if options.get("session"):
            raise BlockSyntaxError(
                f"block '{block_id}' on page {page} uses session=: "
                "blocks must stand alone"
            )
        indent = match.group("indent")
        body = [
            text[len(indent) :] if text.startswith(indent) else text
            for text in match.group("body").split("\n")
        ]
        includes = [m.group(1) for text in body if (m := _INCLUDE.match(text))]
        lines, snippet = [], None
        for text in body:
            include = _INCLUDE.match(text)
            if include:
                path = root / include.group(1)
                if not path.is_file():
                    raise BlockSyntaxError(
                        f"block '{block_id}' on page {page} includes a missing "
                        f"file: {include.group(1)}"
                    )
                lines.append(path.read_text(encoding="utf-8"))
            else:
                lines.append(text)
        code = "\n".join(lines).strip("\n")
        non_blank = [text for text in body if text.strip()]
        if len(includes) == 1 and len(non_blank) == 1:
            snippet = root / includes[0]
        blocks.append(Block(block_id, page, line, code, snippet, options))
    return blocks


def shown_source(code: str) -> str:
    """The source shown on the page: without the script's module docstring,
    which describes the file; the page's prose says the same."""
    try:
        body = ast.parse(code).body
    except SyntaxError:
        return code
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        code = "\n".join(code.split("\n")[body[0].end_lineno :])
    return code.strip("\n")


def format_quote(value: Any, spec: str | None, reference: str) -> str:
    """`format(value, spec)`, refusing a float without a format."""
    if isinstance(value, float) and not spec:
        raise BlockSyntaxError(
            f"quote {reference} is a float: give it a format, "
            f"such as {{{{ {reference}:.4f }}}}"
        )
    try:
        return format(value, spec or "")
    except ValueError as error:
        raise BlockSyntaxError(
            f"quote {reference} cannot be formatted with {spec!r}: {error}"
        ) from None


def prose_segments(markdown: str) -> Iterator[tuple[bool, str]]:
    """Split Markdown into (is_prose, text) pieces; code is not prose."""
    position = 0
    for fence in _FENCE.finditer(markdown):
        yield from _inline_segments(markdown[position : fence.start()])
        yield False, fence.group(0)
        position = fence.end()
    yield from _inline_segments(markdown[position:])


def _inline_segments(text: str) -> Iterator[tuple[bool, str]]:
    position = 0
    for code in _INLINE_CODE.finditer(text):
        yield True, text[position : code.start()]
        yield False, code.group(0)
        position = code.end()
    yield True, text[position:]


def substitute_quotes(
    markdown: str, lookup: Callable[[str, str], Any], page: str
) -> tuple[str, list[str]]:
    """Replace every quote in the prose of `markdown` by its formatted value.

    `lookup(block_id, name)` returns the value or raises `KeyError` with a
    message. Returns the new Markdown and the references it quoted.
    """
    quoted: list[str] = []

    def replace(match: re.Match) -> str:
        block, name, spec = match.group("block", "name", "format")
        reference = f"{block}.{name}"
        try:
            value = lookup(block, name)
        except KeyError as error:
            raise BlockSyntaxError(
                f"quote {{{{ {reference} }}}} on page {page}: {error.args[0]}"
            ) from None
        quoted.append(reference)
        return format_quote(value, spec, reference)

    pieces = [
        QUOTE.sub(replace, text) if is_prose else text
        for is_prose, text in prose_segments(markdown)
    ]
    return "".join(pieces), quoted
