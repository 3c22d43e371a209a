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
(`docs/assets/stylesheets/notebook.css`), removes the inline scripts (a MathJax
loader, a Mermaid loader that would reach a CDN, a clipboard helper: KaTeX
typesets the maths at build time and Material copies code), and adds a visible
download button.
"""

from __future__ import annotations

import copy
import re
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
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


_parsed: dict[bytes, nbformat.NotebookNode] = {}  # in memory, for `mkdocs serve`


def _read(src: Path) -> nbformat.NotebookNode:
    text = src.read_bytes()
    if text not in _parsed:
        _parsed[text] = jupytext.reads(text.decode("utf-8"), fmt="py:percent")
    return copy.deepcopy(_parsed[text])


def _load(src: Path) -> tuple[nbformat.NotebookNode, str, str]:
    """The notebook of a jupytext script, its cache key and its code."""
    notebook = _read(src)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata.pop("jupytext", None)
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"  # fixed ids: jupytext would draw random ones
    code = "\n\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    return (
        notebook,
        _shared.cache_key("notebook", nbformat.writes(notebook), code),
        code,
    )


def _execute(notebook: nbformat.NotebookNode, key: str, where: str) -> str:
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
        if cell.cell_type == "code":
            cell.outputs = _merge_streams(cell.outputs)
    text = nbformat.writes(notebook)
    _shared.add_timing(
        "notebook", where, where, time.perf_counter() - start, cached=False
    )
    _shared.cache_write("notebooks", key, text)
    return text


def _merge_streams(outputs: list) -> list:
    """Join consecutive stdout (or stderr) chunks: how the kernel happened to
    flush them is timing, and the page must not depend on timing."""
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.output_type == "stream"
            and previous is not None
            and previous.output_type == "stream"
            and previous.name == output.name
        ):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


# Notebooks execute in the background while the Markdown pages render; a
# notebook page waits for its own notebook only when its turn comes.
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="notebook")
_pending: dict[str, tuple[Future, Path]] = {}


def _write(out: Path, text: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")


def on_config(config):
    # mkdocs-jupyter's cache of rendered HTML is keyed on the notebook's bytes,
    # which here are the executed notebook: it goes stale only if we do.
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        jupyter.config["cache_dir"] = str(_shared.cache_dir() / "mkdocs-jupyter")
    return config


@event_priority(100)  # before mkdocs-jupyter wraps the files
def on_files(files, config):
    _pending.clear()
    out_dir = _shared.cache_dir() / "rendered-notebooks"
    for file in list(files):
        if not EXERCISES.match(file.src_uri):
            continue
        notebook, key, _code = _load(Path(file.abs_src_path))
        notebook_uri = file.src_uri[: -len(".py")] + ".ipynb"
        out = out_dir / notebook_uri
        cached = _shared.cache_read("notebooks", key)
        if cached is not None:
            _shared.add_timing("notebook", file.src_uri, file.src_uri, 0.0, cached=True)
            _write(out, cached)
        elif _shared.execution_disabled():
            _write(out, nbformat.writes(notebook))
        else:
            future = _pool.submit(_execute, notebook, key, file.src_uri)
            _pending[notebook_uri] = (future, out)
            _write(out, nbformat.writes(notebook))  # a placeholder until it is done
        files.remove(file)
        files.append(
            File(
                notebook_uri,
                src_dir=str(out_dir),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
            )
        )
    return files


def _finish(notebook_uri: str) -> None:
    future, out = _pending.pop(notebook_uri)
    _write(out, future.result())  # re-raises a failed notebook's PluginError


@event_priority(100)  # before mkdocs-jupyter reads the notebook
def on_pre_page(page, config, files):
    if page.file.src_uri in _pending:
        _finish(page.file.src_uri)
    return page


def on_post_build(config):
    for notebook_uri in list(_pending):
        _finish(notebook_uri)


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


def on_page_content(content, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return content
    content = _STYLE_BLOCK.sub("", content)
    content = _MATHJAX.sub("", content)
    # Inline scripts (a MathJax stub, a Mermaid loader that would fetch from a
    # CDN, a clipboard helper) go; Material's own copy button replaces the last.
    content = _SCRIPT.sub("", content)
    content = _CLIPBOARD.sub("", content)
    content = _NB_CODE.sub(
        lambda m: f'<div class="highlight"><pre><code>{m.group(1)}</code></pre></div>',
        content,
    )
    name = Path(page.file.src_uri).name
    button = (
        '<p class="mlfound-download">'
        f'<a class="md-button md-button--primary" href="{name}" download>'
        "Download notebook (.ipynb)</a> "
        "<span>After <code>pip install mlfound</code> it runs top to bottom.</span></p>"
    )
    return button + content
