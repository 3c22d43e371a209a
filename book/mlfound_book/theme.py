"""What the theme override (`overrides/main.html`) relies on, checked at build.

The override moves three pieces of Material's start-up work to the moment the
`<head>` is read, where they cost nothing (see the comment in the template),
and this module removes one stylesheet rule:
`[data-md-color-switching] *{transition-duration:0s!important}`. Material sets
that attribute on `<body>` while it applies the palette, at every page load;
because a selector mentions it, the browser restyles every element twice.
Without the rule the attribute matches nothing and costs nothing; the only
change a reader can see is that colours fade instead of snapping when the
dark-mode toggle is used.

Tables: Material's script finds every `table:not([class])` at load and moves
it into a scroll box, which lays the page out a second time; on a summary page
whose table is full of formulas that cost a third of the main thread. So
`wrap_tables` writes that scroll box into the HTML at build, marking the table
`mlf-table` so the script leaves it alone, and `check_and_patch` extends
Material's table styles to that class.

The bundle: Material loads its script at the end of `<body>` without
`defer`, so the browser runs it (and the layout it asks for) before it shows
the page. `defer_bundle` adds `defer`: the page is shown as soon as it is
parsed and styled, and the script runs right after, still before
`DOMContentLoaded`, which is all Material waits for. On a phone this brings
the first paint forward by about 0.4 s (Lighthouse, mobile preset).

`check_and_patch` fails loudly (`ThemeChanged`) if an upgrade of Material no
longer contains what the override expects, so the override is revisited
instead of silently doing nothing or breaking search.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = [
    "BUNDLE_NEEDS",
    "ThemeChanged",
    "check_and_patch",
    "defer_bundle",
    "wrap_tables",
]

#: Strings of Material's JavaScript bundle that the override depends on.
BUNDLE_NEEDS = {
    'classList.add("js")': "it marks <html> with the class js",
    "js-focus-visible": "the focus-visible polyfill marks <html>",
    'name:"color-scheme"': "it creates a color-scheme meta element",
    "document.head.appendChild": "it appends that element to <head>",
    "search/search_index.json": "it requests the search index by this URL",
    "data-md-color-switching": "it sets this attribute while switching palettes",
    '"table:not([class])"': "it wraps tables without a class in a scroll box",
    "md-typeset__scrollwrap": "that scroll box is div.md-typeset__scrollwrap",
}
_TABLE_SELECTOR = "table:not([class])"
_TABLE_STYLED = "table:is(:not([class]),.mlf-table)"
_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_BUNDLE_TAG = re.compile(
    r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>'
)
_SWITCHING = re.compile(
    r"\[data-md-color-switching\] \*,\[data-md-color-switching\] :after,"
    r"\[data-md-color-switching\] :before\{transition-duration:0s!important\}"
)


class ThemeChanged(RuntimeError):
    """Material no longer matches what the override expects."""


def check_and_patch(site: Path) -> None:
    """Check the built site's Material assets, and drop the switching rule."""
    scripts = sorted((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    sheets = sorted((site / "assets" / "stylesheets").glob("palette.*.min.css"))
    if len(scripts) != 1 or len(sheets) != 1:
        raise ThemeChanged(
            "Material's assets are no longer one bundle.*.min.js and one "
            "palette.*.min.css: revisit overrides/main.html and mlfound_book/theme.py"
        )
    bundle = scripts[0].read_text(encoding="utf-8")
    for needle, why in BUNDLE_NEEDS.items():
        if needle not in bundle:
            raise ThemeChanged(
                f"Material's bundle no longer contains {needle!r} ({why}): "
                "revisit overrides/main.html and mlfound_book/theme.py"
            )
    css = sheets[0].read_text(encoding="utf-8")
    patched, found = _SWITCHING.subn("", css)
    if found != 1:
        raise ThemeChanged(
            f"{sheets[0].name} no longer has the data-md-color-switching rule "
            "this build removes: revisit mlfound_book/theme.py"
        )
    sheets[0].write_text(patched, encoding="utf-8")
    mains = sorted((site / "assets" / "stylesheets").glob("main.*.min.css"))
    main = mains[0].read_text(encoding="utf-8") if len(mains) == 1 else ""
    if _TABLE_SELECTOR not in main:
        raise ThemeChanged(
            "Material's main.*.min.css no longer styles table:not([class]): "
            "revisit wrap_tables in mlfound_book/theme.py"
        )
    mains[0].write_text(main.replace(_TABLE_SELECTOR, _TABLE_STYLED), encoding="utf-8")
    # Source maps serve only a developer's debugger; a reader never loads them.
    for source_map in sorted((site / "assets").rglob("*.map")):
        source_map.unlink()


def wrap_tables(html: str) -> str:
    """Put each plain `<table>` in Material's scroll box at build time."""
    return _TABLE.sub(
        r'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        r'<table class="mlf-table">\1</table></div></div>',
        html,
    )


def defer_bundle(html: str) -> str:
    """Load Material's script with `defer`, so it does not hold up the first paint."""
    patched, found = _BUNDLE_TAG.subn(r'<script src="\1" defer></script>', html)
    if found != 1:
        raise ThemeChanged(
            f"a page has {found} <script> tags for Material's bundle where "
            "defer_bundle expects one: revisit mlfound_book/theme.py"
        )
    return patched
