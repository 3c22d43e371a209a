"""The text the search index reads: the page without pictures, formulas or
printed output.

Inline SVG figures hold tick labels and ids, not words a reader searches for,
and a formula's MathML is a tree of single letters and operators. The index
gets neither; the page the reader receives is unchanged.
"""

from __future__ import annotations

import re

__all__ = ["search_text"]

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_MATH = re.compile(r"<math\b.*?</math>", re.S)
# What an example printed (a text block, not Python): numbers, not words.
_OUTPUT = re.compile(r'<div class="language-text highlight">.*?</pre></div>', re.S)
_SPAN = re.compile(r"</?span\b[^>]*>")


def search_text(content: str) -> str:
    """What the search indexer should read of a page's HTML.

    Besides pictures and formulas, the printed output of the examples is left
    out, and the thousands of `<span>` tags of highlighted code are dropped
    (their text stays): the index keeps the words and reads far less markup.
    """
    content = _OUTPUT.sub("", _MATH.sub("", _SVG.sub("", content)))
    return _SPAN.sub("", content)
