"""Run blocks in fresh processes forked from a warm parent, in parallel.

`Executor` starts the zygote (`mlfound_book.zygote`) with the snippet
environment, sends it requests and hands back `Future`s of `BlockRun`s. The
zygote forks up to `workers` children at a time; the heavy imports it has
already done make each child start in milliseconds instead of seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlfound_book.environment import snippet_env

__all__ = ["BlockRun", "Executor", "decode_values"]


@dataclass(frozen=True)
class BlockRun:
    """What one run of a block produced."""

    status: str  # ok, error, exit, timeout, too-much-output
    stdout: str
    stderr: str
    values: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    exit_code: str | None = None
    cells: list[dict] | None = None  # a notebook's outputs, cell by cell

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.stderr


def decode_values(encoded: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """Turn the zygote's tagged values back into Python values."""
    values: dict[str, Any] = {}
    for name, tagged in encoded.items():
        ((kind, text),) = tagged.items()
        if kind == "bool":
            values[name] = bool(text)
        elif kind == "int":
            values[name] = int(text)
        elif kind == "float":
            values[name] = float(text)
        else:
            values[name] = str(text)
    return values


class Executor:
    """A zygote process and the futures of the blocks sent to it."""

    def __init__(
        self,
        *,
        warm_imports: Sequence[str] = (),
        workers: int = 1,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.workers = max(1, int(workers))
        self._lock = threading.Lock()
        self._futures: dict[int, Future[BlockRun]] = {}
        self._next = 0
        self._ready = threading.Event()
        self._failure: str | None = None
        self._errors = tempfile.TemporaryFile()  # the zygote's own stderr
        self._process = subprocess.Popen(
            [sys.executable, "-m", "mlfound_book.zygote", *warm_imports],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env=snippet_env(env),
            cwd=str(cwd) if cwd else None,
        )
        self._send({"workers": self.workers})
        self._reader = threading.Thread(
            target=self._read_replies, name="zygote-replies", daemon=True
        )
        self._reader.start()

    def __repr__(self) -> str:
        return f"Executor(workers={self.workers}, pid={self._process.pid})"

    def _send(self, message: dict) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
        self._process.stdin.flush()

    def _read_replies(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            reply = json.loads(line)
            if reply.get("ready"):
                self._ready.set()
                continue
            with self._lock:
                future = self._futures.pop(reply["id"])
            future.set_result(
                BlockRun(
                    status=reply["status"],
                    stdout=reply["stdout"],
                    stderr=reply["stderr"],
                    values=decode_values(reply["values"]),
                    seconds=reply["seconds"],
                    exit_code=reply.get("exit_code"),
                    cells=reply.get("cells"),
                )
            )
        # The zygote ended: whatever is still pending can never finish.
        self._process.wait()
        self._errors.seek(0)
        stderr = self._errors.read().decode("utf-8", "replace")
        self._failure = f"the block runner stopped unexpectedly:\n{stderr[-4000:]}"
        with self._lock:
            pending, self._futures = self._futures, {}
        for future in pending.values():
            future.set_exception(RuntimeError(self._failure))

    def submit(
        self,
        *,
        block: str,
        path: Path | None = None,
        code: str | None = None,
        cells: list[str] | None = None,
        cwd: Path | None = None,
        timeout: float = 60.0,
        max_output: int = 1_000_000,
    ) -> Future[BlockRun]:
        """Run the script at `path` (or the source `code`, or notebook `cells`
        in one IPython shell) in a fresh child."""
        future: Future[BlockRun] = Future()
        with self._lock:
            if self._failure:
                future.set_exception(RuntimeError(self._failure))
                return future
            self._next += 1
            number = self._next
            self._futures[number] = future
        request = {
            "id": number,
            "block": block,
            "path": str(path) if path else None,
            "code": code,
            "cells": cells,
            "cwd": str(cwd) if cwd else None,
            "timeout": float(timeout),
            "max_output": int(max_output),
        }
        try:
            self._send(request)
        except (BrokenPipeError, OSError) as error:
            with self._lock:
                self._futures.pop(number, None)
            future.set_exception(RuntimeError(f"the block runner is gone: {error}"))
        return future

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                assert self._process.stdin is not None
                self._process.stdin.close()
            except OSError:
                pass
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._reader.join(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._errors.close()
