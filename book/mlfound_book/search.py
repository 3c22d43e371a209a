"""The text the search index reads: the page without pictures or formulas.

Inline SVG figures hold tick labels and ids, not words a reader searches for,
and a formula's MathML is a tree of single letters and operators. The index
gets neither; the page the reader receives is unchanged.
"""

from __future__ import annotations

import re

__all__ = ["search_text"]

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_MATH = re.compile(r"<math\b.*?</math>", re.S)


def search_text(content: str) -> str:
    """What the search indexer should read of a page's HTML."""
    return _MATH.sub("", _SVG.sub("", content))
