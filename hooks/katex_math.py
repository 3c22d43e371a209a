"""Typeset every formula at build time with KaTeX: no maths JavaScript, no CDN.

`pymdownx.arithmatex` (generic mode) marks formulas as
`<span class="arithmatex">\\(...\\)</span>` and
`<div class="arithmatex">\\[...\\]</div>`.
This hook sends each page's formulas to one long-lived Node process running
KaTeX (`tools/katex_render.js`) and puts the HTML it returns in their place.
Notebook pages, whose Markdown cells keep `$...$` as text, are typeset the same
way. A formula KaTeX cannot parse fails the build and names the page.

KaTeX's stylesheet and its WOFF2 fonts are copied from `node_modules/` into
`assets/katex/`, so the pages need nothing from any other host.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
SCRIPT = ROOT / "tools" / "katex_render.js"
CSS_PATH = "assets/katex/katex.min.css"

_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])\s*</(?P=tag)>",
    re.S,
)
# Notebook Markdown cells: $$...$$ (display) and $...$ (inline) inside text.
_NB_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)',
    re.S,
)
_NB_MATH = re.compile(
    r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$", re.S
)
_CODE = re.compile(r"(<(pre|code)\b.*?</\2>)", re.S)

_process: subprocess.Popen | None = None


def _renderer() -> subprocess.Popen:
    global _process
    if _process is None or _process.poll() is not None:
        if not (KATEX_DIST / "katex.min.js").exists():
            raise PluginError(
                "KaTeX is not installed in node_modules/: run `make build` or "
                "`make serve`, which install it from package-lock.json"
            )
        _process = subprocess.Popen(
            ["node", str(SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
    return _process


def render(items: list[tuple[str, bool]], where: str) -> list[str]:
    """Typeset `(tex, display)` pairs; raise naming `where` if one fails."""
    if not items:
        return []
    process = _renderer()
    request = {"items": [{"tex": tex, "display": display} for tex, display in items]}
    process.stdin.write(json.dumps(request) + "\n")
    process.stdin.flush()
    reply = json.loads(process.stdout.readline())
    out = []
    for (tex, _), result in zip(items, reply["results"], strict=True):
        if "error" in result:
            raise PluginError(
                f"KaTeX cannot typeset {tex!r} on page {where}: {result['error']}"
            )
        out.append(result["html"])
    return out


def _typeset_arithmatex(content: str, where: str) -> str:
    matches = list(_ARITHMATEX.finditer(content))
    items = [
        (
            html.unescape(
                m.group("inline")
                if m.group("inline") is not None
                else m.group("display")
            ),
            m.group("display") is not None,
        )
        for m in matches
    ]
    rendered = iter(render(items, where))
    return _ARITHMATEX.sub(lambda m: next(rendered), content)


def _typeset_notebook_cell(cell_html: str, where: str) -> str:
    # Leave code alone; typeset $...$ in the text between code elements.
    parts = _CODE.split(cell_html)
    out = []
    skip = False
    for part in parts:
        if skip:  # the tag-name group captured by _CODE
            skip = False
            continue
        if _CODE.fullmatch(part or ""):
            out.append(part)
            skip = True
            continue
        found = list(_NB_MATH.finditer(part))
        items = [
            (
                html.unescape(m.group("display") or m.group("inline")),
                m.group("display") is not None,
            )
            for m in found
        ]
        rendered = iter(render(items, where))
        out.append(_NB_MATH.sub(lambda _m, r=rendered: next(r), part))
    return "".join(out)


def on_config(config):
    if CSS_PATH not in config.extra_css:
        config.extra_css.insert(0, CSS_PATH)
    return config


def on_files(files, config):
    css = (KATEX_DIST / "katex.min.css").read_text(encoding="utf-8")
    # Only WOFF2 fonts ship: every browser the book supports reads them.
    css = re.sub(
        r",\s*url\(fonts/[^)]+\.(?:woff|ttf)\) format\(\"(?:woff|truetype)\"\)", "", css
    )
    files.append(File.generated(config, CSS_PATH, content=css))
    for font in sorted((KATEX_DIST / "fonts").glob("*.woff2")):
        files.append(
            File.generated(
                config, f"assets/katex/fonts/{font.name}", abs_src_path=str(font)
            )
        )
    return files


_typeset: dict[tuple[str, str], str] = {}  # in memory, for `mkdocs serve`


def on_page_content(content, page, config, files):
    where = page.file.src_uri
    key = (where, content)
    if key in _typeset:
        return _typeset[key]
    content = _typeset_arithmatex(content, where)
    if "jp-RenderedMarkdown" in content:
        content = _NB_MARKDOWN.sub(
            lambda m: (
                m.group(1) + _typeset_notebook_cell(m.group(2), where) + m.group(3)
            ),
            content,
        )
    _typeset[key] = content
    return content


def on_shutdown():
    global _process
    if _process is not None:
        _process.stdin.close()
        _process.wait(timeout=10)
        _process = None
