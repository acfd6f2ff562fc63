"""Stage 3, clean: separate content from publisher chrome.

Needs: `Story.text`. Adds: `title`, `standfirst`, `credits`, `removed` (what was cut and why) and `content`
(the remaining lines, with chrome glued onto a content line cut off).

Each line gets a verdict: content, chrome (with a reason), credit, or content with a chrome prefix/suffix cut
off. The cue words of patterns/clean.py tell which lines may match a cue at all (chrome.py), so that most lines
(content) are tried against no pattern. Rules that need context (appeal blocks, related-link boxes, reporter
names under entry headlines) run as later passes over the verdicts. The first content line is the title, the
next one the standfirst when it reads like one. Content lines keep their indentation: segment reads it for
numbered entries.
"""

from __future__ import annotations

from dataclasses import replace

from generator import chrome
from generator.chrome import CONTENT, LineCues, Verdict
from generator.model import Removed, Story
from generator.patterns import clean as pt
from generator.patterns.segment import (
    SEGMENT_BULLET,
    SEGMENT_DATE_LINE,
    SEGMENT_SUMMARY_LABELS,
    SEGMENT_TIME,
    SEGMENT_TURN,
)


def clean(story: Story) -> Story:
    """Cut chrome from `story.text`; fill title, standfirst, credits, removed and content."""
    lines = [(n, line.rstrip()) for n, line in enumerate(story.text.split("\n"), 1) if line.strip()]
    unwrapped = _unwrapped(lines)
    wrapped, lines = len(unwrapped) < len(lines), unwrapped
    texts = [text.strip() for _, text in lines]
    cues = chrome.line_cues(texts)
    verdicts = [chrome.verdict(text, cues[i]) if i in cues else CONTENT for i, text in enumerate(texts)]
    verdicts = _appeal_blocks(texts, verdicts, cues)
    verdicts = _related_boxes(lines, verdicts, cues, wrapped=wrapped)
    verdicts = _reporter_names(texts, lines, verdicts)
    kept = [
        line if v.keep is None else (line[0], _kept_text(line[1], v))
        for line, v in zip(lines, verdicts, strict=True)
        if v.reason is None or v.keep
    ]
    title, standfirst, kept = _headline(kept, lines, verdicts)
    removed = tuple(Removed(v.chrome, v.reason, n) for (n, _), v in zip(lines, verdicts, strict=True) if v.reason)
    credits = tuple(r.text for r in removed if r.reason == "credit")
    return replace(story, title=title, standfirst=standfirst, credits=credits, removed=removed, content=tuple(kept))


# --- hard-wrapped paragraphs --------------------------------------------------------------------


def _unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In a hard-wrapped text, the lines of each paragraph joined back with a space (numbered by the first)."""
    wraps = _wraps(lines)
    if not wraps:
        return lines
    result: list[tuple[int, str]] = []
    for i, (n, text) in enumerate(lines):
        if i - 1 in wraps:
            result[-1] = (result[-1][0], result[-1][1] + " " + text.strip())
        else:
            result.append((n, text))
    return result


def _wraps(lines: list[tuple[int, str]]) -> set[int]:
    """Rows whose line break is a wrap; none unless the whole text reads as hard-wrapped."""
    width = max((len(text) for _, text in lines), default=0)
    low, high = pt.CLEAN_WRAP_WIDTH
    if not low <= width <= high:
        return set()
    wraps = {i for i in range(len(lines) - 1) if _wraps_on(lines[i], lines[i + 1], width)}
    mid_sentence = sum(not pt.CLEAN_WRAP_SENTENCE_END.search(lines[i][1]) for i in wraps)
    if (
        len(wraps) < pt.CLEAN_WRAP_MIN_BREAKS
        or len(wraps) < pt.CLEAN_WRAP_MIN_SHARE * len(lines)
        or mid_sentence < pt.CLEAN_WRAP_MID_SENTENCE_SHARE * len(wraps)
    ):
        return set()
    return wraps


def _wraps_on(line: tuple[int, str], following: tuple[int, str], width: int) -> bool:
    """The next line comes right under this full one, and does not start a turn, bullet or entry time."""
    (n, text), (m, next_text) = line, following
    next_text = next_text.strip()
    starts_anew = SEGMENT_TURN.match(next_text) or SEGMENT_BULLET.match(next_text)
    full = len(text) + 1 + len(next_text.split()[0]) > width
    return m == n + 1 and full and not (starts_anew or SEGMENT_TIME.match(next_text))



def _kept_text(raw: str, verdict: Verdict) -> str:
    """The content part of a line, keeping the original indentation of the line."""
    if verdict.keep is None:
        return raw
    indent = raw[: len(raw) - len(raw.lstrip())]
    return indent + verdict.keep.strip()


# --- passes that need neighbouring lines ----------------------------------------------------------


def _appeal_blocks(texts: list[str], verdicts: list[Verdict], cues: dict[int, LineCues]) -> list[Verdict]:
    """A run of appeal lines (cue lines at most CLEAN_APPEAL_GAP apart, two or more) is chrome throughout."""
    cue_rows = [i for i in sorted(cues) if cues[i].appeal and _has_appeal(texts[i], cues[i])]
    result = list(verdicts)
    for block in _runs(cue_rows, pt.CLEAN_APPEAL_GAP):
        if len(block) < 2:
            continue
        for i in range(block[0], block[-1] + 1):
            result[i] = _appeal_row(texts[i], result[i], is_last=i == block[-1])
    return result


def _has_appeal(line: str, cues: LineCues) -> bool:
    return any(chrome.is_appeal(s, cues) for s in chrome.sentences(line))


def _runs(rows: list[int], gap: int) -> list[list[int]]:
    runs: list[list[int]] = []
    for row in rows:
        if runs and row - runs[-1][-1] <= gap:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _appeal_row(line: str, verdict: Verdict, *, is_last: bool) -> Verdict:
    """Inside an appeal block every line goes, except content glued onto the block's last line."""
    if verdict.reason and verdict.reason != "appeal for money":
        return verdict
    if is_last and verdict.keep:
        return verdict
    if is_last:
        glued = _glued_appeal_cut(line)
        if glued:
            return glued
    return Verdict("appeal for money", line)


