"""Errata marks: a flagged slip shown in place ("FCC [sic]", "we [are] taking"), and undone before a look-up."""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from generator.verify.typography import normalise

TYPE_CHECKING = False  # typing's constant, without importing typing: a no-op build imports nothing it can skip
if TYPE_CHECKING:
    from generator.model import Erratum


def mark(text: str, errata: tuple[Erratum, ...]) -> str:
    """`text` with each flagged slip marked in place the way editors do; the words themselves are untouched."""
    for erratum in errata:
        if erratum.text and erratum.text in text:
            pattern = rf"(?<!\w){re.escape(erratum.text)}(?!\w)"
            text = re.sub(pattern, lambda _m, e=erratum: marked(e), text)
    return text


def marked(erratum: Erratum) -> str:
    """'FCC' -> 'FCC [sic]'; an inserted word in square brackets: 'we taking' -> 'we [are] taking'."""
    words, fix = erratum.text.split(), (erratum.correction or "").split()
    ops = SequenceMatcher(None, words, fix, autojunk=False).get_opcodes() if fix else []
    if ops and all(tag in ("equal", "insert") for tag, *_ in ops):
        return " ".join(" ".join(words[i1:i2]) if tag == "equal" else f"[{' '.join(fix[j1:j2])}]"
                        for tag, i1, i2, j1, j2 in ops)
    slip = _slip(words, fix)
    return " ".join(w + (" [sic]" if i == slip else "") for i, w in enumerate(words))


def _slip(words: list[str], fix: list[str]) -> int:
    """Index of the word the correction replaces: the last word that differs, or the word most like it."""
    if not fix:
        return len(words) - 1
    differ = [i for i, w in enumerate(words) if w not in fix]
    if len(differ) <= len(fix):
        return differ[-1] if differ else len(words) - 1
    target = " ".join(w for w in fix if w not in words)
    return max(differ, key=lambda i: SequenceMatcher(None, words[i], target).ratio())


def unmark(quote: str, errata: tuple[Erratum, ...]) -> str:
    for marks, words in _unmarkings(errata):
        quote = quote.replace(marks, words)
    return quote


@functools.lru_cache(maxsize=64)
def _unmarkings(errata: tuple[Erratum, ...]) -> tuple[tuple[str, str], ...]:
    """Each erratum as marked in a quotation, and as printed: worked out once per seed's errata, not once per
    quotation (marking one compares word sequences)."""
    return tuple((normalise(marked(erratum)), normalise(erratum.text)) for erratum in errata)
