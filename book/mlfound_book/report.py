"""Timings of one build: what ran, what came from the cache, what was slow.

Budgets are reported, never fatal: a slow machine must not fail a correct
book. The report is logged after the build and saved as `last-build.json`
beside the cache, for the tests and `make bench`.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field

__all__ = ["Report", "Timing"]


@dataclass(frozen=True)
class Timing:
    kind: str  # block or notebook
    name: str
    page: str
    seconds: float
    cached: bool


@dataclass
class Report:
    budgets: dict[str, float]
    started: float = field(default_factory=time.perf_counter)
    timings: list[Timing] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, timing: Timing) -> None:
        with self._lock:
            self.timings.append(timing)

    def note(self, text: str) -> None:
        with self._lock:
            self.notes.append(text)

    def over_budget(self) -> list[Timing]:
        return [
            t
            for t in self.timings
            if not t.cached and t.seconds > self.budgets.get(t.kind, float("inf"))
        ]

    def lines(self) -> list[str]:
        executed = [t for t in self.timings if not t.cached]
        total = time.perf_counter() - self.started
        lines = [
            f"execution: {len(executed)} executed, {len(self.timings) - len(executed)}"
            f" from cache, {sum(t.seconds for t in executed):.2f} s of execution,"
            f" {total:.2f} s building"
        ]
        if executed:
            lines.append(f"  {'slowest executed':<52} {'page':<34} {'seconds':>7}")
            for t in sorted(executed, key=lambda t: (-t.seconds, t.name))[:8]:
                name = f"{t.kind} {t.name}"
                lines.append(f"  {name:<52} {t.page:<34} {t.seconds:7.2f}")
        for t in self.over_budget():
            lines.append(
                f"  budget: {t.kind} '{t.name}' on {t.page} took {t.seconds:.1f} s"
                f" (budget {self.budgets[t.kind]:.0f} s): make it faster"
            )
        lines.extend(f"  {note}" for note in self.notes)
        return lines

    def summary(self) -> str:
        executed = [t for t in self.timings if not t.cached]
        return json.dumps(
            {
                "executed": sorted(f"{t.kind}:{t.name}" for t in executed),
                "cached": sorted(
                    f"{t.kind}:{t.name}" for t in self.timings if t.cached
                ),
                "seconds": {
                    f"{t.kind}:{t.name}": round(t.seconds, 4) for t in self.timings
                },
                "over_budget": sorted(f"{t.kind}:{t.name}" for t in self.over_budget()),
                "notes": self.notes,
                "build_seconds": round(time.perf_counter() - self.started, 3),
            },
            indent=1,
            sort_keys=True,
        )
