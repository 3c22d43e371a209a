"""Every snippet runs on its own and prints exactly its recorded `.out`.

Refresh the recorded outputs on purpose with `pytest --update-snippets`,
then read the diff: a changed number is a changed book.
"""

from __future__ import annotations

import ast
import doctest
from pathlib import Path

import pytest

from .snippet_output import ROOT, normalise, run_snippet

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT / "snippets"))


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3


@pytest.mark.parametrize("path", SNIPPETS, ids=_id)
def test_snippet_output(path, request):
    result = run_snippet(path)
    assert result.returncode == 0, f"{_id(path)} failed:\n{result.stderr}"
    assert result.stderr == "", f"{_id(path)} wrote to stderr:\n{result.stderr}"
    output = normalise(result.stdout)
    recorded = path.with_suffix(".out")
    if request.config.getoption("--update-snippets"):
        recorded.write_text(output, encoding="utf-8")
    assert recorded.exists(), (
        f"no recorded output: run pytest --update-snippets for {recorded}"
    )
    assert output == recorded.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SNIPPETS, ids=_id)
def test_snippet_style(path):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), (
        f"{_id(path)} needs a module docstring saying what it shows"
    )
    assert "session=" not in source
    assert "np.random.seed" not in source and "np.random.rand" not in source, (
        "random numbers come from np.random.default_rng(seed)"
    )
    assert "matplotlib.use(" not in source
    too_long = [n for n, line in enumerate(source.splitlines(), 1) if len(line) > 79]
    assert not too_long, f"{_id(path)}: lines over 79 characters: {too_long}"


def _definitions_only(tree: ast.Module) -> ast.Module:
    """Imports, functions, classes and constant assignments: no printing."""
    keep = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)
    body = [node for node in tree.body if isinstance(node, keep)]
    return ast.Module(body=body, type_ignores=[])


DOCTESTED = [p for p in SNIPPETS if ">>>" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", DOCTESTED, ids=_id)
def test_snippet_doctests(path):
    """Doctests in a snippet's docstrings run against its definitions."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    namespace: dict = {"__name__": f"snippet_{path.stem}"}
    exec(compile(_definitions_only(tree), str(path), "exec"), namespace)
    parser = doctest.DocTestParser()
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    runner = doctest.DocTestRunner(optionflags=flags)
    docstrings = [ast.get_docstring(tree)] + [
        ast.get_docstring(node)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.ClassDef))
    ]
    for number, text in enumerate(d for d in docstrings if d and ">>>" in d):
        test = parser.get_doctest(
            text, dict(namespace), f"{path.stem}[{number}]", str(path), 0
        )
        runner.run(test)
    assert runner.failures == 0, f"{runner.failures} doctest failure(s) in {_id(path)}"
    assert runner.tries > 0
