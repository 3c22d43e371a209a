"""A broken example or formula fails the build loudly, naming where it is."""

from __future__ import annotations

import textwrap

from .sitebuild import ROOT, build

CONFIG = """
site_name: failing
docs_dir: docs
hooks:
  - {root}/hooks/execution.py
  - {root}/hooks/katex_math.py
plugins:
  - markdown-exec:
      languages: [python]
markdown_extensions:
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.superfences
"""


def _mini_site(tmp_path, page: str):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(root=ROOT))
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "docs" / "broken.md").write_text(textwrap.dedent(page))
    result = build(tmp_path / "site", tmp_path / "cache", project=tmp_path, check=False)
    return result.returncode, result.stdout + result.stderr


def test_a_raising_block_fails_and_names_block_and_page(tmp_path):
    code, log = _mini_site(
        tmp_path,
        """
        # Broken

        ```python exec="true" id="demo-raises"
        raise ValueError("this example is broken")
        ```
        """,
    )
    assert code != 0
    assert "block 'demo-raises' on page broken.md raised" in log
    assert "ValueError: this example is broken" in log


def test_a_block_without_id_fails(tmp_path):
    code, log = _mini_site(tmp_path, '```python exec="true"\nprint(1)\n```\n')
    assert code != 0
    assert "has no id" in log and "broken.md" in log


def test_a_formula_katex_cannot_parse_fails_and_names_page(tmp_path):
    code, log = _mini_site(
        tmp_path, "# Maths\n\nA broken fraction $\\frac{1}{$ here.\n"
    )
    assert code != 0
    assert "KaTeX cannot typeset" in log and "broken.md" in log
