"""A content-addressed store of JSON records, each carrying its own checksum.

A record lives at `<root>/<kind>/<key[:2]>/<key>.json` and is written
atomically (a temporary file, then a rename), so a reader never sees half a
file. Each file holds `{"sha256": ..., "payload": ...}` where the checksum is
taken over the canonical JSON of the payload. A file that is truncated, empty,
not UTF-8, not JSON, or whose checksum does not match is reported as corrupt,
deleted, and treated as missing: the caller executes again. A corrupt entry is
never served.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["Store", "canonical_json"]


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: one text per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(payload: Any) -> str:
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


class Store:
    """Records keyed by content hashes, under one root folder.

    `on_corrupt(path, reason)` is called for each corrupt record found (the
    build logs it); the record is then removed.
    """

    def __init__(
        self, root: Path, *, on_corrupt: Callable[[Path, str], None] | None = None
    ) -> None:
        self.root = Path(root)
        self.on_corrupt = on_corrupt or (lambda path, reason: None)

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> Any | None:
        """The payload stored under `key`, or None if absent or corrupt."""
        path = self.path(kind, key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            record = json.loads(raw.decode("utf-8"))
            if not isinstance(record, dict) or set(record) != {"sha256", "payload"}:
                raise ValueError("not a store record")
            if record["sha256"] != _digest(record["payload"]):
                raise ValueError("checksum mismatch")
        except (UnicodeDecodeError, ValueError) as error:
            reason = (
                "not UTF-8" if isinstance(error, UnicodeDecodeError) else str(error)
            )
            if not raw:
                reason = "empty file"
            self.on_corrupt(path, reason)
            path.unlink(missing_ok=True)
            return None
        return record["payload"]

    def put(self, kind: str, key: str, payload: Any) -> None:
        path = self.path(kind, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = canonical_json({"sha256": _digest(payload), "payload": payload})
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)

    def write_text(self, name: str, text: str) -> Path:
        """A plain file beside the records (the last build's report)."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path
