"""Stage 2, clean: separate content from publisher chrome.

Needs: `Story.text`. Adds: `title`, `standfirst`, `credits`, `removed` (what was cut and why) and `content`
(the remaining lines, with chrome glued onto a content line cut off).

Each line gets a verdict: content, chrome (with a reason), credit, or content with a chrome prefix/suffix cut
off. Rules that need context (appeal blocks, related-link boxes, reporter names under entry headlines) run as
later passes over the verdicts. The first content line is the title, the next one the standfirst when it
reads like one. Content lines keep their indentation: segment reads it for numbered entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator import patterns as pt
from generator.model import Removed, Story


@dataclass(frozen=True)
class _Verdict:
    reason: str | None = None  # None: content
    chrome: str = ""  # the removed text (all of the line, or the cut part)
    keep: str | None = None  # content left after a cut; None when the whole line goes


def clean(story: Story) -> Story:
    """Cut chrome from `story.text`; fill title, standfirst, credits, removed and content."""
    lines = [(n, line.rstrip()) for n, line in enumerate(story.text.split("\n"), 1) if line.strip()]
    unwrapped = _unwrapped(lines)
    wrapped, lines = len(unwrapped) < len(lines), unwrapped
    verdicts = [_verdict(text.strip()) for _, text in lines]
    verdicts = _appeal_blocks(lines, verdicts)
    verdicts = _related_boxes(lines, verdicts, wrapped=wrapped)
    verdicts = _reporter_names(lines, verdicts)
    kept = [
        (n, _kept_text(text, v)) for (n, text), v in zip(lines, verdicts, strict=True) if v.reason is None or v.keep
    ]
    title, standfirst, kept = _headline(kept, lines, verdicts)
    removed = tuple(Removed(v.chrome, v.reason, n) for (n, _), v in zip(lines, verdicts, strict=True) if v.reason)
    credits = tuple(r.text for r in removed if r.reason == "credit")
    return replace(story, title=title, standfirst=standfirst, credits=credits, removed=removed, content=tuple(kept))


# --- hard-wrapped paragraphs --------------------------------------------------------------------


def _unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In a hard-wrapped text, the lines of each paragraph joined back with a space (numbered by the first)."""
    wraps = _wraps(lines)
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
    starts_anew = pt.SEGMENT_TURN.match(next_text) or pt.SEGMENT_BULLET.match(next_text)
    full = len(text) + 1 + len(next_text.split()[0]) > width
    return m == n + 1 and full and not (starts_anew or pt.SEGMENT_TIME.match(next_text))


# --- one line on its own --------------------------------------------------------------------------


def _verdict(line: str) -> _Verdict:
    reason = _credit(line) or _chrome_reason(line) or _all_sentences_reason(line) or _lone_appeal(line)
    if reason:
        return _Verdict(reason, line)
    return _relative_time_cut(line) or _glued_cut(line) or _Verdict()


def _any_of(cues: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One search for a whole list of cues: it matches exactly when one of them would (none uses MULTILINE)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in cues), re.IGNORECASE)


_CREDIT = _any_of(pt.CLEAN_CREDIT)
_APPEAL = _any_of(pt.CLEAN_APPEAL_CUES)


def _credit(line: str) -> str | None:
    return "credit" if _CREDIT.search(line) else None


# A quick test over all cues at once (anchored cues tried only at the line start): most lines are content,
# and trying a hundred patterns one by one on each made clean the slowest stage on 5 MB texts.
_ALL_CUES = [p.pattern for _, cues in pt.CLEAN_CHROME for p in cues]
_ANCHORED = re.compile("|".join(f"(?:{p[1:]})" for p in _ALL_CUES if p.startswith("^")), re.IGNORECASE)
_FLOATING = re.compile("|".join(f"(?:{p})" for p in _ALL_CUES if not p.startswith("^")), re.IGNORECASE)


def _fixed_text(pattern: str) -> str:
    """The longest run of plain characters any match of `pattern` contains ("enable javascript"), lower-case."""
    best, run = "", ""
    for op, arg in re._parser.parse(pattern, re.IGNORECASE):  # the regex module's own parser: no guessing
        run = run + chr(arg) if op is re._constants.LITERAL else ""
        best = max(best, run, key=len)
    return best.lower()


