"""Extract figures for a "by the numbers" page: counts, money, percentages, durations, round quantities.

Needs: `Story.paragraphs`, `Story.sentences` (whole paragraphs when segment gave none), `Story.standfirst`,
`Story.timeline` (a span that dates an event, "open for two weeks", is a date, not a figure).
Adds: `Story.numbers`, each figure as printed ("87 million", "$7.8m") with its source sentence, in reading order.
Not figures: years, dates, clock times, ages, list numbers, numbers in names ("Section 230").
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import replace

from generator.casefold import fold
from generator.cues import Folded, by_text, ends_in
from generator.model import Figure, Story
from generator.patterns import numbers as pt


def numbers(story: Story) -> Story:
    """Every figure once: the same value counting the same thing twice (summary, then body) is one figure."""
    dates: dict[str, set[str]] = {}  # sentence -> the date words the timeline read in it, looked up per figure
    for e in story.timeline:
        dates.setdefault(e.what, set()).add(e.date_text)
    units = _sentences(story)
    cued = zip(units, _cues_of_all([text for _, text in units]), strict=True)
    found = [f for (pid, text), cues in cued if cues for f in _figures(text, pid, dates, _runnable(cues))]
    found = _without_vague_repeats(found)
    return replace(story, numbers=tuple(f for f, _ in _dedupe(found)))


def _sentences(story: Story) -> list[tuple[str | None, str]]:
    """(paragraph id, sentence) in reading order; the standfirst (no paragraph) first."""
    units = [(s.para, s.text) for s in story.sentences] or [(p.id, p.text) for p in story.paragraphs]
    return ([(None, story.standfirst)] if story.standfirst else []) + units


def _figures(text: str, pid: str | None, dates: dict[str, set[str]], patterns: tuple) -> list[tuple[Figure, tuple]]:
    """(figure, duplicate key) for every figure in one sentence, of the `patterns` its cues allow."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())  # even when rejected: "two years ago" must not become "two" later
            if _is_figure(kind, m, text) and not any(m.group(0) in d for d in dates.get(text, ())):
                figure = Figure(_as_printed(kind, m, text), text, (pid,) if pid else ())
                found.append((m.start(), (figure, _key(kind, m, text))))
    return [fk for _, fk in sorted(found, key=lambda pfk: pfk[0])]


_DIGIT = re.compile(r"\d")
# Each cue word once, with the cue it stands for.
_WORD_CUES = {word: name for name, words in pt.NUMBERS_CUE_WORDS.items() for word in words}
# Cues that only kinds needing a digit need ("$", " in "): looked for only in sentences with a digit (a quarter).
_DIGIT_ONLY = {name for name in pt.NUMBERS_CUE_WORDS
               if all("digit" in cues for cues in pt.NUMBERS_KIND_CUES.values() if name in cues)}


def _cues_of_all(texts: list[str]) -> list[frozenset[str]]:
    """The cues (patterns.NUMBERS_KIND_CUES) of each of `texts`, read at once (see timeline.Folded); none at all in
    most. A text without a digit gets no cue that only kinds needing one need, and the number words ("amount")
    are looked for only in such a text with a cue of a kind that needs them: `_runnable` picks the same patterns."""
    folded = Folded(texts)
    digit = _with_digit(texts, folded)
    having = {"digit": digit, "amount": set(digit)}
    for word, name in _WORD_CUES.items():
        having[name] = having.get(name, set()) | folded.having(word, digit if name in _DIGIT_ONLY else None)
    needing_amount = set().union(*(having[name] for name in _WORD_CUES.values() if name not in _DIGIT_ONLY)) - digit
    having["amount"] |= {i for i in needing_amount if any(word in folded.lows[i] for word in pt.NUMBERS_AMOUNT_WORDS)}
    return by_text(len(texts), having)


def _with_digit(texts: list[str], folded: Folded) -> set[int]:
    """The indices of the texts with a digit (`\\d`): ten quick looks for the ASCII digits in all the texts (lower
    case keeps digits), then `\\d` in the few texts that have other characters and none of those."""
    ascii_digit = set().union(*(folded.having(digit) for digit in "0123456789"))
    return ascii_digit | {i for i, text in enumerate(texts)
                          if i not in ascii_digit and not text.isascii() and _DIGIT.search(text)}


