"""Written versus delivered: a quoted passage that reappears, worded differently, in the remarks in full."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

from test_escape import _convert

from generator import pipeline
from generator.extract.versions import versions
from generator.model import Meta, Paragraph, Quote, Statement, Story
from generator.render import render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "zuckerberg-senate-hearing-2018.txt"
INDIE = ROOT / "tests" / "fixtures" / "indie-style.txt"
REMARKS = "Thank you all. We must keep the river clean for every family that lives beside it today."


def _story(quoted: str, context: str = "In her written testimony she said:") -> Story:
    text = f"{context} “{quoted}”"
    start = text.index(quoted)
    paras = (Paragraph("p1", text, 1), Paragraph("p2", "Her remarks in full:", 2), Paragraph("p3", REMARKS, 3))
    return Story(slug="t", path="t.txt", text=text, sha256="0" * 64, paragraphs=paras,
                 quotes=(Quote(quoted, "p1", start, start + len(quoted)),), statement=Statement("Ms Lee", ("p3",)))


def test_a_reworded_quotation_is_paired_with_the_remarks():
    story = versions(_story("We must keep the river safe for every family that lives beside it"))
    (c,) = story.comparisons
    assert c.changes == (("safe", "clean"),)
    assert c.first.label == "written" and c.second.label == "delivered" and c.second.sources == ("p3",)
    assert c.second.text == "We must keep the river clean for every family that lives beside it"
    assert [c.second.text[a:b] for a, b in c.second.changed] == ["clean"]


def test_identical_short_and_unrelated_quotations_are_not_versions():
    for quoted in ("We must keep the river clean for every family that lives beside it",  # same words
                   "we must keep the River clean, for every family that lives beside it",  # case, punctuation
                   "keep the river safe",  # too short to align with confidence
                   "Nothing here resembles what the witness said at all, not one bit"):
        assert versions(_story(quoted)).comparisons == (), quoted


def test_label_is_quoted_without_a_written_cue_nearby():
    story = versions(_story("We must keep the river safe for every family that lives beside it", "She said:"))
    assert story.comparisons[0].first.label == "quoted"


def test_seed_finds_the_three_word_pairs_and_labels_the_written_statement():
    story = pipeline.story(SEED)
    pairs = {pair for c in story.comparisons for pair in c.changes}
    assert {("misinformation", "disinformation"), ("hurt", "harm"), ("it", "this")} <= pairs
    written = next(c for c in story.comparisons if ("hurt", "harm") in c.changes)
    assert written.first.label == "written" and written.second.label == "delivered"
    assert set(written.second.sources) <= set(story.statement.paragraphs)
    assert "getting this right" in written.second.text and "getting it right" in written.first.text


def test_indie_style_finds_its_written_and_delivered_difference():
    story = pipeline.story(INDIE)
    (c,) = story.comparisons
    assert ("most difficult", "hardest") in c.changes and c.first.label == "written"
    assert "I apologize to every person" in c.first.text and "I am sorry, to every person" in c.second.text


def test_opening_statement_page_shows_versions_side_by_side_with_marked_words():
    story = pipeline.story(SEED)
    page = render(story)["opening-statement.md"]
    html = _convert(page.split("---\n", 2)[2])
    section = html[html.index("Written and delivered versions"):]
    assert section.count("<table>") == len(story.comparisons) >= 1
    assert "<del>hurt</del>" in section and "<ins>harm</ins>" in section and "<ins>this</ins>" in section
    assert "<del>misinformation.</del>" in section or "<del>misinformation." in section
    assert "Written statement, published 9 April" in section and "As delivered" in section  # sidecar labels
    cells = [html_module.unescape(re.sub(r"<[^>]+>", "", td)) for td in re.findall(r"<td>(.*?)</td>", section, re.S)]
    written = next(c for c in story.comparisons if ("hurt", "harm") in c.changes)
    assert cells[:2] == [f"“{written.first.text}”", f"“{written.second.text}”"]  # marks only, words untouched


def test_no_labels_in_the_sidecar_gives_plain_descriptions():
    story = pipeline.story(SEED)
    story = story.__class__(**{**story.__dict__, "meta": Meta()})
    page = render(story)["opening-statement.md"]
    assert "| Written version<br>" in page and "Remarks in full<br>" in page


def test_no_seed_specific_words_in_the_detector():
    code = (ROOT / "generator" / "extract" / "versions.py").read_text(encoding="utf-8").casefold()
    for word in ("misinformation", "disinformation", "zuckerberg", "facebook", "hurt", "kovac", "apolog"):
        assert word not in code