# Even the one combined search tried every cue at every position of every line: most of clean's time. A line
# with none of the cues' fixed words cannot match; `in` finds that much faster. Only for ASCII lines, where
# case-insensitive matching is exactly `lower()`, and only if every cue has ASCII fixed words worth looking for.
_FLOATING_WORDS = tuple(_fixed_text(p) for p in _ALL_CUES if not p.startswith("^"))
if not all(len(w) >= 3 and w.isascii() for w in _FLOATING_WORDS):
    _FLOATING_WORDS = ()


def _may_float(text: str) -> bool:
    if not _FLOATING_WORDS or not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _FLOATING_WORDS)


def _chrome_reason(text: str) -> str | None:
    text = text.strip()
    if not (_ANCHORED.match(text) or (_may_float(text) and _FLOATING.search(text))):
        return None
    for reason, cues in pt.CLEAN_CHROME:
        if any(p.search(text) for p in cues):
            return reason
    return None


def _sentences(line: str) -> list[str]:
    pieces = pt.CLEAN_SENTENCE_BOUNDARY.split(line)
    return [s for piece in pieces for s in pt.CLEAN_GLUED_BOUNDARY.split(piece) if s.strip()]


def _all_sentences_reason(line: str) -> str | None:
    """A line of several sentences, each of them chrome ("IE 11 is not supported. For an optimal ...")."""
    sentences = _sentences(line)
    if len(sentences) < 2:
        return None
    first = _chrome_reason(sentences[0])
    return first if first and all(_chrome_reason(s) for s in sentences[1:]) else None


def _is_appeal(text: str) -> bool:
    return bool(_APPEAL.search(text.strip()))


def _lone_appeal(line: str) -> str | None:
    short = len(line.split()) <= pt.CLEAN_APPEAL_LONE_MAX_WORDS
    return "appeal for money" if short and all(_is_appeal(s) for s in _sentences(line)) else None


def _relative_time_cut(line: str) -> _Verdict | None:
    """"2h ago / 8:52 PM UTC": the capture-relative part is chrome, the entry time is kept."""
    match = pt.CLEAN_RELATIVE_TIME_PREFIX.match(line)
    if not match:
        return None
    return _Verdict("capture-relative time", match.group(0).strip(" /"), line[match.end():])


def _glued_cut(line: str) -> _Verdict | None:
    """Chrome glued with no space onto the start or end of a content sentence."""
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    first, last = pieces[0], pieces[-1]
    reason = _chrome_reason(first) or ("appeal for money" if _is_appeal(first) else None)
    if reason:
        return _Verdict(reason, first.strip(), line[len(first):])
    reason = _chrome_reason(last)
    if reason:
        return _Verdict(reason, last.strip(), line[: len(line) - len(last)])
    return None


def _kept_text(raw: str, verdict: _Verdict) -> str:
    """The content part of a line, keeping the original indentation of the line."""
    if verdict.keep is None:
        return raw
    indent = raw[: len(raw) - len(raw.lstrip())]
    return indent + verdict.keep.strip()


# --- passes that need neighbouring lines ----------------------------------------------------------


def _appeal_blocks(lines: list[tuple[int, str]], verdicts: list[_Verdict]) -> list[_Verdict]:
    """A run of appeal lines (cue lines at most CLEAN_APPEAL_GAP apart, two or more) is chrome throughout."""
    cue_rows = [i for i, (_, text) in enumerate(lines) if any(_is_appeal(s) for s in _sentences(text.strip()))]
    result = list(verdicts)
    for block in _runs(cue_rows, pt.CLEAN_APPEAL_GAP):
        if len(block) < 2:
            continue
        for i in range(block[0], block[-1] + 1):
            result[i] = _appeal_row(lines[i][1].strip(), result[i], is_last=i == block[-1])
    return result


