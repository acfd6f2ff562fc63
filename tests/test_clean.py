from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator import chrome
from generator.clean import clean
from generator.model import Story
from generator.patterns import clean as pt

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))


def _clean(text: str) -> Story:
    return clean(Story(slug="t", path="t.txt", text=text, sha256="0"))


def _content(story: Story) -> list[str]:
    return [text.strip() for _, text in story.content]


def _reasons(story: Story) -> dict[str, str]:
    return {r.text: r.reason for r in story.removed}


def test_headline_and_standfirst_are_metadata():
    story = _clean("A headline about a hearing\nA standfirst without a full stop\nThe senator spoke first.\n")
    assert story.title == "A headline about a hearing"
    assert story.standfirst == "A standfirst without a full stop"
    assert _content(story) == ["The senator spoke first."]
    assert [n for n, _ in story.content] == [3]


def test_appeal_block_is_removed_and_glued_content_is_kept():
    text = (
        "Headline\nStandfirst\nYour support helps us to tell the story\n"
        "From one beat to another, we are there when it matters, and we know the facts matter.\n"
        "At a time like this we need reporters. Your donation keeps them in the room.\n"
        "We choose not to lock readers out with paywalls.\n"
        "Your support makes all the difference.The senator opened the hearing at ten.\n"
        "The witness apologised.\n"
    )
    story = _clean(text)
    assert _content(story) == ["The senator opened the hearing at ten.", "The witness apologised."]
    assert story.content[0][0] == 7
    appeals = [r for r in story.removed if r.reason == "appeal for money"]
    assert [r.line for r in appeals] == [3, 4, 5, 6, 7]
    assert appeals[-1].text == "Your support makes all the difference."


def test_single_appeal_cue_in_content_is_kept():
    story = _clean("Headline\n\nThe senator thanked the chair for your support of the bill, she said.\n")
    assert _content(story) == ["The senator thanked the chair for your support of the bill, she said."]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Please allow a moment for the live blog to load.", "page-loading notice"),
        ("Join our commenting forum", "comment prompt"),
        ("Comments", "comment prompt"),
        ("Sign up for the Politics Newsletter", "newsletter prompt"),
        ("IE 11 is not supported. For an optimal experience visit our site on another browser.", "browser warning"),
        ("Share this -", "share button"),
        ("Copy this link", "share button"),
        ("Advertisement", "advertisement"),
        ("By JANE DOE", "byline"),
        ("Edited by Jane Doe, with John Roe in Washington", "byline"),
        ("Updated 5:47 PM EDT, June 11, 2024", "timestamp"),
        ("Oct. 17, 2023, 9:41 AM EDT / Updated Oct. 17, 2023, 5:03 PM EDT", "timestamp"),
        ("Skip to main content", "navigation"),
        ("Skip X post by Jane Doe", "social embed"),
        ("Allow X content?", "social embed"),
        ("View more on twitter", "social embed"),
        ("Page 1 of 2", "pagination"),
        ("Load more updates", "pagination"),
        ("© 2024 Some News. Some News is not responsible for the content of external sites.", "copyright"),
        ("Copyright (c) 2022 Scribe LLC. All rights reserved. Redistribution without written permission is prohibited.",
         "copyright"),
        ("END OF TRANSCRIPT", "transcription service"),
        ("Transcript No. AB-1 | Rush transcript, subject to revision", "transcription service"),
        ("A valid viewing licence is required to watch live coverage on this site. Find out more about licences",
         "licence notice"),
        ("2h ago", "capture-relative time"),
        ("Listen to article", "audio player"),
    ],
)
def test_chrome_lines_are_removed_with_a_reason(line, reason):
    story = _clean(f"Headline\n\nThe hearing began.\n{line}\nThe witness spoke.\n")
    assert _content(story) == ["The hearing began.", "The witness spoke."]
    assert _reasons(story) == {line: reason}


def test_credit_lines_go_to_credits():
    text = "Headline\n\nThe hearing began.\nAdditional reporting by agencies\nA writer contributed to this report.\n"
    story = _clean(text)
    assert story.credits == ("Additional reporting by agencies", "A writer contributed to this report.")
    assert {r.reason for r in story.removed} == {"credit"}
    assert _content(story) == ["The hearing began."]


def test_related_box_takes_its_headline_with_it():
    text = "Headline\n\nThe hearing began.\n\nRELATED COVERAGE\nRegulator sues a broker over data sales\n\nMore text.\n"
    story = _clean(text)
    assert _content(story) == ["The hearing began.", "More text."]
    assert set(_reasons(story).values()) == {"related link"}


def test_capture_relative_time_is_cut_from_the_entry_time():
    story = _clean("Headline\n\n2h ago / 8:52 PM UTC\nHearing ends\nJane Doe\nThe chair closed the hearing.\n")
    assert _content(story) == ["8:52 PM UTC", "Hearing ends", "The chair closed the hearing."]
    assert _reasons(story) == {"2h ago": "capture-relative time", "Jane Doe": "byline"}


