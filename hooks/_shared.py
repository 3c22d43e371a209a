"""Shared state of the build hooks: the execution cache and the timing report.

The cache is content-addressed. A block's key hashes

- its source after snippet inclusion,
- the source of every `mlfound` module it imports, followed through the
  package's own imports (a block that uses `mlfound.nn` depends on `nn.py`, on
  `_checks.py` which `nn.py` imports, and on `__init__.py`),
- the versions of the packages that shape output.

So an edit to `mlfound/information.py` re-executes exactly the blocks that use
it, and nothing else. The cache lives in `.cache/` (git-ignored) or wherever
`MLFOUND_CACHE_DIR` points; `make clean` empties it.
"""

from __future__ import annotations

import ast
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mlfound"
OUTPUT_PACKAGES = (
    "numpy",
    "scipy",
    "scikit-learn",
    "matplotlib",
    "markdown-exec",
    "mkdocs-jupyter",
    "nbclient",
    "jupytext",
)
# Budgets: a block (or a whole notebook) slower than this is a build warning,
# so `--strict` fails on it.
SLOW_SECONDS = {"block": 5.0, "notebook": 30.0}

log = logging.getLogger("mkdocs.plugins.mlfound")


def cache_dir() -> Path:
    path = Path(os.environ.get("MLFOUND_CACHE_DIR", ROOT / ".cache" / "mlfound"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def execution_disabled() -> bool:
    """`MLFOUND_NO_EXEC=1` skips execution (used only by `make bench`)."""
    return os.environ.get("MLFOUND_NO_EXEC") == "1"


def _versions() -> str:
    return ";".join(f"{name}=={metadata.version(name)}" for name in OUTPUT_PACKAGES)


def _imported_mlfound_modules(source: str, current: str | None = None) -> set[str]:
    """Names of the `mlfound` modules that `source` imports (statically)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set(_module_sources())  # cannot tell: depend on everything
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "mlfound" or alias.name.startswith("mlfound."):
                    found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level and current:  # relative import inside the package
                base = "mlfound"
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if module == "mlfound":
                found.add("mlfound")
                found.update(f"mlfound.{alias.name}" for alias in node.names)
            elif module.startswith("mlfound."):
                found.add(module)
    modules = set(_module_sources())
    result = {name for name in found if name in modules}
    if "mlfound" in found and not (result - {"mlfound"}):
        # `import mlfound` then attribute access: cannot tell which submodule.
        result |= modules
    return result


_state: dict[str, object] = {}


def _module_sources() -> dict[str, str]:
    return _state.get("sources", {})  # type: ignore[return-value]


def refresh_package_state() -> None:
    """Hash every `mlfound` module and compute its import closure."""
    sources = {}
    for path in sorted(PACKAGE.glob("*.py")):
        name = "mlfound" if path.stem == "__init__" else f"mlfound.{path.stem}"
        sources[name] = path.read_text(encoding="utf-8")
    _state["sources"] = sources
    _state["hashes"] = {
        name: hashlib.sha256(text.encode()).hexdigest()
        for name, text in sources.items()
    }
    direct = {
        name: _imported_mlfound_modules(text, current=name) | {"mlfound"}
        for name, text in sources.items()
    }
    closure = {}
    for name in sources:
        seen, stack = set(), [name]
        while stack:
            module = stack.pop()
            if module not in seen:
                seen.add(module)
                stack.extend(direct.get(module, ()))
        closure[name] = seen
    _state["closure"] = closure
    _state["versions"] = _versions()


def dependencies(source: str) -> list[str]:
    """The `mlfound` modules a block or notebook depends on, sorted."""
    closure = _state["closure"]
    deps: set[str] = set()
    for module in _imported_mlfound_modules(source):
        deps |= closure[module]  # type: ignore[index]
    return sorted(deps)


def cache_key(kind: str, source: str, code: str | None = None) -> str:
    """Key of `source`; `code` (default: `source`) is read for its imports."""
    hashes = _state["hashes"]
    modules = dependencies(source if code is None else code)
    parts = {
        "kind": kind,
        "source": source,
        "modules": {name: hashes[name] for name in modules},  # type: ignore[index]
        "versions": _state["versions"],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def cache_read(kind: str, key: str) -> str | None:
    path = cache_dir() / kind / key[:2] / key
    return path.read_text(encoding="utf-8") if path.exists() else None


def cache_write(kind: str, key: str, text: str) -> None:
    path = cache_dir() / kind / key[:2] / key
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a file


@dataclass
class Timing:
    kind: str
    name: str
    page: str
    seconds: float
    cached: bool


@dataclass
class BuildRecord:
    started: float = field(default_factory=time.perf_counter)
    timings: list[Timing] = field(default_factory=list)


record = BuildRecord()


def reset_record() -> None:
    global record
    record = BuildRecord()


def add_timing(kind: str, name: str, page: str, seconds: float, cached: bool) -> None:
    record.timings.append(Timing(kind, name, page, seconds, cached))
    if not cached and seconds > SLOW_SECONDS[kind]:
        log.warning(
            "%s '%s' on page %s took %.1f s (budget %.0f s): make it faster",
            kind,
            name,
            page,
            seconds,
            SLOW_SECONDS[kind],
        )


def report() -> None:
    """Log the execution table and save it for tests and `make bench`."""
    timings = record.timings
    executed = [t for t in timings if not t.cached]
    total = time.perf_counter() - record.started
    pages: dict[str, float] = {}
    for t in timings:
        pages[t.page] = pages.get(t.page, 0.0) + t.seconds
    lines = [
        f"execution: {len(executed)} executed, {len(timings) - len(executed)} "
        f"from cache, {sum(t.seconds for t in executed):.2f} s executing, "
        f"{total:.2f} s building"
    ]
    if executed:
        lines.append(f"  {'slowest executed':<46} {'page':<34} {'seconds':>7}")
        for t in sorted(executed, key=lambda t: -t.seconds)[:8]:
            lines.append(f"  {t.kind + ' ' + t.name:<46} {t.page:<34} {t.seconds:7.2f}")
        lines.append(f"  {'slowest pages (execution)':<81} {'seconds':>7}")
        for page, seconds in sorted(pages.items(), key=lambda kv: -kv[1])[:5]:
            lines.append(f"  {page:<81} {seconds:7.2f}")
    log.info("\n".join(lines))
    summary = {
        "executed": sorted(f"{t.kind}:{t.name}" for t in executed),
        "cached": sorted(f"{t.kind}:{t.name}" for t in timings if t.cached),
        "seconds": {f"{t.kind}:{t.name}": round(t.seconds, 4) for t in timings},
        "build_seconds": round(total, 3),
    }
    (cache_dir() / "last-build.json").write_text(json.dumps(summary, indent=1))
