"""Timeline: dates found, resolved against the event date, the hearing day added, events ordered."""

import datetime as dt
import importlib
import re

import cuecheck
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.timeline import timeline
from generator.model import Meta, Paragraph, Statement, Story
from generator.patterns import timeline as pt

tl = importlib.import_module("generator.extract.timeline")  # the package's `timeline` is the function


def _story(*texts, date=dt.date(2024, 6, 11), fmt="article", statement=()):
    paras = tuple(Paragraph(id=f"p{i}", text=t, line=i) for i, t in enumerate(texts, 1))
    meta = Meta(event_name="A hearing", event_date=date)
    stmt = Statement("X", statement) if statement else None
    return Story(slug="t", path="t.txt", text="\n".join(texts), sha256="0", meta=meta, paragraphs=paras,
                 format=fmt, statement=stmt)


def _dates(story):
    return [(e.date, e.date_text) for e in timeline(story).timeline]


def test_absolute_dates_keep_their_precision():
    got = _dates(_story("It was founded in 2014 and sued on March 12, 2025.", "Sharing ran from March 2020 on."))
    assert ("2014", "in 2014") in got and ("2025-03-12", "March 12, 2025") in got and ("2020-03", "March 2020") in got


def test_uk_and_capitalised_dates():
    got = _dates(
        _story("He spoke on 14 June 2022.", "JUNE 14, 2022", "It closed on 3 August.", date=dt.date(2024, 2, 27))
    )
    assert ("2022-06-14", "14 June 2022") in got and ("2023-08-03", "3 August") in got


def test_relative_dates_resolve_against_the_event_date():
    got = _dates(_story(
        "The testimony was published yesterday.", "The FTC sued last month.", "A vote is due next week.",
        "She spoke on Monday.", "The record will remain open for two weeks.", "About a month ago, reports came.",
        "He left last year.",
    ))
    for expected in [("2024-06-10", "yesterday"), ("2024-05", "last month"), ("2024-06", "next week"),
                     ("2024-06-10", "on Monday"), ("2024-06-25", "open for two weeks"),
                     ("2024-05", "About a month ago"), ("2023", "last year")]:
        assert expected in got


def test_without_an_event_date_relative_dates_stay_undated():
    events = timeline(_story("It was published yesterday, after a report in 2015.", date=None)).timeline
    assert [(e.date, e.date_text) for e in events] == [("2015", "in 2015"), (None, "yesterday")]


def test_not_dates_ages_clock_times_copyright_and_spans():
    got = _dates(_story("Brisco, 38, arrived at 10 a.m. two years ago.", "© 2023 Some Network.", "Reach 2,014 users."))
    assert [d for d, _ in got] == ["2024-06-11"]  # only the hearing day from the sidecar


def test_bare_month_is_undated_when_the_paragraph_dates_other_months():
    got = _dates(_story("In December of 2020 a researcher wrote. The code was removed in January."))
    assert ("2020-12", "December of 2020") in got and (None, "in January") in got


def test_hearing_day_from_the_sidecar_described_by_a_hearing_sentence():
    events = timeline(_story("Reports came in 2015.", "The committee questioned the chief executive.")).timeline
    hearing = [e for e in events if e.from_sidecar]
    assert len(hearing) == 1 and hearing[0].what == "The committee questioned the chief executive."
    assert hearing[0].date == "2024-06-11" and hearing[0].phase == "hearing" and hearing[0].sources == ("p2",)


def test_text_that_dates_the_hearing_replaces_the_sidecar_event():
    events = timeline(_story("She testified before the panel on Tuesday.")).timeline
    assert [(e.date, e.from_sidecar, e.phase) for e in events] == [("2024-06-11", False, "hearing")]


def test_same_date_in_same_words_is_listed_once():
    events = timeline(_story("It declined in May.", "He declined the invitation in May.")).timeline
    assert sum(e.date == "2024-05" for e in events) == 1


def test_order_background_hearing_after_and_statement_first():
    story = _story("A vote is due next week.", "Shares closed up on the day.", "The firm was founded in 2014.",
                   "I thank the committee; reports came yesterday and today.", statement=("p4",))
    events = timeline(story).timeline
    assert [e.phase for e in events] == ["background", "background", "hearing", "hearing", "after"]
    assert events[0].date == "2014" and events[-1].date_text == "next week"


def test_newest_first_live_blog_orders_the_hearing_day_oldest_first():
    paras = (Paragraph("p1", "Shares closed down for the day.", 1, "entry", entry=0),
             Paragraph("p2", "The firm just announced a change.", 2, "entry", entry=1))
    story = Story("t", "t", "", "0", meta=Meta(event_date=dt.date(2024, 6, 11)), paragraphs=paras,
                  format="liveblog-newest-first")
    day = [e.sources for e in timeline(story).timeline if not e.from_sidecar]
    assert day == [("p2",), ("p1",)]


# --- the cue words of patterns/ (timeline.py tries a pattern only on sentences holding all its cues) --------------