def test_sign_off_entry_keeps_its_facts():
    text = ("Headline\n\n1. That's all from us\n    Posted at 18:40\n    The hearing has ended after three hours.\n"
            "    Thank you for following our coverage. This page was edited by Jane Doe.\n")
    story = _clean(text)
    assert _content(story) == ["Posted at 18:40", "The hearing has ended after three hours."]
    assert story.content[0][1] == "    Posted at 18:40"  # indentation kept for segment


def test_transcript_header_is_removed_and_the_capitals_line_is_the_title():
    text = ("SCRIBE TRANSCRIPTS\nVerbatim Congressional Transcript Service\n\nCOMMITTEE HOLDS HEARING ON DATA\n\n"
            "JUNE 14, 2022\n\nCHAIRMAN SMITH: The committee will come to order.\n")
    story = _clean(text)
    assert story.title == "COMMITTEE HOLDS HEARING ON DATA"
    assert story.standfirst is None
    assert _content(story) == ["JUNE 14, 2022", "CHAIRMAN SMITH: The committee will come to order."]


def test_wire_dateline_is_not_a_standfirst():
    story = _clean("Headline\n\nWASHINGTON (AP) — The chief executive told a panel on Tuesday that it was fine.\n")
    assert story.standfirst is None


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_gold_boilerplate_fragment_is_gone(path):
    story = _clean(path.read_text(encoding="utf-8"))
    gold = yaml.safe_load(path.with_suffix(".gold.yml").read_text(encoding="utf-8"))
    visible = _content(story) + [story.title or "", story.standfirst or ""]
    leaks = [b for b in gold["boilerplate"] if any(b in text for text in visible)]
    assert leaks == []
    assert story.title == gold["source"]["title"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_content_is_verbatim_source(text):
    story = _clean(text)
    lines = text.split("\n")
    for n, kept in story.content:
        assert kept.strip() in lines[n - 1]
    for removed in story.removed:
        assert removed.text in lines[removed.line - 1]


# --- the cue words of patterns/ (chrome.py tries a cue's regex only on lines holding one of its words) -----------


def _clean_trying_every_cue(text: str) -> Story:
    every = chrome.cues_of(frozenset(range(len(chrome.CUES))))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chrome, "line_cues", lambda texts: dict.fromkeys(range(len(texts)), every))
        return _clean(text)


def _tried(line: str) -> set[object]:
    """The regexes clean tries on a line (stripped) and on its sentences."""
    cues = chrome.line_cues([line]).get(0)
    if cues is None:
        return set()
    related = [cue.pattern for cue in pt.CLEAN_RELATED_HEAD] if cues.related else []
    return {p for _, p in cues.chrome} | {*cues.credit, *cues.appeal, pt.CLEAN_RELATIVE_TIME_PREFIX.pattern, *related}


def test_every_cue_has_plain_lower_case_words():
    for cue in chrome.CUES:
        assert cue.words, cue.pattern.pattern
        for word in cue.words:
            assert word.removeprefix("^").strip() and word == word.lower() and "\n" not in word, word


@pytest.mark.parametrize("cue", chrome.CUES, ids=lambda cue: cue.pattern.pattern[:40])
@given(data=st.data())
@settings(max_examples=25)
def test_no_cue_word_hides_a_match(cue, data):
    match = data.draw(st.from_regex(cue.pattern))
    spelled = data.draw(st.sampled_from([str, str.upper, lambda t: t.replace("i", "ı").replace("s", "ſ")]))
    before = data.draw(st.sampled_from(["", "The hearing began. ", "The hearing began.", "1. "]))
    line = (before + spelled(match)).strip()
    assume(line and "\n" not in line)
    pieces = [line, *chrome.sentences(line), *pt.CLEAN_GLUED_BOUNDARY.split(line)]
    if any(cue.pattern.search(piece.strip()) for piece in pieces):
        assert cue.pattern in _tried(line)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_cue_words_change_no_verdict_in_the_texts(path):
    text = path.read_text(encoding="utf-8")
    glued = text.replace(".\n", ".").replace("\n\n", " ")
    for variant in (text, text.upper(), glued):
        assert _clean(variant) == _clean_trying_every_cue(variant)


_CUE_MATCH = st.sampled_from(chrome.CUES).flatmap(lambda cue: st.from_regex(cue.pattern))
_PIECE = st.one_of(_CUE_MATCH, st.sampled_from(["The hearing began.", "Jane Doe", "8:52 PM UTC"]), st.text(max_size=20))
_SEPARATOR = st.sampled_from(["", " ", ". ", ".", "\n", "\n\n", " / "])


@given(st.lists(st.tuples(_PIECE, _SEPARATOR), min_size=1, max_size=6))
@settings(max_examples=200)
def test_cue_words_change_no_verdict(pieces):
    text = "".join(piece + separator for piece, separator in pieces)
    assert _clean(text) == _clean_trying_every_cue(text)
