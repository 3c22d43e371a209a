"""The build is deterministic and its execution cache is never stale.

- two builds from empty caches are byte-identical;
- a build from a warm cache executes nothing and is byte-identical too;
- editing prose re-executes nothing;
- editing an `mlfound` module re-executes exactly the blocks that import it
  (directly or through the package) and changes their pages;
- editing the prose of an exercises notebook executes nothing, and the page
  shows the new text with the recorded outputs.
"""

from __future__ import annotations

import re
import shutil

import pytest

from mlfound_book.sitebuild import build, copy_project, last_build, tree_bytes

from .snippet_output import ROOT


def _diff(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


@pytest.fixture(scope="module")
def second_cold_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("cold2")
    build(base / "site", base / "cache", project=ROOT)
    return base / "site"


def test_two_cold_builds_are_identical(cold_build, second_cold_build):
    assert _diff(tree_bytes(cold_build[0]), tree_bytes(second_cold_build)) == []


def test_cold_build_executed_every_block(cold_build):
    record = last_build(cold_build[1])
    assert record["cached"] == []
    assert len(record["executed"]) >= 40
    notebooks = len(list((ROOT / "docs").glob("*/exercises.py")))
    assert notebooks >= 6
    assert sum(1 for name in record["executed"] if name.startswith("notebook:")) == (
        notebooks
    )


def test_warm_build_executes_nothing_and_is_identical(cold_build, tmp_path):
    site, cache = cold_build
    warm_cache = tmp_path / "cache"
    shutil.copytree(cache, warm_cache)
    build(tmp_path / "site", warm_cache, project=ROOT)
    record = last_build(warm_cache)
    assert record["executed"] == []
    assert len(record["cached"]) >= 40
    assert _diff(tree_bytes(site), tree_bytes(tmp_path / "site")) == []


def _blocks_importing(module: str) -> set[str]:
    """Block ids whose snippet imports `mlfound.<module>`, found by reading the
    pages and snippets (independently of the hook's own analysis)."""
    ids = set()
    fence = re.compile(
        r'```python exec="true"[^\n]*id="([^"]+)"[^\n]*\n\s*--8<-- "([^"]+)"'
    )
    for page in (ROOT / "docs").rglob("*.md"):
        for block_id, snippet in fence.findall(page.read_text(encoding="utf-8")):
            source = (ROOT / snippet).read_text(encoding="utf-8")
            if re.search(
                rf"mlfound\.{module}\b|from mlfound import [^\n]*\b{module}\b", source
            ):
                ids.add(f"block:{block_id}")
    return ids


def _notebooks_importing(module: str) -> set[str]:
    found = set()
    for nb in (ROOT / "docs").glob("*/exercises.py"):
        if re.search(
            rf"mlfound\.{module}\b|from mlfound import [^\n]*\b{module}\b",
            nb.read_text(),
        ):
            found.add(f"notebook:{nb.parent.name}/exercises.py")
    return found


def test_edits_re_execute_exactly_what_they_affect(cold_build, tmp_path):
    cache = cold_build[1]
    project = copy_project(ROOT, tmp_path / "project")
    work_cache = tmp_path / "cache"
    shutil.copytree(cache, work_cache)

    # 1. A prose edit: nothing runs, and the page shows the new words.
    page = project / "docs" / "probability" / "index.md"
    page.write_text(page.read_text() + "\n\nA sentence added by the cache test.\n")
    build(tmp_path / "site1", work_cache, project=project)
    assert last_build(work_cache)["executed"] == []
    assert (
        "added by the cache test"
        in (tmp_path / "site1/probability/index.html").read_text()
    )

    # 2. An edit to mlfound.figures (the palette's first colour): exactly the
    #    blocks and notebooks that draw figures run again, and their pages change.
    figures = project / "mlfound" / "figures.py"
    text = figures.read_text()
    assert '"#0072B2",  # blue' in text
    figures.write_text(text.replace('"#0072B2",  # blue', '"#1F5FA0",  # blue'))
    build(tmp_path / "site2", work_cache, project=project)
    executed = set(last_build(work_cache)["executed"])
    expected = _blocks_importing("figures") | _notebooks_importing("figures")
    assert expected, "no block draws a figure?"
    assert executed == expected
    changed = _diff(tree_bytes(tmp_path / "site1"), tree_bytes(tmp_path / "site2"))
    assert any(name.endswith(".html") for name in changed)
    new_colour = sum(
        p.read_text().lower().count("#1f5fa0")
        for p in (tmp_path / "site2").rglob("*.html")
    )
    assert new_colour > 0

    # 3. A prose edit in an exercises notebook: nothing runs (the key covers
    #    code cells only), the page shows the new words, and the outputs
    #    recorded for the unchanged code cells are still there.
    exercises = project / "docs" / "calculus" / "exercises.py"
    text = exercises.read_text()
    marker = "# %% [markdown]\n"
    assert marker in text
    edited = text.replace(
        marker, marker + "# A sentence added by the cache test.\n#\n", 1
    )
    exercises.write_text(edited)
    build(tmp_path / "site3", work_cache, project=project)
    assert last_build(work_cache)["executed"] == []
    page = (tmp_path / "site3/calculus/exercises/index.html").read_text()
    assert "added by the cache test" in page
    before = (tmp_path / "site2/calculus/exercises/index.html").read_text()
    outputs = re.compile(
        r'<div class="[^"]*jp-OutputArea-output[^"]*"[^>]*>(.*?)</div>', re.S
    )
    assert outputs.findall(page) and outputs.findall(page) == outputs.findall(before)
