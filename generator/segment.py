"""Stage 3, segment: paragraphs with stable ids, sentences, quotations and blocks.

Needs: `Story.content` (and `title`/`removed` for the live-blog cues). Adds: `format`, `paragraphs` (p1..pN in
reading order), `sentences`, `quotes`, `blocks`.

Lines are read in order by a small reader that knows the current entry (time, headline), the current transcript
speaker and whether it is inside a summary or a roster. Entry times, headlines, section labels and date lines
become attributes of the paragraphs that follow them, never paragraphs themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator import patterns as pt
from generator.model import Block, Paragraph, Quote, Sentence, Story


def segment(story: Story) -> Story:
    """Split `story.content` into paragraphs, sentences, quotes and blocks, and tell the format."""
    reader = _Reader(list(story.content))
    paragraphs = reader.read()
    fmt = _format(story, paragraphs, reader)
    paragraphs = _liveblog_sections(story, paragraphs, fmt, reader)
    blocks = _blocks(paragraphs)
    paragraphs = _mark_blocks(paragraphs, blocks)
    sentences = tuple(s for p in paragraphs for s in sentences_of(p))
    quotes = tuple(q for p in paragraphs for q in quotes_of(p))
    return replace(story, format=fmt, paragraphs=paragraphs, sentences=sentences, quotes=quotes, blocks=blocks)


# --- paragraphs -----------------------------------------------------------------------------------


@dataclass
class _Entry:
    index: int
    time: str | None = None
    heading: str | None = None
    has_body: bool = False


class _Reader:
    """Reads content lines in order; `read` returns the paragraphs."""

    def __init__(self, lines: list[tuple[int, str]]):
        self.lines = lines
        self.texts = [raw.strip() for _, raw in lines]
        self.kinds = [_first_kind(text) for text in self.texts]
        self.paragraphs: list[Paragraph] = []
        self.entry: _Entry | None = None
        self.entries: list[_Entry] = []
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
        self.entry = _Entry(index=len(self.entries), heading=heading)
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


# --- format and sections --------------------------------------------------------------------------


def _format(story: Story, paragraphs: tuple[Paragraph, ...], reader: _Reader) -> str:
    turns = [p for p in paragraphs if p.section == "turn" and p.speaker]
    if len(turns) >= pt.SEGMENT_TRANSCRIPT_MIN_TURNS and len({p.speaker for p in turns}) >= 2:
        return "transcript"
    timed = [e for e in reader.entries if e.time]
    if len(reader.entries) >= 2 or _liveblog_cue(story):
        return "liveblog-newest-first" if _newest_first(timed) else "liveblog-oldest-first"
    return "article"


def _liveblog_cue(story: Story) -> bool:
    texts = [story.title or ""] + [r.text for r in story.removed]
    return any(pt.SEGMENT_LIVEBLOG_CUES.search(t) for t in texts)


def _newest_first(entries: list[_Entry]) -> bool:
    minutes = [m for m in (_minutes(e.time or "") for e in entries) if m is not None]
    pairs = list(zip(minutes, minutes[1:], strict=False))
    return sum(a > b for a, b in pairs) > sum(a < b for a, b in pairs)


_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})\s?([ap])?", re.I)


def _minutes(time: str) -> int | None:
    match = _CLOCK.search(time)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    if half == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _liveblog_sections(
    story: Story, paragraphs: tuple[Paragraph, ...], fmt: str, reader: _Reader
) -> tuple[Paragraph, ...]:
    """A live blog without entry times opens with a summary that ends at its credit line; then come the updates."""
    if not fmt.startswith("liveblog") or reader.entries:
        return paragraphs
    credit_lines = [r.line for r in story.removed if r.reason == "credit"]
    if not credit_lines:
        return paragraphs
    end = min(credit_lines)
    return tuple(
        replace(p, section="summary" if p.line < end else "entry") if p.section == "body" else p for p in paragraphs
    )


# --- blocks ---------------------------------------------------------------------------------------


def _blocks(paragraphs: tuple[Paragraph, ...]) -> tuple[Block, ...]:
    blocks = []
    for i, intro in enumerate(paragraphs):
        if intro.text.rstrip().endswith(":") and pt.SEGMENT_BLOCK_INTRO.search(intro.text):
            members = _block_members(paragraphs, i)
            if members:
                blocks.append(Block("statement", intro.id, members, _block_speaker(intro.text)))
    return tuple(blocks)


def _block_members(paragraphs: tuple[Paragraph, ...], i: int) -> tuple[str, ...]:
    """The paragraphs after the intro, up to the next entry, turn, summary or another intro."""
    intro, members = paragraphs[i], []
    for p in paragraphs[i + 1:]:
        if p.entry != intro.entry or p.section in ("turn", "roster", "summary") or p.text.rstrip().endswith(":"):
            break
        members.append(p.id)
    return tuple(members)


def _block_speaker(intro: str) -> str | None:
    match = pt.SEGMENT_BLOCK_SPEAKER.search(intro)
    if not match:
        return None
    words = match.group("speaker").split()
    while words and words[0].casefold() in ("here", "are", "is", "read", "below", "the", "full", "text", "of"):
        words = words[1:]
    return " ".join(words) or None


def _mark_blocks(paragraphs: tuple[Paragraph, ...], blocks: tuple[Block, ...]) -> tuple[Paragraph, ...]:
    members = {pid for b in blocks for pid in b.paragraphs}
    return tuple(replace(p, section="statement") if p.id in members else p for p in paragraphs)


# --- sentences ------------------------------------------------------------------------------------

# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a plain character set lets the regex engine skip
# straight to the next . ! or ?, where one opening with a repeat is tried at every character.
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z])")


def sentences_of(paragraph: Paragraph) -> list[Sentence]:
    """Sentences of a paragraph with character offsets into its text."""
    text, start, result = paragraph.text, 0, []
    for match in _BOUNDARY.finditer(text):
        if _abbreviation_before(text, match.start(), match.end()):
            continue
        result.append(_sentence(paragraph.id, text, start, match.end()))
        start = match.end()
    result.append(_sentence(paragraph.id, text, start, len(text)))
    return [s for s in result if s.text]


def _sentence(pid: str, text: str, start: int, end: int) -> Sentence:
    """text[start:end] without the white space around it (the string methods do in C what a loop did)."""
    piece = text[start:end]
    body = piece.strip()
    start += len(piece) - len(piece.lstrip())
    return Sentence(pid, start, start + len(body), body)


_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, a.m, p.m
_NEXT_WORD = re.compile(r"\s*(\S*)")


def _abbreviation_before(text: str, stop: int, end: int) -> bool:
    """Is the full stop at `stop` part of "Mr.", "U.S.", "J." or "10 a.m. ET" rather than a sentence end?"""
    if text[stop] != ".":
        return False
    word = _word_before(text, stop)
    if word.casefold() in pt.SEGMENT_ABBREVIATIONS or (len(word) == 1 and _INITIAL.fullmatch(word)):
        return True
    if "." in word and _DOTTED.fullmatch(word):
        next_word = _NEXT_WORD.match(text, end).group(1).strip("\"“‘'([")
        return not word.casefold().endswith(("a.m", "p.m")) or next_word in pt.SEGMENT_TIME_ZONES
    return False


def _word_before(text: str, stop: int) -> str:
    """The word (letters, digits, _ and full stops) that ends at `stop`, found by stepping back from it: a search
    of all the text before it for `[\\w.]*$` made splitting a long paragraph quadratic ($ also matches before a
    final newline)."""
    end = start = stop - 1 if text[stop - 1:stop] == "\n" else stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end]


# --- quotations -----------------------------------------------------------------------------------

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
