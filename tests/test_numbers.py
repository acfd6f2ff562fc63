"""Numbers: figures as printed, with their sentence; not years, dates, ages, offsets or names."""

import importlib
import re

import cuecheck
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.numbers import numbers
from generator.model import Event, Paragraph, Story
from generator.patterns import numbers as pt

nu = importlib.import_module("generator.extract.numbers")  # the package's `numbers` is the function


def _figures(*texts, timeline=()):
    paras = tuple(Paragraph(id=f"p{i}", text=t, line=i) for i, t in enumerate(texts, 1))
    story = Story(slug="t", path="t.txt", text="", sha256="0", paragraphs=paras, timeline=timeline)
    return [f.figure for f in numbers(story).numbers]


def test_counts_money_percentages_and_durations_as_printed():
    got = _figures("He faced more than five hours of questions from 44 legislators about 87 million users.",
                   "Shares closed up 4.5 per cent; it paid $7.8m and owns 22 percent, down 3.8%.",
                   "It took three and a half hours, 1 in 3 girls, 60,000 tractors and $1.5bn.")
    assert got == ["five hours", "44 legislators", "87 million", "4.5 per cent", "$7.8m", "22 percent", "3.8%",
                   "three and a half hours", "1 in 3", "60,000 tractors", "$1.5bn"]


def test_numbers_in_words():
    assert _figures("Forty-one thousand people waited eleven weeks for twenty years.") == [
        "Forty-one thousand", "eleven weeks", "twenty years"]


def test_not_figures():
    got = _figures("In 2014, Brisco, 38, met at 10 a.m. under Section 230 after a 40-minute break.",
                   "He left two years ago, three days before the vote; the biggest gain in two years.",
                   "Page 1 of 2.")
    assert got == []


def test_a_conversion_in_brackets_is_not_a_new_figure():
    assert _figures("The plan costs $22 (£17) a month.") == ["$22"]


def test_the_same_figure_twice_is_one_figure_unless_it_counts_something_else():
    got = _figures("It paid $7.8m.", "We paid $7.8 million.", "About 41,000, Senator.", "Forty-one thousand people.",
                   "It has two billion monthly users.", "We serve two billion people.")
    assert got == ["$7.8m", "41,000", "two billion", "two billion"]


def test_a_round_word_is_dropped_when_a_precise_figure_of_that_size_is_given():
    assert _figures("It made thousands of calls.", "It made about 11,000 calls.") == ["11,000 calls"]
    assert _figures("It is investigating thousands of apps.") == ["thousands"]


def test_a_span_that_dates_an_event_is_a_date_not_a_figure():
    text = "The record will remain open for two weeks."
    event = Event("2024-06-25", "open for two weeks", text, ("p1",), "after")
    assert _figures(text, timeline=(event,)) == []
    assert _figures(text) == ["two weeks"]


# --- the cue words of patterns/ (numbers.py tries a kind only on sentences holding all its cues) ------------------

_ALL_CUES = frozenset(cue for cues in pt.NUMBERS_KIND_CUES.values() for cue in cues)
# re.IGNORECASE reads "ı" and "İ" as "i" and "ſ" as "s"; "١٢" and "１２" are digits to `\d`
_SPELLINGS = st.sampled_from([*cuecheck.SPELLING_LIST, lambda t: t.translate(_OTHER_DIGITS)])
_OTHER_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_BEFORE = st.sampled_from(["", " ", "It paid ", "About "])
_AFTER = st.sampled_from(["", " ", ", the senator said.", " of users."])
_OTHER_TEXT = st.sampled_from(["The hearing began.", "It paid $5.", "In 2019 it grew.", "one in", "", "Ok"])


def _trying_every_kind(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(nu, "_cues_of_all", lambda texts: [_ALL_CUES] * len(texts))


def _matching(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings that `pattern` matches, mostly: hypothesis cannot satisfy a look-around, and those of patterns/
    (on a first character, or behind a first digit) are there for speed only, so the strings come from the pattern
    without them."""
    return st.from_regex(re.compile(_SPEED_LOOKAROUND.sub("", pattern.pattern), pattern.flags), fullmatch=True)


_SPEED_LOOKAROUND = re.compile(r"\(\?=\[[^]]+\]\)|\(\?<!\[[^]]+\]\\d\)")


def test_every_kind_has_cues_and_every_cue_word_is_lower_case():
    for kind, _ in pt.NUMBERS_PATTERNS:
        assert pt.NUMBERS_KIND_CUES[kind], kind
        assert set(pt.NUMBERS_KIND_CUES[kind]) <= {"digit", "amount", *pt.NUMBERS_CUE_WORDS}, kind
    for words in (*pt.NUMBERS_CUE_WORDS.values(), pt.NUMBERS_AMOUNT_WORDS):
        assert all(word and word == word.lower() for word in words), words


@pytest.mark.parametrize(("kind", "pattern"), pt.NUMBERS_PATTERNS, ids=lambda x: x if isinstance(x, str) else "")
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_no_cue_hides_a_figure(kind, pattern, data):
    spelled = data.draw(_SPELLINGS)
    text = spelled(data.draw(_BEFORE) + data.draw(_matching(pattern)) + data.draw(_AFTER))
    before, after = data.draw(st.lists(_OTHER_TEXT, max_size=2)), data.draw(st.lists(_OTHER_TEXT, max_size=2))
    cues = nu._cues_of_all([*before, text, *after])[len(before)]
    if pattern.search(text):
        assert (kind, pattern) in nu._runnable(cues)


_FIGURE_TEXT = st.sampled_from([p for _, p in pt.NUMBERS_PATTERNS]).flatmap(_matching)
_PIECE = st.one_of(_FIGURE_TEXT, st.sampled_from(["It paid", "users", "years ago", "Section", "people"]),
                   st.text(max_size=15))
_SEPARATOR = st.sampled_from(["", " ", ". ", ", "])


@given(st.lists(st.lists(st.tuples(_PIECE, _SEPARATOR, _SPELLINGS), min_size=1, max_size=4), min_size=1, max_size=3))
@settings(max_examples=50, deadline=None)
def test_cues_change_no_figure(paragraphs):
    texts = ["".join(spelled(piece) + separator for piece, separator, spelled in para) for para in paragraphs]
    paras = tuple(Paragraph(id=f"p{i}", text=t, line=i) for i, t in enumerate(texts, 1))
    story = Story(slug="t", path="t.txt", text="", sha256="0", paragraphs=paras, standfirst=texts[0])
    assert cuecheck.unchanged_by_cues(numbers, story, _trying_every_kind)


@pytest.mark.parametrize("variant", cuecheck.VARIANTS)
@pytest.mark.parametrize("path", cuecheck.TEXTS, ids=lambda p: p.stem)
def test_cues_change_no_figure_in_the_texts(path, variant):
    assert cuecheck.unchanged_in_text(numbers, path, variant, _trying_every_kind)
