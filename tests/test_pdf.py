"""The PDF edition (`make pdf`): the built site printed as one book.

The site is built once as `make build` builds it (with the "Download the PDF"
links), from the session's execution cache, and printed twice: the two PDFs
must be the same bytes. The tests of the PDF are skipped, with a reason, only
on a machine without Chromium (and the font test without poppler's
`pdffonts`); `.ci/run` installs both. The first tests need neither: they check
how a page of the site becomes a section of the book.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mlfound_book.pdf import chromium, make_pdf
from mlfound_book.pdfbook import ORIGIN, PLACEHOLDER, fill_page_numbers
from mlfound_book.pdfnav import read_config, read_nav
from mlfound_book.pdfpages import retitle, rewrite_page
from mlfound_book.sitebuild import build

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
RAW_TEX = re.compile(r"\\frac|\\begin\{|\$\$|\\\(|\\\)|\\\[|\\\]")


# -- a page of the site as a section of the book (no browser) -----------------

NAV = [
    {"Home": "index.md"},
    {"Notation": "notation.md"},
    {"Calculus": ["calculus/index.md", {"Gradient descent": "calculus/descent.md"}]},
    {"API reference": ["api/index.md", {"mlfound.nn": "api/nn.md"}]},
]


def test_nav_gives_parts_chapters_and_appendices():
    entries = read_nav(NAV)
    assert [(e.title, e.level, e.number, e.part) for e in entries] == [
        ("Introduction", 1, "", "Introduction"),
        ("Notation", 1, "", "Notation"),
        ("Calculus", 1, "1", "Calculus"),
        ("Gradient descent", 2, "", "Calculus"),
        ("API reference", 1, "B", "API reference"),
        ("mlfound.nn", 2, "", "API reference"),
    ]
    assert [e.url for e in entries] == [
        "",
        "notation/",
        "calculus/",
        "calculus/descent/",
        "api/",
        "api/nn/",
    ]
    assert entries[3].key == "calculus-descent"
    assert (entries[2].label, entries[4].label) == ("Chapter 1", "Appendix B")


def test_a_page_gets_prefixed_ids_book_links_and_every_tab():
    entries = read_nav(NAV)
    pages = {e.url: e for e in entries}
    article = (
        '<h1 id="gradient-descent">Gradient descent</h1><h2 id="rule">Rule</h2>'
        '<p><a href="#rule">here</a> <a href="../">chapter</a> '
        '<a href="../../api/nn/#mlfound.nn.sigmoid">sigmoid</a> '
        '<a href="exercises.ipynb">notebook</a> <a href="https://numpy.org">np</a></p>'
        '<div class="tabbed-set"><input id="t1"><div class="tabbed-labels">'
        '<label for="t1">Figure</label><label for="t2">Code</label></div>'
        '<div class="tabbed-content"><div class="tabbed-block"><figure>'
        '<svg id="fig-a"><use xlink:href="#fig-a-m"/></svg></figure></div>'
        '<div class="tabbed-block"><pre><code>x = 1</code></pre></div></div></div>'
    )
    soup = rewrite_page(article, entries[3], pages, "https://example.org/book/")
    retitle(soup, entries[3])
    html = str(soup)
    assert '<h2 id="calculus-descent--gradient-descent">Gradient descent</h2>' in html
    assert '<h3 id="calculus-descent--rule">' in html
    assert 'href="#calculus-descent--rule"' in html
    assert 'href="#calculus"' in html
    assert 'href="#api-nn--mlfound.nn.sigmoid"' in html
    assert 'href="https://example.org/book/calculus/descent/exercises.ipynb"' in html
    assert 'href="https://numpy.org"' in html
    assert '<svg id="fig-a">' in html  # figure ids are left alone
    assert "tabbed" not in html
    assert (
        html.index("Figure")
        < html.index("<svg")
        < html.index("Code")
        < html.index("x = 1")
    )


def test_a_chapter_opening_keeps_its_subtitle():
    entries = read_nav(NAV)
    soup = rewrite_page(
        '<h1 id="c">Calculus: the engine of optimisation</h1><h2>Why</h2>',
        entries[2],
        {},
        "/",
    )
    retitle(soup, entries[2])
    assert str(soup).startswith(
        '<p class="book-number">Chapter 1</p><h1 id="calculus--c">Calculus</h1>'
        '<p class="book-subtitle">The engine of optimisation</p><h2>Why</h2>'
    )


def test_page_numbers_are_filled_in():
    document = (
        f'<span class="book-pageref" data-ref="a">{PLACEHOLDER}</span>'
        f'<span class="book-pageref" data-ref="b">{PLACEHOLDER}</span>'
    )
    filled = fill_page_numbers(document, {"a": 7})
    assert filled == (
        '<span class="book-pageref" data-ref="a">7</span>'
        f'<span class="book-pageref" data-ref="b">{PLACEHOLDER}</span>'
    )


# -- the PDF ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def edition(cold_build, tmp_path_factory):
    """(site, PDF, the PDF printed a second time, seconds for one printing)."""
    if chromium() is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    _, cache = cold_build
    base = tmp_path_factory.mktemp("pdf")
    site = base / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MLFOUND_PDF", "mlfound.pdf")
        build(site, cache, project=ROOT)
    config = ROOT / "mkdocs.yml"
    started = time.perf_counter()
    make_pdf(site, site / "mlfound.pdf", config=config, log=lambda _line: None)
    seconds = time.perf_counter() - started
    make_pdf(site, base / "again.pdf", config=config, log=lambda _line: None)
    return site, site / "mlfound.pdf", base / "again.pdf", seconds


@pytest.fixture(scope="module")
def reader(edition):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(edition[1].read_bytes()))


@pytest.fixture(scope="module")
def entries():
    return read_nav(read_config(ROOT / "mkdocs.yml")["nav"])


@pytest.fixture(scope="module")
def outline(reader):
    """[(depth, title, page)] in order, pages counted from 1."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item) + 1
                found.append((depth, item.title, page))

    walk(reader.outline, 0)
    return found


