"""Explaining a failed quotation: the page, the quotation and the closest source passage."""

from __future__ import annotations

from difflib import SequenceMatcher

TYPE_CHECKING = False  # typing's constant, without importing typing: a no-op build imports nothing it can skip
if TYPE_CHECKING:
    from generator.verify.sources import Source


def explained(page: str, quote: str, wanted: str, sources: list[Source]) -> str:
    closest = max((_closest(s.text, wanted) for s in sources), key=lambda c: c[0], default=(0, ""))[1]
    return f"{page}: quotation not in the source: “{quote}” — closest source passage: “{closest}”"


def _closest(text: str, wanted: str) -> tuple[float, str]:
    """The source passage most like `wanted`: around their longest common run, trimmed to what matches."""
    a, b = _longest_common(text, wanted)
    slack = len(wanted) // 4 + 5
    lo, hi = max(0, a - b - slack), min(len(text), a - b + len(wanted) + slack)
    blocks = [b for b in SequenceMatcher(None, text[lo:hi], wanted, autojunk=False).get_matching_blocks() if b.size > 2]
    start, end = (lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size) if blocks else (lo, hi)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    passage = text[start:end]
    return SequenceMatcher(None, passage, wanted, autojunk=False).ratio(), passage


def _longest_common(text: str, wanted: str) -> tuple[int, int]:
    """Where the longest common run of `text` and `wanted` starts in each (earliest in `text`, then in `wanted`):
    what SequenceMatcher.find_longest_match returns without junk, found with substring searches in C instead
    of its scan of every pair of positions, which took minutes on a long seed."""
    size = 0
    for j in range(len(wanted)):
        while j + size < len(wanted) and wanted[j:j + size + 1] in text:
            size += 1  # a run starting at j longer than any before it
    if not size:
        return 0, 0
    best = (len(text), 0)
    for j in range(len(wanted) - size + 1):
        a = text.find(wanted[j:j + size], 0, best[0] + size - 1)  # only an earlier start can win
        if a >= 0:
            best = (a, j)
    return best
