"""Unit tests of the build engine's core, in-process and quick.

The site builds in `test_build_*` exercise the whole plugin; these check each
piece of `mlfound_book` on its own.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mlfound_book import notebooks
from mlfound_book.blocks import (
    BlockSyntaxError,
    find_blocks,
    shown_source,
    substitute_quotes,
)
from mlfound_book.dependencies import PackageGraph
from mlfound_book.engine import Engine, Settings
from mlfound_book.executor import Executor
from mlfound_book.report import Report, Timing
from mlfound_book.store import Store

# -- store ---------------------------------------------------------------------


def test_store_round_trip_and_corruption(tmp_path):
    seen = []
    store = Store(tmp_path, on_corrupt=lambda path, reason: seen.append(reason))
    store.put("blocks", "ab12", {"stdout": "x = 1\n", "values": {}})
    assert store.get("blocks", "ab12") == {"stdout": "x = 1\n", "values": {}}
    assert store.get("blocks", "cd34") is None and seen == []
    path = store.path("blocks", "ab12")
    path.write_text(path.read_text().replace("x = 1", "x = 2"))  # checksum now wrong
    assert store.get("blocks", "ab12") is None
    assert seen == ["checksum mismatch"] and not path.exists()
    store.put("blocks", "ab12", {"stdout": "y"})
    path.write_bytes(b"\xff\xfe")
    assert store.get("blocks", "ab12") is None and seen[-1] == "not UTF-8"
    store.put("blocks", "ab12", {"stdout": "y"})
    path.write_text("")
    assert store.get("blocks", "ab12") is None and seen[-1] == "empty file"


# -- dependencies ----------------------------------------------------------------


def _package(tmp_path: Path) -> Path:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text('"""The package."""\n')
    (pkg / "_checks.py").write_text("import numpy\n")
    (pkg / "linalg.py").write_text("from pkg._checks import check\n")
    (pkg / "nn.py").write_text("from pkg import linalg\n")
    (pkg / "figures.py").write_text("import io\n")
    return pkg


def test_dependencies_follow_the_package_imports(tmp_path):
    graph = PackageGraph.read(_package(tmp_path), "pkg")
    assert graph.dependencies("from pkg.nn import Network") == [
        "pkg",
        "pkg._checks",
        "pkg.linalg",
        "pkg.nn",
    ]
    assert graph.dependencies("from pkg.figures import figure") == [
        "pkg",
        "pkg.figures",
    ]
    assert graph.dependencies("import numpy") == []
    everything = sorted(graph.sources)
    assert graph.dependencies("import pkg\npkg.nn.x") == everything
    assert graph.dependencies("def broken(:") == everything


# -- blocks and quotes -------------------------------------------------------------


PAGE = """\
# A page

```python exec="true" source="above" id="demo-one"
--8<-- "snippets/one.py"
```

!!! note
    ```python exec="true" id="demo-two"
    print(2)
    ```

