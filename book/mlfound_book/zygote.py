"""A warm parent that runs each block in a fresh child process.

Started once per build (`python -m mlfound_book.zygote MODULE...`), it imports
the heavy libraries the examples use, then reads one JSON request per line on
stdin and, for each, forks a child that runs the block as a script:

- `__name__ == "__main__"`, `sys.argv == [path]`, the script's folder first on
  `sys.path` and as the working directory, the inherited environment: what
  `python snippets/<chapter>/<topic>.py` does;
- its file descriptors 1 and 2 go to files (C-level output is caught too);
  a size limit on them stops a block that prints without end;
- the child is its own process group, so a block that hangs past its time
  limit is killed with whatever it started.

The library under test is never imported here: each child imports it fresh
from disk, so an edit to it is seen by the next block.

Replies are JSON lines on stdout: `{"id", "status", "stdout", "stderr",
"values", "seconds"}` where status is `ok`, `error` (an exception; the
traceback is in stderr), `exit` (the block called `sys.exit`), `timeout` or
`too-much-output`. `values` holds the block's top-level variables that are
plain numbers, booleans or strings, for quoting in prose.

Only the standard library is used here; this file must not start threads
(it forks).
"""

from __future__ import annotations

import gc
import importlib
import json
import math
import os
import resource
import runpy
import selectors
import signal
import sys
import tempfile
import time
import traceback
from collections import deque
from typing import Any

_MAX_STRING = 200  # longest string value kept for quoting


def _quotable(value: Any) -> Any:
    """A JSON-safe copy of a plain scalar, or None if it is not one."""
    kind = type(value).__module__
    if kind == "numpy" and hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        value = value.item()
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)} if math.isfinite(value) else None
    if isinstance(value, str) and len(value) <= _MAX_STRING:
        return {"str": value}
    return None


def _run_cells(sources: list[str]) -> list[dict]:
    """Run notebook code cells in one IPython shell, as a Jupyter kernel would.

    Each cell gets what a kernel sends for it: its printed text, its rich
    displays and the value of its last expression (an `execute_result`). The
    first cell that raises ends the run; its entry carries the traceback.
    """
    from IPython.core.displayhook import DisplayHook
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output
    from traitlets.config import Config

    class Results(DisplayHook):
        """Keep the value of a cell's last expression instead of printing it."""

        def write_output_prompt(self) -> None:
            pass

        def write_format_data(self, format_dict, md_dict=None) -> None:
            self.shell.mlfound_result = (format_dict, md_dict or {})

    # No history database: children run at once would share one SQLite file in
    # the reader's home (IPython then prints "disk I/O error" into a cell's
    # output), and a build has no business writing there.
    config = Config()
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(colors="nocolor", config=config)
    shell.displayhook = Results(shell=shell, cache_size=0)
    shell.display_trap.hook = shell.displayhook
    cells = []
    for source in sources:
        shell.mlfound_result = None
        with capture_output() as captured:
            run = shell.run_cell(source, store_history=True)
        outputs = []
        for name, text in (("stdout", captured.stdout), ("stderr", captured.stderr)):
            if text:
                outputs.append({"output_type": "stream", "name": name, "text": text})
        for shown in captured.outputs:
            outputs.append(
                {
                    "output_type": "display_data",
                    "data": shown.data,
                    "metadata": shown.metadata or {},
                }
            )
        if shell.mlfound_result is not None and run.success:
            data, metadata = shell.mlfound_result
            outputs.append(
                {
                    "output_type": "execute_result",
                    "execution_count": run.execution_count,
                    "data": data,
                    "metadata": metadata,
                }
            )
        cell = {"execution_count": run.execution_count, "outputs": outputs}
        if not run.success:
            cell["error"] = (
                f"cell {len(cells) + 1} raised:\n{captured.stdout}{captured.stderr}"
            )
            cells.append(cell)
            break
        cells.append(cell)
    return cells


def _child(request: dict, out_path: str, err_path: str, result_path: str) -> None:
    """Run one block; never returns."""
    os.setpgid(0, 0)
    limit = int(request["max_output"])
    for fd, path in ((1, out_path), (2, err_path)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes fail with EFBIG instead
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit + 1, hard))
    status, exit_code, values, cells = "ok", None, {}, None
    path = request.get("path")
    try:
        if request.get("cells") is not None:
            os.chdir(request.get("cwd") or os.getcwd())
            sys.argv = [""]
            cells = _run_cells(request["cells"])
            if cells and cells[-1].get("error"):
                status = "error"
                sys.stderr.write(cells[-1]["error"])
        elif path:
            folder = os.path.dirname(path)
            sys.argv = [path]
            sys.path[0] = folder
            os.chdir(request.get("cwd") or folder)
            namespace = runpy.run_path(path, run_name="__main__")
        else:
            os.chdir(request.get("cwd") or os.getcwd())
            sys.argv = ["<block>"]
            namespace = {"__name__": "__main__"}
            code = compile(request["code"], f"<block {request['block']}>", "exec")
            exec(code, namespace)
        for name, value in ({} if cells is not None else namespace).items():
            if not name.startswith("_"):
                quoted = _quotable(value)
                if quoted is not None:
                    values[name] = quoted
    except SystemExit as stop:
        status, exit_code = "exit", stop.code
    except BaseException:
        status = "error"
        traceback.print_exc()
    try:
        sys.stdout.flush()
    except OSError:
        status = "too-much-output"
    try:
        sys.stderr.flush()
    except OSError:
        pass
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    with open(result_path, "w", encoding="utf-8") as handle:
        record = {"status": status, "exit_code": repr(exit_code), "values": values}
        json.dump({**record, "cells": cells}, handle)
    os._exit(0)


