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

`check_and_patch` fails loudly (`ThemeChanged`) if an upgrade of Material no
longer contains what the override expects, so the override is revisited
instead of silently doing nothing or breaking search.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["BUNDLE_NEEDS", "ThemeChanged", "check_and_patch"]

#: Strings of Material's JavaScript bundle that the override depends on.
BUNDLE_NEEDS = {
    'classList.add("js")': "it marks <html> with the class js",
    "js-focus-visible": "the focus-visible polyfill marks <html>",
    'name:"color-scheme"': "it creates a color-scheme meta element",
    "document.head.appendChild": "it appends that element to <head>",
    "search/search_index.json": "it requests the search index by this URL",
    "data-md-color-switching": "it sets this attribute while switching palettes",
}
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
    # Source maps serve only a developer's debugger; a reader never loads them.
    for source_map in sorted((site / "assets").rglob("*.map")):
        source_map.unlink()
