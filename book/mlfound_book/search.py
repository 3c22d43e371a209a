"""The text the search index reads: the page without pictures or typeset maths.

Inline SVG figures hold tick labels and ids, not words a reader searches for;
a typeset formula is hundreds of nested spans. The index gets each formula as
its TeX source in a `<code>` element instead, and no SVG at all. The page the
reader receives is unchanged.
"""

from __future__ import annotations

import re

__all__ = ["search_text"]

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_KATEX_START = '<span class="katex">'
_SPAN_TAG = re.compile(r"<span\b|</span>")
_TEX = re.compile(r'<annotation encoding="application/x-tex">(.*?)</annotation>', re.S)


def _without_katex(content: str) -> str:
    out, position = [], 0
    while (start := content.find(_KATEX_START, position)) != -1:
        depth, end = 0, start
        for tag in _SPAN_TAG.finditer(content, start):
            depth += 1 if tag.group(0) == "<span" else -1
            if depth == 0:
                end = tag.end()
                break
        tex = _TEX.search(content, start, end)
        out.append(content[position:start])
        out.append(f"<code>{tex.group(1)}</code>" if tex else "")
        position = end if end > start else start + len(_KATEX_START)
    out.append(content[position:])
    return "".join(out)


def search_text(content: str) -> str:
    """What the search indexer should read of a page's HTML."""
    return _without_katex(_SVG.sub("", content))
