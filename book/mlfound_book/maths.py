"""Typeset TeX at build time as MathML, through one long-lived Node process.

`pymdownx.arithmatex` (generic mode) marks formulas as
`<span class="arithmatex">\\(...\\)</span>` and
`<div class="arithmatex">\\[...\\]</div>`; notebook Markdown cells keep
`$...$` as text. `typeset_page` replaces both with Temml's MathML, which the
browser lays out natively: no maths JavaScript at read time, a third of the
elements KaTeX's HTML needs, and nothing from another host. A formula Temml
cannot parse raises `MathError` naming the page.

MathML is drawn with STIX Two Math, an OpenType maths font (its MATH table
stretches brackets and places limits and accents), shipped with the site and
cut down by `subset_font` to the characters the site's formulas use.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mlfound_book.store import Store

__all__ = ["MathError", "Maths", "NodeMissing", "characters_of", "subset_font"]

_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])\s*</(?P=tag)>",
    re.S,
)
# Punctuation straight after an inline formula: a browser may break the line
# between a <math> box and the text after it, leaving "." alone at the start
# of the next line, so the two are tied (see `tie`).
_TRAILING = re.compile(r"[.,;:!?)\]]+")
_NB_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)',
    re.S,
)
_NB_MATH = re.compile(
    r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$", re.S
)
_CODE = re.compile(r"(<(pre|code)\b.*?</\2>)", re.S)
_LABEL = re.compile(r"\\label\{([A-Za-z0-9_-]+)\}")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
_MATH_TEXT = re.compile(r"<math\b.*?</math>", re.S)
_TAG = re.compile(r"<[^>]+>")


class MathError(ValueError):
    """A formula that cannot be typeset."""


class NodeMissing(RuntimeError):
    """Node.js is not installed."""


class Maths:
    """A MathML typesetter: `script` speaks one JSON request per line."""

    def __init__(self, script: Path, node_modules: Path) -> None:
        self.script = Path(script)
        self.node_modules = Path(node_modules)
        self._process: subprocess.Popen | None = None
        self._memo: dict[tuple[str, bool], str] = {}

    def __repr__(self) -> str:
        return f"Maths({str(self.script)!r})"

    def _renderer(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            node = shutil.which("node")
            if node is None:
                raise NodeMissing(
                    "typesetting the maths needs Node.js 20, and `node` is not on "
                    "PATH: install it (Debian: apt-get install nodejs), then run "
                    "`make build`"
                )
            if not (self.node_modules / "temml").is_dir():
                raise NodeMissing(
                    f"Temml is not installed in {self.node_modules}: run "
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
                        f"cannot typeset {tex!r} on page {where}: {result['error']}"
                    )
                self._memo[(tex, display)] = polish(result["html"])
        return [self._memo[item] for item in items]

    def typeset_page(
        self,
        content: str,
        where: str,
        numbers: Callable[[str], str | None] | None = None,
    ) -> str:
        """Replace arithmatex's marks (and `$...$` in notebook cells).

        A display formula with `\\label{name}` is numbered: `numbers(name)`
        gives its number, and it becomes
        `<div class="mlf-equation" id="eq-name">MathML <span>(n)</span></div>`.
        """
        matches = list(_ARITHMATEX.finditer(content))
        items, labels = [], []
        for m in matches:
            display = m.group("display") is not None
            tex = html.unescape(m.group("display") if display else m.group("inline"))
            found = _LABEL.findall(tex)
            if found and (not display or len(found) > 1):
                raise MathError(
                    f"only a display formula can be numbered, once: {tex!r} on "
                    f"page {where}"
                )
            labels.append(found[0] if found else None)
            items.append((_LABEL.sub("", tex), display))
        rendered = self.render(items, where)
        pieces = []
        for label, formula in zip(labels, rendered, strict=True):
            number = numbers(label) if (label and numbers) else None
            if label and number is None:
                raise MathError(f"label {label!r} on page {where} has no number")
            if label:
                formula = (
                    f'<div class="mlf-equation" id="eq-{label}">{formula}'
                    f'<span class="mlf-eqno">({number})</span></div>'
                )
            pieces.append(formula)
        out, end = [], 0
        for m, formula in zip(matches, pieces, strict=True):
            out.append(content[end : m.start()])
            end = m.end()
            punct = _TRAILING.match(content, end)
            if m.group("inline") is not None and punct:
                formula, end = tie(formula, punct.group()), punct.end()
            out.append(formula)
        content = "".join(out) + content[end:]
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

    def stylesheet(self, font_url: str) -> str:
        """Temml's stylesheet for STIX Two Math, with the font at `font_url`."""
        css = (self.node_modules / "temml" / "dist" / "Temml-STIX2.css").read_text(
            encoding="utf-8"
        )
        face = (
            "@font-face {\n  font-family: STIX2;\n"
            f'  src: url("{font_url}") format("woff2");\n'
            "  font-display: swap;\n}"
        )
        css, found = _FONT_FACE.subn(face, css)
        if found != 1:
            raise MathError(
                "Temml-STIX2.css no longer has the one @font-face this build "
                "replaces: check the Temml upgrade"
            )
        return re.sub(r"/\*.*?\*/", "", css, flags=re.S)

    def font(self) -> Path:
        """STIX Two Math, the whole font (`subset_font` cuts it down)."""
        return (
            self.node_modules
            / "@fontsource"
            / "stix-two-math"
            / "files"
            / "stix-two-math-latin-400-normal.woff2"
        )

    def close(self) -> None:
        if self._process is not None:
            if self._process.stdin:
                self._process.stdin.close()
            self._process.wait(timeout=10)
            self._process = None


