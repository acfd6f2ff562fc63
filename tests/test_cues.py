"""cues.Joined: texts joined into one, so a search runs once; every offset maps back to the text it is in."""

from __future__ import annotations

import functools
import re

from hypothesis import given
from hypothesis import strategies as st

from generator.cues import Joined

_TEXTS = st.lists(st.text(alphabet="ab\n ", max_size=6), max_size=6)
_APART = st.sampled_from(["\x00", "\n", "\n;\n"])


@given(_TEXTS, _APART, st.sampled_from(["", "\n"]))
def test_every_offset_maps_back_to_its_text(texts, apart, lead):
    joined = Joined(texts, apart, lead)
    assert joined.text.startswith(lead)
    for i, text in enumerate(texts):
        assert joined.text[joined.starts[i]: joined.ends[i]] == text
        # every character of the text, and the separator after it, belongs to it
        assert all(joined.index(at) == i for at in range(joined.starts[i], joined.ends[i] + len(apart)))


def test_a_separator_and_empty_texts_map_back():
    joined = Joined(["ab", "", "c"], "\n;\n", "\n")
    assert joined.text == "\nab\n;\n\n;\nc"
    assert joined.starts == [1, 6, 9] and joined.ends == [3, 6, 10]
    assert [joined.index(at) for at in range(1, 11)] == [0, 0, 0, 0, 0, 1, 1, 1, 2, 2]


@given(_TEXTS, st.sampled_from(["a", "ab", "ba", "b b", "bb"]))
def test_holding_finds_each_text_that_has_a_word_once(texts, word):
    joined = Joined(texts)
    assert joined.holding(functools.partial(joined.text.find, word)) == [i for i, t in enumerate(texts) if word in t]


@given(_TEXTS, st.sampled_from([r"a+b", r"\bb", r"a$", r"^a", r"(?<!a)b"]))
def test_matching_finds_each_text_that_a_pattern_matches(texts, regex):
    pattern = re.compile(regex, re.MULTILINE)  # ^ and $ see the text's lines, and the separator as a line break
    texts = [t.replace("\n", " ") for t in texts]  # one line each: "\n" joins them
    expected = [i for i, t in enumerate(texts) if pattern.search(t)]
    assert Joined(texts, "\n").matching(pattern) == expected


def test_matching_reads_a_copy_with_the_same_offsets():
    joined = Joined(["Tea", "cup", "TEA"])
    assert joined.matching(re.compile("tea"), joined.text.lower()) == [0, 2]
    assert joined.matching(re.compile("tea")) == []
    assert Joined([]).matching(re.compile("")) == []
