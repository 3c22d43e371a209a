"""Exercise notebooks: executed through the cache, rendered light, downloadable.

Each chapter's exercises are a jupytext percent-format script,
`docs/<chapter>/exercises.py`. Before mkdocs-jupyter sees the files, this hook

1. turns the script into a notebook and executes it with nbclient
   (`allow_errors=False`: a failing cell fails the build, naming the notebook
   and the cell), unless the cache already holds the executed notebook for the
   same source, `mlfound` modules and package versions;
2. hands mkdocs-jupyter the executed `.ipynb` instead of the script, so the page
   shows the outputs and the download link serves a notebook with them.

After rendering, it swaps the ~600 KB of JupyterLab CSS that mkdocs-jupyter
inlines into every notebook page for one small shared stylesheet
(`docs/assets/stylesheets/notebook.css`), removes the MathJax loader (KaTeX
typesets the maths at build time) and adds a visible download button.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

import _shared
import jupytext
import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

EXERCISES = re.compile(r"^[\w-]+/exercises\.py$")
NOTEBOOK_CSS = "assets/stylesheets/notebook.css"


def _execute(src: Path, where: str) -> str:
    notebook = jupytext.read(src)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata.pop("jupytext", None)
    source = "\n\n".join(cell.source for cell in notebook.cells)
    key = _shared.cache_key("notebook", nbformat.writes(notebook) + source)
    cached = _shared.cache_read("notebooks", key)
    if cached is not None:
        _shared.add_timing("notebook", where, where, 0.0, cached=True)
        return cached
    if _shared.execution_disabled():
        return nbformat.writes(notebook)
    start = time.perf_counter()
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        allow_errors=False,
        record_timing=False,
        # Run from an empty folder: a reader's downloaded notebook has no repo.
        resources={"metadata": {"path": tempfile.mkdtemp(prefix="mlfound-nb-")}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        raise PluginError(
            f"notebook {where} failed while executing a cell:\n{error}"
        ) from None
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    text = nbformat.writes(notebook)
    _shared.add_timing(
        "notebook", where, where, time.perf_counter() - start, cached=False
    )
    _shared.cache_write("notebooks", key, text)
    return text


@event_priority(100)  # before mkdocs-jupyter wraps the files
def on_files(files, config):
    for file in list(files):
        if not EXERCISES.match(file.src_uri):
            continue
        executed = _execute(Path(file.abs_src_path), file.src_uri)
        files.remove(file)
        notebook_uri = file.src_uri[: -len(".py")] + ".ipynb"
        out_dir = _shared.cache_dir() / "rendered-notebooks"
        out = out_dir / notebook_uri
        out.parent.mkdir(parents=True, exist_ok=True)
        if not out.exists() or out.read_text(encoding="utf-8") != executed:
            out.write_text(executed, encoding="utf-8")
        files.append(
            File(
                notebook_uri,
                src_dir=str(out_dir),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
            )
        )
    return files


_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->|"
    r"<script[^>]*mathjax[^>]*>.*?</script>",
    re.S | re.I,
)
_REQUIREJS = re.compile(r"<script[^>]*require\.js[^>]*></script>", re.S)


def on_page_content(content, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return content
    content = _STYLE_BLOCK.sub("", content)
    content = _MATHJAX.sub("", content)
    content = _REQUIREJS.sub("", content)
    name = Path(page.file.src_uri).name
    button = (
        '<p class="mlfound-download">'
        f'<a class="md-button md-button--primary" href="{name}" download>'
        "Download notebook (.ipynb)</a> "
        "Runs top to bottom after <code>pip install mlfound</code>.</p>"
    )
    return button + content


def on_post_page(output, page, config):
    if page.file.src_uri.endswith(".ipynb"):
        output = _STYLE_BLOCK.sub(
            lambda m: m.group(0) if "md-" in m.group(0)[:200] else "", output
        )
    return output