def _glued_appeal_cut(line: str) -> Verdict | None:
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    tail = pieces[-1]
    return Verdict("appeal for money", line[: len(line) - len(tail)].strip(), tail)


def _related_boxes(
    lines: list[tuple[int, str]], verdicts: list[Verdict], cues: dict[int, LineCues], *, wrapped: bool
) -> list[Verdict]:
    """"RELATED COVERAGE" and the headline lines that follow it, up to a blank line or a real sentence (in a
    hard-wrapped text blank lines part every paragraph, so only a real sentence ends the box)."""
    result = list(verdicts)
    for i in sorted(i for i, line_cues in cues.items() if line_cues.related):
        n, text = lines[i]
        if result[i].reason or not any(cue.pattern.match(text.strip()) for cue in pt.CLEAN_RELATED_HEAD):
            continue
        result[i] = Verdict("related link", text.strip())
        for j in range(i + 1, min(i + 1 + pt.CLEAN_RELATED_MAX_HEADLINES, len(lines))):
            nj, next_text = lines[j]
            if (nj != n + (j - i) and not wrapped) or result[j].reason or not _headline_like(next_text.strip()):
                break
            result[j] = Verdict("related link", next_text.strip())
    return result


def _headline_like(text: str) -> bool:
    return not text.endswith((".", "!", "?", ":", ".”", '."')) and len(text.split()) <= 20


def _reporter_names(texts: list[str], lines: list[tuple[int, str]], verdicts: list[Verdict]) -> list[Verdict]:
    """A bare name under an entry headline (time, headline, name) or above a reporter's bio is a byline."""
    result = list(verdicts)
    content = [i for i, v in enumerate(result) if v.reason is None or v.keep]
    for k, i in enumerate(content):
        text = texts[i]
        if not pt.CLEAN_NAME_LINE.match(text):
            continue
        after_headline = k >= 2 and SEGMENT_TIME.match(_content_text(lines, result, content[k - 2]))
        above_bio = i + 1 < len(lines) and result[i + 1].reason == "byline"
        if after_headline or above_bio:
            result[i] = Verdict("byline", text)
    return result


def _content_text(lines: list[tuple[int, str]], verdicts: list[Verdict], i: int) -> str:
    return _kept_text(lines[i][1], verdicts[i]).strip()


# --- headline and standfirst ----------------------------------------------------------------------


def _headline(
    kept: list[tuple[int, str]], lines: list[tuple[int, str]], verdicts: list[Verdict]
) -> tuple[str | None, str | None, list[tuple[int, str]]]:
    """The first content line is the title; the next is the standfirst when nothing was removed between and it
    sits right under the title or reads like a headline (no final full stop): otherwise it is the story itself."""
    if not kept or not _title_like(kept[0][1].strip()):
        return None, None, kept
    (title_line, title), rest = kept[0], kept[1:]
    if rest and _is_standfirst(rest[0], title_line, lines, verdicts):
        return title.strip(), rest[0][1].strip(), rest[1:]
    return title.strip(), None, rest


def _is_standfirst(
    candidate: tuple[int, str], title_line: int, lines: list[tuple[int, str]], verdicts: list[Verdict]
) -> bool:
    n, text = candidate[0], candidate[1].strip()
    placed = n == title_line + 1 or not text.endswith((".", "!", "?"))
    return placed and _standfirst_like(text) and not _removed_between(lines, verdicts, title_line, n)


def _title_like(text: str) -> bool:
    return not (
        text.endswith(":")
        or SEGMENT_DATE_LINE.match(text)
        or SEGMENT_TIME.match(text)
        or SEGMENT_TURN.match(text)
        or SEGMENT_BULLET.match(text)
    )


def _standfirst_like(text: str) -> bool:
    return (
        _title_like(text)
        and text.casefold() not in SEGMENT_SUMMARY_LABELS
        and not pt.CLEAN_DATELINE.match(text)
        and len(text.split()) <= pt.CLEAN_STANDFIRST_MAX_WORDS
    )


def _removed_between(lines: list[tuple[int, str]], verdicts: list[Verdict], first: int, last: int) -> bool:
    for (n, _), v in zip(lines, verdicts, strict=True):
        if n >= last:  # lines are in order: nothing further can lie between
            return False
        if v.reason and n > first:
            return True
    return False
