"""`make bench`: how long the book takes to build, cold and warm, in one table.

Measured on a copy of the project (so the working tree is never edited):

- floor: every snippet and exercise script executed in one Python process,
  the least work any build that runs the examples must do;
- no-exec build: the build with execution switched off (`execute: off`);
- cold build: an empty execution cache;
- warm build: the same cache, nothing changed;
- prose edit: one sentence added to a page;
- mlfound edit: a comment added to `mlfound/information.py`, which re-executes
  the blocks and notebooks that import it;
- serve, prose edit: `mkdocs serve` running; time from saving a page to the
  new text being served.

Targets (a benchmark, not a test): cold <= 0.75 x (floor + no-exec) on two
cores, warm <= 0.3 x cold. The serve figure is reported without a target.

It also times the library against the reference implementations: `pca` on a
10,000 x 100 matrix against `sklearn.decomposition.PCA(svd_solver="full")`, and
`mutual_information` on 10^6 labels against `sklearn.metrics.mutual_info_score`
(targets: within 2x of each).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from mlfound_book.environment import build_env
from mlfound_book.sitebuild import build, copy_project

ROOT = Path(__file__).resolve().parent.parent


_FLOOR = """
import contextlib, io, runpy, sys, time
import numpy, scipy.stats, matplotlib.pyplot, sklearn.metrics  # paid once
start = time.perf_counter()
for script in sys.argv[1:]:
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(script, run_name="__main__")
print(time.perf_counter() - start)
"""


def floor_seconds(project: Path) -> float:
    """Every snippet and exercise script, one after another, in one process."""
    scripts = sorted((project / "snippets").rglob("*.py"))
    scripts += sorted((project / "docs").glob("*/exercises.py"))
    env = build_env()
    env["PYTHONPATH"] = str(project)
    result = subprocess.run(
        [sys.executable, "-c", _FLOOR, *map(str, scripts)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=project,
    )
    return float(result.stdout.strip().splitlines()[-1])


def build_seconds(
    project: Path, cache: Path, *, no_exec: bool = False
) -> tuple[float, dict]:
    start = time.perf_counter()
    build(
        project / "site", cache, project=project, execute="off" if no_exec else "cache"
    )
    seconds = time.perf_counter() - start
    record = json.loads((cache / "last-build.json").read_text())
    return seconds, record


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_edit_seconds(project: Path, cache: Path) -> float:
    port = _free_port()
    env = build_env()
    env.update(MLFOUND_CACHE_DIR=str(cache), PYTHONPATH=str(project))
    env["MLFOUND_SITE_URL"] = f"http://127.0.0.1:{port}/"  # as `make serve` does
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/probability/"
    try:
        deadline = time.time() + 300
        while True:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(url, timeout=2).read()
                break
            if time.time() > deadline:
                sys.exit(f"mkdocs serve did not serve {url} within 300 s")
            time.sleep(0.2)
        time.sleep(1.0)  # let the watcher settle
        page = project / "docs" / "probability" / "index.md"
        marker = f"Served-edit marker {time.time_ns()}."
        start = time.perf_counter()
        page.write_text(page.read_text() + f"\n\n{marker}\n")
        while time.perf_counter() - start < 120:
            with contextlib.suppress(OSError):
                if marker in urllib.request.urlopen(url, timeout=2).read().decode():
                    return time.perf_counter() - start
            time.sleep(0.05)
        return float("nan")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _best_of(func, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def library_rows() -> list[tuple[str, float, float]]:
    import numpy as np
    from sklearn.decomposition import PCA
    from sklearn.metrics import mutual_info_score

    from mlfound.information import mutual_information
    from mlfound.linalg import pca

    rng = np.random.default_rng(0)
    X = rng.normal(size=(10_000, 100)) @ rng.normal(size=(100, 100))
    x = rng.integers(0, 10, size=1_000_000)
    y = (x + rng.integers(0, 3, size=x.size)) % 10
    return [
        (
            "pca, 10,000 x 100",
            _best_of(lambda: pca(X)),
            _best_of(lambda: PCA(svd_solver="full").fit(X)),
        ),
        (
            "mutual_information, 10^6 labels",
            _best_of(lambda: mutual_information(x, y)),
            _best_of(lambda: mutual_info_score(x, y)),
        ),
    ]


def main() -> None:
    os.environ.update(build_env())  # one BLAS thread for the library timings too
    with tempfile.TemporaryDirectory(prefix="mlfound-bench-") as tmp:
        project = copy_project(ROOT, Path(tmp) / "project")
        cache = Path(tmp) / "cache"
        rows = []
        floor = floor_seconds(project)
        rows.append(("floor (all snippets, one process)", floor, None))
        noexec, _ = build_seconds(project, Path(tmp) / "cache-noexec", no_exec=True)
        rows.append(("build, execution off", noexec, None))
        cold, record = build_seconds(project, cache)
        rows.append(("cold build", cold, len(record["executed"])))
        warm, record = build_seconds(project, cache)
        rows.append(("warm build (nothing changed)", warm, len(record["executed"])))
        page = project / "docs" / "probability" / "index.md"
        page.write_text(page.read_text() + "\n\nA sentence added by the benchmark.\n")
        prose, record = build_seconds(project, cache)
        rows.append(("rebuild after a prose edit", prose, len(record["executed"])))
        module = project / "mlfound" / "information.py"
        module.write_text(module.read_text() + "\n# touched by the benchmark\n")
        edit, record = build_seconds(project, cache)
        rows.append(("rebuild after an mlfound edit", edit, len(record["executed"])))
        served = serve_edit_seconds(project, cache)
        rows.append(("make serve: prose edit to served page", served, None))
        shutil.rmtree(project / "site", ignore_errors=True)

    print(f"\n{'measurement':<40} {'seconds':>8} {'executed':>9}")
    for name, seconds, executed in rows:
        shown = "" if executed is None else str(executed)
        print(f"{name:<40} {seconds:8.2f} {shown:>9}")
    ratio = cold / (floor + noexec)
    print(f"\n{'cold / (floor + no-exec build)':<40} {ratio:8.2f}   target <= 0.75")
    print(f"{'warm / cold':<40} {warm / cold:8.2f}   target <= 0.30")

    print(f"\n{'library (best of 5)':<34} {'mlfound':>9} {'sklearn':>9} {'ratio':>6}")
    for name, ours, theirs in library_rows():
        ratio = ours / theirs
        print(f"{name:<34} {ours:8.3f}s {theirs:8.3f}s {ratio:6.2f}   target <= 2")


if __name__ == "__main__":
    main()