def _runs(rows: list[int], gap: int) -> list[list[int]]:
    runs: list[list[int]] = []
    for row in rows:
        if runs and row - runs[-1][-1] <= gap:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _appeal_row(line: str, verdict: _Verdict, *, is_last: bool) -> _Verdict:
    """Inside an appeal block every line goes, except content glued onto the block's last line."""
    if verdict.reason and verdict.reason != "appeal for money":
        return verdict
    if is_last and verdict.keep:
        return verdict
    if is_last:
        glued = _glued_appeal_cut(line)
        if glued:
            return glued
    return _Verdict("appeal for money", line)


def _glued_appeal_cut(line: str) -> _Verdict | None:
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    tail = pieces[-1]
    return _Verdict("appeal for money", line[: len(line) - len(tail)].strip(), tail)


def _related_boxes(lines: list[tuple[int, str]], verdicts: list[_Verdict], *, wrapped: bool) -> list[_Verdict]:
    """"RELATED COVERAGE" and the headline lines that follow it, up to a blank line or a real sentence (in a
    hard-wrapped text blank lines part every paragraph, so only a real sentence ends the box)."""
    result = list(verdicts)
    for i, (n, text) in enumerate(lines):
        if result[i].reason or not any(p.match(text.strip()) for p in pt.CLEAN_RELATED_HEAD):
            continue
        result[i] = _Verdict("related link", text.strip())
        for j in range(i + 1, min(i + 1 + pt.CLEAN_RELATED_MAX_HEADLINES, len(lines))):
            nj, next_text = lines[j]
            if (nj != n + (j - i) and not wrapped) or result[j].reason or not _headline_like(next_text.strip()):
                break
            result[j] = _Verdict("related link", next_text.strip())
    return result


def _headline_like(text: str) -> bool:
    return not text.endswith((".", "!", "?", ":", ".”", '."')) and len(text.split()) <= 20


def _reporter_names(lines: list[tuple[int, str]], verdicts: list[_Verdict]) -> list[_Verdict]:
    """A bare name under an entry headline (time, headline, name) or above a reporter's bio is a byline."""
    result = list(verdicts)
    content = [i for i, v in enumerate(result) if v.reason is None or v.keep]
    for k, i in enumerate(content):
        text = lines[i][1].strip()
        if not pt.CLEAN_NAME_LINE.match(text):
            continue
        after_headline = k >= 2 and pt.SEGMENT_TIME.match(_content_text(lines, result, content[k - 2]))
        above_bio = i + 1 < len(lines) and result[i + 1].reason == "byline"
        if after_headline or above_bio:
            result[i] = _Verdict("byline", text)
    return result


def _content_text(lines: list[tuple[int, str]], verdicts: list[_Verdict], i: int) -> str:
    return _kept_text(lines[i][1], verdicts[i]).strip()


# --- headline and standfirst ----------------------------------------------------------------------


def _headline(
    kept: list[tuple[int, str]], lines: list[tuple[int, str]], verdicts: list[_Verdict]
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
    candidate: tuple[int, str], title_line: int, lines: list[tuple[int, str]], verdicts: list[_Verdict]
) -> bool:
    n, text = candidate[0], candidate[1].strip()
    placed = n == title_line + 1 or not text.endswith((".", "!", "?"))
    return placed and _standfirst_like(text) and not _removed_between(lines, verdicts, title_line, n)


def _title_like(text: str) -> bool:
    return not (
        text.endswith(":")
        or pt.SEGMENT_DATE_LINE.match(text)
        or pt.SEGMENT_TIME.match(text)
        or pt.SEGMENT_TURN.match(text)
        or pt.SEGMENT_BULLET.match(text)
    )


def _standfirst_like(text: str) -> bool:
    return (
        _title_like(text)
        and text.casefold() not in pt.SEGMENT_SUMMARY_LABELS
        and not pt.CLEAN_DATELINE.match(text)
        and len(text.split()) <= pt.CLEAN_STANDFIRST_MAX_WORDS
    )


def _removed_between(lines: list[tuple[int, str]], verdicts: list[_Verdict], first: int, last: int) -> bool:
    return any(v.reason and first < n < last for (n, _), v in zip(lines, verdicts, strict=True))
