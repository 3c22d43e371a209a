"""The book's order, read from `nav` in mkdocs.yml: what the PDF prints, where.

Top-level pages are front matter (the home page becomes the Introduction: its
heading is the book's title, which the title page already shows), top-level
sections are chapters, numbered from 1, and the sections listed in
`APPENDIX_PREFIXES` (the API reference) are appendices, lettered from B: the
PDF adds appendix A, the solutions of the exercises.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

__all__ = ["APPENDIX_PREFIXES", "HOME_TITLE", "Entry", "read_config", "read_nav"]

#: Top-level nav sections printed as appendices rather than chapters.
APPENDIX_PREFIXES = ("api/",)
#: The heading the home page gets in the PDF.
HOME_TITLE = "Introduction"


@dataclass(frozen=True)
class Entry:
    """A page of the book: where it comes from and where it sits."""

    title: str  # the nav title, which the PDF's heading and bookmark use
    src: str  # the page's source, relative to docs/
    level: int  # 1: a part (front page, chapter, appendix); 2: a section of one
    part: str  # the title of the part it belongs to, for the running head
    number: str = ""  # "2" for chapter 2, "B" for appendix B, "" otherwise

    @property
    def url(self) -> str:
        """The page's URL path relative to the site root (directory URLs)."""
        stem = self.src.rsplit(".", 1)[0]
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    @property
    def key(self) -> str:
        """The page's id in the document; its own ids are prefixed with it."""
        return self.url.strip("/").replace("/", "-") or "home"

    @property
    def is_chapter(self) -> bool:
        return self.number.isdigit()

    @property
    def label(self) -> str:
        """'Chapter 2', 'Appendix B', or '' for front matter and sections."""
        if not self.number:
            return ""
        return f"{'Chapter' if self.is_chapter else 'Appendix'} {self.number}"


def _loader() -> type[yaml.SafeLoader]:
    from yaml_env_tag import construct_env_tag

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", construct_env_tag)
    # Other mkdocs tags (!relative) say nothing the PDF needs.
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return Loader


def read_config(config_file: Path) -> dict:
    """mkdocs.yml as a dict, with `!ENV` resolved as mkdocs does."""
    text = Path(config_file).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_loader())


def read_nav(nav: list) -> list[Entry]:
    """The book's pages in nav order: front pages, chapters, appendices."""
    entries: list[Entry] = []
    chapters = appendices = 0
    for item in nav:
        ((title, value),) = item.items() if isinstance(item, dict) else ((None, item),)
        if isinstance(value, str):
            name = HOME_TITLE if value == "index.md" else title or value
            entries.append(Entry(name, value, 1, name))
            continue
        children = [
            (None, child) if isinstance(child, str) else next(iter(child.items()))
            for child in value
        ]
        index = next((src for name, src in children if name is None), None)
        if index is None:
            raise ValueError(f"nav section {title!r} has no index page")
        if index.startswith(APPENDIX_PREFIXES):
            appendices += 1
            number = chr(ord("A") + appendices)  # from B: A is the solutions
        else:
            chapters += 1
            number = str(chapters)
        entries.append(Entry(title, index, 1, title, number))
        entries += [
            Entry(name, src, 2, title) for name, src in children if name is not None
        ]
    return entries