```python
not executed
```
"""


def test_find_blocks_reads_ids_includes_and_indented_fences(tmp_path):
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "one.py").write_text('"""Doc."""\nprint(1)\n')
    one, two = find_blocks(PAGE, "page.md", tmp_path)
    assert (one.id, one.line, one.snippet) == (
        "demo-one",
        3,
        tmp_path / "snippets/one.py",
    )
    assert one.code == '"""Doc."""\nprint(1)'
    assert (two.id, two.snippet, two.code) == ("demo-two", None, "print(2)")
    assert one.options["source"] == "above"


@pytest.mark.parametrize(
    ("fence", "message"),
    [
        ('```python exec="true"\nprint(1)\n```\n', "has no id"),
        ('```python exec="true" id="a" session="s"\nprint(1)\n```\n', "session="),
        ('```python exec="true" id="a"\n--8<-- "nope.py"\n```\n', "missing file"),
    ],
)
def test_find_blocks_rejects_what_the_book_forbids(tmp_path, fence, message):
    with pytest.raises(BlockSyntaxError, match=message):
        find_blocks(fence, "page.md", tmp_path)


def test_quotes_are_replaced_in_prose_only():
    values = {("b", "n"): 292, ("b", "x"): 0.12345, ("b", "ok"): True}

    def lookup(block, name):
        return values[(block, name)]

    text = (
        "In {{ b.n:, }} of 1,000 runs, $x = {{b.x:.3f}}$; {{ b.ok }}.\n"
        "`{{ b.n }}` stays code.\n\n```\n{{ b.n }}\n```\n"
    )
    out, quoted = substitute_quotes(text, lookup, "p.md")
    assert out.startswith("In 292 of 1,000 runs, $x = 0.123$; True.\n")
    assert "`{{ b.n }}` stays code" in out and "```\n{{ b.n }}\n```" in out
    assert quoted == ["b.n", "b.x", "b.ok"]
    with pytest.raises(BlockSyntaxError, match="give it a format"):
        substitute_quotes("{{ b.x }}", lookup, "p.md")


def test_shown_source_drops_the_module_docstring_only():
    code = '"""Title.\n\nMore."""\n\nimport math\n\nprint("""text""")'
    assert shown_source(code) == 'import math\n\nprint("""text""")'
    assert shown_source("print(1)") == "print(1)"


# -- executor ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def executor():
    runner = Executor(workers=2)
    yield runner
    runner.close()


def _script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "script.py"
    path.write_text(textwrap.dedent(body))
    return path


def test_a_block_runs_like_a_script(executor, tmp_path):
    path = _script(
        tmp_path,
        """\
        import os, sys
        count = 3
        ratio = 0.25
        label = "three"
        print(__name__, os.path.basename(sys.argv[0]), os.getcwd() == sys.path[0])
        """,
    )
    run = executor.submit(block="b", path=path, cwd=tmp_path).result(timeout=20)
    assert run.ok and run.stdout == "__main__ script.py True\n"
    assert run.values == {"count": 3, "ratio": 0.25, "label": "three"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("raise KeyError('k')", "error"),
        ("import sys\nsys.exit(3)", "exit"),
        ("import time\ntime.sleep(30)", "timeout"),
        ("print('x' * 5000)", "too-much-output"),
    ],
)
def test_a_block_that_misbehaves_is_reported(executor, tmp_path, body, status):
    run = executor.submit(
        block="b", path=_script(tmp_path, body), timeout=0.5, max_output=1000
    ).result(timeout=20)
    assert run.status == status and not run.ok


def test_a_warning_is_an_error(executor, tmp_path):
    body = "import warnings\nwarnings.warn('careful')"
    run = executor.submit(block="b", path=_script(tmp_path, body)).result(timeout=20)
    assert run.status == "error" and "UserWarning: careful" in run.stderr


# -- engine keys, notebooks, report --------------------------------------------------


def test_a_key_changes_exactly_with_what_the_code_uses(tmp_path):
    _package(tmp_path)
    engine = Engine(
        Settings(
            root=tmp_path,
            cache_dir=tmp_path / "cache",
            package="pkg",
            output_packages=("numpy",),
        ),
        logging.getLogger("test"),
    )
    engine.begin_build()
    uses_nn, uses_figures = "from pkg.nn import N", "from pkg.figures import f"
    before = (
        engine.key("block", uses_nn, uses_nn),
        engine.key("block", uses_figures, uses_figures),
    )
    (tmp_path / "pkg" / "_checks.py").write_text("import numpy  # edited\n")
    engine.begin_build()
    after = (
        engine.key("block", uses_nn, uses_nn),
        engine.key("block", uses_figures, uses_figures),
    )
    assert before[0] != after[0] and before[1] == after[1]
    engine.close()


def test_merge_puts_recorded_outputs_into_the_current_notebook():
    source = "# %% [markdown]\n# Text\n\n# %%\nx = 1\n\n# %%\nprint(x)\n"
    notebook = notebooks.load(source)
    stream = {"output_type": "stream", "name": "stdout", "text": "1\n"}
    recorded = [
        {"execution_count": 1, "outputs": []},
        {"execution_count": 2, "outputs": [stream]},
    ]
    edited = notebooks.load(source.replace("Text", "New text"))
    merged = notebooks.merge(edited, recorded)
    assert merged.cells[0].source == "New text"
    assert merged.cells[2].outputs[0]["text"] == "1\n"
    assert notebook.cells[2].get("outputs") == []  # the input is not touched
    with pytest.raises(ValueError, match="2 recorded cells"):
        notebooks.merge(notebooks.load("# %%\nx = 1\n"), recorded)


def test_budgets_are_reported_not_enforced():
    report = Report({"block": 5.0, "notebook": 30.0})
    report.add(Timing("block", "slow", "p.md", 7.5, cached=False))
    report.add(Timing("block", "quick", "p.md", 0.5, cached=False))
    report.add(Timing("block", "old", "p.md", 9.0, cached=True))
    assert [t.name for t in report.over_budget()] == ["slow"]
    assert any("budget: block 'slow'" in line for line in report.lines())


# -- maths and theme -----------------------------------------------------------------


def test_polish_applies_tex_spacing_primes_and_line_breaks():
    from mlfound_book.maths import polish

    sub = polish(
        "<math><msub><mi>x</mi><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow></msub></math>"
    )
    assert '<mo lspace="0em" rspace="0em">=</mo>' in sub
    fn = polish("<math><mi>y</mi><mrow><mi>log</mi><mo>\u2061</mo></mrow></math>")
    assert fn.index("<mspace") < fn.index("<mi>log</mi>")
    prime = polish("<math><msup><mi>f</mi><mo>\u2032</mo></msup></math>")
    assert "<msup>" not in prime and "<mi>f</mi><mo" in prime
    pieces = polish(
        "<math><mrow><mi>a</mi><mo>=</mo></mrow><mrow><mi>b</mi></mrow>"
        "<mspace></mspace></math>"
    )
    assert pieces.count("<math>") == 2 and "<wbr>" in pieces
    display = (
        '<math display="block"><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></math>'
    )
    assert polish(display).count("<math") == 1


def test_punctuation_after_an_inline_formula_stays_on_its_line(tmp_path):
    from mlfound_book.maths import Maths

    maths = Maths(tmp_path / "none.mjs", tmp_path)
    one = "<math><mi>x</mi></math>"
    two = '<span class="mlf-math"><math><mi>a</mi></math><wbr><math><mi>b</mi></math></span>'
    maths._memo = {
        ("x", False): one,
        ("a=b", False): two,
        ("y", True): "<math>Y</math>",
    }
    page = (
        '<p>at <span class="arithmatex">\\(x\\)</span>.</p>'
        '<p>so <span class="arithmatex">\\(a=b\\)</span>), and '
        '<span class="arithmatex">\\(x\\)</span> alone</p>'
        '<div class="arithmatex">\\[y\\]</div>.'
    )
    out = maths.typeset_page(page, "p.md")
    assert f'<p>at <span class="mlf-tie">{one}.</span></p>' in out
    assert (
        '<math><mi>a</mi></math><wbr><span class="mlf-tie"><math><mi>b</mi></math>),'
        "</span></span> and"
    ) in out
    assert f"and {one} alone" in out
    assert out.endswith("<math>Y</math>.")


def _material(site: Path, bundle: str, palette: str, main: str = "") -> None:
    (site / "assets/javascripts").mkdir(parents=True)
    (site / "assets/stylesheets").mkdir(parents=True)
    (site / "assets/javascripts/bundle.abc.min.js").write_text(bundle)
    (site / "assets/stylesheets/palette.abc.min.css").write_text(palette)
    (site / "assets/stylesheets/main.abc.min.css").write_text(main)


def test_theme_override_checks_what_it_relies_on(tmp_path):
    from mlfound_book.theme import BUNDLE_NEEDS, ThemeChanged, check_and_patch

    rule = (
        "[data-md-color-switching] *,[data-md-color-switching] :after,"
        "[data-md-color-switching] :before{transition-duration:0s!important}"
    )
    main = ".md-typeset table:not([class]){x:y}.md-typeset table:not([class])+*{z:w}"
    _material(tmp_path / "ok", " ".join(BUNDLE_NEEDS), f"a{{b:c}}{rule}d{{e:f}}", main)
    (tmp_path / "ok/assets/javascripts/bundle.abc.min.js.map").write_text("{}")
    check_and_patch(tmp_path / "ok")
    assert not list((tmp_path / "ok").rglob("*.map"))
    css = (tmp_path / "ok/assets/stylesheets/palette.abc.min.css").read_text()
    assert css == "a{b:c}d{e:f}"
    styled = (tmp_path / "ok/assets/stylesheets/main.abc.min.css").read_text()
    assert styled == (
        ".md-typeset table:is(:not([class]),.mlf-table){x:y}"
        ".md-typeset table:is(:not([class]),.mlf-table)+*{z:w}"
    )
    _material(tmp_path / "main", " ".join(BUNDLE_NEEDS), rule, "table{x:y}")
    with pytest.raises(ThemeChanged, match="table:not"):
        check_and_patch(tmp_path / "main")
    needles = list(BUNDLE_NEEDS)
    _material(tmp_path / "old", " ".join(needles[1:]), rule)
    with pytest.raises(ThemeChanged, match="no longer contains"):
        check_and_patch(tmp_path / "old")
    _material(tmp_path / "css", " ".join(needles), "a{b:c}")
    with pytest.raises(ThemeChanged, match="data-md-color-switching rule"):
        check_and_patch(tmp_path / "css")


def test_tables_are_wrapped_at_build_so_the_theme_script_leaves_them():
    from mlfound_book.theme import wrap_tables

    html = '<p>a</p><table>\n<tr><td>1</td></tr>\n</table><table class="x"></table>'
    assert wrap_tables(html) == (
        '<p>a</p><div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        '<table class="mlf-table">\n<tr><td>1</td></tr>\n</table></div></div>'
        '<table class="x"></table>'
    )


def test_material_bundle_is_deferred_and_a_changed_theme_is_named():
    from mlfound_book.theme import ThemeChanged, defer_bundle

    tag = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
    page = f"<p>x</p>{tag}<script src=x.js defer></script>"
    assert defer_bundle(page) == (
        '<p>x</p><script src="../assets/javascripts/bundle.a5f9d56c.min.js" defer>'
        "</script><script src=x.js defer></script>"
    )
    for changed in ("<p>x</p>", tag + tag):
        with pytest.raises(ThemeChanged, match="bundle"):
            defer_bundle(changed)


def test_inline_png_figures_become_files_named_by_content():
    import base64

    from mlfound_book.images import FIGURES, serve_pngs

    png = b"\x89PNG\r\n\x1a\n" + b"pixels"
    data = base64.b64encode(png).decode()
    html = (
        f'<img id="a" class="mlfound-png" src="data:image/png;base64,{data}" alt="A">'
        f'<img id="b" src="data:image/png;base64,{data}" alt="B">'
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="C">'
    )
    files: dict[str, bytes] = {}
    out = serve_pngs(html, lambda path: "../" + path, files)
    assert list(files.values()) == [png]  # the same image is stored once
    (path,) = files
    assert path.startswith(FIGURES + "/") and path.endswith(".png")
    assert out == (
        f'<img id="a" class="mlfound-png" src="../{path}" loading="lazy" '
        'decoding="async" alt="A">'
        f'<img id="b" src="../{path}" loading="lazy" decoding="async" alt="B">'
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="C">'
    )
    bad = base64.b64encode(b"GIF89a").decode()
    with pytest.raises(ValueError, match="not a PNG"):
        serve_pngs(f'<img src="data:image/png;base64,{bad}">', str, {})


def test_with_execution_off_a_quote_shows_a_stand_in_whatever_its_format(tmp_path):
    engine = Engine(
        Settings(root=tmp_path, cache_dir=tmp_path / "cache", execute="off"),
        logging.getLogger("test"),
    )
    engine.begin_build()
    engine.add_page("p.md", '```python exec="true" id="b"\nx = 0.5\n```\n')
    engine.schedule()
    text, _ = engine.quote("x is {{ b.x:.0e }} and {{ b.x:.3f }}.", "p.md")
    assert text == "x is ? and ?."
    engine.close()


def test_notebook_cells_write_no_history(tmp_path):
    # Children that all wrote IPython's history database in the home folder
    # at once put "disk I/O error" into cell outputs; nothing may go there.
    script = (
        "from mlfound_book.zygote import _run_cells\n"
        "cells = _run_cells(['x = 2', 'print(x * 3)'])\n"
        "assert cells[1]['outputs'][0]['text'] == '6\\n', cells\n"
    )
    env = dict(os.environ, HOME=str(tmp_path), IPYTHONDIR=str(tmp_path / "ipython"))
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    assert not list(tmp_path.rglob("history.sqlite*"))


def test_notebook_cells_run_as_a_kernel_would(executor):
    run = executor.submit(
        block="nb", cells=["x = 1\nprint(x)", "x + 1", "raise KeyError('k')"]
    ).result(timeout=30)
    first, second, third = run.cells
    assert first["outputs"] == [
        {"output_type": "stream", "name": "stdout", "text": "1\n"}
    ]
    assert second["outputs"][0]["output_type"] == "execute_result"
    assert second["outputs"][0]["data"]["text/plain"] == "2"
    assert run.status == "error" and "KeyError" in third["error"]
