"""Invariants over arbitrary input (hypothesis, bounded): clear errors only, verbatim paragraphs, escaping."""

import html
import re

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.errors import GeneratorError
from generator.escape import escape
from generator.render import render

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text that looks like coverage often enough to reach the later stages, with arbitrary Unicode mixed in.
WORDS = st.sampled_from(["Senator", "Smith", "asked", "\u201cWe", "will,\u201d", "he", "said.", "In", "2015", "the",
                         "FCC", "#metoo", "\n", "\n\n", "\r\n", "<b>", "*", "|", "---", "Mr", "Zed:", "$5", "87%"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=120).map(" ".join))


def _unwrapped(text: str) -> str:
    """The input with each single line break (and the white space around it) read as one space: clean joins the
    lines of a hard-wrapped text that way, and random texts of short lines can read as hard-wrapped."""
    return re.sub(r"[^\S\n]*\n[^\S\n]*(?=\S)", " ", text)


@BOUNDED
@given(text=TEXTS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_any_text_builds_or_fails_with_a_generator_error(tmp_path, text, encoding):
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        story = pipeline.story(path)
        render(story)
    except GeneratorError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for p in story.paragraphs:
        assert p.text in story.text or p.text in _unwrapped(story.text)  # verbatim: a substring of the input
        assert p.text.strip()


@settings(max_examples=300, deadline=None)
# Control characters are left out: ingest drops them, and HTML has no literal form for them.
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60).filter(str.strip))
def test_escaping_round_trips_through_markdown(value):
    rendered = markdown.markdown("Text: " + escape(value), extensions=["abbr", "attr_list", "tables", "md_in_html"])
    assert rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1
    inner = rendered[3:-4]
    assert "<" not in inner.replace("<br />", "")  # no element from the value
    assert " ".join(html.unescape(re.sub("<br />", "", inner)).split()) == " ".join(("Text: " + value).split())
