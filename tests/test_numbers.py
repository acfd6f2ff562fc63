"""Numbers: figures as printed, with their sentence; not years, dates, ages, offsets or names."""

from generator.extract.numbers import numbers
from generator.model import Event, Paragraph, Story


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
