"""casefold.fold: lower case as re.IGNORECASE compares letters, so a word a case-insensitive pattern matched is
found in the stages' tables. With plain lower(), "Aprıl", "FİVE PERCENT" and "thouſands" crashed the build."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.casefold import fold
from generator.pipeline import story


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