@pytest.fixture(scope="module")
def page_texts(reader):
    return [page.extract_text() or "" for page in reader.pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_pdf_parses_and_has_a_sane_size(edition, reader, entries):
    _, pdf, _, _ = edition
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = len(reader.pages)
    assert 2 * len(entries) <= pages <= 12 * len(entries), pages
    assert pdf.stat().st_size < 20 * MB
    assert reader.metadata.title == read_config(ROOT / "mkdocs.yml")["site_name"]


def test_two_printings_are_the_same_bytes(edition):
    _, pdf, again, _ = edition
    assert pdf.read_bytes() == again.read_bytes()


def test_every_chapter_and_section_is_a_bookmark_in_nav_order(outline, entries):
    parts = [(title, page) for depth, title, page in outline if depth == 0]
    part_titles = [title for title, _ in parts]
    last_page = 0
    for entry in entries:
        if entry.level == 1:
            assert entry.title in part_titles, entry.title
            page = dict(parts)[entry.title]
        else:
            children = _children(outline, entry.part)
            assert entry.title in dict(children), (entry.part, entry.title)
            page = dict(children)[entry.title]
        assert page >= last_page, f"{entry.title} is out of nav order"
        last_page = page
    assert "Solutions" in part_titles


def _children(outline, parent: str) -> list[tuple[str, int]]:
    start = next(
        i for i, (d, title, _p) in enumerate(outline) if d == 0 and title == parent
    )
    children = []
    for depth, title, page in outline[start + 1 :]:
        if depth == 0:
            break
        if depth == 1:
            children.append((title, page))
    return children


def _part_pages(outline, entries, reader) -> dict[str, range]:
    starts = [(title, page) for depth, title, page in outline if depth == 0]
    ranges = {}
    for (title, page), (_next, end) in zip(
        starts, [*starts[1:], ("", len(reader.pages) + 1)], strict=True
    ):
        ranges[title] = range(page, max(page + 1, end))
    return {e.title: ranges[e.title] for e in entries if e.level == 1}


def test_the_text_of_every_chapter_is_extractable_without_raw_tex(
    outline, entries, reader, page_texts
):
    for title, pages in _part_pages(outline, entries, reader).items():
        text = "\n".join(page_texts[n - 1] for n in pages)
        assert len(text) > 200 * len(pages) / 2, f"{title}: little text"
        assert _squash(title) in _squash(text), title
        leftover = RAW_TEX.search(text)
        assert leftover is None, f"raw TeX {leftover.group(0)!r} in {title}"


def test_contents_give_the_pages_of_the_bookmarks(outline, page_texts):
    lines = [
        " ".join(line.split()) for text in page_texts[1:3] for line in text.splitlines()
    ]
    for depth, title, page in outline:
        if depth == 0 and title != "Contents":
            wanted = f"{title} {page}"
            assert any(
                line == wanted or line.endswith(" " + wanted) for line in lines
            ), (wanted, lines)


def test_running_heads_name_the_chapter(outline, entries, reader, page_texts):
    """Every page of a chapter's sections has the chapter's title on top."""
    for entry in entries:
        if entry.level != 1 or not entry.number.isdigit():
            continue
        pages = _part_pages(outline, entries, reader)[entry.title]
        first = next(e for e in entries if e.level == 2 and e.part == entry.title)
        first_section = dict(_children(outline, entry.title))[first.title]
        head = _squash(f"{entry.number} {entry.title}")
        for n in range(first_section, pages.stop):
            assert head in _squash(page_texts[n - 1]), (entry.title, n)


def test_figures_and_code_of_every_tab_are_printed(edition, page_texts):
    from bs4 import BeautifulSoup

    site = edition[0]
    text = _squash("".join(page_texts))
    checked = 0
    for page in sorted(site.rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tabs in soup.select(".tabbed-set"):
            caption = tabs.select_one("figcaption")
            code = tabs.select_one("pre code")
            if caption is None or code is None:
                continue
            first_line = next(
                line for line in code.get_text().splitlines() if line.strip()
            )
            assert _squash(caption.get_text())[:40] in text, page
            assert _squash(first_line) in text, page
            checked += 1
    assert checked >= 10


def test_figures_are_vector(reader, edition):
    """The PDF holds no more raster images than the site's figures do (PNG
    figures of dense images, and rasterised layers inside a few SVGs): every
    vector figure stays vector, and every PNG figure is printed (the site
    loads them lazily; the book must not leave out those never in view)."""
    images = 0
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get_object().get("/Subtype") == "/Image":
                images += 1
    site = edition[0]
    raster = pngs = 0
    for html in site.rglob("*.html"):
        if html.relative_to(site).parts[0] in ("api", "assets", "search"):
            continue
        text = html.read_text(encoding="utf-8")
        for figure in re.findall(
            r'<figure class="mlfound-figure.*?</figure>', text, re.S
        ):
            pngs += figure.count('class="mlfound-png"')
            raster += figure.count('class="mlfound-png"') + figure.count("<image ")
    assert pngs > 0 and pngs <= images <= raster, (
        f"{images} raster images in the PDF; {pngs} PNG figures and {raster} "
        "raster images on the site"
    )


def test_every_internal_link_has_a_target(reader):
    names = set(reader.named_destinations)
    internal = 0
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            destination = annotation.get("/Dest")
            if action is not None and action.get("/S") == "/URI":
                uri = str(action["/URI"])
                assert not uri.startswith((ORIGIN, "file:")), (number, uri)
                continue
            if action is not None and action.get("/S") == "/GoTo":
                destination = action["/D"]
            assert destination is not None, f"a link on page {number} goes nowhere"
            if isinstance(destination, str):
                assert destination in names, (number, destination)
            internal += 1
    assert internal > 300


def test_fonts_are_embedded(edition):
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("no pdffonts on this machine (apt-get install poppler-utils)")
    out = subprocess.run(
        [pdffonts, str(edition[1])], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert any("STIXTwoMath" in row for row in rows), out
    for row in rows:
        assert row.split()[-5] == "yes", f"font not embedded: {row}"


def test_home_and_chapter_pages_link_the_pdf(edition, entries):
    from bs4 import BeautifulSoup

    site = edition[0]
    linked = 0
    for entry in entries:
        html = (site / entry.url / "index.html").read_text(encoding="utf-8")
        link = BeautifulSoup(html, "html.parser").select_one(".mlfound-pdf-link a")
        should = entry.src == "index.md" or (
            entry.level == 1 and entry.number.isdigit()
        )
        assert (link is not None) == should, entry.src
        if link is not None:
            assert (site / entry.url / link["href"]).resolve() == edition[1].resolve()
            linked += 1
    assert linked >= 6


def test_printing_takes_reasonable_time(edition):
    assert edition[3] < 600, f"one PDF took {edition[3]:.0f} s"