_SCRIPTED = {"msub", "msup", "msubsup", "munder", "mover", "munderover"}
_FUNCTION_APPLICATION = "\u2061"
_PRIMES = {"\u2032", "\u2033", "\u2034", "\u2032\u2032", "\u2032\u2032\u2032"}


def polish(mathml: str) -> str:
    """Two of TeX's spacing rules that browsers do not apply to MathML.

    - In a subscript or superscript, relations and binary operators get no
      space around them (TeX's script style): $\\sum_{i=1}$, not i = 1.
    - A function name such as log after a letter or a closing bracket gets a
      thin space before it, as in TeX: $y \\log p$, not ylog p.

    And primes: the prime characters are already raised glyphs, so $f'$ is
    the letter followed by a prime, not a prime set as a superscript (which
    would float it away from the letter).
    """
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(mathml)
    except ElementTree.ParseError:
        return mathml
    for parent in root.iter():
        for index, child in enumerate(list(parent)):
            kids = list(child)
            if (
                child.tag == "msup"
                and len(kids) == 2
                and kids[1].tag == "mo"
                and (kids[1].text or "") in _PRIMES
            ):
                row = ElementTree.Element("mrow")
                prime = ElementTree.Element("mo", {"lspace": "0em", "rspace": "0em"})
                prime.text = kids[1].text
                row.extend([kids[0], prime])
                row.tail = child.tail
                parent.remove(child)
                parent.insert(index, row)
    for parent in root.iter():
        children = list(parent)
        if parent.tag in _SCRIPTED:
            for script in children[1:]:
                for mo in script.iter("mo"):
                    if "lspace" not in mo.attrib and mo.get("fence") != "true":
                        mo.set("lspace", "0em")
                        mo.set("rspace", "0em")
        for index in range(len(children) - 1, 0, -1):
            child, before = children[index], children[index - 1]
            inner = list(child)
            is_function = (
                child.tag == "mrow"
                and len(inner) >= 2
                and inner[0].tag == "mi"
                and len(inner[0].text or "") > 1
                and inner[1].tag == "mo"
                and inner[1].text == _FUNCTION_APPLICATION
            )
            after_operand = before.tag != "mo" or before.get("form") == "postfix"
            if is_function and after_operand and before.tag != "mspace":
                space = ElementTree.Element("mspace", {"width": "0.1667em"})
                parent.insert(index, space)
    pieces = list(root)
    if root.get("display") != "block" and len(pieces) > 1:
        # A browser never breaks a line inside <math>. Temml cut this inline
        # formula where TeX may break it; one <math> per piece lets the line
        # break there on a narrow screen.
        groups: list[list[Any]] = []
        for piece in pieces:  # a stray space joins the piece before it
            if piece.tag == "mrow" or not groups:
                groups.append([piece])
            else:
                groups[-1].append(piece)
        parts = []
        for group in groups:
            math = ElementTree.Element("math", dict(root.attrib))
            math.extend(group)
            parts.append(_xml(math))
        return '<span class="mlf-math">' + "<wbr>".join(parts) + "</span>"
    return _xml(root)


