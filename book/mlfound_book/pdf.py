"""The PDF edition: the built site printed by headless Chromium.

`python -m mlfound_book.pdf site` (what `make pdf` runs) assembles the book
from the built site (`pdfbook.assemble`), serves it to Chromium from memory
and the site folder (no server, no network: every request goes through
Playwright's router), and prints it with bookmarks and tags. Chromium lays out
the MathML with the site's STIX Two Math subset and embeds the fonts; the
figures stay vector SVG; CSS named pages give each section its running heads.

Chromium has no `target-counter()`, so the page numbers of the contents come
from a first printing: every link target becomes a named destination of the
PDF, whose page is read back with pikepdf, written into the document, and the
book printed again. The numbers are as wide as their placeholders, so nothing
moves; a third printing is made (and checked) should anything have moved all
the same.

The printed PDF differs between two runs only in its dates; they are set from
`SOURCE_DATE_EPOCH`, so the same site gives the same bytes.
"""

from __future__ import annotations

import argparse
import io
import mimetypes
import os
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from mlfound_book.environment import SOURCE_DATE_EPOCH
from mlfound_book.pdfbook import ORIGIN, Book, assemble, fill_page_numbers

__all__ = ["PdfFailed", "chromium", "make_pdf", "page_numbers"]

STYLESHEET = Path(__file__).with_name("pdf.css")
#: Chromium flags for a quiet, offline, reproducible printing.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
]
_BOOK = "__book__.html"
TIMEOUT = 600  # seconds for loading the document


class PdfFailed(RuntimeError):
    """The PDF cannot be made (no Chromium, a missing page, a failed request)."""


def chromium() -> str | None:
    """Debian's Chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def page_numbers(pdf: bytes, names: list[str]) -> dict[str, int]:
    """The (1-based) page of each named destination of `pdf` among `names`."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        index = {page.obj.objgen: n for n, page in enumerate(document.pages, 1)}
        wanted = set(names)
        found = {}
        for name, destination in _destinations(document).items():
            if name in wanted:
                found[name] = index[destination[0].objgen]
        return found


def _destinations(document) -> dict:
    """Named destinations, from the catalog's /Dests (as Chromium writes them)."""
    import pikepdf

    names = {}
    if "/Dests" in document.Root:
        for name, value in document.Root.Dests.items():
            names[name[1:]] = value
    if "/Names" in document.Root and "/Dests" in document.Root.Names:
        for name, value in pikepdf.NameTree(document.Root.Names.Dests).items():
            names[str(name)] = value
    return names


def _serve(site: Path, document: str):
    def handle(route) -> None:
        url = route.request.url
        if not url.startswith(ORIGIN):
            route.abort()
            return
        path = url[len(ORIGIN) :].split("#", 1)[0].split("?", 1)[0]
        if path == _BOOK:
            route.fulfill(body=document, content_type="text/html; charset=utf-8")
            return
        file = (site / path).resolve()
        if site.resolve() not in file.parents or not file.is_file():
            route.fulfill(status=404, body="")
            return
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        route.fulfill(body=file.read_bytes(), content_type=kind)

    return handle


def _print(browser, site: Path, document: str) -> bytes:
    failed: list[str] = []
    page = browser.new_page()
    try:
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on(
            "response",
            lambda response: (
                failed.append(response.url) if response.status >= 400 else None
            ),
        )
        page.set_default_timeout(TIMEOUT * 1000)  # a busy machine is slow, not broken
        page.route("**/*", _serve(site, document))
        page.goto(ORIGIN + _BOOK, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        if failed:
            raise PdfFailed(f"the book requested what the site lacks: {failed[:5]}")
        return page.pdf(
            prefer_css_page_size=True,
            print_background=True,
            outline=True,
            tagged=True,
        )
    finally:
        page.close()


def _pdf_date(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("D:%Y%m%d%H%M%SZ")


def _finish(pdf: bytes, book: Book, epoch: int) -> tuple[bytes, int]:
    """Fixed dates, the book's metadata, compact; the bookmarks open on opening.

    Chromium's tagged PDF (the tags carry the bookmarks, and the structure a
    screen reader reads) stores each of its ~80,000 structure elements as a
    separate uncompressed object: qpdf's object streams make it a third.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        date = _pdf_date(epoch)
        info = document.docinfo
        info["/Title"] = book.title
        info["/Author"] = book.author
        info["/Subject"] = book.description
        info["/Creator"] = "mlfound-book, printed by Chromium"
        info["/CreationDate"] = date
        info["/ModDate"] = date
        document.Root.PageMode = pikepdf.Name.UseOutlines
        out = io.BytesIO()
        document.save(
            out,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
            deterministic_id=True,
        )
        return out.getvalue(), len(document.pages)


def make_pdf(site: Path, out: Path, *, config: Path, log=print) -> dict:
    """Print the book from the built `site` into `out`; return a short report."""
    executable = chromium()
    if executable is None:
        raise PdfFailed(
            "the PDF is printed by Chromium, which is not installed "
            "(Debian: apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    site = Path(site)
    clock = _Clock()
    try:
        book = assemble(site, config, STYLESHEET.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # a page missing, or not as expected
        raise PdfFailed(f"cannot assemble the book from {site}: {error}") from None
    clock.lap("assembled")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        try:
            pdf = _print(browser, site, book.html)
            clock.lap("printed")
            pages = page_numbers(pdf, book.refs)
            for _ in range(2):
                missing = sorted(set(book.refs) - set(pages))
                if missing:
                    raise PdfFailed(f"no page found for {missing[:5]}")
                pdf = _print(browser, site, fill_page_numbers(book.html, pages))
                clock.lap("printed with page numbers")
                moved = page_numbers(pdf, book.refs)
                if moved == pages:
                    break
                pages = moved
            else:
                raise PdfFailed("the page numbers did not settle in three printings")
        finally:
            browser.close()
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH))
    data, count = _finish(pdf, book, epoch)
    clock.lap("compacted")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    log(
        f"PDF: {out}: {count} pages, {len(data) / 2**20:.1f} MB in "
        f"{clock.total:.0f} s ({clock})"
    )
    return {"pages": count, "bytes": len(data), "seconds": clock.total}


class _Clock:
    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: list[str] = []

    def lap(self, what: str) -> None:
        now = time.perf_counter()
        self.laps.append(f"{what} {now - self.last:.0f} s")
        self.last = now

    @property
    def total(self) -> float:
        return self.last - self.start

    def __str__(self) -> str:
        return ", ".join(self.laps)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument(
        "--out", type=Path, help="the PDF to write (default: SITE/mlfound.pdf)"
    )
    args = parser.parse_args(argv)
    try:
        make_pdf(args.site, args.out or args.site / "mlfound.pdf", config=args.config)
    except PdfFailed as error:
        print(f"make pdf: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
