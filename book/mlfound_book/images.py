"""Raster figures served as image files instead of inside the page.

A figure drawn as PNG (a dense image: a surface, a heat map, many samples)
arrives in a block's output as a `data:` URL, so the page would carry it as
base64, a third larger than the file and read before anything is shown: on
`probability/maximum-likelihood` it was three quarters of the compressed page.
`serve_pngs` writes each one to `assets/figures/<digest>.png` (named by its
content, so the build stays deterministic and a figure used twice is stored
once) and points the `<img>` at it, loaded lazily. PNG figures carry their own
white paper, so nothing of dark mode is lost; SVG figures stay inline, where
they take the theme's colours.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable

__all__ = ["FIGURES", "serve_pngs"]

#: Site folder of the image files.
FIGURES = "assets/figures"

_PNG = re.compile(r'<img ([^>]*?)src="data:image/png;base64,([A-Za-z0-9+/=]+)"')
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def serve_pngs(html: str, href: Callable[[str], str], files: dict[str, bytes]) -> str:
    """Replace each inline PNG `<img>` of `html` by a link to its file.

    `href` turns a site path into a URL relative to the page; each image is
    added to `files` (site path -> bytes) for the build to write.
    """

    def serve(match: re.Match) -> str:
        try:
            data = base64.b64decode(match.group(2), validate=True)
        except binascii.Error:
            raise ValueError("an inline PNG figure is not valid base64") from None
        if not data.startswith(_SIGNATURE):
            raise ValueError("an inline image labelled PNG is not a PNG")
        path = f"{FIGURES}/{hashlib.sha256(data).hexdigest()[:20]}.png"
        files[path] = data
        return (
            f'<img {match.group(1)}src="{href(path)}" loading="lazy" decoding="async"'
        )

    return _PNG.sub(serve, html)
