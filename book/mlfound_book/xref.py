"""Numbered equations and figures, and references to them.

A display formula carries a label in its TeX, `\\label{chain-rule}`; a figure
is the output of an executed block with `html="true"`, labelled by the block's
id. Both are numbered within their chapter in reading order: `(2.3)` is the
third labelled equation of chapter 2, `Figure 2.4` its fourth figure. The
prose refers to them as `@eq:chain-rule` and `@fig:<block-id>`; each reference
becomes a link showing the number. A reference to a label that no page defines
is an error naming the page, and so is a label defined twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mlfound_book.blocks import BlockSyntaxError, find_blocks, prose_segments

__all__ = ["LABEL", "REFERENCE", "CrossReferences", "Target"]

LABEL = re.compile(r"\\label\{([A-Za-z0-9_-]+)\}")
REFERENCE = re.compile(r"(?<![\w@/\\`])@(eq|fig):([A-Za-z0-9_-]+)")


@dataclass(frozen=True)
class Target:
    kind: str  # eq or fig
    name: str
    number: str  # "2.3"
    page: str  # src_uri of the page that holds it
    anchor: str  # the HTML id on that page

    @property
    def text(self) -> str:
        return f"({self.number})" if self.kind == "eq" else f"Figure {self.number}"


class CrossReferences:
    """All numbered things of a site, found before any page renders."""

    def __init__(self) -> None:
        self.targets: dict[tuple[str, str], Target] = {}

    def __repr__(self) -> str:
        return f"CrossReferences({len(self.targets)} targets)"

    def number(
        self, chapters: Iterable[tuple[int, list[tuple[str, str]]]], root
    ) -> None:
        """Number the labels of `chapters`: (chapter number, [(page, markdown)])."""
        self.targets = {}
        for chapter, pages in chapters:
            counts = {"eq": 0, "fig": 0}
            for page, markdown in pages:
                for kind, name in _labels(markdown, page, root):
                    counts[kind] += 1
                    anchor = f"{kind}-{name}"
                    key = (kind, name)
                    if key in self.targets:
                        raise BlockSyntaxError(
                            f"@{kind}:{name} is labelled twice: on page "
                            f"{self.targets[key].page} and on page {page}"
                        )
                    self.targets[key] = Target(
                        kind, name, f"{chapter}.{counts[kind]}", page, anchor
                    )

    def equation(self, name: str) -> Target | None:
        return self.targets.get(("eq", name))

    def figure(self, block_id: str) -> Target | None:
        return self.targets.get(("fig", block_id))

    def link(self, markdown: str, page: str, href: Callable[[Target], str]) -> str:
        """Replace each `@eq:name` and `@fig:id` in the prose by a link."""

        def replace(match: re.Match) -> str:
            kind, name = match.groups()
            target = self.targets.get((kind, name))
            if target is None:
                raise BlockSyntaxError(
                    f"page {page} refers to @{kind}:{name}, but no page of a "
                    f"chapter labels it"
                    + (
                        " (\\label{...} in a display formula)"
                        if kind == "eq"
                        else " (the id of a figure block)"
                    )
                )
            return f'<a class="mlf-ref" href="{href(target)}">{target.text}</a>'

        return "".join(
            REFERENCE.sub(replace, text) if is_prose else text
            for is_prose, text in prose_segments(markdown)
        )


def _labels(markdown: str, page: str, root) -> list[tuple[str, str]]:
    """(kind, name) of each labelled equation and figure block, in page order."""
    found: list[tuple[int, str, str]] = []
    position = 0
    for is_prose, text in prose_segments(markdown):
        if is_prose:
            for match in LABEL.finditer(text):
                found.append((position + match.start(), "eq", match.group(1)))
        position += len(text)
    lines = _line_starts(markdown)
    for block in find_blocks(markdown, page, root):
        if block.options.get("html", "").lower() in {"1", "true", "yes", "on"}:
            found.append((lines[block.line - 1], "fig", block.id))
    return [(kind, name) for _, kind, name in sorted(found)]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in re.finditer("\n", text):
        starts.append(match.end())
    return starts
