"""Keep Material's search index clean and quick to rebuild.

- Inline SVG figures are left out of what the search indexer reads: their tick
  labels and ids are not words a reader searches for. Typeset formulas are
  indexed as their TeX source rather than KaTeX's hundreds of nested spans,
  which were the largest cost of indexing.
- A page whose HTML has not changed since the last build reuses its index
  entries, so a rebuild under `mkdocs serve` re-indexes only the edited pages.
- The search overlay (a dialog) gets an accessible name.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re

from material.plugins.search.plugin import SearchIndex

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_KATEX_START = '<span class="katex">'
_SPAN_TAG = re.compile(r"<span\b|</span>")
_TEX = re.compile(r'<annotation encoding="application/x-tex">(.*?)</annotation>', re.S)


def _without_katex(content: str) -> str:
    """Replace each typeset formula by its TeX source."""
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


_original = SearchIndex.add_entry_from_context
_memo: dict[str, list[dict]] = {}


def _add_entry_from_context(self, page):
    content = page.content
    search_meta = json.dumps(page.meta.get("search"), sort_keys=True, default=str)
    key = hashlib.sha256(f"{page.url}\n{search_meta}\n{content}".encode()).hexdigest()
    if key in _memo:
        self.entries.extend(copy.deepcopy(_memo[key]))
        return
    first = len(self.entries)
    page.content = _without_katex(_SVG.sub("", content))
    try:
        _original(self, page)
    finally:
        page.content = content
    _memo[key] = copy.deepcopy(self.entries[first:])


def on_config(config):
    SearchIndex.add_entry_from_context = _add_entry_from_context
    return config


_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output, page, config):
    # Material's search overlay is a dialog without a name; give it one.
    return output.replace(_DIALOG, _DIALOG[:-1] + ' aria-label="Search">')
