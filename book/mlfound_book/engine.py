"""The book's build engine, independent of any site generator.

One `Engine` lives as long as the process that builds the site (a `mkdocs
serve` session keeps it between rebuilds). Per build it

1. reads the teaching library's modules and their import graph;
2. is shown every page's Markdown (`add_page`) and finds its executed blocks;
3. schedules them (`schedule`): a block whose key is in the store is ready at
   once; every other block runs in a fresh process from the warm zygote, all
   of them in parallel across the workers, while pages render;
4. hands a page its blocks' output (`output`) and quoted values (`quote`),
   checking that a snippet's output equals its recorded `.out`;
5. executes exercise notebooks the same way, cached on their code.

A block's key hashes its source, the library modules it imports (and theirs),
and the versions of the packages that shape output. Everything the engine
knows about a build is in this object: there is no module-level state.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import tempfile
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from mlfound_book import notebooks
from mlfound_book.blocks import Block, BlockSyntaxError, find_blocks, substitute_quotes
from mlfound_book.dependencies import PackageGraph
from mlfound_book.executor import BlockRun, Executor, decode_values
from mlfound_book.outputs import FigureError, difference, normalise
from mlfound_book.report import Report, Timing
from mlfound_book.store import Store, canonical_json

__all__ = ["BlockFailure", "Engine", "Settings"]

# Bump when what a stored record means changes (its fields, how output is caught).
SALT = "mlfound-book/3"


@dataclass(frozen=True)
class Settings:
    root: Path
    cache_dir: Path
    execute: str = "cache"  # cache | off | force
    workers: int = 2
    block_timeout: float = 60.0
    max_output: int = 1_000_000
    block_budget: float = 5.0
    notebook_budget: float = 30.0
    notebook_timeout: float = 300.0
    package: str = "mlfound"
    warm_imports: tuple[str, ...] = (
        "numpy",
        "scipy.stats",
        "matplotlib.pyplot",
        "sklearn.metrics",
        "IPython.core.interactiveshell",
    )
    output_packages: tuple[str, ...] = (
        "numpy",
        "scipy",
        "scikit-learn",
        "matplotlib",
        "markdown-exec",
        "mkdocs-jupyter",
        "nbclient",
        "jupytext",
    )

    def __post_init__(self) -> None:
        if self.execute not in ("cache", "off", "force"):
            raise ValueError(
                f"execute must be 'cache', 'off' or 'force': got {self.execute!r}"
            )


class BlockFailure(RuntimeError):
    """A block that cannot be shown: its message names the block and page."""


@dataclass(frozen=True)
class Result:
    stdout: str
    values: dict[str, Any]
    seconds: float
    cached: bool


@dataclass
class _BuildState:
    graph: PackageGraph
    versions: str
    report: Report
    blocks: dict[str, Block] = field(default_factory=dict)
    results: dict[str, Future[Result]] = field(default_factory=dict)
    notebooks: dict[str, Future[list[dict]]] = field(default_factory=dict)


def _done(value: Any) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


class Engine:
    def __init__(self, settings: Settings, log: logging.Logger) -> None:
        self.settings = settings
        self.log = log
        self.store = Store(settings.cache_dir, on_corrupt=self._corrupt)
        self._executor: Executor | None = None
        self._state: _BuildState | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        settings = self.settings
        return f"Engine(execute={settings.execute!r}, workers={settings.workers})"

    # -- life cycle -----------------------------------------------------------

    def warm_up(self) -> None:
        """Start the zygote now, so its imports overlap the rest of start-up."""
        if self.settings.execute != "off" and self._executor is None:
            self._executor = Executor(
                warm_imports=self.settings.warm_imports,
                workers=self.settings.workers,
                cwd=self.settings.root,
            )

    def begin_build(self) -> None:
        graph = PackageGraph.read(
            self.settings.root / self.settings.package, self.settings.package
        )
        versions = ";".join(
            f"{name}=={metadata.version(name)}"
            for name in self.settings.output_packages
        )
        budgets = {
            "block": self.settings.block_budget,
            "notebook": self.settings.notebook_budget,
        }
        self._state = _BuildState(graph, versions, Report(budgets))

    @property
    def state(self) -> _BuildState:
        if self._state is None:
            raise RuntimeError("begin_build() must be called first")
        return self._state

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()
            self._executor = None

    def _corrupt(self, path: Path, reason: str) -> None:
        self.log.info(
            "cache entry %s is corrupt (%s): discarded, executing again", path, reason
        )

    # -- keys -----------------------------------------------------------------

    def key(self, kind: str, code: Any, imports_from: str) -> str:
        state = self.state
        parts = {
            "salt": SALT,
            "kind": kind,
            "code": code,
            "modules": state.graph.fingerprint(imports_from),
            "versions": state.versions,
        }
        return hashlib.sha256(canonical_json(parts).encode("utf-8")).hexdigest()

    # -- blocks ---------------------------------------------------------------

    def add_page(self, page: str, markdown: str) -> list[Block]:
        """Find the executed blocks of a page; ids must be unique site-wide."""
        blocks = find_blocks(markdown, page, self.settings.root)
        for block in blocks:
            other = self.state.blocks.get(block.id)
            if other is not None:
                raise BlockSyntaxError(
                    f"block id '{block.id}' is used twice: on page {other.page} "
                    f"(line {other.line}) and on page {page} (line {block.line})"
                )
            self.state.blocks[block.id] = block
        return blocks

    def schedule(self, pages: list[str] | None = None) -> None:
        """Start every block that is not in the store.

        `pages` gives the reading order (the order pages will render in);
        blocks of other pages follow. Running them in that order lets each page
        render as soon as its own blocks are done, while later ones still run.
        """
        state = self.state
        rank = {page: i for i, page in enumerate(pages or [])}
        ordered = sorted(
            state.blocks.values(), key=lambda b: rank.get(b.page, len(rank))
        )
        for block in ordered:
            if block.id in state.results:
                continue
            if self.settings.execute == "off":
                state.results[block.id] = _done(Result("", {}, 0.0, cached=True))
                continue
            key = self.key("block", block.code, block.code)
            stored = (
                None
                if self.settings.execute == "force"
                else self.store.get("blocks", key)
            )
            if stored is not None:
                result = Result(
                    stored["stdout"], decode_values(stored["values"]), 0.0, cached=True
                )
                state.report.add(Timing("block", block.id, block.page, 0.0, True))
                state.results[block.id] = _done(result)
                continue
            self.warm_up()
            assert self._executor is not None
            run = self._executor.submit(
                block=block.id,
                path=block.snippet,
                code=None if block.snippet else block.code,
                cwd=block.snippet.parent if block.snippet else self.settings.root,
                timeout=self.settings.block_timeout,
                max_output=self.settings.max_output,
            )
            state.results[block.id] = self._after_run(block, key, run)

    def _after_run(
        self, block: Block, key: str, run: Future[BlockRun]
    ) -> Future[Result]:
        result: Future[Result] = Future()
        report = self.state.report

        def finished(done: Future[BlockRun]) -> None:
            try:
                outcome = done.result()
                self._check_run(block, outcome)
            except BaseException as error:
                result.set_exception(error)
                return
            report.add(Timing("block", block.id, block.page, outcome.seconds, False))
            encoded = {
                "stdout": outcome.stdout,
                "values": _encode_values(outcome.values),
            }
            self.store.put("blocks", key, encoded)
            result.set_result(
                Result(outcome.stdout, outcome.values, outcome.seconds, cached=False)
            )

        run.add_done_callback(finished)
        return result

    def _check_run(self, block: Block, run: BlockRun) -> None:
        where = block.where
        if run.status == "error":
            raise BlockFailure(f"{where} raised an exception:\n{run.stderr.rstrip()}")
        if run.status == "exit":
            raise BlockFailure(
                f"{where} called sys.exit({run.exit_code}): a block must run to its "
                "end (raise an exception to report a failure)"
            )
        if run.status == "timeout":
            raise BlockFailure(
                f"{where} ran longer than {self.settings.block_timeout:g} s and was "
                "stopped (block_timeout in mkdocs.yml)"
            )
        if run.status == "too-much-output":
            raise BlockFailure(
                f"{where} printed more than {self.settings.max_output:,} bytes "
                "(max_output in mkdocs.yml)"
            )
        if run.stderr:
            raise BlockFailure(
                f"{where} wrote to stderr (a warning, or a stray message): "
                f"examples must run silently there:\n{run.stderr.rstrip()}"
            )

    def result(self, block_id: str) -> Result:
        state = self.state
        if block_id not in state.results:
            raise KeyError(f"no executed block has id '{block_id}'")
        return state.results[block_id].result()

    def output(self, block_id: str, code: str, page: str) -> str:
        """What the block printed, checked against its recorded `.out`."""
        block = self.state.blocks.get(block_id)
        if block is None or block.page != page:
            raise BlockFailure(
                f"block '{block_id}' on page {page} was not found when the pages "
                "were read: is its fence on one line, with exec and id?"
            )
        if code.strip("\n") != block.code:
            raise BlockFailure(
                f"{block.where}: the code to execute differs from the code read "
                "from the page (an unsupported include syntax?)"
            )
        result = self.result(block_id)
        if self.settings.execute != "off" and block.snippet is not None:
            self._compare_with_record(block, result.stdout)
        return result.stdout

    def _compare_with_record(self, block: Block, stdout: str) -> None:
        record = block.snippet.with_suffix(".out")
        name = record.relative_to(self.settings.root)
        try:
            shown = normalise(stdout)
        except FigureError as error:
            raise BlockFailure(
                f"{block.where} printed an unusable figure: {error}"
            ) from None
        if not record.exists():
            raise BlockFailure(
                f"{block.where}: {name} does not exist; record it with "
                "`make update-snippets` and review it"
            )
        expected = record.read_text(encoding="utf-8")
        if shown != expected:
            diff = difference(expected, shown, names=(str(name), "this build"))
            raise BlockFailure(
                f"{block.where} printed output that differs from {name} (the page "
                "must show the tested run; if the change is meant, re-record with "
                f"`make update-snippets` and review it):\n{diff}"
            )

    def quote(self, markdown: str, page: str) -> tuple[str, list[str]]:
        """Replace the quotes of a page by the values its blocks computed."""

        def lookup(block_id: str, name: str) -> Any:
            if self.settings.execute == "off":
                return _NotRun("?")  # safe in prose and in TeX alike
            if block_id not in self.state.blocks:
                raise KeyError(f"no executed block has id '{block_id}'")
            values = self.result(block_id).values
            if name not in values:
                known = ", ".join(sorted(values)) or "none"
                raise KeyError(
                    f"block '{block_id}' has no top-level variable '{name}' that is "
                    f"a number, bool or short string (it has: {known})"
                )
            return values[name]

        return substitute_quotes(markdown, lookup, page)

    # -- notebooks ------------------------------------------------------------

    def schedule_notebook(
        self, name: str, source: str
    ) -> tuple[Any, Future[list[dict]]]:
        """The notebook of a jupytext script, and the future of its outputs."""
        notebook = notebooks.load(source)
        code = notebooks.code_cells(notebook)
        if self.settings.execute == "off":
            return notebook, _done(None)
        key = self.key("notebook", code, "\n\n".join(code))
        stored = (
            None
            if self.settings.execute == "force"
            else self.store.get("notebooks", key)
        )
        report = self.state.report
        if stored is not None:
            report.add(Timing("notebook", name, name, 0.0, True))
            return notebook, _done(stored["cells"])

        # The code cells run in one IPython shell in a fresh process from the
        # zygote, as a kernel would run them, from an empty folder (a reader's
        # download has no repository around it). tests/test_notebooks.py runs
        # every downloaded notebook again in a real kernel in a fresh venv.
        self.warm_up()
        assert self._executor is not None
        folder = tempfile.mkdtemp(prefix="mlfound-nb-")
        run = self._executor.submit(
            block=name,
            cells=code,
            cwd=Path(folder),
            timeout=self.settings.notebook_timeout,
            max_output=self.settings.max_output,
        )
        future: Future[list[dict]] = Future()

        def finished(done: Future[BlockRun]) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            try:
                outcome = done.result()
                if outcome.status != "ok" or outcome.cells is None:
                    detail = _strip_ansi(outcome.stderr).rstrip()
                    raise notebooks.NotebookFailed(
                        f"notebook {name} failed while executing a cell "
                        f"({outcome.status}):\n{detail}"
                    )
                cells = [
                    {
                        "execution_count": cell["execution_count"],
                        "outputs": notebooks.merge_streams(cell["outputs"]),
                    }
                    for cell in outcome.cells
                ]
            except BaseException as error:
                future.set_exception(error)
                return
            report.add(Timing("notebook", name, name, outcome.seconds, False))
            self.store.put("notebooks", key, {"cells": cells})
            future.set_result(cells)

        run.add_done_callback(finished)
        self.state.notebooks[name] = future
        return notebook, future

    def finish(self) -> Report:
        report = self.state.report
        self.store.write_text("last-build.json", report.summary())
        return report


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


class _NotRun(str):
    """The stand-in for a quote when execution is off: any format shows it."""

    def __format__(self, spec: str) -> str:
        return str(self)


def _encode_values(values: dict[str, Any]) -> dict[str, dict[str, str]]:
    encoded = {}
    for name, value in values.items():
        if isinstance(value, bool):
            encoded[name] = {"bool": value}
        elif isinstance(value, int):
            encoded[name] = {"int": str(value)}
        elif isinstance(value, float):
            encoded[name] = {"float": repr(value)}
        else:
            encoded[name] = {"str": str(value)}
    return encoded
