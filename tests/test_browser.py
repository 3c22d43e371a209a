"""The built site in a real browser (Debian's Chromium, driven by Playwright).

Skipped, with a reason, only on a machine without Chromium; `.ci/run`
installs it, so CI always runs these.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from .snippet_output import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)"
)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _page_urls(site: Path) -> list[str]:
    urls = []
    for page in sorted(site.rglob("index.html")):
        rel = page.parent.relative_to(site).as_posix()
        urls.append("/" if rel == "." else f"/{rel}/")
    return urls


def _visit(browser, url, *, width=1280, scheme=None):
    """Open `url`; return (page, console errors, failed requests, foreign hosts)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    if scheme:
        context.add_init_script(
            "localStorage.setItem('/.__palette', JSON.stringify("
            f"{{index: {1 if scheme == 'slate' else 0}, color: {{scheme: '{scheme}'}}}}))"
        )
    page = context.new_page()
    errors, failed, foreign = [], [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on(
        "request",
        lambda r: (
            foreign.append(r.url)
            if urlsplit(r.url).scheme in ("http", "https")
            and urlsplit(r.url).hostname != "127.0.0.1"
            else None
        ),
    )
    page.goto(url, wait_until="networkidle")
    return page, errors, failed, foreign


def test_every_page_loads_cleanly_and_typesets_its_maths(site, server, browser):
    checked = 0
    for path in _page_urls(site):
        page, errors, failed, foreign = _visit(browser, server + path)
        assert errors == [], f"{path}: console errors {errors}"
        assert failed == [], f"{path}: failed requests {failed}"
        assert foreign == [], f"{path}: requests to other hosts {foreign}"
        result = page.evaluate(
            """() => {
                const maths = [...document.querySelectorAll('math')];
                const zero = maths.filter(m => {
                    const r = m.getBoundingClientRect();
                    return m.closest('details:not([open]), .tabbed-block:not(:first-child)') === null
                        && (r.width === 0 || r.height === 0);
                }).length;
                const text = document.querySelector('article').innerText;
                return {count: maths.length, zero, raw: /\\\\\\(|\\\\\\[|\\$\\$/.test(text),
                        fonts: document.fonts.status};
            }"""
        )
        assert result["zero"] == 0, f"{path}: {result['zero']} formulas with no size"
        assert not result["raw"], f"{path}: raw TeX visible"
        page.context.close()
        checked += 1
    assert checked >= 35


def test_no_page_scrolls_sideways_on_a_phone(site, server, browser):
    for path in _page_urls(site):
        page, *_ = _visit(browser, server + path, width=390)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{path}: {overflow}px wider than a 390px screen"
        page.context.close()


def _contrast(rgb_a: str, rgb_b: str) -> float:
    def luminance(rgb: str) -> float:
        channels = [
            int(v) / 255
            for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]
        ]
        linear = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
            for c in channels
        ]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(rgb_a), luminance(rgb_b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_dark_mode_toggle_keeps_figures_legible(server, browser):
    page, *_ = _visit(browser, server + "/linear-algebra/norms/")
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    assert scheme == "default"
    for wanted in ("slate", "default"):
        page.locator("form[data-md-component='palette'] label:visible").first.click()
        page.wait_for_function(
            f"() => document.body.getAttribute('data-md-color-scheme') === '{wanted}'"
        )
        colours = page.evaluate(
            """() => {
                const fig = document.querySelector('figure.mlfound-figure svg');
                const text = fig.querySelector('text');
                return {ink: getComputedStyle(text).fill,
                        paper: getComputedStyle(document.body).backgroundColor};
            }"""
        )
        ink = colours["ink"]
        assert ink.startswith("rgb"), colours
        metas = page.evaluate(
            "[...document.querySelectorAll('meta[name=color-scheme]')]"
            ".map(m => m.content)"
        )
        assert metas == ["dark" if wanted == "slate" else "light"]
        assert _contrast(ink, colours["paper"]) >= 4.5, (wanted, colours)
    page.context.close()


def _over(ink: str, paper: str) -> str:
    """The opaque colour a translucent `ink` shows on an opaque `paper`."""

    def parts(rgb: str) -> list[float]:
        return [float(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")]

    *fg, alpha = [*parts(ink), 1.0] if ink.startswith("rgb(") else parts(ink)
    bg = parts(paper)[:3]
    mixed = [round(alpha * f + (1 - alpha) * b) for f, b in zip(fg, bg, strict=True)]
    return "rgb({}, {}, {})".format(*mixed)


# A chapter page (Python, printed output, comments, downloads, figures) and an
# API page (docstring examples, whose output lines are Pygments' `.go`).
CONTRAST_PAGES = ("/calculus/derivatives/", "/api/bayes/")
# What is checked besides every code token: (label, selector).
TEXT = [
    ("link", ".md-content a"),
    ("button", ".md-content .md-button"),
    ("paragraph", ".md-content p"),
    ("caption", ".md-content figcaption"),
    ("equation number", ".mlf-eqno"),
    ("navigation", ".md-sidebar .md-nav__link"),
]


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_and_code_are_legible_in_both_schemes(server, browser, scheme):
    for path in CONTRAST_PAGES:
        page, *_ = _visit(browser, server + path, scheme=scheme)
        seen = page.evaluate(
            """(text) => {
                // The opaque colour behind an element: its translucent
                // backgrounds laid over the first opaque one below them.
                const rgba = c => (c.match(/[0-9.]+/g) || []).map(Number);
                const paper = el => {
                    const layers = [];
                    for (; el; el = el.parentElement) {
                        const [r, g, b, a = 1] = rgba(getComputedStyle(el).backgroundColor);
                        if (a > 0) layers.push([r, g, b, a]);
                        if (a === 1) break;
                    }
                    let [r, g, b] = layers.length && layers.at(-1)[3] === 1
                        ? layers.pop() : [255, 255, 255];
                    for (const [lr, lg, lb, la] of layers.reverse()) {
                        [r, g, b] = [la * lr + (1 - la) * r, la * lg + (1 - la) * g,
                                     la * lb + (1 - la) * b];
                    }
                    return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
                };
                const seen = {};
                const add = (key, el) => {
                    // Permalink marks show only on hover, in the accent colour.
                    if (!el.textContent.trim() || key in seen) return;
                    if (el.classList.contains('headerlink')) return;
                    seen[key] = [getComputedStyle(el).color, paper(el)];
                };
                for (const span of document.querySelectorAll('.highlight code span[class]'))
                    add('code .' + span.className, span);
                for (const [label, selector] of text)
                    for (const el of document.querySelectorAll(selector))
                        add(label + ' ' + el.className, el);
                return seen;
            }""",
            TEXT,
        )
        labels = {key.split(" ")[0] for key in seen}
        assert {"code", "link", "paragraph", "navigation"} <= labels, sorted(seen)
        if path == "/api/bayes/":
            assert "code .go" in seen, sorted(seen)
        else:
            assert {"button", "caption"} <= labels, sorted(seen)
        poor = {
            key: (ink, bg, round(_contrast(_over(ink, bg), bg), 2))
            for key, (ink, bg) in seen.items()
            if _contrast(_over(ink, bg), bg) < 4.5
        }
        assert not poor, (path, scheme, poor)
        page.context.close()


def _index_requests(page) -> list[str]:
    requests: list[str] = []
    page.on(
        "request", lambda r: requests.append(r.url) if "search_index" in r.url else None
    )
    return requests


@pytest.mark.parametrize("how", ["click", "shortcut"])
def test_search_loads_its_index_when_opened_and_finds(server, browser, how):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests = _index_requests(page)
    page.goto(server + "/calculus/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert requests == [], "the search index was fetched before search was opened"
    if how == "click":
        page.locator("input.md-search__input").click()
    else:
        page.keyboard.press("/")  # Material's shortcut focuses the search box
    page.keyboard.type("eigenvalue", delay=30)  # Material listens for keys
    page.wait_for_selector(".md-search-result__item a", timeout=15000)
    links = page.eval_on_selector_all(
        ".md-search-result__item a", "els => els.map(e => e.href)"
    )
    assert len(requests) == 1
    assert any("linear-algebra/eigen-pca" in link for link in links), links
    context.close()


def test_search_opens_from_the_icon_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    requests = _index_requests(page)
    page.goto(server + "/calculus/", wait_until="networkidle")
    assert requests == []
    page.locator("label.md-header__button[for=__search]").click()
    page.keyboard.type("eigenvalue", delay=30)
    page.wait_for_selector(".md-search-result__item a", timeout=15000)
    assert len(requests) == 1
    context.close()


def test_start_up_styles_the_page_once(server, browser):
    """Material's start-up used to restyle every element five times; the theme
    override (overrides/main.html) leaves the one pass a page needs."""
    import json as _json

    page = browser.new_page()
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.goto(server + "/neural-network/backward/", wait_until="networkidle")
    page.wait_for_timeout(1000)
    trace = _json.loads(browser.stop_tracing())
    elements = page.evaluate("document.querySelectorAll('*').length")
    full = [
        e
        for e in trace["traceEvents"]
        if e.get("name") == "UpdateLayoutTree"
        and e.get("ph") == "X"
        and (e.get("args", {}).get("elementCount") or 0) > elements // 2
    ]
    assert len(full) == 1, [e["args"] for e in full]
    classes = page.evaluate("document.documentElement.className")
    assert classes.split() == ["js", "js-focus-visible"]
    page.close()


def test_notebook_download_is_a_valid_notebook(server, browser):
    import nbformat

    page, *_ = _visit(browser, server + "/calculus/exercises/")
    link = page.locator(".mlfound-download a[download]")
    assert link.is_visible()
    href = link.get_attribute("href")
    response = page.request.get(server + "/calculus/exercises/" + href)
    assert response.ok
    notebook = nbformat.reads(json.dumps(response.json()), as_version=4)
    nbformat.validate(notebook)
    assert any(cell.cell_type == "code" for cell in notebook.cells)
    page.context.close()


# -- cross-references, glossary, downloads, search, instant navigation -------------


def test_a_cross_reference_links_and_previews_its_equation(server, browser):
    page, errors, *_ = _visit(browser, server + "/neural-network/training/")
    link = page.locator("a.mlf-ref[href$='#eq-gradient-step']").first
    number = link.inner_text()
    assert re.fullmatch(r"\(2\.\d+\)", number), number  # chapter 2, calculus
    link.hover()
    preview = page.wait_for_selector(".mlf-preview", timeout=5000)
    assert preview.query_selector("math") is not None
    assert number in preview.inner_text()
    page.mouse.move(0, 0)
    page.wait_for_selector(".mlf-preview", state="detached", timeout=5000)
    link.click()
    page.wait_for_url("**/calculus/gradient-descent/#eq-gradient-step")
    target = page.locator("#eq-gradient-step")
    assert target.is_visible() and number in target.inner_text()
    assert errors == []
    page.context.close()


def test_a_figure_reference_previews_the_figure(server, browser):
    page, *_ = _visit(browser, server + "/calculus/gradient-descent/")
    link = page.locator("a.mlf-ref[href*='#fig-']").first
    assert link.inner_text().startswith("Figure 2.")
    link.hover()
    preview = page.wait_for_selector(".mlf-preview", timeout=5000)
    assert preview.query_selector("svg") is not None
    page.context.close()


def test_a_glossary_term_shows_its_definition(server, browser):
    page, *_ = _visit(browser, server + "/linear-algebra/eigen-pca/")
    term = page.locator("a.mlf-term", has_text="eigenvector").first
    definition = term.get_attribute("title")
    assert definition and "stretches" in definition
    term.hover()
    tip = page.wait_for_selector(".md-tooltip2", timeout=5000)
    page.wait_for_timeout(300)
    assert "stretches" in tip.inner_text()
    term.click()
    page.wait_for_url("**/glossary/#eigenvector")
    page.context.close()


def test_a_page_downloads_as_a_notebook_and_a_script(server, browser):
    import ast

    import nbformat

    page, *_ = _visit(browser, server + "/linear-algebra/eigen-pca/")
    links = page.locator(".mlfound-download a[download]")
    assert links.count() == 2
    base = server + "/linear-algebra/eigen-pca/"
    notebook = page.request.get(urljoin(base, links.nth(0).get_attribute("href")))
    script = page.request.get(urljoin(base, links.nth(1).get_attribute("href")))
    assert notebook.ok and script.ok
    nb = nbformat.reads(notebook.text(), as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    source = (ROOT / "docs" / "linear-algebra" / "eigen-pca.md").read_text()
    assert len(code) == source.count('exec="true"') > 0
    assert all(c.outputs for c in code)
    ast.parse(script.text())
    page.context.close()


SEARCHES = [
    ("eigenvalue", "linear-algebra/eigen-pca"),
    ("learning rate too large", "calculus/gradient-descent"),
    ("bits or nats", "information-theory/mutual-information"),
    ("why eigh", "linear-algebra/eigen-pca"),
    ("broadcasting", "linear-algebra/vectors-matrices"),
    ("matrix multiplication layer", "linear-algebra/matrix-multiplication"),
    ("rank of a covariance matrix", "linear-algebra/rank-span"),
    ("unit ball", "linear-algebra/norms"),
    ("ridge shrinks the norm", "linear-algebra/norms"),
    ("low rank approximation", "linear-algebra/svd"),
    ("least squares projection", "linear-algebra/projections"),
    ("central difference error", "calculus/taylor"),
    ("chain rule", "calculus/chain-rule"),
    ("hessian eigenvalues", "calculus/multivariable"),
    ("zig-zag", "calculus/multivariable"),
    ("coin bayes", "probability/bayes"),
    ("conjugate prior", "probability/bayes"),
    ("maximum likelihood", "probability/maximum-likelihood"),
    ("sigma estimate bias", "probability/maximum-likelihood"),
    ("binary entropy", "information-theory/entropy"),
    ("kl not symmetric", "information-theory/cross-entropy-kl"),
    ("mutual information", "information-theory/mutual-information"),
    ("sigmoid overflow", "neural-network/stability"),
    ("decision boundary", "neural-network/training"),
    ("hidden layer moons", "neural-network/moons"),
    ("gradient check", "calculus/derivatives"),
    ("zero probability", "information-theory/entropy"),
    ("pca iris", "linear-algebra/eigen-pca"),
    ("svd", "linear-algebra/svd"),
    ("cross-entropy loss", "information-theory/cross-entropy-kl"),
    ("softmax gradient", "neural-network/softmax"),
    ("cholesky", "linear-algebra/positive-definite"),
    ("newton's method", "calculus/newton"),
    ("adam", "calculus/optimisers"),
    ("gaussian process", "bayesian/gaussian-processes"),
    ("metropolis hastings", "bayesian/sampling"),
    ("central limit theorem", "probability/limit-theorems"),
    ("jensen", "information-theory/jensen"),
    ("condition number", "linear-algebra/conditioning"),
    ("vanishing gradient", "neural-network/activations"),
    ("weight decay", "neural-network/digits"),
    ("gram-schmidt", "linear-algebra/orthonormal-qr"),
    ("lagrange multiplier", "calculus/constrained"),
    ("bootstrap", "probability/limit-theorems"),
    ("multivariate normal", "probability/multivariate-gaussian"),
    ("he initialisation", "neural-network/initialisation"),
    ("pseudo-inverse", "linear-algebra/pseudo-inverse"),
    ("cosine similarity", "linear-algebra/dot-products"),
]


def test_search_finds_what_a_learner_types(server, browser):
    assert len(SEARCHES) >= 25
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    missed = []
    for query, wanted in SEARCHES:
        box.fill("")
        box.press_sequentially(query, delay=5)
        page.wait_for_timeout(300)
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        top = page.eval_on_selector_all(
            "li.md-search-result__item > a",
            "els => els.slice(0, 3).map(e => new URL(e.href).pathname)",
        )
        if not any(path.strip("/") == wanted for path in top):
            missed.append((query, wanted, top))
    assert missed == []
    context.close()