def tie(formula: str, punctuation: str) -> str:
    """An inline formula and the punctuation after it, kept on one line.

    A formula cut into pieces (see `polish`) may still break between them;
    only its last piece is tied to the punctuation.
    """
    if formula.startswith('<span class="mlf-math">') and "<wbr>" in formula:
        cut = formula.rindex("<wbr>") + len("<wbr>")
        last = formula[cut : -len("</span>")]
        return f'{formula[:cut]}<span class="mlf-tie">{last}{punctuation}</span></span>'
    return f'<span class="mlf-tie">{formula}{punctuation}</span>'


def _xml(element: Any) -> str:
    from xml.etree import ElementTree

    return ElementTree.tostring(element, encoding="unicode", short_empty_elements=False)


def characters_of(html_pages: list[str]) -> set[str]:
    """Every character that appears inside a `<math>` element of the pages."""
    found: set[str] = set()
    for text in html_pages:
        for formula in _MATH_TEXT.findall(text):
            found.update(html.unescape(_TAG.sub("", formula)))
    return found


def _italic(letter: str) -> str:
    """The mathematical italic form of a Latin or Greek letter, or ''."""
    code = ord(letter)
    if letter == "h":
        return "\u210e"  # Planck constant: the italic h lives outside the block
    if 0x41 <= code <= 0x5A:
        return chr(0x1D434 + code - 0x41)
    if 0x61 <= code <= 0x7A:
        return chr(0x1D44E + code - 0x61)
    if 0x391 <= code <= 0x3A9 and code != 0x3A2:
        return chr(0x1D6E2 + code - 0x391)
    if 0x3B1 <= code <= 0x3C9:
        return chr(0x1D6FC + code - 0x3B1)
    return {
        "\u0131": "\U0001d6a4",  # dotless i and j
        "\u0237": "\U0001d6a5",
        "\u2207": "\U0001d6fb",  # nabla
        "\u2202": "\U0001d715",  # partial
        "\u03f5": "\U0001d716",  # lunate epsilon, then the other Greek variants
        "\u03d1": "\U0001d717",
        "\u03f0": "\U0001d718",
        "\u03d5": "\U0001d719",
        "\u03f1": "\U0001d71a",
        "\u03d6": "\U0001d71b",
    }.get(letter, "")


def subset_font(
    source: Path, characters: set[str], target: Path, *, store: Store | None = None
) -> int:
    """Write STIX Two Math cut down to `characters` (plus what maths layout
    needs: the MATH table's size variants and assembly parts) as WOFF2.
    Returns the size in bytes. The same input gives the same bytes, so a
    result is kept in `store` (the build's checksummed cache) under a hash of
    the font and the characters."""
    import base64
    import hashlib

    digest = hashlib.sha256(Path(source).read_bytes())
    digest.update("".join(sorted(characters)).encode("utf-8"))
    key = digest.hexdigest()
    kept = store.get("fonts", key) if store is not None else None
    if kept is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(kept["woff2"]))
        return target.stat().st_size
    size = _subset(source, characters, target)
    if store is not None:
        store.put(
            "fonts", key, {"woff2": base64.b64encode(target.read_bytes()).decode()}
        )
    return size


def _subset(source: Path, characters: set[str], target: Path) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # ssty, ss01 (script), ss04 (primes)...
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    font = TTFont(str(source))
    base = {chr(c) for c in range(0x20, 0x7F)} | {"\u2032", "\u2212", "\u00d7"}
    # A one-letter <mi> is drawn in its mathematical italic form: Chromium maps
    # x to U+1D465, alpha to U+1D6FC. Those code points never appear in the
    # page text, so they are added for every Latin and Greek letter used.
    base |= {_italic(c) for c in characters | base if _italic(c)}
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in characters | base))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff2"
    font.save(str(target))
    return target.stat().st_size
