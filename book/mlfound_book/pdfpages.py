"""One built page of the site, rewritten to be a section of the PDF's document.

The article of each page is taken as the site serves it and rewritten:

- every `id` gets the page's key as a prefix (two pages may both have a
  `#summary`), except inside inline SVG, whose ids are unique per figure;
- every link is resolved against the page's URL: to a page of the book it
  becomes a link within the document, to anything else (a notebook file) a
  link to the published site;
- the nav title heads the page, and inside a chapter's sections the page's
  own headings move down a level, so the PDF's bookmarks nest as the nav does;
- tabbed blocks show every tab under its label, collapsed blocks are open;
- a notebook's solutions are taken out, for the appendix, with a link to each
  from its exercise and back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from mlfound_book.pdfnav import Entry

__all__ = ["ORIGIN", "retitle", "rewrite_page", "take_solutions"]

#: The origin the document is served from while it is printed; never a real host.
ORIGIN = "http://book.invalid/"

_HEADING = re.compile(r"^h([1-6])$")
_ID_REFERENCES = ("for", "aria-labelledby", "aria-describedby", "aria-controls")
_SITE_ONLY = (
    ".headerlink, a.anchor-link, .md-source-file, .md-content__button, "
    ".mlfound-pdf-link, script"
)


def rewrite_page(
    article: str, entry: Entry, pages: dict[str, Entry], site_url: str
) -> BeautifulSoup:
    """The article's HTML as a section of the book; `pages` maps URL to entry."""
    soup = BeautifulSoup(article, "html.parser")
    for tag in soup.select(_SITE_ONLY):
        tag.decompose()
    for tag in soup.find_all("details"):
        tag["open"] = ""  # on paper, every collapsed block is open
    _untab(soup)
    _prefix_ids(soup, entry.key + "--")
    _resolve_links(soup, entry, pages, site_url)
    return soup


def retitle(soup: BeautifulSoup, entry: Entry) -> None:
    """The nav title heads the page; the page's own headings move down."""
    first = soup.find("h1")
    if first is None:
        raise ValueError(f"{entry.src}: the page has no <h1>")
    own = first.get_text(" ", strip=True)
    shift = entry.level - 1
    for tag in soup.find_all(_HEADING):
        tag.name = f"h{min(6, int(tag.name[1]) + shift)}"
    title = soup.new_tag(f"h{entry.level}", attrs={"id": first.get("id", "")})
    title.string = entry.title
    first.decompose()
    opening = [title]
    if entry.label:
        opening.insert(0, _paragraph(soup, "book-number", entry.label))
    if entry.level == 1 and own.lower().startswith(entry.title.lower() + ":"):
        rest = own[len(entry.title) + 1 :].strip()  # "Calculus: the engine of..."
        opening.append(_paragraph(soup, "book-subtitle", rest[:1].upper() + rest[1:]))
    for tag in reversed(opening):
        soup.insert(0, tag)


def take_solutions(
    soup: BeautifulSoup, entry: Entry, pageref: Callable[[str, str], Tag]
) -> list[str]:
    """Take each 'Solution to exercise N' out of a notebook page, as HTML.

    In a notebook an exercise is an h2 and its solution an h3 starting with
    "Solution", until the next h2. The exercise gets a link to its solution and
    the solution one back, both made by `pageref(target_id, label)`.
    """
    notebook = soup.select_one(".jp-Notebook")
    if notebook is None:
        return []
    _split_cells(soup, notebook)
    runs: list[list[Tag]] = []
    taking = False
    for cell in notebook.find_all("div", class_="jp-Cell", recursive=False):
        heading = cell.find(["h1", "h2", "h3"])
        if heading is not None and heading.name in ("h1", "h2"):
            taking = False
        elif heading is not None and heading.get_text().startswith("Solution"):
            taking = True
            runs.append([])
        if taking:
            runs[-1].append(cell)
    moved = []
    for run in runs:
        heading = run[0].find("h3")
        exercise = run[0].find_previous("h2")
        if not heading.get("id") or exercise is None or not exercise.get("id"):
            raise ValueError(f"{entry.src}: a solution or exercise has no id")
        forward = soup.new_tag("p", attrs={"class": "book-solution-link"})
        forward.append(pageref(heading["id"], "Solution"))
        run[0].insert_before(forward)
        back = soup.new_tag("p", attrs={"class": "book-solution-link"})
        back.append(pageref(exercise["id"], "Exercise"))
        heading.insert_after(back)
        moved.append("\n".join(str(cell.extract()) for cell in run))
    return moved


