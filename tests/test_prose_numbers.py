"""Every number in a chapter's sentences comes from code.

A number in the prose or the maths of a chapter page must be one of:

(a) a quote, `{{ block-id.name:format }}`, which the build replaces by the value
    of the top-level variable `name` of the snippet that block `block-id` ran;
(b) a *given* of the worked example: a numeric literal in the code of a snippet
    that the page includes (the seed, the sample size, the learning rate), so the
    reader sees it in the code right beside the sentence;
(c) a small structural integer, 0 to 10 ("two layers", "chapter 5", "$x_1$"), or
    one of the few numbers in `ALLOWED` below, each with its reason.

Anything else was typed in by hand and can go stale: store it in a variable of
the snippet and quote it, or drop it. Front matter, code (fenced and inline),
HTML, link targets and the quotes themselves are not prose and are skipped.
"""

from __future__ import annotations

import ast
import io
import math
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOT_CHAPTERS = {"api", "assets"}

# Numbers that may appear in any chapter's prose although no snippet holds them.
# Keep this tiny: each entry is a fact about the number system or the notation,
# not a result of an example.
ALLOWED = {
    # "f is only computed to about 16 significant digits": a double carries a
    # 53-bit significand, 53 log10(2) = 15.95 decimal digits. A fact of IEEE
    # arithmetic that the pages on rounding error state, not a computed result.
    16.0: "decimal digits of a double",
}

QUOTE = re.compile(
    r"\{\{\s*([A-Za-z0-9_-]+)\.([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*?))?\s*\}\}"
)
BLOCK_ID = re.compile(r'^\s*```python\b[^\n]*\bid="([^"]+)"', re.M)
INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"', re.M)
FENCE = re.compile(r"^\s*(```+|~~~+)")

# 10^{-17}, 10^6, 2 \times 10^{-3}: one number, not two or three.
POWER_OF_TEN = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s*(?:\\times|\\cdot)\s*)?10\^(?:\{\s*([-+−]?\d+)\s*\}|([-+]?\d+))"
)
# \frac12 and \tfrac12 are 1/2, not twelve.
TEX_DIGIT_FRACTION = re.compile(r"\\[dt]?frac\s*(\d)\s*(\d)")
NUMBER = re.compile(
    r"(?<![A-Za-z_\d.])"  # not inside an identifier (x0, L1, log2) or a decimal
    r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"  # 1,000 or 1000, with decimals
    r"([eE][-+]?\d+)?"  # scientific notation, 1e-12
    r"(\s*\\?%)?"  # a percentage, 95% or 95\%
)


@dataclass(frozen=True)
class Number:
    line: int
    text: str
    values: tuple[float, ...]  # what it may equal: 95% is 95 or 0.95
    integer: bool  # written without a decimal point or exponent
    start: int = 0  # position in the page, for sorting


def _blank(match: re.Match) -> str:
    """Replace a match by blanks, keeping its line breaks (and line numbers)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def strip_non_prose(text: str) -> str:
    """The page with everything that is not prose or maths blanked out."""
    front = re.match(r"\A---\n.*?\n---\n", text, re.S)
    if front:
        text = _blank(front) + text[front.end() :]
    lines, fence = text.split("\n"), None
    for i, line in enumerate(lines):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            lines[i] = ""
        elif fence is not None:
            if match and match.group(1).startswith(fence):
                fence = None
            lines[i] = ""
    text = "\n".join(lines)
    text = re.sub(r"<!--.*?-->", _blank, text, flags=re.S)
    text = QUOTE.sub(_blank, text)
    # The number of an ordered list item ("11. [Newton's method](...)") counts
    # items, it is not a number of the prose.
    text = re.sub(r"^\s*\d+\.(?=\s)", _blank, text, flags=re.M)
    # Cross-references (@eq:chain-rule, @fig:<block id>) and equation labels
    # name things; the numbers they become are counted by the build.
    text = re.sub(r"@(?:eq|fig):[A-Za-z0-9_-]+|\\label\{[^}]*\}", _blank, text)
    text = re.sub(r"(`+).+?\1", _blank, text, flags=re.S)  # inline code
    text = re.sub(r"\]\([^)\s]*\)", lambda m: "]" + _blank(m)[1:], text)
    text = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", _blank, text, flags=re.M)
    text = re.sub(r"<[^>\n]+>", _blank, text)  # HTML tags and autolinks
    return text


def find_numbers(text: str) -> list[Number]:
    """Every number in the prose and maths of a Markdown page."""
    text = strip_non_prose(text)
    text = TEX_DIGIT_FRACTION.sub(r" \1 / \2 ", text)
    text = text.replace("{,}", ",")  # KaTeX's 1{,}000
    found: list[Number] = []

    def line_of(position: int) -> int:
        return text.count("\n", 0, position) + 1

    def power(match: re.Match) -> str:
        mantissa = float(match.group(1)) if match.group(1) else 1.0
        exponent = int((match.group(2) or match.group(3)).replace("−", "-"))
        value = mantissa * 10.0**exponent
        found.append(
            Number(
                line_of(match.start()), match.group(0), (value,), False, match.start()
            )
        )
        return _blank(match)

    text = POWER_OF_TEN.sub(power, text)
    for match in NUMBER.finditer(text):
        digits, decimals, exponent, percent = match.groups()
        value = float(digits.replace(",", "") + (decimals or "") + (exponent or ""))
        values = (value, value / 100) if percent else (value,)
        integer = not (decimals or exponent)
        found.append(
            Number(
                line_of(match.start()), match.group(0), values, integer, match.start()
            )
        )
    return sorted(found, key=lambda number: number.start)


def snippet_literals(path: Path) -> set[float]:
    """The numeric literals in a snippet's code (not its docstrings or comments)."""
    source = path.read_text(encoding="utf-8")
    values = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NUMBER and not token.string.endswith(("j", "J")):
            values.add(abs(float(ast.literal_eval(token.string))))
    return values


