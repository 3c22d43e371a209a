"""What a block printed, in the form its recorded `.out` file holds.

A snippet prints text, or figures made by `mlfound.figures.to_html`. Text is
compared character for character. A figure is checked for what matters
(well-formed SVG or PNG, a title for screen readers, a caption, a size) and
stands in the record as one line, `[figure: <title>]`, so the recorded output
stays readable and reviewable. The tests and the build both use `normalise`,
so the page, the `.out` file and `python snippets/...` agree by construction.
"""

from __future__ import annotations

import base64
import difflib
import re
from xml.etree import ElementTree

__all__ = ["FigureError", "check_figure", "difference", "normalise"]

FIGURE = re.compile(
    r'<figure class="mlfound-figure mlfound-(svg|png)">(.*?)</figure>', re.S
)
SVG_NS = "{http://www.w3.org/2000/svg}"


class FigureError(ValueError):
    """A figure that a reader could not use."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise FigureError(message)


def check_figure(kind: str, body: str) -> str:
    """Validate one figure's markup and return its title."""
    caption = re.search(r"<figcaption>(.+?)</figcaption>", body, re.S)
    _require(bool(caption and caption.group(1).strip()), "figure without a caption")
    if kind == "svg":
        _require("</svg>" in body, "figure without a complete <svg>")
        svg = body[: body.rindex("</svg>") + len("</svg>")]
        try:
            root = ElementTree.fromstring(svg)
        except ElementTree.ParseError as error:
            raise FigureError(f"figure SVG does not parse: {error}") from None
        _require(root.tag == f"{SVG_NS}svg", "figure is not an <svg>")
        title = root.find(f"{SVG_NS}title")
        _require(title is not None and bool(title.text), "SVG without a <title>")
        _require(root.get("role") == "img", 'SVG without role="img"')
        _require(bool(root.get("width") and root.get("height")), "SVG without a size")
        _require("<metadata" not in svg and "<dc:date" not in svg, "SVG metadata")
        return str(title.text)
    match = re.search(
        r'<img [^>]*src="data:image/png;base64,([^"]+)"[^>]*alt="([^"]+)"'
        r'[^>]*width="\d+" height="\d+"',
        body,
    )
    _require(match is not None, "PNG figure without data, alt text or size")
    assert match is not None
    _require(base64.b64decode(match.group(1))[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    return match.group(2)


def normalise(stdout: str) -> str:
    """Printed output with each figure replaced by `[figure: <title>]`."""
    return FIGURE.sub(
        lambda m: f"[figure: {check_figure(m.group(1), m.group(2))}]", stdout
    )


def difference(expected: str, actual: str, *, names: tuple[str, str]) -> str:
    """A short unified diff of two outputs, for an error message."""
    lines = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            fromfile=names[0],
            tofile=names[1],
            lineterm="",
            n=1,
        )
    )
    if len(lines) > 40:
        lines = [*lines[:40], f"... ({len(lines) - 40} more diff lines)"]
    return "\n".join(lines)
