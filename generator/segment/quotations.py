"""Quotations: the quoted words of a paragraph, told from apostrophes and stray marks."""

from __future__ import annotations

import re

from generator.model import Paragraph, Quote

_OPENERS = frozenset("\"'“‘")
_CLOSERS = frozenset("\"'”’")
_DOUBLE = frozenset("\"“”")
# The marks, except apostrophes inside words (didn't): a third of them, and they have no role ([^\W_]: a letter
# or digit, as str.isalnum() has it).
_MARK = re.compile("[" + re.escape("".join(sorted(_OPENERS | _CLOSERS))) + r"](?:(?<![^\W_].)|(?![^\W_]))")


def quotes_of(paragraph: Paragraph) -> list[Quote]:
    """Quoted words in a paragraph; straight, curly and mismatched marks; apostrophes are not quote marks."""
    text, stack, result = paragraph.text, [], []
    for mark in _MARK.finditer(text):  # only the marks: every other character has no role
        i, ch = mark.start(), mark.group()
        role = _mark_role(text, i)
        depth = _closes(stack, ch) if role == "close" else None
        if depth is not None:
            opened, stack = stack[depth], stack[:depth]
            if not stack:
                result.append(_quote(paragraph.id, text, opened[1] + 1, i))
        elif role == "open":
            stack.append((ch, i))
    if stack and stack[0][1] == 0:  # a quote running on into the next paragraph opens its paragraph
        result.append(_quote(paragraph.id, text, 1, len(text)))
    return [q for q in result if q.text.strip()]


def _quote(pid: str, text: str, start: int, end: int) -> Quote:
    return Quote(text=text[start:end], para=pid, start=start, end=end)


def _mark_role(text: str, i: int) -> str | None:
    """"open", "close" or None (not a quote mark, or an apostrophe inside or after a word)."""
    ch = text[i]
    if ch not in _OPENERS and ch not in _CLOSERS:
        return None
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # didn't, Analytica's
    opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closing = not before.isspace() and (after.isspace() or not after.isalnum())
    if ch in "“‘" or (opening and ch in "\"'"):
        return "open" if not after.isspace() else None
    return "close" if closing else None


def _closes(stack: list[tuple[str, int]], ch: str) -> int | None:
    """Stack depth of the quote a closing mark ends: the innermost open quote of its kind (stray openers such
    as "'90s" above it are dropped), or a lone single-quoted quote closed by a double mark (‘just fold")."""
    for depth in range(len(stack) - 1, -1, -1):
        if (stack[depth][0] in _DOUBLE) == (ch in _DOUBLE):
            return depth
    return 0 if len(stack) == 1 and ch in _DOUBLE else None
