"""Extract the timeline: dated events, with the source words that gave each date.

Needs: `Story.paragraphs`, `Story.sentences` (whole paragraphs when segment gave none), `Story.statement`,
`Story.format` and `Story.meta.event_date` (the reference for relative dates; without it they stay undated).
Adds: `Story.timeline`, background first, then the hearing day in the order things happened, then what follows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from generator.casefold import fold
from generator.cues import Folded, by_text, ends_in, matching
from generator.model import Event, Story
from generator.patterns import timeline as pt

_YMD = tuple[int, int | None, int | None]  # year, month, day: the precision the text supports
_PHASES = ("background", "hearing", "after")
_SIDECAR_WORDS = "(the hearing day; from the sidecar)"


@dataclass(frozen=True)
class _Context:
    """What a relative date needs: the event day, whether the sentence looks ahead, and bare-month ambiguity."""

    ref: dt.date | None
    future: bool
    anchored: bool | None  # the paragraph dates other months with a year, so a bare month's year is unknown


def timeline(story: Story) -> Story:
    """Find dates in every sentence (and entry headline), resolve them, add the hearing day, order the lot."""
    anchored: dict[str, bool] = {}  # per paragraph id: read once, not once per sentence of the paragraph
    units = _sentences(story)
    cued = zip(units, _cues_of_all([text for _, text in units]), strict=True)
    events = _dedupe([e for (pid, text), cues in cued if cues for e in _events(story, pid, text, cues, anchored)])
    events = _with_hearing_day(story, events)
    return replace(story, timeline=tuple(sorted(events, key=_order_key(story))))


# --- finding -----------------------------------------------------------------------------------------


def _sentences(story: Story) -> list[tuple[str, str]]:
    """(paragraph id, sentence) in reading order; an entry's headline is read before its first paragraph."""
    units = [(s.para, s.text) for s in story.sentences] or [(p.id, p.text) for p in story.paragraphs]
    headed, result = set(), []
    for pid, text in units:
        para = story.paragraph(pid)
        if para.heading and para.entry not in headed:
            headed.add(para.entry)
            result.append((pid, para.heading))
        result.append((pid, text))
    return result


_PATTERNS = pt.TIMELINE_ABSOLUTE + pt.TIMELINE_RELATIVE
# The cues each pattern needs: those named like one of its groups or its kind (patterns.TIMELINE_CUES).
_CUED = {pattern: frozenset([*pattern.groupindex, kind]) & {*pt.TIMELINE_CUES, "month"} for kind, pattern in _PATTERNS}
# `_anchored` asks only about full dates: patterns after the last of those cannot change what it sees.
_DATED = ("day", "month")
_ANCHOR_COUNT = max(i for i, (kind, _) in enumerate(_PATTERNS) if kind in _DATED) + 1
_ANCHOR_CUES = frozenset().union(*(_CUED[pattern] for _, pattern in _PATTERNS[:_ANCHOR_COUNT]))


