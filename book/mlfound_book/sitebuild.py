"""Build a site in a subprocess, for the tests and `make bench`.

`build` runs `mkdocs build --strict` for a project with its own cache folder
and the build environment of `mlfound_book.environment`; `copy_project`
copies a project's sources so a test or a benchmark can edit them freely.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from mlfound_book.environment import build_env

__all__ = ["SKIP_COPY", "build", "copy_project", "last_build", "tree_bytes"]

SKIP_COPY = {
    ".venv",
    "node_modules",
    "site",
    ".cache",
    ".git",
    ".hypothesis",
    "__pycache__",
    "mlfound.egg-info",
    "mlfound_book.egg-info",
}


def build(
    site_dir: Path,
    cache_dir: Path,
    *,
    project: Path,
    config: str = "mkdocs.yml",
    check: bool = True,
    execute: str = "cache",
    timeout: float = 1800,
) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for `project` into `site_dir`."""
    env = build_env()
    env["MLFOUND_CACHE_DIR"] = str(cache_dir)
    env["MLFOUND_EXECUTE"] = execute
    # Import the project's own mlfound, not whichever checkout is installed.
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
        timeout=timeout,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"build failed:\n{result.stdout}\n{result.stderr}")
    return result


def last_build(cache_dir: Path) -> dict:
    """The engine's record of the last build that used `cache_dir`."""
    return json.loads((Path(cache_dir) / "last-build.json").read_text())


def copy_project(source: Path, dest: Path) -> Path:
    """Copy a project's sources (not its venv, caches or site) to `dest`."""
    shutil.copytree(
        source, dest, ignore=lambda _dir, names: [n for n in names if n in SKIP_COPY]
    )
    (dest / "node_modules").symlink_to(Path(source).resolve() / "node_modules")
    return dest


def tree_bytes(site: Path) -> dict[str, bytes]:
    """Every file of a built site, by relative path."""
    return {
        str(p.relative_to(site)): p.read_bytes()
        for p in sorted(Path(site).rglob("*"))
        if p.is_file()
    }
