"""Finding the quotations of a page's Markdown: text between paired quote marks, and blockquotes."""

from __future__ import annotations

import functools
import html
import re

from generator.verify.typography import DOUBLE, SINGLE

# A quote mark that may open or close a quotation: not ' or ’ between two letters or digits, an apostrophe
# ("didn't") that `_role` ignores, and most of the marks of a page. The class first, so the scan is in C.
_NOT_APOSTROPHE = r"(?:(?<=[^'’])|(?<![^\W_].)|(?![^\W_]))"
_QUOTE_MARK = re.compile(f"[{re.escape(DOUBLE + SINGLE)}]{_NOT_APOSTROPHE}")
_LINK = re.compile(r"\[([^\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# Seed text never has these raw: escape.py encodes them. `\*\**`, not `\*+`: every branch starting with a
# literal lets the regex engine skip ahead to the next < { or * in C.
_MARKUP = re.compile(r"<[^>]+>|\{[^{}]*\}|\*\**")
_WORDY = re.compile(r"\w")
_SKIP = ("{:", "!!!", "???")  # attribute lists and admonition titles ("Editor's note") are markup, not speech


def quotations(markdown: str) -> list[str]:
    """Quoted passages as a reader sees them: entities undone, links reduced to their text, markup dropped."""
    return list(find_quotations(markdown))


# A build checks each page twice, when render counts the quotations for the about page and when verify checks
# them; the same page text is parsed once. Small: a seed's pages, the only ones checked twice in a row.
@functools.lru_cache(maxsize=16)
def find_quotations(markdown: str) -> tuple[str, ...]:
    found = []
    for block, quoted in _blocks(_body(markdown)):
        if not quoted and "&" not in block and not _QUOTE_MARK.search(block):
            continue  # no quote mark, nor an entity that could become one: most blocks of a landing page
        cells = block.split("|") if "|" in block else [block]
        plain = [_plain(cell) for cell in cells]
        here = [q for text in plain if _QUOTE_MARK.search(text) for q in _spans(text)]
        if quoted:
            here.append(_strip_quote_marks(plain[0] if len(cells) == 1 else _plain(block)))
        if here:
            found.extend(q for q in dict.fromkeys(here) if _WORDY.search(q))
    return tuple(found)


def _body(markdown: str) -> str:
    """The page without its front matter: what `_FRONT.sub("", markdown)` gives, without a regex scan."""
    if not markdown.startswith("---\n"):
        return markdown
    end = markdown.find("\n---\n", 4)
    return markdown[end + 5:] if end >= 0 else markdown


# A list item is a block of its own: a quote mark left open in one item must not pair with one in the next.
_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])")
# What a block needs to hold a quotation: a quote mark, an entity that could become one, or a blockquote's ">".
_MAY_QUOTE = re.compile(f"[>&{re.escape(DOUBLE + SINGLE)}]")


def _blocks(markdown: str) -> list[tuple[str, bool]]:
    """Paragraph-like blocks that may hold a quotation: (text joined into one line, whether it is a blockquote)."""
    blocks = []
    # Most blocks of a page have none of those marks: splitting them into lines was a third of the time, and
    # `filter` passes over them without a step of Python each.
    for chunk in filter(_MAY_QUOTE.search, _BREAK.split(markdown)):
        lines = [line for line in map(str.strip, chunk.split("\n")) if line and not line.startswith(_SKIP)]
        if not lines:
            continue
        if lines[0][0] == ">" and all(line[0] == ">" for line in lines):
            blocks.append((" ".join(line.lstrip("> ") for line in lines), True))
        else:
            blocks.append((" ".join(lines), False))
    return blocks


def _plain(text: str) -> str:
    # Each substitution only where its syntax occurs: a regex scan of each block was most of the time.
    if "](" in text:
        text = _LINK.sub(lambda m: "" if m[1].startswith("¶") else m[1], text)
    if "*" in text or "<" in text or "{" in text:
        text = _MARKUP.sub("", text)
    return html.unescape(text)


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] in DOUBLE and text[-1] in DOUBLE:
        return text[1:-1].strip()
    return text


def _spans(text: str) -> list[str]:
    """Text between paired quote marks; double and single marks pair separately, curly marks by direction.
    A single quotation must open with ‘: a straight ' is an apostrophe as often as a quote mark."""
    spans, stacks = [], {'"': [], "'": []}
    for found in _QUOTE_MARK.finditer(text):  # only the marks: a loop over every character was most of verify's time
        i = found.start()
        kind = '"' if found[0] in DOUBLE else "'"
        role = _role(text, i)
        if role == "open" or (role == "either" and not stacks[kind]):
            stacks[kind].append(i)
        elif role in ("close", "either") and stacks[kind]:
            spans.append(text[stacks[kind].pop() + 1:i].strip())
    return [s for s in spans if s]


def _role(text: str, i: int) -> str | None:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    char = text[i]
    if char in "“‘„":
        return "open"
    if char in "”":
        return "close"
    opens = (before.isspace() or before in "([—–-") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-" + DOUBLE + SINGLE)
    if char in "'’":  # also an apostrophe ("didn't", "patients' answers"): closes only what ‘ opened
        return "close" if closes and not (before.isalnum() and after.isalnum()) else None
    return "open" if opens and not closes else "close" if closes and not opens else "either"