def _paragraph(soup: BeautifulSoup, css_class: str, text: str) -> Tag:
    tag = soup.new_tag("p", attrs={"class": css_class})
    tag.string = text
    return tag


def _outside_svg(root: Tag) -> Iterator[Tag]:
    """Every element under `root` but those of inline SVG figures."""
    for child in root.children:
        if isinstance(child, Tag) and child.name != "svg":
            yield child
            yield from _outside_svg(child)


def _prefix_ids(soup: BeautifulSoup, prefix: str) -> None:
    for tag in _outside_svg(soup):
        if tag.get("id"):
            tag["id"] = prefix + tag["id"]
        for name in _ID_REFERENCES:
            if tag.get(name):
                tag[name] = " ".join(prefix + ref for ref in tag[name].split())


def _resolve_links(
    soup: BeautifulSoup, entry: Entry, pages: dict[str, Entry], site_url: str
) -> None:
    page_url = ORIGIN + entry.url
    for tag in soup.find_all(["a", "img", "source"]):
        name = "href" if tag.name == "a" else "src"
        if not tag.get(name):
            continue
        target = urljoin(page_url, tag[name])
        if not target.startswith(ORIGIN):
            continue  # another site, or mailto:
        parts = urlsplit(target)
        path = parts.path[1:]
        if tag.name != "a":
            tag[name] = "/" + path  # served from the site while printing
            if tag.has_attr("loading"):
                del tag["loading"]  # every image is in the PDF, not only those in view
            continue
        page = pages.get(path.removesuffix("index.html"))
        if page is None:  # not in the book (a notebook file): the site's copy
            tag[name] = site_url + target[len(ORIGIN) :]
        elif parts.fragment:
            tag[name] = f"#{page.key}--{parts.fragment}"
        else:
            tag[name] = f"#{page.key}"


def _untab(soup: BeautifulSoup) -> None:
    """Every tab of a tabbed block, one after the other under its label."""
    for tabs in soup.select(".tabbed-set"):
        labels = [
            label.get_text(strip=True)
            for label in tabs.select(".tabbed-labels > label")
        ]
        blocks = tabs.select(".tabbed-content > .tabbed-block")
        if len(labels) != len(blocks):
            raise ValueError(f"a tabbed block with {labels} has {len(blocks)} tabs")
        group = soup.new_tag("div", attrs={"class": "book-tabs"})
        for label, block in zip(labels, blocks, strict=True):
            tab = soup.new_tag("div", attrs={"class": "book-tab"})
            tab.append(_paragraph(soup, "book-tab-label", label))
            tab.extend(list(block.contents))
            group.append(tab)
        tabs.replace_with(group)


def _split_cells(soup: BeautifulSoup, notebook: Tag) -> None:
    """Split Markdown cells so that each exercise or solution heading opens one
    (an exercise and the heading of its solution may share a cell)."""
    for cell in notebook.find_all("div", class_="jp-Cell", recursive=False):
        text = cell.select_one(".jp-RenderedMarkdown")
        if text is None:
            continue
        for heading in reversed(text.find_all(["h2", "h3"], recursive=False)):
            if heading.find_previous_sibling() is None:
                continue
            new_cell = soup.new_tag("div", attrs={"class": cell["class"]})
            new_text = soup.new_tag("div", attrs={"class": text["class"]})
            new_cell.append(new_text)
            for part in [heading, *heading.find_next_siblings()]:
                new_text.append(part.extract())
            cell.insert_after(new_cell)
