"""Typeset TeX at build time with KaTeX, through one long-lived Node process.

`pymdownx.arithmatex` (generic mode) marks formulas as
`<span class="arithmatex">\\(...\\)</span>` and
`<div class="arithmatex">\\[...\\]</div>`; notebook Markdown cells keep
`$...$` as text. `typeset_page` replaces both with KaTeX's output. A formula
KaTeX cannot parse raises `MathError` naming the page. Pages load no maths
JavaScript and nothing from another host.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

__all__ = ["Katex", "MathError", "NodeMissing"]

_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])\s*</(?P=tag)>",
    re.S,
)
_NB_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)',
    re.S,
)
_NB_MATH = re.compile(
    r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$", re.S
)
_CODE = re.compile(r"(<(pre|code)\b.*?</\2>)", re.S)


class MathError(ValueError):
    """A formula that cannot be typeset."""


class NodeMissing(RuntimeError):
    """Node.js is not installed."""


class Katex:
    """A KaTeX renderer: `script` speaks one JSON request per line."""

    def __init__(self, script: Path, katex_dist: Path) -> None:
        self.script = Path(script)
        self.dist = Path(katex_dist)
        self._process: subprocess.Popen | None = None
        self._memo: dict[tuple[str, bool], str] = {}

    def __repr__(self) -> str:
        return f"Katex({str(self.dist)!r})"

    def _renderer(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            node = shutil.which("node")
            if node is None:
                raise NodeMissing(
                    "KaTeX needs Node.js 20, and `node` is not on PATH: install "
                    "it (Debian: apt-get install nodejs), then run `make build`"
                )
            if not (self.dist / "katex.min.js").exists():
                raise NodeMissing(
                    f"KaTeX is not installed in {self.dist.parent.parent}: run "
                    "`make build` or `make serve`, which install it from "
                    "package-lock.json"
                )
            self._process = subprocess.Popen(
                [node, str(self.script)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                cwd=self.script.parent,
            )
        return self._process

    def render(self, items: list[tuple[str, bool]], where: str) -> list[str]:
        """Typeset `(tex, display)` pairs; raise `MathError` naming `where`."""
        todo = [item for item in dict.fromkeys(items) if item not in self._memo]
        if todo:
            process = self._renderer()
            assert process.stdin is not None and process.stdout is not None
            request = {"items": [{"tex": t, "display": d} for t, d in todo]}
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            reply = json.loads(process.stdout.readline())
            for (tex, display), result in zip(todo, reply["results"], strict=True):
                if "error" in result:
                    raise MathError(
                        f"KaTeX cannot typeset {tex!r} on page {where}: "
                        f"{result['error']}"
                    )
                self._memo[(tex, display)] = result["html"]
        return [self._memo[item] for item in items]

    def typeset_page(self, content: str, where: str) -> str:
        """Replace arithmatex's marks (and `$...$` in notebook cells)."""
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
        rendered = iter(self.render(items, where))
        content = _ARITHMATEX.sub(lambda _m: next(rendered), content)
        if "jp-RenderedMarkdown" in content:
            content = _NB_MARKDOWN.sub(
                lambda m: (
                    m.group(1) + self._notebook_cell(m.group(2), where) + m.group(3)
                ),
                content,
            )
        return content

    def _notebook_cell(self, cell_html: str, where: str) -> str:
        # Leave code alone; typeset $...$ in the text between code elements.
        out, position = [], 0
        for code in _CODE.finditer(cell_html):
            out.append(self._dollars(cell_html[position : code.start()], where))
            out.append(code.group(0))
            position = code.end()
        out.append(self._dollars(cell_html[position:], where))
        return "".join(out)

    def _dollars(self, text: str, where: str) -> str:
        found = list(_NB_MATH.finditer(text))
        items = [
            (
                html.unescape(m.group("display") or m.group("inline")),
                m.group("display") is not None,
            )
            for m in found
        ]
        rendered = iter(self.render(items, where))
        return _NB_MATH.sub(lambda _m: next(rendered), text)

    def stylesheet(self) -> str:
        """KaTeX's CSS with only its WOFF2 fonts (every supported browser)."""
        css = (self.dist / "katex.min.css").read_text(encoding="utf-8")
        return re.sub(
            r",\s*url\(fonts/[^)]+\.(?:woff|ttf)\) format\(\"(?:woff|truetype)\"\)",
            "",
            css,
        )

    def fonts(self) -> list[Path]:
        return sorted((self.dist / "fonts").glob("*.woff2"))

    def close(self) -> None:
        if self._process is not None:
            if self._process.stdin:
                self._process.stdin.close()
            self._process.wait(timeout=10)
            self._process = None
