"""Which modules of the teaching library a piece of code depends on.

A block's cache key must change exactly when something that can change its
output changes. For the library that means: the modules the code imports, and,
transitively, the modules those import (a block that uses `mlfound.nn` depends
on `nn.py`, on the private modules `nn.py` imports, and on `__init__.py`).
The imports are read statically with `ast`, never executed.
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["PackageGraph"]


@dataclass
class PackageGraph:
    """The modules of one flat package, their hashes and import closure."""

    directory: Path
    name: str
    sources: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    closure: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, directory: Path, name: str) -> PackageGraph:
        graph = cls(Path(directory), name)
        graph.refresh()
        return graph

    def refresh(self) -> None:
        """Re-read every module from disk."""
        sources = {}
        for path in sorted(self.directory.glob("*.py")):
            module = (
                self.name if path.stem == "__init__" else f"{self.name}.{path.stem}"
            )
            sources[module] = path.read_text(encoding="utf-8")
        self.sources = sources
        self.hashes = {
            module: hashlib.sha256(text.encode("utf-8")).hexdigest()
            for module, text in sources.items()
        }
        direct = {
            module: self.imported(text, inside=True) | {self.name}
            for module, text in sources.items()
        }
        closure = {}
        for module in sources:
            seen: set[str] = set()
            stack = [module]
            while stack:
                current = stack.pop()
                if current not in seen:
                    seen.add(current)
                    stack.extend(direct.get(current, ()))
            closure[module] = frozenset(seen)
        self.closure = closure

    def imported(self, source: str, *, inside: bool = False) -> set[str]:
        """The package modules `source` imports directly.

        Code that cannot be parsed, or that imports the bare package and uses
        attributes, depends on every module: there is no telling which.
        """
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return set(self.sources)
        prefix = f"{self.name}."
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == self.name or alias.name.startswith(prefix):
                        found.add(alias.name)
            elif isinstance(node, ast.ImportFrom):
                if node.level and inside:
                    module = f"{prefix}{node.module}" if node.module else self.name
                else:
                    module = node.module or ""
                if module == self.name:
                    found.add(self.name)
                    found.update(f"{prefix}{alias.name}" for alias in node.names)
                elif module.startswith(prefix):
                    found.add(module)
        result = {module for module in found if module in self.sources}
        if self.name in found and not (result - {self.name}) and not inside:
            return set(self.sources)
        return result

    def dependencies(self, source: str) -> list[str]:
        """Sorted names of every package module `source` depends on."""
        modules: set[str] = set()
        for module in self.imported(source):
            modules |= self.closure[module]
        return sorted(modules)

    def fingerprint(self, source: str) -> dict[str, str]:
        """`{module: sha256}` for the modules `source` depends on."""
        return {module: self.hashes[module] for module in self.dependencies(source)}
