"""casefold.fold: lower case as re.IGNORECASE compares letters, so a word a case-insensitive pattern matched is
found in the stages' tables. With plain lower(), "Aprıl", "FİVE PERCENT" and "thouſands" crashed the build."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from generator.casefold import fold
from generator.pipeline import story
from generator.render.environment import Linker, LinkForms


def test_fold_reads_letters_as_a_case_insensitive_pattern_does():
    assert fold("Aprıl") == "april"
    assert fold("FİVE PERCENT") == "five percent"
    assert fold("thouſands") == "thousands"


@given(st.text())
def test_fold_keeps_positions_and_agrees_with_ignorecase(text):
    folded = fold(text)
    assert len(folded) == len(text)  # a position in the folded text is the same position in the original
    assert all(re.fullmatch(re.escape(a), b, re.I) for a, b in zip(folded, text, strict=True) if a.isascii())


def test_case_traps_in_dates_figures_and_parties_build(tmp_path: Path):
    text = tmp_path / "traps.txt"
    text.write_text(
        "Lawmakers question a chief executive\n\n"
        "The committee met on Aprıl 10, 2018, to hear the witness.\n\n"
        "The witness said FİVE PERCENT of users were affected.\n\n"
        "There were thouſands of complaints, and 20,000 were answered.\n\n"
        "Sen. Jane Roe, a Democratıc senator, asked about data.\n",
        encoding="utf-8",
    )
    result = story(text)
    assert [e.date for e in result.timeline if e.date] == ["2018-04-10"]
    assert any(f.figure == "FİVE PERCENT" for f in result.numbers)


def test_dates_out_of_range_and_trapped_weekdays_build(tmp_path: Path):
    text = tmp_path / "dates.txt"
    text.write_text("Lawmakers question a witness\n\nThe record will remain open for 3000000 days.\n\n"
                    "She spoke on Frıday about data.\n", encoding="utf-8")
    (tmp_path / "dates.yml").write_text("event:\n  name: A hearing\n  date: 2018-04-10\n", encoding="utf-8")
    result = story(text)
    assert "2018-04-06" in [e.date for e in result.timeline]  # the Friday before the hearing


# Text made mostly of the letters a case-insensitive pattern reads alike: "i", "I", "İ", "ı"; "s", "S", "ſ"; "k",
# "K" and the Kelvin sign.
_TRAPPY = st.text(alphabet="aiIsSkK \u0130\u0131\u017f\u212a-", max_size=30)
_LOWER_CASE_PATTERNS = ["i", "is", "ski", "[a-z]+", "[^a-z]+", r"\bsi", r"(?<![\w-])kiss?(?![\w-])", r"\w+-", "s+i*k"]


@given(_TRAPPY)
def test_fold_keeps_every_position_in_text_with_case_traps(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(folded[i] == fold(char) for i, char in enumerate(text))  # each character folds on its own
    assert folded.isascii()


@given(st.sampled_from(_LOWER_CASE_PATTERNS), _TRAPPY)
def test_a_lower_case_pattern_finds_in_folded_text_what_it_finds_ignoring_case(regex, text):
    ignoring = [m.span() for m in re.finditer(regex, text, re.IGNORECASE)]
    assert [m.span() for m in re.finditer(regex, fold(text))] == ignoring


class _Term(NamedTuple):  # what the linker reads of a glossary entry
    id: str
    forms: tuple[str, ...]
    case: bool = False
    tooltip: str = "a law"


def test_a_glossary_term_is_linked_whatever_case_traps_its_mention_has():
    forms = LinkForms([_Term("term-privacy-act", ("Privacy Act",)), _Term("term-fisa", ("FISA",), case=True)])
    for mention in ("PRİVACY ACT", "Prıvacy Act", "Privacy Act", "PRIVACY ACT", "Privacy Acts"):
        assert Linker(forms).link(f"Under the {mention}, FISA") == (
            f'Under the [{mention}](glossary.md#term-privacy-act "a law"), [FISA](glossary.md#term-fisa "a law")')
    assert Linker(forms).link("Under the act, FİSA") == "Under the act, FİSA"  # an acronym heeds case
