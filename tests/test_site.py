"""The built site, page by page: what a reader's browser will receive.

The site is built once per session with `--strict` into a temporary folder
(see `conftest.py`); these tests read every HTML page of it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

SITE_PREFIX = "/mlfound/"  # the path of site_url, used by the 404 page
KB = 1024


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.fixture(scope="session")
def soups(site):
    return {
        p: BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        for p in _pages(site)
    }


def _rel(site: Path, page: Path) -> str:
    return str(page.relative_to(site))


def _visible_text(soup: BeautifulSoup) -> str:
    clone = BeautifulSoup(str(soup), "html.parser")
    for tag in clone(["script", "style", "pre", "code", "svg", "math", "annotation"]):
        tag.decompose()
    for tag in clone.select(".highlight"):
        tag.decompose()
    return clone.get_text(" ")


def test_every_chapter_page_is_built(site):
    for chapter in (
        "linear-algebra",
        "calculus",
        "probability",
        "information-theory",
        "neural-network",
        "bayesian",
    ):
        assert (site / chapter / "index.html").exists()
        assert (site / chapter / "exercises" / "index.html").exists()
        assert (site / chapter / "exercises" / "exercises.ipynb").exists()


def test_no_traceback_or_error_output(site, soups):
    for page, soup in soups.items():
        text = soup.get_text(" ")
        assert "Traceback (most recent call last)" not in text, _rel(site, page)
        assert not soup.select(
            ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        ), _rel(site, page)


def test_math_is_typeset_everywhere(site, soups):
    raw = re.compile(r"\\\(|\\\[|\$\$|(?<![\w$])\$[^$\s][^$]*?\$")
    typeset = 0
    for page, soup in soups.items():
        assert not soup.select(".arithmatex"), (
            f"untypeset formula on {_rel(site, page)}"
        )
        leftover = raw.search(_visible_text(soup))
        assert leftover is None, f"raw TeX {leftover.group(0)!r} on {_rel(site, page)}"
        assert not soup.find("script", src=re.compile("mathjax", re.I)), _rel(
            site, page
        )
        for formula in soup.find_all("math"):
            assert formula.find(["mi", "mn", "mo", "mtext"]), _rel(site, page)
        typeset += len(soup.find_all("math"))
    assert typeset > 100


def test_maths_font_is_subset_and_preloaded(site, soups):
    font = site / "assets" / "maths" / "STIXTwoMath.woff2"
    assert font.read_bytes()[:4] == b"wOF2"
    assert font.stat().st_size < 80 * KB  # the whole font is 394 KB
    for page, soup in soups.items():
        preload = soup.select('link[rel=preload][as=font][href$="STIXTwoMath.woff2"]')
        assert bool(preload) == bool(soup.find("math")), _rel(site, page)


def test_no_maths_script_or_stylesheet_from_katex(site, soups):
    for page, soup in soups.items():
        assert not soup.select(".katex, script[src*=katex], link[href*=katex]"), _rel(
            site, page
        )


def test_no_request_leaves_the_site(site, soups):
    external = re.compile(r"^(https?:)?//", re.I)
    for page, soup in soups.items():
        for tag, attr in (
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("source", "src"),
            ("iframe", "src"),
            ("video", "src"),
            ("audio", "src"),
            ("embed", "src"),
            ("object", "data"),
        ):
            for element in soup.find_all(tag):
                url = element.get(attr)
                if tag == "link" and set(element.get("rel", [])) <= {
                    "canonical",
                    "alternate",
                }:
                    continue  # metadata, not a request
                assert not (url and external.match(url)), (
                    f"{_rel(site, page)}: <{tag} {attr}={url}>"
                )
        for style in soup.find_all(style=True):
            assert not re.search(r"url\((['\"]?)(https?:)?//", style["style"]), _rel(
                site, page
            )
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"url\((['\"]?)(https?:)?//", text), css
        assert "@import" not in text or "http" not in text, css


def test_no_duplicate_ids(site, soups):
    for page, soup in soups.items():
        ids = Counter(el["id"] for el in soup.find_all(id=True))
        dupes = [i for i, n in ids.items() if n > 1]
        assert not dupes, f"duplicate ids on {_rel(site, page)}: {dupes[:5]}"


def _target(site: Path, page: Path, url: str) -> tuple[Path, str] | None:
    parts = urlsplit(url)
    if (
        parts.scheme
        or parts.netloc
        or url.startswith(("mailto:", "data:", "javascript:"))
    ):
        return None
    path = unquote(parts.path)
    if path.startswith(SITE_PREFIX):
        target = site / path[len(SITE_PREFIX) :]
    elif path.startswith("/"):
        target = site / path.lstrip("/")
    elif path:
        target = (page.parent / path).resolve()
    else:
        target = page
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_internal_links_and_anchors_resolve(site, soups):
    checked = 0
    for page, soup in soups.items():
        for element in soup.find_all(["a", "link", "script", "img"]):
            url = element.get("href") or element.get("src")
            if not url:
                continue
            resolved = _target(site, page, url)
            if resolved is None:
                continue
            target, fragment = resolved
            assert target.exists(), f"{_rel(site, page)}: broken link {url}"
            if fragment and target.suffix == ".html":
                ids = (
                    {el["id"] for el in soups[target.resolve()].find_all(id=True)}
                    if target.resolve() in soups
                    else set()
                )
                assert fragment in ids, f"{_rel(site, page)}: missing anchor {url}"
            checked += 1
    assert checked > 500


def test_every_figure_has_a_title_and_caption(site, soups):
    figures = 0
    for page, soup in soups.items():
        for fig in soup.select("figure.mlfound-figure"):
            figures += 1
            title = fig.select_one("svg > title")
            img = fig.select_one("img[alt]")
            assert (title and title.get_text(strip=True)) or (
                img and img["alt"].strip()
            ), _rel(site, page)
            assert fig.figcaption and fig.figcaption.get_text(strip=True), _rel(
                site, page
            )
    assert figures >= 15


def test_every_page_has_a_description(site, soups):
    for page, soup in soups.items():
        if page.name == "404.html":
            continue
        meta = soup.find("meta", attrs={"name": "description"})
        assert meta and len(meta.get("content", "")) > 20, _rel(site, page)


def test_notebook_pages_offer_a_download(site, soups):
    for page, soup in soups.items():
        if page.parent.name != "exercises":
            continue
        link = soup.select_one(".mlfound-download a[download]")
        assert link is not None, _rel(site, page)
        assert (page.parent / link["href"]).exists()
        assert "jp-Cell" in str(soup)


# Budgets: what a reader downloads, and what the browser must style and lay
# out. MathML instead of KaTeX's HTML halved the elements of the heaviest pages
# (neural-network/backward: 5,007 -> 2,756). With six chapters the largest page,
# bayesian/gaussian-processes, had 5,385, most of them its figures' SVG paths,
# when this budget was set.
DOM_BUDGET = 6000


def test_dom_size_budget(site, soups):
    for page, soup in soups.items():
        count = len(soup.find_all(True))
        assert count <= DOM_BUDGET, f"{_rel(site, page)}: {count} elements"


# Budgets: what a reader downloads.
def test_page_size_budget(site):
    for page in _pages(site):
        assert page.stat().st_size <= 400 * KB, (
            f"{_rel(site, page)}: {page.stat().st_size // KB} KB"
        )


def test_figure_size_budget(site, soups):
    for page, soup in soups.items():
        for fig in soup.select("figure.mlfound-figure"):
            size = len(str(fig).encode())
            assert size <= 150 * KB, f"figure on {_rel(site, page)}: {size // KB} KB"


def test_raster_figures_are_files_loaded_lazily(site, soups):
    # Inline, a PNG figure was base64 inside the page, read before the first
    # paint; as a file it is fetched when it nears the screen.
    served = 0
    for page, soup in soups.items():
        for img in soup.select("figure.mlfound-figure img"):
            where = f"{_rel(site, page)}: {img.get('alt')}"
            assert not img["src"].startswith("data:"), f"{where} is inline"
            file = (page.parent / img["src"]).resolve()
            assert file.is_file(), f"{where}: {img['src']} is not on the site"
            assert file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", where
            assert file.stat().st_size <= 150 * KB, f"{where}: {file.stat().st_size}"
            assert img.get("loading") == "lazy", where
            assert img.get("width") and img.get("height"), f"{where} has no size"
            served += 1
    assert served >= 5


def test_material_script_does_not_hold_up_the_first_paint(site, soups):
    for page, soup in soups.items():
        if page.name == "404.html":
            continue
        bundles = [
            s for s in soup.find_all("script", src=True) if "/bundle." in s["src"]
        ]
        assert len(bundles) == 1, _rel(site, page)
        assert bundles[0].has_attr("defer"), _rel(site, page)


def test_total_site_budget(site):
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    # Six chapters, and every chapter page also as a notebook and a script: the
    # site was 20.2 MB when this budget was set (Material's source maps are
    # not shipped).
    assert total <= 25 * 1024 * KB, f"site is {total / 1024 / KB:.1f} MB"


def test_every_page_links_to_its_source(site, soups):
    from .snippet_output import ROOT

    checked = 0
    for page, soup in soups.items():
        edit = soup.select_one("a[rel=edit]")
        if edit is None:
            continue
        prefix = "https://github.com/mlfound/mlfound/edit/main/"
        assert edit["href"].startswith(prefix), _rel(site, page)
        assert (ROOT / edit["href"][len(prefix) :]).is_file(), edit["href"]
        view = soup.select_one('a[title="View source of this page"]')
        assert view is not None and "/raw/main/" in view["href"], _rel(site, page)
        checked += 1
    assert checked >= 40
