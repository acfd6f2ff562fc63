"""Publisher chrome on one line: which cues of patterns/clean.py a line may match, and what it holds on its own.

Support for the clean stage. Most lines are content, so a few scans of the whole text first look for the plain
words each cue declares (patterns.CleanCue); a line holding none of them is content without trying a regex.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import NamedTuple

from generator.casefold import fold
from generator.cues import Joined, trie
from generator.patterns import clean as pt


class Verdict(NamedTuple):
    reason: str | None = None  # None: content
    chrome: str = ""  # the removed text (all of the line, or the cut part)
    keep: str | None = None  # content left after a cut; None when the whole line goes


CONTENT = Verdict()


class Cue(NamedTuple):
    use: str  # chrome | credit | appeal | relative (capture-relative time prefix) | related (head of a box)
    reason: str
    pattern: re.Pattern[str]
    words: tuple[str, ...]


CUES = (  # in the order of patterns/clean.py: for chrome the first matching rule gives the reason
    *(Cue("chrome", reason, *cue) for reason, cues in pt.CLEAN_CHROME for cue in cues),
    *(Cue("credit", "credit", *cue) for cue in pt.CLEAN_CREDIT),
    *(Cue("appeal", "appeal for money", *cue) for cue in pt.CLEAN_APPEAL_CUES),
    Cue("relative", "capture-relative time", *pt.CLEAN_RELATIVE_TIME_PREFIX),
    *(Cue("related", "related link", *cue) for cue in pt.CLEAN_RELATED_HEAD),
)


# --- which cues a line may match ------------------------------------------------------------------


def _cue_index() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """(opening word -> cues, inner word -> cues); a cue is its index in CUES."""
    openings: dict[str, set[int]] = defaultdict(set)
    inner: dict[str, set[int]] = defaultdict(set)
    for i, cue in enumerate(CUES):
        for word in cue.words:
            if word.startswith("^"):
                openings[word[1:]].add(i)
            else:
                inner[word].add(i)
    # the scan finds the longest opening; a line opening with "copyright" opens with "copy" too
    longest = {w: frozenset().union(*(openings.get(w[:n], ()) for n in range(1, len(w) + 1))) for w in openings}
    return longest, {word: frozenset(ids) for word, ids in inner.items()}


_OPENING_CUES, _INNER_CUES = _cue_index()
# Openings are looked for, in the lower-cased text, where a line or a sentence (after . ! ? and spaces) starts;
# the group holds the longest one found there. One scan of the text for all of them.
_OPENINGS = re.compile(r"[\n.!?]\s*(?=(" + trie(sorted(_OPENING_CUES)) + "))")


class LineCues(NamedTuple):
    """The cues worth trying on a line, by use, in the order of patterns/clean.py."""

    chrome: tuple[tuple[str, re.Pattern[str]], ...]
    credit: tuple[re.Pattern[str], ...]
    appeal: tuple[re.Pattern[str], ...]
    related: bool


def line_cues(texts: list[str]) -> dict[int, LineCues]:
    """For each line (stripped, one per row) that may match a cue, the cues to try; the other lines match none."""
    lines = Joined(texts, apart="\n", lead="\n")  # the lead: the first line starts after a line break too
    flat = fold(lines.text)  # one character for one: positions still point into the lines
    hits: dict[int, set[int]] = defaultdict(set)
    for match in _OPENINGS.finditer(flat):
        hits[lines.index(match.end())].update(_OPENING_CUES[match.group(1)])
    for word, cues in _INNER_CUES.items():  # one scan per word; one hit per line is enough
        for row in lines.holding(functools.partial(flat.find, word)):
            hits[row].update(cues)
    return {row: cues_of(frozenset(ids)) for row, ids in hits.items()}


@functools.cache
def cues_of(ids: frozenset[int]) -> LineCues:
    """The cues of CUES numbered `ids`, by use (few different sets occur: each is built once)."""
    cues = [CUES[i] for i in sorted(ids)]
    return LineCues(
        chrome=tuple((cue.reason, cue.pattern) for cue in cues if cue.use == "chrome"),
        credit=tuple(cue.pattern for cue in cues if cue.use == "credit"),
        appeal=tuple(cue.pattern for cue in cues if cue.use == "appeal"),
        related=any(cue.use == "related" for cue in cues),
    )


# --- one line on its own --------------------------------------------------------------------------


def verdict(line: str, cues: LineCues) -> Verdict:
    """What `line` (stripped) is, judged on its own: content, chrome, a credit, or content with chrome cut off."""
    reason = (
        _credit(line, cues)
        or _chrome_reason(line, cues)
        or _all_sentences_reason(line, cues)
        or _lone_appeal(line, cues)
    )
    if reason:
        return Verdict(reason, line)
    return _relative_time_cut(line) or _glued_cut(line, cues) or CONTENT


def _credit(line: str, cues: LineCues) -> str | None:
    return "credit" if cues.credit and any(p.search(line) for p in cues.credit) else None


def _chrome_reason(text: str, cues: LineCues) -> str | None:
    text = text.strip()
    for reason, pattern in cues.chrome:
        if pattern.search(text):
            return reason
    return None


def sentences(line: str) -> list[str]:
    """The sentences of a line, and the pieces glued together with no space ("...the difference.The chief")."""
    pieces = pt.CLEAN_SENTENCE_BOUNDARY.split(line)
    return [s for piece in pieces for s in pt.CLEAN_GLUED_BOUNDARY.split(piece) if s.strip()]


def _all_sentences_reason(line: str, cues: LineCues) -> str | None:
    """A line of several sentences, each of them chrome ("IE 11 is not supported. For an optimal ...")."""
    parts = sentences(line) if cues.chrome else []
    if len(parts) < 2:
        return None
    first = _chrome_reason(parts[0], cues)
    return first if first and all(_chrome_reason(s, cues) for s in parts[1:]) else None


def is_appeal(text: str, cues: LineCues) -> bool:
    text = text.strip()
    return any(p.search(text) for p in cues.appeal)


def _lone_appeal(line: str, cues: LineCues) -> str | None:
    short = bool(cues.appeal) and len(line.split()) <= pt.CLEAN_APPEAL_LONE_MAX_WORDS
    return "appeal for money" if short and all(is_appeal(s, cues) for s in sentences(line)) else None


def _relative_time_cut(line: str) -> Verdict | None:
    """"2h ago / 8:52 PM UTC": the capture-relative part is chrome, the entry time is kept."""
    match = pt.CLEAN_RELATIVE_TIME_PREFIX.pattern.match(line)
    if not match:
        return None
    return Verdict("capture-relative time", match.group(0).strip(" /"), line[match.end():])


def _glued_cut(line: str, cues: LineCues) -> Verdict | None:
    """Chrome glued with no space onto the start or end of a content sentence."""
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    first, last = pieces[0], pieces[-1]
    reason = _chrome_reason(first, cues) or ("appeal for money" if is_appeal(first, cues) else None)
    if reason:
        return Verdict(reason, first.strip(), line[len(first):])
    reason = _chrome_reason(last, cues)
    if reason:
        return Verdict(reason, last.strip(), line[: len(line) - len(last)])
    return None
