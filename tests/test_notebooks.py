"""A reader's download: each exercise notebook and each chapter page's notebook,
as the site serves them, runs top to bottom in a fresh kernel whose environment has only `pip install mlfound`
(from the wheel this checkout builds) and the Jupyter kernel itself.

This also proves the wheel installs and imports with its runtime dependencies
alone: numpy, scipy, matplotlib and scikit-learn.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .snippet_output import ROOT

CHAPTERS = [
    "linear-algebra",
    "calculus",
    "probability",
    "information-theory",
    "neural-network",
    "bayesian",
]


@pytest.fixture(scope="module")
def fresh_kernel(tmp_path_factory, monkeypatch_module):
    base = tmp_path_factory.mktemp("reader")
    wheels = base / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("mlfound-*.whl")
    env_dir = base / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "-c",
            str(ROOT / "requirements.lock"),
            str(wheel),
            "ipykernel",
        ],
        check=True,
    )
    # The wheel alone imports: nothing from the checkout is on the path.
    subprocess.run(
        [
            str(python),
            "-c",
            "import mlfound, mlfound.linalg, mlfound.nn, mlfound.figures",
        ],
        check=True,
        cwd=base,
    )
    spec_dir = base / "jupyter" / "kernels" / "mlfound-reader"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    str(python),
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                ],
                "display_name": "mlfound reader",
                "language": "python",
            }
        )
    )
    monkeypatch_module.setenv("JUPYTER_PATH", str(base / "jupyter"))
    return "mlfound-reader", base


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _page_notebooks() -> list[str]:
    """Site paths of the notebooks of chapter pages with executed blocks."""
    found = []
    for chapter in CHAPTERS:
        for page in sorted((ROOT / "docs" / chapter).glob("*.md")):
            if 'exec="true"' not in page.read_text(encoding="utf-8"):
                continue
            slug = chapter if page.stem == "index" else page.stem
            folder = chapter if page.stem == "index" else f"{chapter}/{page.stem}"
            found.append(f"{folder}/{slug}.ipynb")
    return found


NOTEBOOKS = [f"{c}/exercises/exercises.ipynb" for c in CHAPTERS] + _page_notebooks()


@pytest.mark.parametrize("notebook_path", NOTEBOOKS)
def test_downloaded_notebook_runs_in_a_fresh_kernel(notebook_path, site, fresh_kernel):
    kernel_name, base = fresh_kernel
    downloaded = site / notebook_path
    chapter = notebook_path.replace("/", "_")[: -len(".ipynb")]
    notebook = nbformat.read(downloaded, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    workdir = base / chapter
    workdir.mkdir()
    client = NotebookClient(
        notebook,
        kernel_name=kernel_name,
        timeout=300,
        allow_errors=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    asserts = sum(
        cell.source.count("assert ")
        for cell in notebook.cells
        if cell.cell_type == "code"
    )
    if notebook_path.endswith("exercises.ipynb"):
        assert asserts >= 4, "each exercise's solution checks itself"
    errors = [
        out
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
        or (out.output_type == "stream" and out.name == "stderr")
    ]
    assert errors == []
    assert not any(Path(ROOT).glob("docs/**/kernel-*"))
