"""Stage 4, segment: paragraphs with stable ids, sentences, quotations and blocks.

Needs: `Story.content` (and `title`/`removed` for the live-blog cues). Adds: `format`, `paragraphs` (p1..pN in
reading order), `sentences`, `quotes`, `blocks`.

Lines are read in order by a small reader that knows the current entry (time, headline), the current transcript
speaker and whether it is inside a summary or a roster. Entry times, headlines, section labels and date lines
become attributes of the paragraphs that follow them, never paragraphs themselves.

The reader lives in `reader`; `blocks` finds the paragraphs an intro line ("Here is the statement:") introduces,
`sentences` and `quotations` split a paragraph into sentences and find its quoted words. The format and the
live-blog sections are told here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.model import Paragraph, Story
from generator.patterns import segment as pt
from generator.segment.blocks import blocks_of, mark_blocks
from generator.segment.quotations import quotes_of
from generator.segment.reader import Entry, Reader
from generator.segment.sentences import sentences_of


def segment(story: Story) -> Story:
    """Split `story.content` into paragraphs, sentences, quotes and blocks, and tell the format."""
    reader = Reader(list(story.content))
    paragraphs = reader.read()
    fmt = _format(story, paragraphs, reader)
    paragraphs = _liveblog_sections(story, paragraphs, fmt, reader)
    blocks = blocks_of(paragraphs)
    paragraphs = mark_blocks(paragraphs, blocks)
    sentences = tuple(s for p in paragraphs for s in sentences_of(p))
    quotes = tuple(q for p in paragraphs for q in quotes_of(p))
    return replace(story, format=fmt, paragraphs=paragraphs, sentences=sentences, quotes=quotes, blocks=blocks)


# --- format and sections --------------------------------------------------------------------------


def _format(story: Story, paragraphs: tuple[Paragraph, ...], reader: Reader) -> str:
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


def _newest_first(entries: list[Entry]) -> bool:
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
    story: Story, paragraphs: tuple[Paragraph, ...], fmt: str, reader: Reader
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