class Zygote:
    def __init__(self, reply_fd: int) -> None:
        self.reply = os.fdopen(reply_fd, "w", encoding="utf-8", buffering=1)
        self.queue: deque[dict] = deque()
        self.running: dict[int, dict] = {}
        self.workers = 1
        self.tmp = tempfile.mkdtemp(prefix="mlfound-zygote-")

    def start(self, request: dict) -> None:
        stem = os.path.join(self.tmp, str(request["id"]))
        paths = (f"{stem}.out", f"{stem}.err", f"{stem}.json")
        sys.stdout.flush()  # a child must not inherit half-written buffers
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                _child(request, *paths)
            finally:
                os._exit(70)
        request["_pid"], request["_paths"] = pid, paths
        request["_start"] = time.monotonic()
        self.running[pid] = request

    def finish(self, request: dict, status: str | None) -> None:
        out_path, err_path, result_path = request["_paths"]
        limit = int(request["max_output"])
        stdout = _read(out_path, limit)
        stderr = _read(err_path, limit)
        result = {"status": "error", "exit_code": "None", "values": {}}
        if status is None:
            try:
                with open(result_path, encoding="utf-8") as handle:
                    result = json.load(handle)
            except (OSError, ValueError):
                stderr += "\nthe block's process ended without reporting a result"
        else:
            result["status"] = status
        if os.path.exists(out_path) and os.path.getsize(out_path) > limit:
            result["status"] = "too-much-output"
        for path in request["_paths"]:
            if os.path.exists(path):
                os.unlink(path)
        reply = {
            "id": request["id"],
            "status": result["status"],
            "exit_code": result.get("exit_code"),
            "stdout": stdout,
            "stderr": stderr,
            "values": result.get("values", {}),
            "cells": result.get("cells"),
            "seconds": round(time.monotonic() - request["_start"], 4),
        }
        self.reply.write(json.dumps(reply) + "\n")

    def reap(self) -> None:
        now = time.monotonic()
        for pid, request in list(self.running.items()):
            if now - request["_start"] > float(request["timeout"]):
                try:
                    os.killpg(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                os.waitpid(pid, 0)
                del self.running[pid]
                self.finish(request, "timeout")
        while self.running:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            request = self.running.pop(pid, None)
            if request is not None:
                try:  # anything the block left running in its group goes too
                    os.killpg(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                self.finish(request, None)

    def serve(self, stdin: Any) -> None:
        selector = selectors.DefaultSelector()
        selector.register(stdin, selectors.EVENT_READ)
        buffer = b""
        open_input = True
        while open_input or self.queue or self.running:
            while self.queue and len(self.running) < self.workers:
                self.start(self.queue.popleft())
            timeout = 0.002 if self.running else None
            if open_input and selector.select(timeout):
                chunk = os.read(stdin.fileno(), 1 << 16)
                if not chunk:
                    open_input = False
                    selector.unregister(stdin)
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    message = json.loads(line)
                    if "workers" in message:
                        self.workers = max(1, int(message["workers"]))
                    else:
                        self.queue.append(message)
            elif not open_input:
                if not self.running and not self.queue:
                    break
                time.sleep(0.002)
            self.reap()


def _read(path: str, limit: int) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit)
    except OSError:
        return ""
    return data.decode("utf-8", errors="replace")


def _warm_matplotlib() -> None:
    """Draw and save one throwaway figure, so that the font cache, the text
    engine and both writers are loaded once here rather than in every child.
    Global settings are restored, so children start from matplotlib's defaults."""
    if "matplotlib.pyplot" not in sys.modules:
        return
    import io

    import matplotlib as mpl
    import matplotlib.pyplot as plt

    with mpl.rc_context():
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1], label="warm")
        ax.set_title("warm $x^2$")
        ax.legend()
        for fmt in ("svg", "png"):
            fig.savefig(io.BytesIO(), format=fmt)
        plt.close(fig)


def main(argv: list[str]) -> None:
    reply_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # nothing but replies may reach the reply channel
    for name in argv:
        importlib.import_module(name)
    _warm_matplotlib()
    gc.collect()
    gc.freeze()  # children share the warm heap instead of copying it on first GC
    zygote = Zygote(reply_fd)
    zygote.reply.write(json.dumps({"ready": True}) + "\n")
    zygote.serve(sys.stdin)


if __name__ == "__main__":
    main(sys.argv[1:])