def _matches(text: str, cues: frozenset[str], upto: int = len(_PATTERNS)) -> list[tuple[str, re.Match]]:
    """Every date expression in `text` (which has `cues`), most specific pattern first; a span is read once."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in _runnable(cues, upto):
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken) or not _plausible(kind, m, text):
                continue
            taken.append(m.span())
            found.append((kind, m))
    return sorted(found, key=lambda km: km[1].start())


@functools.cache
def _runnable(cues: frozenset[str], upto: int) -> tuple[tuple[str, re.Pattern], ...]:
    """Of the first `upto` patterns, those whose cues are all in `cues`; worked out once per set of cues (a few
    dozen in a story), not once per sentence. Most sentences have none and try no pattern at all."""
    return tuple((kind, pattern) for kind, pattern in _PATTERNS[:upto] if _CUED[pattern] <= cues)


def _companions(name: str) -> frozenset[str]:
    """The cues that every pattern needing cue `name` needs too (none for a cue that no pattern needs)."""
    needing = [cued for cued in _CUED.values() if name in cued]
    return frozenset.intersection(*needing) - {name} if needing else frozenset()


# A cue is looked for only in the texts that have its companions ("ago" only with a "unit"): the others could not
# run a pattern that needs it. Companions have no companions of their own, so they are looked for first.
_COMPANIONS = {name: _companions(name) for name in pt.TIMELINE_CUES}
_CUE_ORDER = sorted(pt.TIMELINE_CUES, key=lambda name: bool(_COMPANIONS[name]))
assert not any(_COMPANIONS.get(c) for cs in _COMPANIONS.values() for c in cs), "companions come first"


def _cues(text: str, names: frozenset[str]) -> frozenset[str]:
    """Those of the cues `names` (patterns.TIMELINE_CUES, "month") that `text` has; for one text (a paragraph that
    `_anchored` reads), where looking for the words in it one by one is quicker than `_cues_of_all`."""
    low = fold(text)
    month = ("month",) if "month" in names and pt.TIMELINE_MONTH_CUE.search(text) else ()
    words = ((name, pt.TIMELINE_CUES[name]) for name in names if name != "month")
    return frozenset([*month, *(name for name, cue_words in words if any(word in low for word in cue_words))])


def _cues_of_all(texts: list[str]) -> list[frozenset[str]]:
    """The cues of each of `texts`, read at once (see Folded). A cue that a text has without its companions is
    left out: `_runnable` picks the same patterns without it."""
    folded = Folded(texts)
    having = {"month": set(matching(pt.TIMELINE_MONTH_CUE, texts))}
    for name in _CUE_ORDER:
        among = set.intersection(*(having[c] for c in _COMPANIONS[name])) if _COMPANIONS[name] else None
        having[name] = set().union(*(folded.having(word, among) for word in pt.TIMELINE_CUES[name]))
    return by_text(len(texts), having)


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    month = m.groupdict().get("month")
    if month and not month[0].isupper():
        return False  # "may" the verb, "march" the walk
    return not (kind == "year" and ends_in(pt.TIMELINE_NOT_A_YEAR, text, m.start(), pt.TIMELINE_NOT_A_YEAR_REACH))


def _events(story: Story, pid: str, text: str, cues: frozenset[str], anchored: dict[str, bool]) -> list[Event]:
    found = _matches(text, cues)
    # The context only matters for a sentence with a date in it: most have none, so it is not worked out for them.
    ctx = _context(story, pid, text, {kind for kind, _ in found}, anchored) if found else None
    events = [_event(kind, m, ctx, pid, text) for kind, m in found]
    undated = [Event(None, m.group(0), text, (pid,)) for m in pt.TIMELINE_UNDATED.finditer(text)] \
        if "undated" in cues else []
    return [e for e in events if e is not None] + undated


def _context(story: Story, pid: str, text: str, kinds: set[str], anchored: dict[str, bool]) -> _Context:
    """Whether the paragraph is anchored is read (the whole paragraph, once) only for a bare month, the one kind
    that asks; it stays None otherwise."""
    if "month_no_year" in kinds and pid not in anchored:
        anchored[pid] = _anchored(story.paragraph(pid).text)
    future = bool(pt.TIMELINE_FUTURE_CUES.search(text))
    return _Context(ref=story.meta.event_date, future=future, anchored=anchored.get(pid))


def _anchored(paragraph: str) -> bool:
    return any(kind in _DATED for kind, _ in _matches(paragraph, _cues(paragraph, _ANCHOR_CUES), _ANCHOR_COUNT))


def _event(kind: str, m: re.Match, ctx: _Context, pid: str, text: str) -> Event | None:
    try:
        ymd = _RESOLVE[kind](m, ctx) if kind in _ABSOLUTE or ctx.ref else None
    except OverflowError:  # "open for 3000000 days": past the calendar's last day, so no date
        ymd = None
    if ymd is None and (kind == "day" or (kind == "deadline" and ctx.ref)):
        return None  # not a real date after all
    approximate = kind == "ago" or m.groupdict().get("unit") == "week"
    return Event(
        date=_format(ymd), date_text=m.group(0).strip(), what=text, sources=(pid,),
        phase=_phase(ymd, ctx, kind), approximate=approximate,
    )


# --- resolving -----------------------------------------------------------------------------------------


def _month(m: re.Match) -> int:
    return pt.TIMELINE_MONTHS[fold(m.group("month")).rstrip(".")]


def _nearest_day(m: re.Match, ctx: _Context) -> _YMD | None:
    """A day and month without a year: the most recent on or before the event (the next, if looking ahead)."""
    if ctx.ref is None:
        return None
    step = 1 if ctx.future else -1
    for year in (ctx.ref.year, ctx.ref.year + step):
        day = _safe_date(year, _month(m), int(m.group("day")))
        if day and (day >= ctx.ref if ctx.future else day <= ctx.ref):
            return _day(day)
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "30 February" is a typo, not a date


def _absolute_day(m: re.Match, ctx: _Context) -> _YMD | None:
    day = _safe_date(int(m.group("year")), _month(m), int(m.group("day")))
    return _day(day) if day else None


def _nearest_month(m: re.Match, ctx: _Context, strict: bool = False) -> _YMD | None:
    """A month without a year; left undated when the paragraph is about other years ("In December of 2020 ...
    removed in January")."""
    if ctx.ref is None or (ctx.anchored and not strict):
        return None
    month, ref = _month(m), ctx.ref
    if ctx.future and not strict:
        return (ref.year if month >= ref.month else ref.year + 1, month, None)
    before = month < ref.month if strict else month <= ref.month
    return (ref.year if before else ref.year - 1, month, None)


def _shift_months(ref: dt.date, k: int) -> _YMD:
    index = ref.year * 12 + ref.month - 1 + k
    return (index // 12, index % 12 + 1, None)


def _by_unit(m: re.Match, ref: dt.date, step: int) -> _YMD:
    """"last/next week|month|year", "a month ago": weeks keep only their month (the text gives no day)."""
    unit = fold(m.group("unit"))
    if unit == "week":
        day = ref + dt.timedelta(days=7 * step)
        return (day.year, day.month, None)
    return _shift_months(ref, step) if unit == "month" else (ref.year + step, None, None)


def _deadline(m: re.Match, ctx: _Context) -> _YMD | None:
    count = fold(m.group("count"))
    number = int(count) if count.isdigit() else pt.TIMELINE_COUNT_WORDS.get(count)
    if number is None:
        return None
    day = ctx.ref + dt.timedelta(days=number * (7 if fold(m.group("unit")).startswith("week") else 1))
    return (day.year, day.month, day.day)


def _weekday(m: re.Match, ctx: _Context) -> _YMD:
    back = (ctx.ref.weekday() - pt.TIMELINE_WEEKDAYS.index(fold(m.group("weekday")))) % 7
    day = ctx.ref - dt.timedelta(days=back)
    return (day.year, day.month, day.day)


def _day(ref: dt.date) -> _YMD:
    return (ref.year, ref.month, ref.day)


_ABSOLUTE = {"day", "month", "year", "day_no_year", "month_no_year", "last_month_name"}
_RESOLVE = {
    "day": _absolute_day,
    "month": lambda m, c: (int(m.group("year")), _month(m), None),
    "year": lambda m, c: (int(m.group("year")), None, None),
    "day_no_year": _nearest_day,
    "month_no_year": _nearest_month,
    "last_month_name": lambda m, c: _nearest_month(m, c, strict=True),
    "yesterday": lambda m, c: _day(c.ref - dt.timedelta(days=1)),
    "same_day": lambda m, c: _day(c.ref),
    "weekday": _weekday,
    "ago": lambda m, c: _by_unit(m, c.ref, -1),
    "last": lambda m, c: _by_unit(m, c.ref, -1),
    "this": lambda m, c: _by_unit(m, c.ref, 0),
    "next": lambda m, c: _by_unit(m, c.ref, 1),
    "end_of": lambda m, c: _by_unit(m, c.ref, 0),
    "deadline": _deadline,
}


def _format(ymd: _YMD | None) -> str | None:
    if ymd is None:
        return None
    year, month, day = ymd
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def _span(ymd: _YMD) -> tuple[dt.date, dt.date]:
    """First and last day of the period a date names."""
    year, month, day = ymd
    if day:
        return dt.date(year, month, day), dt.date(year, month, day)
    if month:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _phase(ymd: _YMD | None, ctx: _Context, kind: str) -> str:
    if ymd is None or ctx.ref is None:
        return "background"
    first, last = _span(ymd)
    if first == last == ctx.ref:
        return "hearing"
    if last < ctx.ref:
        return "background"
    if first > ctx.ref or kind in ("next", "end_of", "deadline"):
        return "after"
    return "after" if ctx.future else "background"


# --- the hearing day, duplicates and order ---------------------------------------------------------------


def _dedupe(events: list[Event]) -> list[Event]:
    """The same date in the same words is the same event told twice (a summary, then the entry)."""
    seen, kept = set(), []
    for event in events:
        key = (event.date, event.date_text.lower()) if event.date else (None, event.what)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _with_hearing_day(story: Story, events: list[Event]) -> list[Event]:
    """The hearing day itself: the text's own sentence dating the hearing, else one event from the sidecar."""
    ref = story.meta.event_date
    if ref is None:
        return events
    day = ref.isoformat()
    for i, event in enumerate(events):
        if event.date == day and _about_hearing(event):
            return [*events[:i], replace(event, phase="hearing"), *events[i + 1:]]
    sentence = next((text for pid, text in _sentences(story) if pt.TIMELINE_HEARING_CUES.search(text)), None)
    sources = next(((pid,) for pid, text in _sentences(story) if text == sentence), ())
    what = sentence or story.meta.event_name or "The hearing"
    return [Event(day, _SIDECAR_WORDS, what, sources, "hearing", False, True), *events]


def _about_hearing(event: Event) -> bool:
    bare_date_line = len(event.what.strip(" .,")) <= len(event.date_text) + 1
    return bare_date_line or bool(pt.TIMELINE_HEARING_CUES.search(event.what))


def _order_key(story: Story):
    """Chronological; on the hearing day: the day itself, the opening statement, then what happened in order."""
    index = {p.id: i for i, p in enumerate(story.paragraphs)}
    statement = set(story.statement.paragraphs) if story.statement else set()
    newest_first = story.format == "liveblog-newest-first"

    def reading(pid: str | None) -> tuple:
        if pid is None:
            return (-1, 0, 0)
        para = story.paragraph(pid)
        if newest_first and para.entry is not None:
            return (1, -para.entry, index[pid])
        return (0, 0, index[pid])

    def key(event: Event) -> tuple:
        pid = event.sources[0] if event.sources else None
        if event.date is None:
            return (len(_PHASES), dt.date.max, 0, reading(pid))
        start = _span(_parse(event.date))[0]
        rank = 0 if event.from_sidecar else 1 if pid in statement else 2
        return (_PHASES.index(event.phase), start, rank if event.phase == "hearing" else 0, reading(pid))

    return key


def _parse(date: str) -> _YMD:
    parts = [int(x) for x in date.split("-")] + [None, None]
    return (parts[0], parts[1], parts[2])
