"""Build the site (or a small site) into a temporary folder for the tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_COPY = {
    ".venv",
    "node_modules",
    "site",
    ".cache",
    ".git",
    ".hypothesis",
    "__pycache__",
}


def build(
    site_dir: Path,
    cache_dir: Path,
    *,
    project: Path = ROOT,
    config: str = "mkdocs.yml",
    check: bool = True,
    no_exec: bool = False,
) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for `project` with its own execution cache
    (`no_exec=True` switches execution off, for `make bench`)."""
    env = dict(os.environ)
    env.update(
        NO_MKDOCS_2_WARNING="1",
        SOURCE_DATE_EPOCH="1767225600",
        PYTHONHASHSEED="0",
        OPENBLAS_NUM_THREADS="1",
        OMP_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
        MLFOUND_CACHE_DIR=str(cache_dir),
    )
    env.pop("MLFOUND_NO_EXEC", None)
    if no_exec:
        env["MLFOUND_NO_EXEC"] = "1"
    if project != ROOT:
        # Import the copy's mlfound, not the editable install of this checkout.
        env["PYTHONPATH"] = str(project)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--clean",
            "-f",
            str(project / config),
            "-d",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        cwd=project,
        env=env,
        timeout=1800,
        check=False,
    )
    if check:
        assert result.returncode == 0, (
            f"build failed:\n{result.stdout}\n{result.stderr}"
        )
    return result


def last_build(cache_dir: Path) -> dict:
    return json.loads((cache_dir / "last-build.json").read_text())


def copy_project(dest: Path) -> Path:
    """Copy the book's sources (not the venv, caches or site) to `dest`."""
    shutil.copytree(
        ROOT, dest, ignore=lambda _dir, names: [n for n in names if n in SKIP_COPY]
    )
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    return dest


def tree_bytes(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }
