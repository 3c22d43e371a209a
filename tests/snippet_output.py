"""Run a snippet as a script and normalise its output for comparison.

A snippet prints text, or figures made by `mlfound.figures.to_html`. Text is
compared character for character with the recorded `.out` file. A figure is
checked for what matters (well-formed SVG or PNG, a title for screen readers,
a caption, width and height) and then stands in the `.out` file as one line,
`[figure: <title>]`, so the recorded output stays readable and reviewable.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
FIGURE = re.compile(
    r'<figure class="mlfound-figure mlfound-(svg|png)">(.*?)</figure>', re.S
)
SVG_NS = "{http://www.w3.org/2000/svg}"


def run_snippet(path: Path) -> subprocess.CompletedProcess:
    """Run `path` on its own, as a reader would, from a neutral directory."""
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    env["PYTHONWARNINGS"] = "error"
    return subprocess.run(
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent,
        env=env,
        timeout=300,
        check=False,
    )


def check_figure(kind: str, body: str) -> str:
    """Validate one figure and return its title."""
    caption = re.search(r"<figcaption>(.+?)</figcaption>", body, re.S)
    assert caption and caption.group(1).strip(), "figure without a caption"
    if kind == "svg":
        svg = body[: body.rindex("</svg>") + len("</svg>")]
        root = ElementTree.fromstring(svg)
        assert root.tag == f"{SVG_NS}svg"
        title = root.find(f"{SVG_NS}title")
        assert title is not None and title.text, "SVG without a <title>"
        assert root.get("role") == "img"
        assert root.get("width") and root.get("height"), "SVG without a size"
        assert "<metadata" not in svg and "<dc:date" not in svg
        return title.text
    match = re.search(
        r'<img [^>]*src="data:image/png;base64,([^"]+)"[^>]*alt="([^"]+)"'
        r'[^>]*width="\d+" height="\d+"',
        body,
    )
    assert match, "PNG figure without data, alt text or size"
    assert base64.b64decode(match.group(1))[:8] == b"\x89PNG\r\n\x1a\n"
    return match.group(2)


def normalise(stdout: str) -> str:
    return FIGURE.sub(
        lambda m: f"[figure: {check_figure(m.group(1), m.group(2))}]", stdout
    )
