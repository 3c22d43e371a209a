"""Faults a build must survive, or report loudly, naming the block and page.

Each test builds a small site that uses the book's plugin, with one fault.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from mlfound_book.sitebuild import build, last_build

from .snippet_output import ROOT

CONFIG = """
site_name: faults
docs_dir: docs
plugins:
  - markdown-exec:
      languages: [python]
  - mlfound-book:
      execute: !ENV [MLFOUND_EXECUTE, cache]
      cache_dir: !ENV [MLFOUND_CACHE_DIR, .cache]
      workers: 2
      block_timeout: 3
      max_output: 20000
      maths_script: {root}/tools/temml_render.js
{extra_plugins}
markdown_extensions:
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.superfences
  - pymdownx.snippets:
      base_path: [!relative $config_dir]
      check_paths: true
"""
NOTEBOOK_PLUGIN = """
  - mkdocs-jupyter:
      include: ["*/exercises.ipynb"]
      execute: false
      allow_errors: false
"""


def _project(tmp_path: Path, pages: dict[str, str], *, notebook: bool = False) -> Path:
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    (project / "mkdocs.yml").write_text(
        CONFIG.format(root=ROOT, extra_plugins=NOTEBOOK_PLUGIN if notebook else "")
    )
    (project / "docs" / "index.md").write_text("# Home\n")
    for name, text in pages.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return project


def _build(project: Path, **options) -> tuple[int, str]:
    result = build(
        project / "site", project / ".cache", project=project, check=False, **options
    )
    return result.returncode, result.stdout + result.stderr


def _page_with(code: str, block_id: str = "demo") -> dict[str, str]:
    return {
        "docs/broken.md": f'# Broken\n\n```python exec="true" id="{block_id}"\n'
        f"{textwrap.dedent(code).strip()}\n```\n"
    }


def test_a_raising_block_fails_and_names_block_and_page(tmp_path):
    code, log = _build(_project(tmp_path, _page_with('raise ValueError("broken")')))
    assert code != 0
    assert "block 'demo' on page broken.md raised an exception" in log
    assert "ValueError: broken" in log


def test_a_block_without_id_fails(tmp_path):
    project = _project(
        tmp_path, {"docs/broken.md": '```python exec="true"\nprint(1)\n```\n'}
    )
    code, log = _build(project)
    assert code != 0
    assert "has no id" in log and "broken.md" in log


def test_a_formula_that_cannot_be_typeset_fails_and_names_page(tmp_path):
    project = _project(
        tmp_path, {"docs/broken.md": "# Maths\n\nA $\\frac{1}{$ here.\n"}
    )
    code, log = _build(project)
    assert code != 0
    assert "cannot typeset" in log and "broken.md" in log


def test_a_block_that_exits_fails_instead_of_ending_the_build(tmp_path):
    code, log = _build(_project(tmp_path, _page_with("import sys\nsys.exit(0)")))
    assert code != 0
    assert "block 'demo' on page broken.md called sys.exit(0)" in log


def test_a_block_that_hangs_is_stopped_at_its_time_limit(tmp_path):
    code, log = _build(_project(tmp_path, _page_with("while True:\n    pass")))
    assert code != 0
    assert "block 'demo' on page broken.md ran longer than 3 s" in log


def test_a_block_that_prints_too_much_fails(tmp_path):
    code, log = _build(
        _project(tmp_path, _page_with("for _ in range(10**6):\n    print('x' * 99)"))
    )
    assert code != 0
    assert "block 'demo' on page broken.md printed more than 20,000 bytes" in log


def test_a_block_that_warns_fails(tmp_path):
    source = 'import warnings\nwarnings.warn("careful")\nprint("done")'
    code, log = _build(_project(tmp_path, _page_with(source)))
    assert code != 0
    assert "block 'demo' on page broken.md" in log and "careful" in log


def _snippet_page(tmp_path: Path, recorded: str | None) -> Path:
    pages = {
        "docs/page.md": (
            "# Page\n\nThe answer is {{ page-answer.answer:d }}.\n\n"
            '```python exec="true" result="text" id="page-answer"\n'
            '--8<-- "snippets/answer.py"\n```\n'
        ),
        "snippets/answer.py": '"""A snippet."""\n\nanswer = 6 * 7\nprint(f"answer {answer}")\n',
    }
    if recorded is not None:
        pages["snippets/answer.out"] = recorded
    return _project(tmp_path, pages)


def test_page_output_must_equal_the_recorded_out_file(tmp_path):
    code, log = _build(_snippet_page(tmp_path, "answer 41\n"))
    assert code != 0
    assert "block 'page-answer' on page page.md printed output that differs" in log
    assert "-answer 41" in log and "+answer 42" in log


def test_a_snippet_without_out_file_fails(tmp_path):
    code, log = _build(_snippet_page(tmp_path, None))
    assert code != 0
    assert "snippets/answer.out does not exist" in log


def test_quotes_put_computed_values_in_the_prose(tmp_path):
    project = _snippet_page(tmp_path, "answer 42\n")
    code, log = _build(project)
    assert code == 0, log
    html = (project / "site" / "page" / "index.html").read_text()
    assert "The answer is 42." in html


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("{{ page-answer.missing }}", "has no top-level variable 'missing'"),
        ("{{ no-such-block.answer }}", "no executed block has id 'no-such-block'"),
        ("{{ page-answer.answer:.2q }}", "cannot be formatted"),
    ],
)
def test_a_bad_quote_fails_the_build(tmp_path, quote, message):
    project = _snippet_page(tmp_path, "answer 42\n")
    page = project / "docs" / "page.md"
    page.write_text(page.read_text().replace("{{ page-answer.answer:d }}", quote))
    code, log = _build(project)
    assert code != 0
    assert message in log and "page.md" in log


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "",
        lambda text: text.replace('"stdout"', '"stdout\udcff"'),
    ],
    ids=["truncated", "emptied", "not-utf8"],
)
def test_a_corrupt_cache_entry_is_discarded_and_executed_again(tmp_path, damage):
    project = _snippet_page(tmp_path, "answer 42\n")
    assert _build(project)[0] == 0
    (entry,) = (project / ".cache" / "blocks").rglob("*.json")
    text = entry.read_text()
    broken = damage(text)
    entry.write_bytes(broken.encode("utf-8", "surrogateescape"))
    code, log = _build(project)
    assert code == 0, log
    assert "is corrupt" in log and "discarded" in log
    assert last_build(project / ".cache")["executed"] == ["block:page-answer"]
    assert "The answer is 42." in (project / "site/page/index.html").read_text()


EXERCISES = """\
# %% [markdown]
# # Exercises
#
# One exercise.

