"""The book uses only the public extension points of the tools it builds on.

A private module (`markdown_exec._internal`), a private name (`_run_python`) or
a function or method of theirs replaced at run time (`Page.render = ...`) can
break silently with any patch release. This test reads every Python file of
the repository and fails on each such use, naming file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .snippet_output import ROOT

THEIRS = (
    "markdown_exec",
    "mkdocs",
    "material",
    "mkdocs_jupyter",
    "mkdocstrings",
    "mkdocstrings_handlers",
    "pymdownx",
    "markdown",
    "nbconvert",
    "nbclient",
    "jupytext",
    "griffe",
)
SKIP = {".venv", "node_modules", "site", ".cache", ".git", "__pycache__"}


def _is_theirs(module: str) -> bool:
    return module.split(".")[0] in THEIRS


def violations(source: str, filename: str) -> list[str]:
    """Every use of a private part, or replacement of a function, of THEIRS."""
    tree = ast.parse(source, filename)
    found: list[str] = []
    imported: set[str] = set()  # local names bound to their modules or objects
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _is_theirs(alias.name):
                    if any(part.startswith("_") for part in alias.name.split(".")):
                        found.append(f"{filename}:{node.lineno} imports {alias.name}")
                    imported.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            if _is_theirs(node.module):
                if any(part.startswith("_") for part in node.module.split(".")):
                    found.append(f"{filename}:{node.lineno} imports from {node.module}")
                for alias in node.names:
                    if alias.name.startswith("_"):
                        found.append(
                            f"{filename}:{node.lineno} imports {node.module}.{alias.name}"
                        )
                    imported.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            base = target
            while isinstance(base, ast.Attribute):
                base = base.value
            if (
                isinstance(target, ast.Attribute)
                and isinstance(base, ast.Name)
                and base.id in imported
            ):
                found.append(f"{filename}:{node.lineno} replaces {ast.unparse(target)}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"setattr", "delattr"}
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in imported
        ):
            found.append(
                f"{filename}:{node.lineno} {node.func.id} on {node.args[0].id}"
            )
    return found


def _python_files() -> list[Path]:
    return sorted(
        p
        for p in ROOT.rglob("*.py")
        if not SKIP.intersection(p.relative_to(ROOT).parts)
    )


def test_the_checker_catches_private_use_and_replacement():
    bad = (
        "from markdown_exec._internal.formatters import python\n"
        "from mkdocs.structure.pages import Page\n"
        "import material.plugins.search.plugin as search\n"
        "from markdown_exec import _private\n"
        "Page.render = lambda self: None\n"
        "search.SearchIndex.add_entry_from_context = None\n"
        "setattr(Page, 'render', None)\n"
    )
    lines = [int(v.split(":")[1].split()[0]) for v in violations(bad, "bad.py")]
    assert lines == [1, 4, 5, 6, 7]
    good = (
        "from markdown_exec import formatters, base_format\n"
        "formatters['python'] = base_format\n"
        "def on_page_content(html, page):\n"
        "    page.content = html\n"
    )
    assert violations(good, "good.py") == []


def test_no_private_api_or_replaced_function_in_the_repository():
    files = _python_files()
    assert any(p.parts[-2] == "mlfound_book" for p in files)
    found = []
    for path in files:
        found += violations(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    assert found == []
