"""Exercise notebooks: jupytext scripts executed into notebooks, cached on code.

A chapter's exercises are a jupytext percent-format script. `load` turns it
into a notebook with fixed cell ids. The build runs its code cells in one
IPython shell in a fresh process from the zygote (see `zygote._run_cells`),
which gives what a Jupyter kernel would send, cell by cell, without starting a
kernel; `execute` runs a notebook in a real kernel with nbclient instead
(`make test-platforms` uses it, and the tests run every downloaded notebook in
a kernel in a fresh venv). The cache keeps only what execution produced, one
entry per code cell, keyed on the code cells alone (plus the library modules
they import), and `merge` puts those outputs into the current notebook:
editing the Markdown of an exercise executes nothing.

After mkdocs-jupyter renders a notebook page, `clean_page` swaps the ~600 KB
of inlined JupyterLab CSS for the site's small stylesheet, removes inline
scripts (a MathJax loader, a Mermaid loader that would fetch from a CDN, a
clipboard helper) and adds a visible download button.
"""

from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path
from typing import Any

__all__ = [
    "NotebookFailed",
    "clean_page",
    "code_cells",
    "execute",
    "load",
    "merge",
]


class NotebookFailed(RuntimeError):
    """A cell raised while the notebook executed."""


def load(text: str) -> Any:
    """The notebook of a jupytext percent script, with fixed cell ids."""
    import jupytext

    notebook = jupytext.reads(text, fmt="py:percent")
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata.pop("jupytext", None)
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"  # jupytext would draw random ones
    return notebook


def code_cells(notebook: Any) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def merge_streams(outputs: list) -> list:
    """Join consecutive chunks of one stream: how the kernel happened to flush
    them is timing, and the page must not depend on timing."""
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] += output["text"]
        else:
            merged.append(output)
    return merged


def execute(notebook: Any, *, where: str, timeout: float) -> list[dict]:
    """Run a copy of `notebook`; return each code cell's outputs and count."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    work = copy.deepcopy(notebook)
    with tempfile.TemporaryDirectory(prefix="mlfound-nb-") as folder:
        client = NotebookClient(
            work,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=False,
            record_timing=False,
            # Run from an empty folder: a reader's downloaded notebook has no repo.
            resources={"metadata": {"path": folder}},
        )
        try:
            client.execute()
        except CellExecutionError as error:
            raise NotebookFailed(
                f"notebook {where} failed while executing a cell:\n{error}"
            ) from None
    results = []
    for cell in work.cells:
        if cell.cell_type == "code":
            outputs = [nbformat.from_dict(o) for o in cell.outputs]
            outputs = merge_streams([dict(o) for o in outputs])
            results.append(
                {"execution_count": cell.execution_count, "outputs": outputs}
            )
    return results


def merge(notebook: Any, results: list[dict]) -> Any:
    """A copy of `notebook` with each code cell's recorded outputs."""
    import nbformat

    merged = copy.deepcopy(notebook)
    cells = [cell for cell in merged.cells if cell.cell_type == "code"]
    if len(cells) != len(results):
        raise ValueError(
            f"{len(results)} recorded cells for a notebook with {len(cells)} code cells"
        )
    for cell, result in zip(cells, results, strict=True):
        cell.execution_count = result["execution_count"]
        cell.outputs = [nbformat.from_dict(o) for o in result["outputs"]]
        cell.metadata.pop("execution", None)
    return merged


_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->|"
    r"<script[^>]*mathjax[^>]*>.*?</script>",
    re.S | re.I,
)
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S)
_CLIPBOARD = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>|'
    r'<div class="clipboard-copy-txt"[^>]*>.*?</div>',
    re.S,
)
_NB_CODE = re.compile(
    r'<div class="highlight-ipynb hl-python"><pre>(.*?)</pre></div>', re.S
)


def clean_page(content: str, download_name: str) -> str:
    """A rendered notebook page made light, with a download button."""
    content = _STYLE_BLOCK.sub("", content)
    content = _MATHJAX.sub("", content)
    content = _SCRIPT.sub("", content)
    content = _CLIPBOARD.sub("", content)
    content = _NB_CODE.sub(
        lambda m: f'<div class="highlight"><pre><code>{m.group(1)}</code></pre></div>',
        content,
    )
    button = (
        '<p class="mlfound-download">'
        f'<a class="md-button md-button--primary" href="{download_name}" download>'
        "Download notebook (.ipynb)</a> "
        "<span>After <code>pip install mlfound</code> it runs top to bottom.</span></p>"
    )
    return button + content


def write_if_changed(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
