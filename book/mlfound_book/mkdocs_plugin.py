"""The mkdocs adapter: one plugin, `mlfound-book`, on mkdocs' public events.

Everything that matters lives in the site-generator-free core (`engine`,
`executor`, `store`, `maths`, `notebooks`); this file only translates mkdocs
events into engine calls, so re-attaching the core to another generator means
rewriting this file alone. Extension points used: mkdocs' plugin events and
event priorities, markdown-exec's public `formatters` table and `base_format`,
Material's search plugin reading `page.content` in `on_page_context`, and
mkdocs-jupyter's documented `cache_dir` option.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from mlfound_book import notebooks
from mlfound_book.blocks import BlockSyntaxError
from mlfound_book.engine import Engine, Settings
from mlfound_book.environment import BUILD_ENV, SOURCE_DATE_EPOCH
from mlfound_book.fences import install_formatter
from mlfound_book.glossary import Term, link_terms, read_glossary
from mlfound_book.images import serve_pngs
from mlfound_book.maths import MathError, Maths, NodeMissing, characters_of, subset_font
from mlfound_book.page_notebooks import page_notebook, page_script
from mlfound_book.pdfnav import APPENDIX_PREFIXES
from mlfound_book.search import search_text
from mlfound_book.theme import ThemeChanged, check_and_patch, defer_bundle, wrap_tables
from mlfound_book.xref import CrossReferences

log = logging.getLogger("mkdocs.plugins.mlfound_book")

_PACKAGE = Path(__file__).resolve().parent
MATHS_CSS = "assets/maths/maths.css"
MATHS_FONT = "assets/maths/STIXTwoMath.woff2"
_FIGURE_SVG = re.compile(r'(<figure class="mlfound-figure mlfound-svg">)<svg ')
_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_FIGURE_OPEN = re.compile(r'<figure class="mlfound-figure mlfound-(svg|png)">')
_CHAPTER_INDEX = re.compile(r"^([\w-]+)/index\.md$")
GLOSSARY = "glossary.md"
SEARCH_BOOST_BELOW = 0.3


def _source_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


_LOADED = _source_hash()  # what this process runs, for `mkdocs serve`


class _Execute(c.Choice):
    """`cache`, `off` or `force`; YAML reads a bare `off` as False, so that too."""

    def run_validation(self, value: object) -> str:
        return super().run_validation("off" if value is False else value)


class BookConfig(base.Config):
    execute = _Execute(("cache", "off", "force"), default="cache")
    cache_dir = c.Type(str, default=".cache/mlfound")
    workers = c.Type(int, default=0)  # 0: one per core
    block_timeout = c.Type((int, float), default=60)
    max_output = c.Type(int, default=1_000_000)
    block_budget = c.Type((int, float), default=5)
    notebook_budget = c.Type((int, float), default=30)
    notebook_timeout = c.Type((int, float), default=300)
    notebooks = c.Type(str, default=r"^[\w-]+/exercises\.py$")
    package = c.Type(str, default="mlfound")
    maths_script = c.Type(str, default="tools/temml_render.js")
    # The PDF edition (`make pdf`), linked from the home and chapter pages: its
    # path in the site, or "" for no link (the PDF is printed after the build).
    pdf = c.Type(str, default="")


class BookPlugin(BasePlugin[BookConfig]):
    """Executed examples, quoted values, KaTeX and notebooks for the book."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.maths: Maths | None = None
        self._math_pages: list[str] = []
        self.page = "?"
        self.root = Path.cwd()
        self._notebooks: dict[str, tuple[Any, Future, Path]] = {}
        self._search: dict[str, str] = {}
        self._markdown: dict[str, str] = {}
        self._chapters: dict[str, int] = {}  # chapter folder -> number
        self._pages: dict[str, str] = {}  # src_uri -> url
        self.xrefs = CrossReferences()
        self.terms: list[Term] = []
        # Files the build adds to the site (page downloads, PNG figures).
        self._extra_files: dict[str, bytes] = {}  # site path -> content

    # -- start-up -------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command  # an on_startup keeps this instance across rebuilds

    def on_config(self, config):
        if _source_hash() != _LOADED:
            log.warning(
                "the mlfound-book plugin changed on disk since this process "
                "started: restart `make serve` to use the new code"
            )
        for name, value in BUILD_ENV.items():
            os.environ[name] = value  # inherited by notebook kernels and Node
        os.environ.setdefault("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
        self.root = Path(config.config_file_path).resolve().parent
        cache_dir = (self.root / self.config.cache_dir).resolve()
        settings = Settings(
            root=self.root,
            cache_dir=cache_dir,
            execute=self.config.execute,
            workers=self.config.workers or os.cpu_count() or 1,
            block_timeout=float(self.config.block_timeout),
            max_output=self.config.max_output,
            block_budget=float(self.config.block_budget),
            notebook_budget=float(self.config.notebook_budget),
            notebook_timeout=float(self.config.notebook_timeout),
            package=self.config.package,
        )
        if self.engine is None or self.engine.settings != settings:
            if self.engine is not None:
                self.engine.close()
            self.engine = Engine(settings, log)
        self.engine.warm_up()
        if self.maths is None:
            self.maths = Maths(
                self.root / self.config.maths_script, self.root / "node_modules"
            )
        install_formatter(self.engine, lambda: self.page, log, self._figure)
        if MATHS_CSS not in config.extra_css:
            config.extra_css.insert(0, MATHS_CSS)
        jupyter = config.plugins.get("mkdocs-jupyter")
        if jupyter is not None:  # its render cache, beside ours
            jupyter.config["cache_dir"] = str(cache_dir / "mkdocs-jupyter")
            _drop_corrupt_json(cache_dir / "mkdocs-jupyter")
        return config

    def on_env(self, env, *, config, files):
        # Compiled theme templates survive between builds; Jinja checks each
        # template's source checksum, so an edited template is compiled afresh.
        folder = Path(self.engine.settings.cache_dir) / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    # -- files: maths assets, notebooks, and every block of the site -----------

    @event_priority(100)  # before mkdocs-jupyter wraps the notebook files
    def on_files(self, files, *, config):
        engine = self.engine
        engine.begin_build()
        try:
            css = self.maths.stylesheet(Path(MATHS_FONT).name)
        except MathError as error:
            raise PluginError(str(error)) from None
        files.append(File.generated(config, MATHS_CSS, content=css))
        self._math_pages = []
        pattern = re.compile(self.config.notebooks)
        out_dir = engine.settings.cache_dir / "rendered-notebooks"
        self._notebooks.clear()
        for file in list(files):
            if pattern.match(file.src_uri):
                self._schedule_notebook(files, file, out_dir, config)
        self._markdown, self._extra_files = {}, {}
        try:
            for file in files.documentation_pages():
                if file.src_uri.endswith(".md"):
                    text = Path(file.abs_src_path).read_text(encoding="utf-8")
                    engine.add_page(file.src_uri, text)
                    self._markdown[file.src_uri] = text
            glossary = self._markdown.get(GLOSSARY)
            self.terms = read_glossary(glossary) if glossary else []
        except (BlockSyntaxError, ValueError) as error:
            raise PluginError(str(error)) from None
        return files

    def _schedule_notebook(self, files, file, out_dir: Path, config) -> None:
        source = Path(file.abs_src_path).read_text(encoding="utf-8")
        notebook, future = self.engine.schedule_notebook(file.src_uri, source)
        uri = file.src_uri[: -len(".py")] + ".ipynb"
        out = out_dir / uri
        self._notebooks[uri] = (notebook, future, out)
        if future.done():
            self._write_notebook(uri)
        else:  # a placeholder until it has run
            notebooks.write_if_changed(out, _nb_text(notebook))
        files.remove(file)
        files.append(
            File(
                uri,
                src_dir=str(out_dir),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
            )
        )

    def _write_notebook(self, uri: str) -> None:
        notebook, future, out = self._notebooks[uri]
        try:
            cells = future.result()
        except notebooks.NotebookFailed as error:
            raise PluginError(str(error)) from None
        executed = notebook if cells is None else notebooks.merge(notebook, cells)
        notebooks.write_if_changed(out, _nb_text(executed))

    def on_nav(self, nav, *, config, files):
        """Number the chapters, and their equations and figures, in nav order."""
        self._pages = {f.src_uri: f.url for f in files.documentation_pages()}
        chapters, number = [], 0
        for item in nav.items:
            pages = [p for p in _pages_of(item) if p.file.src_uri.endswith(".md")]
            first = _CHAPTER_INDEX.match(pages[0].file.src_uri) if pages else None
            if first is None or first.group(1) == "api":
                continue
            number += 1
            self._chapters[first.group(1)] = number
            chapters.append(
                (
                    number,
                    [(p.file.src_uri, self._markdown[p.file.src_uri]) for p in pages],
                )
            )
        try:
            self.xrefs.number(chapters, self.root)
        except BlockSyntaxError as error:
            raise PluginError(str(error)) from None
        # Run the examples in reading order: pages render in that order.
        self.engine.schedule([page.file.src_uri for page in nav.pages])
        return nav

    def _href(self, src_uri: str, anchor: str, page_url: str) -> str:
        return get_relative_url(self._pages[src_uri], page_url) + f"#{anchor}"

    def _figure(self, block_id: str, output: str) -> str:
        """A figure block's output with its anchor and number."""
        target = self.xrefs.figure(block_id)
        if target is None or "<figcaption>" not in output:
            return output
        output = _FIGURE_OPEN.sub(
            lambda m: m.group(0)[:-1] + f' id="{target.anchor}">', output, count=1
        )
        return output.replace(
            "<figcaption>",
            f'<figcaption><span class="mlf-fignum">Figure {target.number}.</span> ',
            1,
        )

    @event_priority(100)  # before mkdocs-jupyter reads the notebook
    def on_pre_page(self, page, *, config, files):
        if page.file.src_uri in self._notebooks:
            self._write_notebook(page.file.src_uri)
        return page

    # -- pages ------------------------------------------------------------------

    def on_page_markdown(self, markdown, *, page, config, files):
        self.page = page.file.src_uri
        if not page.file.src_uri.endswith(".md"):
            return markdown
        try:
            markdown, _quoted = self.engine.quote(markdown, page.file.src_uri)
            markdown = self.xrefs.link(
                markdown,
                page.file.src_uri,
                lambda t: self._href(t.page, t.anchor, page.url),
            )
        except BlockSyntaxError as error:
            raise PluginError(str(error)) from None
        return markdown

    def on_page_content(self, html, *, page, config, files):
        where = page.file.src_uri

        def number(label: str) -> str | None:
            target = self.xrefs.equation(label)
            return target.number if target and target.page == where else None

        try:
            html = self.maths.typeset_page(html, where, number)
        except (MathError, NodeMissing) as error:
            raise PluginError(str(error)) from None
        html = wrap_tables(html)
        try:
            html = serve_pngs(
                html, lambda path: get_relative_url(path, page.url), self._extra_files
            )
        except ValueError as error:
            raise PluginError(f"{where}: {error}") from None
        if where.endswith(".ipynb"):
            html = notebooks.clean_page(html, Path(where).name)
        chapter = where.split("/")[0] if "/" in where else ""
        if chapter in self._chapters and where.endswith(".md"):
            html = link_terms(
                html,
                self.terms,
                lambda term: self._href(GLOSSARY, term.anchor, page.url),
            )
            html = self._page_downloads(html, page, config)
        if self.config.pdf and _opens_a_part(page):
            html = _add_pdf_link(html, get_relative_url(self.config.pdf, page.url))
        return _FIGURE_SVG.sub(r"\1<svg data-search-exclude ", html)

    def _page_downloads(self, html: str, page, config) -> str:
        """Write the page's notebook and script; link them under the title."""
        blocks = {
            b.id: b
            for b in self.engine.state.blocks.values()
            if b.page == page.file.src_uri
        }
        if not blocks or self.engine.settings.execute == "off":
            return html
        slug = page.url.strip("/").split("/")[-1] or "index"
        site_url = config.site_url or "https://example.org/"
        notebook = page_notebook(
            title=page.title,
            markdown=page.markdown,
            blocks=blocks,
            output=lambda block_id: self.engine.result(block_id).stdout,
            page_url=page.url,
            site_url=site_url,
            md_to_url=lambda path: self._md_url(page.file.src_uri, path),
        )
        folder = page.url if page.url.endswith("/") or not page.url else page.url + "/"
        self._extra_files[f"{folder}{slug}.ipynb"] = _nb_text(notebook).encode()
        self._extra_files[f"{folder}{slug}.py"] = page_script(notebook).encode()
        buttons = (
            '<p class="mlfound-download">'
            f'<a class="md-button" href="{slug}.ipynb" download>'
            "Download as notebook (.ipynb)</a> "
            f'<a class="md-button" href="{slug}.py" download>'
            "Download as script (.py)</a></p>"
        )
        head = re.search(r"</h1>", html)
        if head is None:
            return buttons + html
        return html[: head.end()] + buttons + html[head.end() :]

    def _md_url(self, page_src: str, path: str) -> str | None:
        from posixpath import dirname, normpath

        target = normpath(f"{dirname(page_src)}/{path}")
        return self._pages.get(target)

    @event_priority(100)  # before Material's search plugin reads page.content
    def _search_view(self, context, *, page, config, nav):
        # A chapter page explains an idea; a chapter's overview and summary,
        # an exercise, the glossary or the API reference mention it. Rank the
        # explanation first (Material's documented per-page `search.boost`).
        uri = page.file.src_uri
        overview = uri.endswith(("/index.md", "/summary.md"))
        if (
            overview
            or uri.endswith(".ipynb")
            or uri == GLOSSARY
            or uri.startswith("api/")
        ):
            page.meta.setdefault("search", {}).setdefault("boost", SEARCH_BOOST_BELOW)
        self._search[page.file.src_uri] = page.content
        page.content = search_text(page.content or "")
        if page.edit_url and page.file.src_uri in self._notebooks:
            # An exercises page is built from its jupytext script: edit that.
            page.edit_url = page.edit_url[: -len(".ipynb")] + ".py"
        return context

    @event_priority(-100)  # after it: the reader gets the full page again
    def _reader_view(self, context, *, page, config, nav):
        page.content = self._search.pop(page.file.src_uri)
        return context

    on_page_context = CombinedEvent(_search_view, _reader_view)

    def on_post_page(self, output, *, page, config):
        # Material's search overlay is a dialog without a name; give it one.
        output = output.replace(_DIALOG, _DIALOG[:-1] + ' aria-label="Search">')
        if config.theme.name == "material":
            try:
                output = defer_bundle(output)
            except ThemeChanged as error:
                raise PluginError(f"{page.file.src_uri}: {error}") from None
        if "<math" in output:
            # The maths font comes with the page, so formulas do not reflow.
            self._math_pages.append(output)
            href = get_relative_url(MATHS_FONT, page.url)
            preload = (
                f'<link rel="preload" as="font" type="font/woff2" crossorigin '
                f'href="{href}">'
            )
            output = output.replace("</head>", f"{preload}\n</head>", 1)
        return output

    def on_post_build(self, *, config):
        for uri in list(self._notebooks):
            self._write_notebook(uri)
        for relative, data in sorted(self._extra_files.items()):
            target = Path(config.site_dir) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if config.theme.name == "material":
            try:
                check_and_patch(Path(config.site_dir))
            except ThemeChanged as error:
                raise PluginError(str(error)) from None
        characters = characters_of(self._math_pages)
        size = subset_font(
            self.maths.font(),
            characters,
            Path(config.site_dir) / MATHS_FONT,
            store=self.engine.store,
        )
        log.info("maths font: %d characters, %.1f KB", len(characters), size / 1024)
        report = self.engine.finish()
        log.info("\n".join(report.lines()))

    def on_serve(self, server, *, config, builder):
        server.watch(str(_PACKAGE))  # an edit is noticed, and on_config says so
        return server

    def on_shutdown(self) -> None:
        if self.engine is not None:
            self.engine.close()
        if self.maths is not None:
            self.maths.close()


def _pages_of(item) -> list:
    """The pages of a nav item, in order, sections flattened."""
    if getattr(item, "is_page", False):
        return [item]
    return [
        page
        for child in getattr(item, "children", None) or []
        for page in _pages_of(child)
    ]


def _opens_a_part(page) -> bool:
    """The home page, or the index page of a chapter (not of the API reference)."""
    if page.is_homepage:
        return True
    section = page.parent
    return (
        section is not None
        and section.children[0] is page
        and not page.file.src_uri.startswith(APPENDIX_PREFIXES)
    )


def _add_pdf_link(html: str, href: str) -> str:
    link = (
        f'<p class="mlfound-download mlfound-pdf-link"><a class="md-button" '
        f'href="{href}" download>Download the PDF</a> <span>The whole book in '
        "one file, for paper and for reading offline.</span></p>"
    )
    head, found, rest = html.partition("</h1>")
    return head + found + "\n" + link + rest if found else link + html


def _nb_text(notebook: Any) -> str:
    import nbformat

    return nbformat.writes(notebook)


def _drop_corrupt_json(folder: Path) -> None:
    """mkdocs-jupyter would fail on a damaged record of its cache: remove it."""
    import json

    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.info("cache entry %s is corrupt: discarded", path)
            path.unlink()
