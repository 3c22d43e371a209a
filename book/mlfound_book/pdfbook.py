"""The whole book as one HTML document, assembled from the built site.

`assemble` reads the pages of `nav` (mkdocs.yml, see `pdfnav`) from the built
site, in nav order, and joins their articles (each rewritten by `pdfpages`)
into one document for a browser to print: a title page, the contents, the
front pages, the chapters with their exercises, the exercises' solutions as
appendix A, and the API reference as appendix B. Nothing is rendered again:
the maths, figures, code and outputs are the site's own HTML, so the PDF
cannot disagree with the site. Each page of the book is a CSS named page,
which gives it its running heads: its part on the left, its title on the
right.

Page numbers (in the contents, and on the links between exercises and their
solutions) are `<span class="book-pageref" data-ref="ID">` elements, filled in
by `fill_page_numbers` once a first printing has shown where each ID landed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from mlfound_book.pdfnav import Entry, read_config, read_nav
from mlfound_book.pdfpages import ORIGIN, retitle, rewrite_page, take_solutions

__all__ = ["ORIGIN", "PLACEHOLDER", "Book", "assemble", "fill_page_numbers"]

#: What a page number reads before it is known: as wide as the widest real one.
PLACEHOLDER = "000"
#: The key of appendix A, the solutions.
SOLUTIONS = "book-solutions"

_PAGEREF = re.compile(r'(<span class="book-pageref" data-ref="([^"]+)">)[^<]*(</span>)')
_ARTICLE = re.compile(r"<article\b[^>]*>(.*)</article>", re.S)
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
_BODY = re.compile(r"<body\b([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
_ID = re.compile(r'\sid="([^"]+)"')
_LOCAL_HREF = re.compile(r'\shref="#([^"]+)"')


@dataclass
class Book:
    """The assembled document and what the PDF step needs to know about it."""

    html: str
    entries: list[Entry]
    title: str
    author: str
    description: str
    refs: list[str] = field(default_factory=list)  # ids whose page is printed


class _Assembler:
    def __init__(self, site: Path, entries: list[Entry], site_url: str) -> None:
        self.site = site
        self.entries = entries
        self.site_url = site_url if site_url.endswith("/") else site_url + "/"
        self.pages = {entry.url: entry for entry in entries}
        self.stylesheets: dict[str, None] = {}
        self.body: dict[str, str] = {}
        self.solutions: list[tuple[Entry, list[str]]] = []
        self.refs: list[str] = []

    def page(self, entry: Entry) -> str:
        path = self.site / entry.url / "index.html"
        text = path.read_text(encoding="utf-8")
        for href in _STYLESHEET.findall(text[: text.find("</head>")]):
            self.stylesheets.setdefault(urljoin("/" + entry.url, html.unescape(href)))
        body = _BODY.search(text)
        if not self.body and body is not None:
            self.body = {k: html.unescape(v) for k, v in _ATTRIBUTE.findall(body[1])}
        article = _ARTICLE.search(text)
        if article is None:
            raise ValueError(f"{path}: no <article> element")
        soup = rewrite_page(article[1], entry, self.pages, self.site_url)
        if entry.src.endswith(".ipynb"):
            cells = take_solutions(soup, entry, lambda *ref: self.pageref(soup, *ref))
            if cells:
                self.solutions.append((entry, cells))
        retitle(soup, entry)
        return (
            f'<section class="book-page book-level-{entry.level}" id="{entry.key}" '
            f'style="page: {entry.key}">\n{soup}\n</section>\n'
        )

    def pageref(self, soup: BeautifulSoup, target: str, label: str) -> Tag:
        """A link to `target` that says on which page it is."""
        self.refs.append(target)
        link = soup.new_tag("a", href=f"#{target}")
        link.append(f"{label}: page ")
        attrs = {"class": "book-pageref", "data-ref": target}
        number = soup.new_tag("span", attrs=attrs)
        number.string = PLACEHOLDER
        link.append(number)
        return link

    def part_of(self, entry: Entry) -> Entry:
        return next(e for e in self.entries if e.level == 1 and e.title == entry.part)

    def solutions_appendix(self) -> str:
        parts = [
            '<p class="book-number">Appendix A</p>',
            f'<h1 id="{SOLUTIONS}--title">Solutions</h1>',
            "<p>The worked solutions of each chapter's exercises. They come from "
            "the same executed notebooks as the exercises, so every output below "
            "is the one the notebook printed when the book was built.</p>",
        ]
        for entry, cells in self.solutions:
            chapter = self.part_of(entry)
            parts.append(
                f'<h2 id="{SOLUTIONS}--{entry.key}">{chapter.number} '
                f"{html.escape(chapter.title)}</h2>\n"
                '<div class="jupyter-wrapper"><div class="jp-Notebook">\n'
                + "\n".join(cells)
                + "\n</div></div>"
            )
        return (
            f'<section class="book-page book-level-1" id="{SOLUTIONS}" '
            f'style="page: {SOLUTIONS}">\n' + "\n".join(parts) + "\n</section>\n"
        )

    def contents(self, rows: list[tuple[str, str, int, str]]) -> str:
        """The contents: (key, title, level, number) for each row."""
        items = []
        for key, title, level, number in rows:
            self.refs.append(key)
            items.append(
                f'<li class="book-toc-{level}"><a href="#{key}">'
                f'<span class="book-toc-number">{number}</span>'
                f'<span class="book-toc-title">{html.escape(title)}</span>'
                '<span class="book-toc-leader"></span>'
                f'<span class="book-pageref" data-ref="{key}">{PLACEHOLDER}</span>'
                "</a></li>"
            )
        return (
            '<section class="book-contents" style="page: book-front">\n'
            '<h1 id="book-contents">Contents</h1>\n<ol>\n'
            + "\n".join(items)
            + "\n</ol>\n</section>\n"
        )


def _title_page(config: dict) -> str:
    name = html.escape(config.get("site_name", ""))
    description = html.escape(" ".join(str(config.get("site_description", "")).split()))
    author = html.escape(config.get("site_author", ""))
    url = html.escape(config.get("site_url", ""))
    licence = html.escape(config.get("copyright", ""))
    return (
        '<section class="book-title" style="page: book-title">\n'
        f'<p class="book-title-name">{name}</p>\n'
        f'<p class="book-title-description">{description}</p>\n'
        f'<p class="book-title-author">{author}</p>\n'
        '<p class="book-title-edition">The PDF edition of the site, printed from the '
        "same executed sources: every number and figure in it was computed when the "
        f'book was built.<br><a href="{url}">{url}</a></p>\n'
        f'<p class="book-title-licence">{licence}</p>\n'
        "</section>\n"
    )


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _running_heads(heads: list[tuple[str, str, str]]) -> str:
    """One named page per page of the book, with its left and right heads."""
    return "\n".join(
        f"@page {key} {{ @top-left {{ content: {_css_string(left)}; }} "
        f"@top-right {{ content: {_css_string(right)}; }} }}"
        for key, left, right in heads
    )


def assemble(site: Path, config_file: Path, stylesheet: str) -> Book:
    """The book's document: `site` is the built site, `stylesheet` the book's CSS."""
    config = read_config(config_file)
    entries = read_nav(config["nav"])
    assembler = _Assembler(Path(site), entries, config.get("site_url") or "/")
    sections: list[str] = []
    heads: list[tuple[str, str, str]] = []
    rows = []
    for entry in entries:
        sections.append(assembler.page(entry))
        part = assembler.part_of(entry)
        left = "" if entry.is_chapter else f"{part.number} {part.title}".strip()
        heads.append((entry.key, left, entry.title if entry.level == 2 else ""))
        rows.append((entry.key, entry.title, entry.level, entry.number))
    if assembler.solutions:  # before the other appendices
        appendices = (i for i, e in enumerate(entries) if e.number and not e.is_chapter)
        at = next(appendices, len(entries))
        sections.insert(at, assembler.solutions_appendix())
        rows.insert(at, (SOLUTIONS, "Solutions", 1, "A"))
        heads.append((SOLUTIONS, "A Solutions", ""))
    contents = assembler.contents(rows)
    links = "\n".join(
        f'<link rel="stylesheet" href="{href}">' for href in assembler.stylesheets
    )
    body = " ".join(f'{k}="{html.escape(v)}"' for k, v in assembler.body.items())
    document = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(config.get('site_name', ''))}</title>\n{links}\n"
        f"<style>\n{stylesheet}\n{_running_heads(heads)}\n</style>\n</head>\n"
        f'<body {body} class="book">\n'
        + _title_page(config)
        + contents
        + '<main class="md-typeset">\n'
        + "".join(sections)
        + "</main>\n</body>\n</html>\n"
    )
    ids = set(_ID.findall(document))
    dangling = sorted({ref for ref in _LOCAL_HREF.findall(document) if ref not in ids})
    if dangling:
        raise ValueError(f"links to no element of the book: {dangling[:5]}")
    return Book(
        html=document,
        entries=entries,
        title=config.get("site_name", ""),
        author=config.get("site_author", ""),
        description=" ".join(str(config.get("site_description", "")).split()),
        refs=list(dict.fromkeys(assembler.refs)),
    )


def fill_page_numbers(document: str, pages: dict[str, int]) -> str:
    """Write the page number of each reference's target into the document."""

    def number(match: re.Match) -> str:
        found = pages.get(html.unescape(match[2]))
        return match[1] + (PLACEHOLDER if found is None else str(found)) + match[3]

    return _PAGEREF.sub(number, document)