@functools.cache
def _runnable(cues: frozenset[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns whose kind's cues are all in `cues`, in order; worked out once per set of cues."""
    return tuple((kind, pattern) for kind, pattern in pt.NUMBERS_PATTERNS
                 if cues.issuperset(pt.NUMBERS_KIND_CUES[kind]))


def _as_printed(kind: str, m: re.Match, text: str) -> str:
    """A bare count keeps the word for what it counts: "44 legislators", not "44"."""
    noun = pt.NUMBERS_COUNT_NEXT.match(text, m.end()) if kind == "count" else None
    return m.group(0) + noun.group(0) if noun else m.group(0)


def _is_figure(kind: str, m: re.Match, text: str) -> bool:
    # The text around the figure is read in place (pos, endpos), not copied: most sentences have several figures.
    start, end = m.span()
    if text.startswith("-", end) or text.endswith("-", 0, start) or _ends_with(pt.NUMBERS_LABEL_BEFORE, text, start):
        return False  # "40-minute break", "two-year terms", "Section 230"
    if kind == "money":
        return not pt.NUMBERS_CONVERSION_BEFORE.search(text, 0, start)
    if kind == "duration":
        return not _time_offset(text, start, end)
    if kind == "count":
        return _counts_something(m.group(0), text, end)
    return True


def _time_offset(text: str, start: int, end: int) -> bool:
    """"two years ago", "three days before": a point in time; "the 90 days before an election" is a length,
    and "two hours before the Senate ..." a place."""
    if _ends_with(pt.NUMBERS_SPAN_BEFORE, text, start):
        return True
    return bool(pt.NUMBERS_OFFSET_AFTER.match(text, end)) and not _ends_with(pt.NUMBERS_LENGTH_BEFORE, text, start)


def _ends_with(pattern: re.Pattern, text: str, end: int) -> bool:
    """Whether `pattern`, a word then spaces at the end (patterns.NUMBERS_BEFORE_REACH), ends `text[:end]`."""
    return ends_in(pattern, text, end, pt.NUMBERS_BEFORE_REACH)


_YEAR = re.compile(r"(19|20)\d\d")


def _counts_something(figure: str, text: str, end: int) -> bool:
    digits = figure.replace(",", "")
    if _YEAR.fullmatch(digits):
        return False  # a year
    if "," in figure:
        return True  # "312,000": thousands separators are not ages, times or list numbers
    return bool(pt.NUMBERS_COUNT_NEXT.match(text, end))


# --- duplicates ------------------------------------------------------------------------------------------


def _key(kind: str, m: re.Match, text: str) -> tuple:
    """What makes two mentions the same figure: the kind of quantity, its value, and what it counts."""
    figure = fold(m.group(0))
    unit = pt.NUMBERS_TIME_UNIT.search(figure) if kind == "duration" else None
    noun = pt.NUMBERS_COUNTED_THING.match(text, m.end())
    family = unit.group(1) if unit else kind if kind in ("money", "percent", "ratio") else "count"
    counted = None if kind in ("money", "duration") or noun is None else noun.group(1)
    return (family, _value(figure), counted)


_VALUE_WORDS = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+")


def _value(figure: str) -> float | None:
    """The value of a figure as printed, e.g. "$7.8m" and "$7.8 million" are both 7.8e6; None when vague."""
    words = _VALUE_WORDS.findall(figure.replace("-", " "))
    total, current = 0.0, None
    for word in words:
        if word[0].isdigit():
            current = (current or 0) + float(word.replace(",", ""))
        elif word in pt.NUMBERS_WORDS and word not in ("a", "an"):
            value = pt.NUMBERS_WORDS[word]
            current = (current or 0) * value if value == 100 else (current or 0) + value
        elif word in pt.NUMBERS_SCALES and current is not None:
            total, current = total + current * pt.NUMBERS_SCALES[word], None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def _dedupe(found: list[tuple[Figure, tuple]]) -> list[tuple[Figure, tuple]]:
    kept: list[tuple[Figure, tuple]] = []
    # Only figures of the same family and value can be the same: comparing with every kept one was quadratic.
    counted: dict[tuple, list] = {}  # (family, value) -> what each kept figure of it counts
    for figure, key in found:
        if key[1] is None or not any(_same(key[2], other) for other in counted.get(key[:2], ())):
            kept.append((figure, key))
            counted.setdefault(key[:2], []).append(key[2])
    return kept


def _same(a: str | None, b: str | None) -> bool:
    """Of the same family and value: what they count agrees, or one of them does not say."""
    return a is None or b is None or a == b


def _without_vague_repeats(found: list[tuple[Figure, tuple]]) -> list[tuple[Figure, tuple]]:
    """Drop "thousands of ..." when the text gives a precise figure of that size: the round word restates it."""
    magnitudes = {math.floor(math.log10(v)) for _, (_, v, _) in found if v and v >= 1}
    return [(f, k) for f, k in found if k[1] is not None or not magnitudes & _vague_magnitudes(f.figure)]


def _vague_magnitudes(figure: str) -> set[int]:
    """"thousands" spans 10^3..10^5, "tens of thousands" 10^4..10^5, "millions" 10^6..10^8."""
    words = fold(figure).split()
    base = {"thousands": 3, "millions": 6, "billions": 9}.get(words[-1])
    if base is None:  # not a round word: nothing to restate
        return set()
    low = base + {"tens": 1, "hundreds": 2}.get(words[0], 0)
    return set(range(low, base + 3))