_ALL_CUES = frozenset([*pt.TIMELINE_CUES, "month"])
# re.IGNORECASE reads "ı" and "İ" as "i" and "ſ" as "s"; a month read as a date needs its capital, lower() loses it
_SPELLINGS = cuecheck.SPELLINGS
_BEFORE = st.sampled_from(["", " ", "The hearing began. ", "He said "])
_AFTER = st.sampled_from(["", " ", ", the senator said.", " (Reuters)"])
_OTHER_TEXT = st.sampled_from(["The hearing began.", "In 2019 it grew.", "Next week.", "A month ago", "", "Ok"])


def _trying_every_pattern(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(tl, "_cues_of_all", lambda texts: [_ALL_CUES] * len(texts))
    patch.setattr(tl, "_cues", lambda text, names: names)


def _matching(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings that `pattern` matches, mostly: hypothesis cannot satisfy a look-ahead, and those on a first letter
    (patterns/) are there for speed only, so the strings come from the pattern without them."""
    return st.from_regex(re.compile(_SPEED_LOOKAHEAD.sub("", pattern.pattern), pattern.flags), fullmatch=True)


_SPEED_LOOKAHEAD = re.compile(r"\(\?=\[[^]]+\]\)")


def _drawn(data, pattern) -> tuple[str, list[str], int]:
    """A text holding a match of `pattern` (in some spelling, within a sentence), among other texts, and its index."""
    spelled = data.draw(_SPELLINGS)
    text = spelled(data.draw(_BEFORE) + data.draw(_matching(pattern)) + data.draw(_AFTER))
    before, after = data.draw(st.lists(_OTHER_TEXT, max_size=2)), data.draw(st.lists(_OTHER_TEXT, max_size=2))
    return text, [*before, text, *after], len(before)


def _found(text: str, cues: frozenset[str], upto: int = len(tl._PATTERNS)) -> list[tuple[str, tuple[int, int]]]:
    return [(kind, m.span()) for kind, m in tl._matches(text, cues, upto)]


def test_every_cue_is_plain_lower_case_words():
    for name, words in pt.TIMELINE_CUES.items():
        assert words, name
        assert all(word and word == word.lower() and "\x00" not in word for word in words), name  # \x00 joins texts
    assert all(tl._CUED[pattern] for _, pattern in tl._PATTERNS)  # a pattern without cues would be tried everywhere


@pytest.mark.parametrize(("kind", "pattern"), tl._PATTERNS, ids=lambda x: x if isinstance(x, str) else "")
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_no_cue_hides_a_date(kind, pattern, data):
    text, texts, at = _drawn(data, pattern)
    cues = tl._cues_of_all(texts)[at]
    if any(tl._plausible(kind, m, text) for m in pattern.finditer(text)):
        assert pattern in [p for _, p in tl._runnable(cues, len(tl._PATTERNS))]
        if (kind, pattern) in tl._PATTERNS[:tl._ANCHOR_COUNT]:  # what `_anchored` tries on a whole paragraph
            assert pattern in [p for _, p in tl._runnable(tl._cues(text, tl._ANCHOR_CUES), tl._ANCHOR_COUNT)]
    assert _found(text, cues) == _found(text, _ALL_CUES)
    anchor = tl._ANCHOR_COUNT
    assert _found(text, tl._cues(text, tl._ANCHOR_CUES), anchor) == _found(text, _ALL_CUES, anchor)


@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_no_cue_hides_an_undated_event(data):
    text, texts, at = _drawn(data, pt.TIMELINE_UNDATED)
    if pt.TIMELINE_UNDATED.search(text):
        assert "undated" in tl._cues_of_all(texts)[at]


_DATE_TEXT = st.sampled_from([p for _, p in tl._PATTERNS] + [pt.TIMELINE_UNDATED]).flatmap(_matching)
_PIECE = st.one_of(_DATE_TEXT, st.sampled_from(["The hearing began.", "May I ask", "In the end", "On"]),
                   st.text(max_size=15))
_SEPARATOR = st.sampled_from(["", " ", ". ", ", "])


@given(st.lists(st.lists(st.tuples(_PIECE, _SEPARATOR, _SPELLINGS), min_size=1, max_size=4), min_size=1, max_size=3))
@settings(max_examples=50, deadline=None)
def test_cues_change_no_event(paragraphs):
    texts = ["".join(spelled(piece) + separator for piece, separator, spelled in para) for para in paragraphs]
    story = _story(*texts)
    assert cuecheck.unchanged_by_cues(timeline, story, _trying_every_pattern)


@pytest.mark.parametrize("variant", cuecheck.VARIANTS)
@pytest.mark.parametrize("path", cuecheck.TEXTS, ids=lambda p: p.stem)
def test_cues_change_no_event_in_the_texts(path, variant):
    assert cuecheck.unchanged_in_text(timeline, path, variant, _trying_every_pattern)
