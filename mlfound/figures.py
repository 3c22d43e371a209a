"""One helper that turns a matplotlib figure into inline HTML for the book.

Every figure in the book goes through `to_html`, which makes it:

- **deterministic**: a fixed `svg.hashsalt`, no date or creator metadata, ids
  derived from the title, so two builds of the site are byte-identical;
- **unique on its page**: every id inside the SVG carries a per-figure prefix,
  so two figures on one page never share an HTML id;
- **accessible**: a `<title>` read by screen readers (or `alt` text for a PNG),
  and a visible caption;
- **readable in light and dark themes**: black strokes and text become
  `currentColor` and white fills become the page background, so the figure takes
  the colours of the theme around it;
- **light**: SVG for line and scatter plots, PNG for dense images such as
  filled contours (1 MB as SVG, a few tens of KB as PNG).

The module never chooses a matplotlib backend: it only asks the figure to save
itself, which works with whatever backend the reader's session uses.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import re
from typing import TYPE_CHECKING, Any, Literal

from mlfound._checks import as_finite_scalar, check_int_in_range, describe
from mlfound._values import check_choice, check_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["PALETTE", "figure", "to_html"]

#: Colours that keep at least 3:1 contrast on both the white and the dark slate
#: page backgrounds (Okabe-Ito, a palette chosen for colour-blind readers).
PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
)
# The blue above is dark on a dark page; the lighter sky blue replaces it there.

_HOUSE_STYLE: dict[str, Any] = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "axes.grid": True,
    "grid.color": "#999999",
    "grid.alpha": 0.35,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "lines.linewidth": 2.0,
    "svg.fonttype": "none",
    "svg.hashsalt": "mlfound",
}


def _house_rc() -> dict[str, Any]:
    from cycler import cycler

    return {**_HOUSE_STYLE, "axes.prop_cycle": cycler(color=PALETTE)}


def figure(
    nrows: int = 1,
    ncols: int = 1,
    *,
    width: float = 6.4,
    height: float = 4.0,
    **subplot_kw: Any,
) -> tuple[Figure, Axes | Any]:
    """Create a figure and axes in the book's house style.

    Parameters
    ----------
    nrows, ncols : int
        Grid of axes, as in `matplotlib.pyplot.subplots`, each from 1 to 20.
    width, height : float
        Size in inches, from 1 to 30 (at 100 dpi an inch is 100 CSS pixels before
        scaling); any real number, `np.float32(5)` or `np.int64(5)` included.
    **subplot_kw
        Passed on to `matplotlib.pyplot.subplots`.

    Returns
    -------
    (Figure, Axes or array of Axes)

    Raises
    ------
    ValueError
        If `nrows` or `ncols` is not in 1..20, `width` or `height` not in [1, 30],
        or matplotlib rejects a value in `subplot_kw`.
    TypeError
        If `nrows` or `ncols` is not an integer, `width` or `height` not a real
        number, or `subplot_kw` holds an argument matplotlib does not take.

    Notes
    -----
    The house style is applied to matplotlib's global settings, the way a
    plotting theme is: the colour cycle, font sizes, light grids, no top or
    right spines.

    Examples
    --------
    >>> fig, ax = figure()
    >>> _ = ax.plot([0, 1], [0, 1])
    >>> to_html(fig, title="A line", caption="y = x.").startswith("<figure")
    True
    """
    import matplotlib as mpl
    import matplotlib.pyplot as plt

    nrows = check_int_in_range(nrows, "nrows", 1, 20)
    ncols = check_int_in_range(ncols, "ncols", 1, 20)
    size = []
    for name, value in (("width", width), ("height", height)):
        inches = as_finite_scalar(value, name)
        if not 1 <= inches <= 30:  # smaller figures collapse their layout
            raise ValueError(
                f"{name} must be a size in inches in [1, 30]: got {inches}"
            )
        size.append(inches)
    mpl.rcParams.update(_house_rc())
    given = sorted(subplot_kw)
    subplot_kw.setdefault("layout", "constrained")
    before = set(plt.get_fignums())
    try:
        return plt.subplots(nrows, ncols, figsize=tuple(size), **subplot_kw)
    except (TypeError, AttributeError, ValueError) as error:
        for number in set(plt.get_fignums()) - before:  # no half-made figure left
            plt.close(number)
        kind = ValueError if isinstance(error, ValueError) else TypeError
        raise kind(f"subplot_kw {given} rejected: {error}") from error


_ID_RE = re.compile(r'\bid="([^"]+)"')
_REF_RE = re.compile(r'(url\(#|href="#)([^)"]+)')
_MPL_FONTS = (
    "'DejaVu Sans', 'Bitstream Vera Sans', 'Computer Modern Sans Serif', "
    "'Lucida Grande', 'Verdana', 'Geneva', 'Lucid', 'Arial', 'Helvetica', "
    "'Avant Garde', sans-serif"
)


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    digest = hashlib.sha1(text.encode()).hexdigest()[:6]
    return f"fig-{words[:32].rstrip('-')}-{digest}"


def _svg_markup(fig: Figure, prefix: str, title: str) -> str:
    import matplotlib as mpl

    buffer = io.StringIO()
    with mpl.rc_context({"svg.hashsalt": "mlfound", "svg.fonttype": "none"}):
        fig.savefig(
            buffer,
            format="svg",
            transparent=True,
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
    svg = buffer.getvalue()
    # Keep only the <svg> element: no XML prolog, doctype, comments or metadata.
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    # Keep only the ids something refers to (clip paths, markers), and prefix
    # them and every reference to them, so ids are unique on a page.
    used = {m.group(2) for m in _REF_RE.finditer(svg)}
    svg = _ID_RE.sub(
        lambda m: f'id="{prefix}-{m.group(1)}"' if m.group(1) in used else "", svg
    )
    svg = _REF_RE.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    svg = re.sub(r"<g\s*>", "<g>", svg)
    # Fold the line breaks matplotlib puts inside path data and between tags.
    svg = re.sub(r"\s*\n\s*", " ", svg).replace("> <", "><")
    svg = svg.replace(_MPL_FONTS, "'DejaVu Sans', Verdana, sans-serif")
    # matplotlib's stylesheet uses a bare `*` selector; scope it to this figure,
    # and let text without its own colour take the theme's text colour.
    svg = svg.replace(
        "*{stroke-linejoin",
        f"#{prefix} text{{fill:currentColor}}#{prefix} *{{stroke-linejoin",
    )
    # Theme colours: black ink follows the text colour, white paper the page.
    svg = re.sub(r"#000000\b", "currentColor", svg)
    svg = re.sub(r"#ffffff\b", "var(--md-default-bg-color, #ffffff)", svg)
    # Size in CSS pixels (1pt = 4/3 px), an id, and a title for screen readers.
    head_end = svg.index(">") + 1
    head = svg[:head_end]
    for dim in ("width", "height"):
        head = re.sub(
            rf'{dim}="([\d.]+)pt"',
            lambda m, dim=dim: f'{dim}="{round(float(m.group(1)) * 4 / 3)}"',
            head,
        )
    head = head.replace(
        "<svg ",
        f'<svg id="{prefix}" role="img" aria-labelledby="{prefix}-title" ',
        1,
    )
    title_el = f'<title id="{prefix}-title">{html.escape(title)}</title>'
    body = svg[head_end:]
    return head + title_el + body.strip()


def _png_markup(fig: Figure, prefix: str, title: str, dpi: int) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    width, height = (round(v) for v in fig.get_size_inches() * 100)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<img id="{prefix}" class="mlfound-png" src="data:image/png;base64,{data}"'
        f' alt="{html.escape(title, quote=True)}" width="{width}" height="{height}">'
    )


def to_html(
    fig: Figure,
    *,
    title: str,
    caption: str,
    fmt: Literal["svg", "png"] = "svg",
    dpi: int = 150,
) -> str:
    """Render `fig` as a self-contained `<figure>` element and close it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to render.
    title : str
        Short text alternative, read by screen readers (the SVG `<title>` or the
        PNG `alt`). It also names the figure's ids, so keep it unique per page.
    caption : str
        Visible caption (plain text) under the figure.
    fmt : {"svg", "png"}
        SVG for line and scatter plots; PNG for dense images.
    dpi : int
        Resolution of a PNG (ignored for SVG), from 10 to 600.

    Returns
    -------
    str
        HTML: `<figure class="mlfound-figure">...<figcaption>...</figure>`.

    Raises
    ------
    ValueError
        If `title` or `caption` is empty, `fmt` is not "svg" or "png", or `dpi`
        is not in 10..600.
    TypeError
        If `fig` is not a matplotlib `Figure`, `title`, `caption` or `fmt` not a
        `str`, or `dpi` not an integer.

    Examples
    --------
    >>> fig, ax = figure()
    >>> _ = ax.plot([0, 1, 2], [0, 1, 4])
    >>> out = to_html(fig, title="Squares", caption="The first three squares.")
    >>> out.count("<title"), "figcaption" in out, out == to_html.__doc__ is None
    (1, True, False)
    """
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    if not isinstance(fig, Figure):
        raise TypeError(f"fig must be a matplotlib Figure: got {describe(fig)}")
    title, caption = check_text(title, "title"), check_text(caption, "caption")
    fmt = check_choice(fmt, "fmt", ("svg", "png"))
    dpi = check_int_in_range(dpi, "dpi", 10, 600)
    prefix = _slug(title)
    try:
        if fmt == "svg":
            body = _svg_markup(fig, prefix, title)
        else:
            body = _png_markup(fig, prefix, title, dpi)
    finally:
        plt.close(fig)
    return (
        f'<figure class="mlfound-figure mlfound-{fmt}">{body}'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )
