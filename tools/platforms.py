"""`make test-platforms`: the examples' output on other CPUs, emulated here.

numpy picks SIMD kernels and OpenBLAS picks BLAS kernels by CPU, so rounding
noise differs between machines; the book prints only what holds on all of
them. This runs the snippet-output tests and the exercise notebooks under

- native: this machine as it is (any emulation variables in the caller's
  environment removed);
- no-avx512: numpy without its AVX-512 kernels, OpenBLAS as on Haswell;
- baseline: numpy with no dispatched SIMD kernels at all (its baseline only),
  OpenBLAS as on a Prescott (SSE3) or a generic ARMv8 core.

numpy accepts in `NPY_DISABLE_CPU_FEATURES` only the dispatch targets this
machine has (anything else is an ImportWarning), so they are read from
`numpy.show_runtime()` first. Each notebook's outputs must equal the native
run's. Usage: `python tools/platforms.py [name ...]` (default: all three).
"""

from __future__ import annotations

import ast
import contextlib
import io
import platform
import re
import subprocess
import sys
from pathlib import Path

from mlfound_book import notebooks
from mlfound_book.environment import build_env

ROOT = Path(__file__).resolve().parent.parent

X86 = platform.machine().lower() in {"x86_64", "amd64", "i686", "i386"}


def found_simd() -> list[str]:
    """The SIMD dispatch targets numpy found on this CPU."""
    import numpy

    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        numpy.show_runtime()
    match = re.search(r"'found':\s*(\[[^\]]*\])", text.getvalue())
    return ast.literal_eval(match.group(1)) if match else []


def platforms() -> dict[str, dict[str, str]]:
    found = found_simd()
    avx512 = [f for f in found if f.startswith("AVX512") or f == "X86_V4"]
    return {
        "native": {},
        "no-avx512": {
            "NPY_DISABLE_CPU_FEATURES": " ".join(avx512),
            "OPENBLAS_CORETYPE": "Haswell" if X86 else "ARMV8",
        },
        "baseline": {
            "NPY_DISABLE_CPU_FEATURES": " ".join(found),
            "OPENBLAS_CORETYPE": "Prescott" if X86 else "ARMV8",
        },
    }


def native_env() -> dict[str, str]:
    """The build environment with no CPU emulation, whatever the caller set."""
    env = build_env()
    for name in ("NPY_DISABLE_CPU_FEATURES", "OPENBLAS_CORETYPE"):
        env.pop(name, None)
    return env


def notebook_text(name: str, env: dict[str, str]) -> list[str]:
    """Every output of one exercises notebook, run in a kernel with `env`."""
    import os

    source = (ROOT / "docs" / name).read_text(encoding="utf-8")
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # the kernel inherits this process's environment
    try:
        cells = notebooks.execute(notebooks.load(source), where=name, timeout=600)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    texts = []
    for cell in cells:
        for output in cell["outputs"]:
            data = output.get("data", {})
            texts.append(output.get("text") or data.get("text/plain") or "")
    return texts


def main(names: list[str]) -> int:
    table = platforms()
    chosen = names or list(table)
    unknown = [n for n in chosen if n not in table]
    if unknown:
        sys.exit(f"unknown platform(s) {unknown}: choose from {list(table)}")
    exercises = sorted(
        p.relative_to(ROOT / "docs").as_posix()
        for p in (ROOT / "docs").glob("*/exercises.py")
    )
    reference = {name: notebook_text(name, native_env()) for name in exercises}
    failures = []
    for name in chosen:
        extra = table[name]
        env = native_env()
        env.update(extra)
        shown = " ".join(f"{k}={v!r}" for k, v in extra.items()) or "(as is)"
        print(f"\n== platform {name}: {shown}", flush=True)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_snippets.py",
                "-k",
                "output",
            ],
            cwd=ROOT,
            env=env,
            check=False,
        )
        if result.returncode:
            failures.append(f"{name}: snippet outputs")
        for notebook in exercises:
            if name != "native" and notebook_text(notebook, env) != reference[notebook]:
                failures.append(f"{name}: outputs of {notebook} differ from native")
                print(f"   {notebook}: outputs differ from the native run")
        print(f"   {len(exercises)} notebooks compared with the native run", flush=True)
    print()
    for failure in failures:
        print(f"FAILED {failure}")
    print("all platforms agree" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
