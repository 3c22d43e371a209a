"""Every chapter page as a notebook and as a script, from its executed blocks.

The prose of a page becomes Markdown cells and each executed block a code
cell holding its snippet, in page order, with the output the build recorded,
so the download opens with the page's results already there. Run top to
bottom after `pip install mlfound`, it reproduces the page. Figures, which a
snippet prints as HTML, are shown with IPython's `display(HTML(...))` in the
notebook. The same cells are offered as a jupytext percent script.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from mlfound_book.blocks import Block, shown_source

__all__ = ["page_notebook", "page_script"]

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_ID = re.compile(r'\bid="([^"]+)"')
_ADMONITION = re.compile(
    r'^(?:!!!|\?\?\?\+?)\s*(\w+)(?:\s+"([^"]*)")?\s*\n((?:(?:    .*)?\n)+)', re.M
)
_MD_LINK = re.compile(r"\]\((?!https?:|mailto:|#)([^)\s]+)\)")
_HTML_LINK = re.compile(r'href="(?!https?:|mailto:|#)([^"]+)"')
_LABEL = re.compile(r"\\label\{[^}]*\}")


def _absolute(markdown: str, page_url: str, site_url: str, md_to_url) -> str:
    base = urljoin(site_url, page_url)

    def markdown_link(match: re.Match) -> str:
        target = match.group(1)
        path, _, anchor = target.partition("#")
        if path.endswith(".md"):
            url = md_to_url(path)
            if url is not None:
                return f"]({urljoin(site_url, url)}{'#' + anchor if anchor else ''})"
        return f"]({urljoin(base, target)})"

    markdown = _MD_LINK.sub(markdown_link, markdown)
    return _HTML_LINK.sub(lambda m: f'href="{urljoin(base, m.group(1))}"', markdown)


def _admonitions(markdown: str) -> str:
    """Material's `!!! kind "Title"` boxes as block quotes Jupyter can show."""

    def quote(match: re.Match) -> str:
        kind, title, body = match.groups()
        heading = title if title is not None else kind.capitalize()
        text = textwrap.dedent(body).strip("\n")
        lines = [f"> **{heading}**", ">"] + [
            f"> {line}".rstrip() for line in text.split("\n")
        ]
        return "\n".join(lines) + "\n\n"

    return _ADMONITION.sub(quote, markdown)


def _notebook_code(code: str, figure: bool) -> str:
    """The block's code for a notebook: `print(to_html(...))` displays."""
    code = shown_source(code)
    if not figure:
        return code
    tree = ast.parse(code)
    lines = code.split("\n")
    for node in reversed(tree.body):
        call = node.value if isinstance(node, ast.Expr) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "print"
            and len(call.args) == 1
        ):
            start, end = call.lineno - 1, call.end_lineno - 1
            first = lines[start]
            lines[start] = (
                first[: call.col_offset]
                + "display(HTML("
                + first[call.col_offset + len("print(") :]
            )
            last = lines[end]
            cut = call.end_col_offset + (
                len("display(HTML(") - len("print(") if start == end else 0
            )
            lines[end] = last[:cut] + ")" + last[cut:]
    return "from IPython.display import HTML, display\n\n" + "\n".join(lines)


def page_notebook(
    *,
    title: str,
    markdown: str,
    blocks: dict[str, Block],
    output: Callable[[str], str],
    page_url: str,
    site_url: str,
    md_to_url: Callable[[str], str | None],
) -> Any:
    """The notebook of one page: prose cells and code cells with outputs."""
    import nbformat.v4 as nbf

    cells = [
        nbf.new_markdown_cell(
            f"# {title}\n\nThis notebook is the page [{title}]"
            f"({urljoin(site_url, page_url)}) of *Mathematical Foundations of "
            "Machine Learning*, with each example as a code cell and the output "
            "the book printed. After `pip install mlfound` it runs top to bottom."
        )
    ]

    def prose(text: str) -> None:
        text = _LABEL.sub("", _admonitions(text))
        text = re.sub(r"^#\s+.*\n", "", text, count=1) if len(cells) == 1 else text
        text = _absolute(text, page_url, site_url, md_to_url).strip()
        if text:
            cells.append(nbf.new_markdown_cell(text))

    position, count = 0, 0
    for fence in _FENCE.finditer(markdown):
        ids = _ID.findall(fence.group("info"))
        if not ids or ids[0] not in blocks or 'exec="' not in fence.group("info"):
            continue
        block = blocks[ids[0]]
        prose(markdown[position : fence.start()])
        position = fence.end()
        figure = block.options.get("html", "").lower() in {"1", "true", "yes", "on"}
        count += 1
        cell = nbf.new_code_cell(
            _notebook_code(block.code, figure), execution_count=count
        )
        printed = output(block.id)
        if figure:
            cell.outputs = [
                nbf.new_output("display_data", data={"text/html": printed.strip()})
            ]
        elif printed:
            cell.outputs = [nbf.new_output("stream", name="stdout", text=printed)]
        cells.append(cell)
    prose(markdown[position:])
    notebook = nbf.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"
    return notebook


def page_script(notebook: Any) -> str:
    """The notebook as a jupytext percent script (no outputs)."""
    import copy

    import jupytext

    bare = copy.deepcopy(notebook)
    for cell in bare.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return jupytext.writes(bare, fmt="py:percent")
