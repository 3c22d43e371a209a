"""A glossary defined once, and its terms linked where the chapters use them.

`docs/glossary.md` holds one `### Term` heading per term, followed by its
definition; a comment `<!-- forms: matrices, matrix's -->` under the heading
lists other spellings (a plain plural with -s is added by itself). On each
chapter page the first use of each term in running text (a paragraph, list
item or table cell; not a heading, link, code, formula or figure) becomes a
link to its definition, whose `title` Material shows as a tooltip.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Term", "link_terms", "read_glossary"]

_HEADING = re.compile(r"^###\s+(?P<term>[^\n{]+?)\s*(?:\{#(?P<id>[\w-]+)\})?\s*$", re.M)
_FORMS = re.compile(r"<!--\s*forms:\s*(.*?)\s*-->")
_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


@dataclass(frozen=True)
class Term:
    name: str
    anchor: str
    definition: str  # plain text, for the tooltip
    forms: tuple[str, ...]


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def read_glossary(markdown: str) -> list[Term]:
    """The terms of a glossary page, in page order."""
    terms = []
    headings = list(_HEADING.finditer(markdown))
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else None
        body = markdown[heading.end() : end]
        name = heading.group("term").strip()
        forms = {name.lower()}
        extra = _FORMS.search(body)
        if extra:
            forms |= {f.strip().lower() for f in extra.group(1).split(",") if f.strip()}
        if not name.lower().endswith("s"):
            forms.add(name.lower() + "s")
        paragraphs = [
            p.strip() for p in _FORMS.sub("", body).split("\n\n") if p.strip()
        ]
        first = paragraphs[0] if paragraphs else ""
        plain = " ".join(_MARKUP.sub(lambda m: m.group(1) or "", first).split())
        if "$" in plain or not plain:
            raise ValueError(
                f"glossary term {name!r} needs a first paragraph in plain words "
                "(no maths): it becomes the tooltip"
            )
        terms.append(
            Term(name, heading.group("id") or _slug(name), plain, tuple(sorted(forms)))
        )
    return terms


_TOKEN = re.compile(r"(<[^>]+>)")
_SKIP = {
    "a", "code", "pre", "math", "svg", "script", "style", "button", "label",
    "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "summary", "kbd", "abbr",
}  # fmt: skip
_TEXT = {"p", "li", "td", "dd"}
_VOID = {"br", "img", "wbr", "hr", "input", "meta", "link", "source", "col"}


@functools.lru_cache(maxsize=4)
def _pattern(forms: tuple[str, ...]) -> re.Pattern:
    """One expression for every form of every term, longest first."""
    return re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I
    )


def link_terms(content: str, terms: list[Term], href: Callable[[Term], str]) -> str:
    """Link the first use of each term in the running text of `content`."""
    if not terms:
        return content
    by_form = {form: term for term in terms for form in term.forms}
    pattern = _pattern(tuple(sorted(by_form, key=len, reverse=True)))
    done: set[str] = set()
    stack: list[str] = []
    out = []
    for token in _TOKEN.split(content):
        if token.startswith("<"):
            out.append(token)
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", token)
            if not name:
                continue
            tag = name.group(1).lower()
            if token.startswith("</"):
                if tag in stack:
                    while stack and stack.pop() != tag:
                        pass
            elif tag not in _VOID and not token.endswith("/>"):
                classes = re.search(r'class="([^"]*)"', token)
                if classes and "admonition-title" in classes.group(1):
                    tag = "summary"  # an admonition's title is a heading
                stack.append(tag)
            continue
        if not token or _SKIP.intersection(stack) or not _TEXT.intersection(stack):
            out.append(token)
            continue

        def replace(match: re.Match) -> str:
            term = by_form[match.group(1).lower()]
            if term.name in done:
                return match.group(0)
            done.add(term.name)
            return (
                f'<a class="mlf-term" href="{href(term)}" '
                f'title="{html.escape(term.definition, quote=True)}">'
                f"{match.group(0)}</a>"
            )

        out.append(pattern.sub(replace, token))
    return "".join(out)