def page_givens(text: str) -> set[float]:
    givens: set[float] = set()
    for include in INCLUDE.findall(text):
        if include.endswith(".py"):
            givens |= snippet_literals(ROOT / include)
    return givens


def is_explained(number: Number, givens: set[float]) -> bool:
    if number.integer and 0 <= number.values[0] <= 10 and len(number.values) == 1:
        return True
    allowed = set(ALLOWED) | givens
    return any(
        math.isclose(value, given, rel_tol=1e-9, abs_tol=0.0)
        for value in number.values
        for given in allowed
    )


def violations(text: str) -> list[Number]:
    givens = page_givens(text)
    return [number for number in find_numbers(text) if not is_explained(number, givens)]


def chapter_pages() -> list[Path]:
    chapters = [
        folder
        for folder in sorted(DOCS.iterdir())
        if folder.is_dir() and folder.name not in NOT_CHAPTERS
    ]
    return [DOCS / "index.md"] + [
        page for c in chapters for page in sorted(c.glob("*.md"))
    ]


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


PAGES = chapter_pages()


def test_there_are_chapter_pages():
    assert len(PAGES) > 20
    assert not any("api" in page.parts for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=_rel)
def test_every_number_is_a_given_or_a_quote(page):
    text = page.read_text(encoding="utf-8")
    found = violations(text)
    report = "\n".join(
        f"{_rel(page)}:{n.line}: {n.text.strip()!r} is neither a quote, a literal "
        "in this page's snippets, nor a small integer"
        for n in found
    )
    assert not found, "numbers typed into the prose:\n" + report


# The quotes must name a block and a top-level variable of its snippet.


def _blocks() -> dict[str, Path]:
    blocks = {}
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for block in re.finditer(r"```python[^\n]*\n.*?```", text, re.S):
            ids = BLOCK_ID.findall(block.group(0))
            includes = INCLUDE.findall(block.group(0))
            if ids and includes:
                assert ids[0] not in blocks, f"block id {ids[0]} is used twice"
                blocks[ids[0]] = ROOT / includes[0]
    return blocks


def top_level_names(path: Path) -> set[str]:
    """Names a snippet assigns at module level (in loops and branches too, as
    `if B == 10: noise_10 = noise`), outside functions and classes: the globals
    the build can quote."""
    names: set[str] = set()

    def visit(statements):
        for node in statements:
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = (
                    node.targets if isinstance(node, ast.Assign) else [node.target]
                )
                for target in targets:
                    for leaf in ast.walk(target):
                        if isinstance(leaf, ast.Name):
                            names.add(leaf.id)
            elif isinstance(node, ast.If | ast.With | ast.Try | ast.For | ast.While):
                visit(node.body)
                visit(getattr(node, "orelse", []))

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return names


def test_quotes_name_a_block_and_a_top_level_variable():
    blocks = _blocks()
    problems = []
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for match in QUOTE.finditer(text):
            block, name = match.group(1), match.group(2)
            line = text.count("\n", 0, match.start()) + 1
            where = f"{_rel(page)}:{line}: {{{{ {block}.{name} }}}}"
            if block not in blocks:
                problems.append(f"{where}: no block with this id")
            elif name not in top_level_names(blocks[block]):
                problems.append(
                    f"{where}: {_rel(blocks[block])} sets no top-level {name}"
                )
    assert not problems, "\n".join(problems)


# The test's own number finder, on a small invented page.

INVENTED = """\
---
description: 42 samples in the front matter are not prose
---

# A page with 3 sections

We drew 1,000 points and 37 of them, or 3.7%, were odd; the tolerance was
1e-12, and the eigenvalue is of the order of $10^{-17}$ with $\\tfrac12$ of
it negative. Variables x0, L2 and log2 are names. See [page 77](../a77.md).

```python
n = 999
```

Inline `n = 12345` is code. <!-- 31415 is a comment --> {{ blk.n_odd }} is
a quote, and $2 \\times 10^{-3}$ is one number.
"""


def test_finder_finds_the_numbers_of_an_invented_page():
    found = [(n.line, n.text.strip(), n.values) for n in find_numbers(INVENTED)]
    assert found == [
        (5, "3", (3.0,)),
        (7, "1,000", (1000.0,)),
        (7, "37", (37.0,)),
        (7, "3.7%", (3.7, 3.7 / 100)),
        (8, "1e-12", (1e-12,)),
        (8, "10^{-17}", (1e-17,)),
        (8, "1", (1.0,)),  # \\tfrac12 is 1 / 2
        (8, "2", (2.0,)),
        (9, "77", (77.0,)),  # the link text is prose, its target is not
        (16, "2 \\times 10^{-3}", (2e-3,)),
    ]


def test_a_typed_in_number_is_reported_and_a_given_is_not(tmp_path):
    snippet = tmp_path / "example.py"
    snippet.write_text(
        '"""Docstring numbers such as 37 are not givens."""\n'
        "n = 1_000  # nor are comments: 37\n"
        "tolerance, share, eps = 1e-12, 0.037, -2e-3\n"
        "label = 'strings are not either: 37'\n"
    )
    givens = snippet_literals(snippet)
    assert givens == {1000.0, 1e-12, 0.037, 2e-3}
    bad = [n for n in find_numbers(INVENTED) if not is_explained(n, givens)]
    assert [n.text for n in bad] == ["37", "10^{-17}", "77"]
    allowed = givens | {37.0, 1e-17, 77.0}
    assert not [n for n in find_numbers(INVENTED) if not is_explained(n, allowed)]
