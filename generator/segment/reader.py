"""The line reader: content lines in order, the current entry, speaker and mode, and the paragraphs they make."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Paragraph
from generator.patterns import segment as pt


@dataclass
class Entry:
    """A timed or numbered entry as the reader meets it: its index, time, headline, and whether it has a body yet."""

    index: int
    time: str | None = None
    heading: str | None = None
    has_body: bool = False


class Reader:
    """Reads content lines in order; `read` returns the paragraphs."""

    def __init__(self, lines: list[tuple[int, str]]):
        self.lines = lines
        self.texts = [raw.strip() for _, raw in lines]
        self.kinds = [_first_kind(text) for text in self.texts]
        self.paragraphs: list[Paragraph] = []
        self.entry: Entry | None = None
        self.entries: list[Entry] = []
        self.mode = "body"  # body | summary | roster
        self.roster_label: str | None = None
        self.speaker: str | None = None
        self.expect_heading = False
        self.loose_headlines = _headlines_are_the_rule(lines, self.kinds)

    def read(self) -> tuple[Paragraph, ...]:
        for i, (n, raw) in enumerate(self.lines):
            self._line(i, n, raw)
        return tuple(self.paragraphs)

    def _line(self, i: int, n: int, raw: str) -> None:
        text, first = self.texts[i], self.kinds[i]
        heading_due, self.expect_heading = self.expect_heading, False
        if first is None and not heading_due and not _is_summary_label(text):
            return self._paragraph(n, text, first)  # prose, most lines: nothing below applies
        if first == _TIME:
            return self._time(text)
        if _may_be(_NUMBERED, first) and self._numbered_entry(i, raw):
            return self._start_entry(heading=pt.SEGMENT_NUMBERED_ENTRY.match(text).group(2))
        if self._label(text, first) or _is(_DATE_LINE, first, text):
            return None
        if heading_due and _is_headline(text, self.loose_headlines) and self._has_next(i):
            self.entry.heading = text
            return None
        self._paragraph(n, text, first)

    def _time(self, text: str) -> None:
        if not (self.entry and self.entry.time is None and not self.entry.has_body):
            self._start_entry()
        self.entry.time = text
        self.expect_heading = self.entry.heading is None

    def _start_entry(self, heading: str | None = None) -> None:
        self.entry = Entry(index=len(self.entries), heading=heading)
        self.entries.append(self.entry)
        self.mode, self.speaker = "body", None

    def _numbered_entry(self, i: int, raw: str) -> bool:
        """"3. Headline" at the margin, followed by a time or by an indented body."""
        if raw[:1].isspace() or not pt.SEGMENT_NUMBERED_ENTRY.match(raw) or not self._has_next(i):
            return False
        return self.kinds[i + 1] == _TIME or self.lines[i + 1][1][:1].isspace()

    def _label(self, text: str, first: int | None) -> bool:
        if _is_summary_label(text):
            self.mode = "summary"
            return True
        if _is(_ROSTER_LABEL, first, text):
            self.mode, self.roster_label = "roster", text.rstrip(": ")
            return True
        return False

    def _has_next(self, i: int) -> bool:
        return i + 1 < len(self.lines)

    def _paragraph(self, n: int, text: str, first: int | None) -> None:
        section, speaker, text = self._place(text, first)
        entry = self.entry
        if entry:
            entry.has_body = True
        heading = self.roster_label if section == "roster" else entry.heading if entry else None
        in_entry = entry and section == "entry"
        self.paragraphs.append(Paragraph(
            f"p{len(self.paragraphs) + 1}", text, n, section, entry.index if in_entry else None,
            entry.time if in_entry else None, heading, speaker,
        ))

    def _place(self, text: str, first: int | None) -> tuple[str, str | None, str]:
        """(section, speaker, text) for a content line, updating the reader's state."""
        placed = None if first is None else self._marked_place(text, first)
        if placed:
            return placed
        if self.mode in ("roster", "summary"):
            return self.mode, None, text
        if self.speaker:
            return "turn", self.speaker, text
        return ("entry" if self.entry else "body"), None, text

    def _marked_place(self, text: str, first: int) -> tuple[str, str | None, str] | None:
        """The place of a bullet, stage direction or transcript turn, which the line itself marks."""
        if _is(_BULLET, first, text):
            return "summary", None, text[pt.SEGMENT_BULLET.match(text).end():]
        if _is(_STAGE_DIRECTION, first, text):
            return "turn", None, text
        turn = pt.SEGMENT_TURN.match(text) if _may_be(_TURN, first) else None
        if turn and not (self.mode == "roster" and _roster_line(text)):
            self.mode, self.speaker = "body", turn.group("label")
            return "turn", self.speaker, turn.group("text")
        return None


# The kinds of line the reader tells apart, in the order it tries them. One regex tries them all at once and
# tells the first a line matches: the kinds before it need no try of their own, and most lines (prose) match
# none, which trying the kinds one by one on each line found out slowly.
_KINDS = (
    pt.SEGMENT_TIME, pt.SEGMENT_NUMBERED_ENTRY, pt.SEGMENT_ROSTER_LABEL, pt.SEGMENT_DATE_LINE, pt.SEGMENT_BULLET,
    pt.SEGMENT_STAGE_DIRECTION, pt.SEGMENT_TURN,
)
_TIME, _NUMBERED, _ROSTER_LABEL, _DATE_LINE, _BULLET, _STAGE_DIRECTION, _TURN = range(len(_KINDS))
_ANY_KIND = re.compile(
    "|".join(f"(?P<kind{k}>(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern}))" for k, p in enumerate(_KINDS))
)
_KIND_OF_GROUP = {_ANY_KIND.groupindex[f"kind{k}"]: k for k in range(len(_KINDS))}


def _first_kind(text: str) -> int | None:
    """The first of _KINDS that `text` matches; None for prose."""
    match = _ANY_KIND.match(text)
    return _KIND_OF_GROUP[match.lastindex] if match else None  # a kind's group closes after any inside it


def _may_be(kind: int, first: int | None) -> bool:
    return first is not None and first <= kind


def _is(kind: int, first: int | None, text: str) -> bool:
    """Does `text` match _KINDS[kind], given the first kind it matches?"""
    return first == kind or (_may_be(kind, first) and _KINDS[kind].match(text) is not None)


_LONGEST_LABEL = max(map(len, pt.SEGMENT_SUMMARY_LABELS))


def _is_summary_label(text: str) -> bool:
    label = text.rstrip(":")  # casefold() never shortens a text: a longer line is no label
    return len(label) <= _LONGEST_LABEL and label.casefold() in pt.SEGMENT_SUMMARY_LABELS


def _roster_line(text: str) -> bool:
    return text.upper() == text


def _is_headline(text: str, loose: bool) -> bool:
    words = len(text.split())
    if text.endswith(":") or pt.SEGMENT_BULLET.match(text):
        return False
    strict = words <= pt.SEGMENT_HEADLINE_STRICT_WORDS and not text.endswith(".")
    return strict or (loose and words <= pt.SEGMENT_HEADLINE_LOOSE_WORDS)


def _headlines_are_the_rule(lines: list[tuple[int, str]], kinds: list[int | None]) -> bool:
    """Most entry times are followed by a short unpunctuated line: the page gives every entry a headline."""
    after = [lines[i + 1][1].strip() for i in range(len(lines) - 1) if kinds[i] == _TIME]
    return bool(after) and sum(_is_headline(t, loose=False) for t in after) * 2 > len(after)