# %%
total = sum(range(10))
print(f"total {total}")
"""


def test_a_corrupt_notebook_cache_is_discarded_and_executed_again(tmp_path):
    project = _project(tmp_path, {"docs/nb/exercises.py": EXERCISES}, notebook=True)
    code, log = _build(project)
    assert code == 0, log
    cache = project / ".cache"
    damaged = sorted((cache / "notebooks").rglob("*.json"))
    damaged += sorted((cache / "mkdocs-jupyter").glob("*.json"))
    assert len(damaged) == 2
    for path in damaged:
        path.write_text(path.read_text()[:40])
    code, log = _build(project)
    assert code == 0, log
    assert log.count("is corrupt") == 2
    assert last_build(cache)["executed"] == ["notebook:nb/exercises.py"]
    assert "total 45" in (project / "site/nb/exercises/index.html").read_text()


def test_without_node_the_build_says_what_to_install(tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    project = _project(tmp_path, {"docs/page.md": "# Maths\n\n$x^2$\n"})
    code, log = _build(project)
    assert code != 0
    errors = [line for line in log.splitlines() if "Error" in line or "ERROR" in line]
    assert any("`node` is not on PATH" in line and "install" in line for line in errors)
    assert "Traceback" not in log
    assert os.environ["PATH"] == str(empty)


def _xref_site(tmp_path: Path, prose: str) -> Path:
    return _project(
        tmp_path,
        {
            "docs/chapter/index.md": "# Chapter\n\n$$\na = b\n\\label{first}\n$$\n\n"
            + prose
            + "\n",
        },
    )


def test_a_reference_to_a_missing_label_fails_the_build(tmp_path):
    code, log = _build(_xref_site(tmp_path, "As @eq:missing shows."))
    assert code != 0
    assert "page chapter/index.md refers to @eq:missing" in log


def test_references_become_numbered_links(tmp_path):
    project = _xref_site(tmp_path, "As @eq:first shows.")
    code, log = _build(project)
    assert code == 0, log
    html = (project / "site" / "chapter" / "index.html").read_text()
    assert 'id="eq-first"' in html and '<span class="mlf-eqno">(1.1)</span>' in html
    assert '<a class="mlf-ref" href="./#eq-first">(1.1)</a>' in html


def test_a_label_defined_twice_fails_the_build(tmp_path):
    prose = "$$\nc = d\n\\label{first}\n$$"
    code, log = _build(_xref_site(tmp_path, prose))
    assert code != 0
    assert "@eq:first is labelled twice" in log
