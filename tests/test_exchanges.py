"""extract/exchanges.py on hand-built stories: transcript turns, reported questions, null questioners."""

from __future__ import annotations

import cuecheck
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.exchanges import exchanges
from generator.extract.exchanges.reader import _about_statement
from generator.model import Paragraph, Person, Statement, Story
from generator.patterns import exchanges as pat
from generator.patterns import people as people_pat

WITNESS = Person(name="Irena Kova", aliases=("Ms Kova", "Kova"), role="witness")
PANEL = (
    Person(name="Tom Wels", aliases=("Mr Wels", "Senator Tom Wels", "Chairman Wels"), role="senator"),
    Person(name="Dana Ort", aliases=("Ms Ort", "Senator Dana Ort", "Sen. Ort"), role="senator"),
    Person(name="Mark Vos", aliases=("Sen. Vos", "Vos"), role="senator"),
)


def _story(*paras: tuple, statement=None) -> Story:
    """Paragraphs as (text,) or (text, section, entry, speaker)."""
    built = tuple(
        Paragraph(id=f"p{i}", text=p[0], line=i, section=p[1] if len(p) > 1 else "body",
                  entry=p[2] if len(p) > 2 else None, speaker=p[3] if len(p) > 3 else None)
        for i, p in enumerate(paras, 1)
    )
    return Story(slug="t", path="t.txt", text="", sha256="0", paragraphs=built, people=(WITNESS, *PANEL),
                 statement=Statement("Ms Kova", statement) if statement else None)


def _found(story: Story) -> list[tuple]:
    return [(e.questioner, e.answer_quote) for e in exchanges(story).exchanges]


def test_transcript_turns_pair_questions_with_answers():
    story = _story(
        ("Thank you. Ms. Kova, you're recognized.", "turn", None, "CHAIRMAN WELS"),
        ("Thank you for having me. I co-founded the company.", "turn", None, "KOVA"),
        ("When did you learn about it?", "turn", None, "CHAIRMAN WELS"),
        ("In December, Senator.", "turn", None, "KOVA"),
        ("But you didn't tell patients until the regulator was involved.", "turn", None, "CHAIRMAN WELS"),
        ("We notified them in September.", "turn", None, "KOVA"),
        ("Who appoints the council members?", "turn", None, "SEN. VOS"),
        ("Our board appoints them.", "turn", None, "KOVA"),
        ("So the board you chair picks the people who check you.", "turn", None, "SEN. VOS"),
        ("(CROSSTALK)", "turn", None, None),
        ("I don't chair the board, Senator.", "turn", None, "KOVA"),
        ("That puts you ahead of your industry.", "turn", None, "SEN. ORT"),
        ("Thank you. This hearing is adjourned.", "turn", None, "CHAIRMAN WELS"),
        statement=("p2",),
    )
    found = exchanges(story).exchanges
    assert [(e.questioner, e.answer_quote) for e in found] == [
        ("Tom Wels", "In December, Senator."),
        ("Tom Wels", "We notified them in September."),
        ("Mark Vos", "Our board appoints them."),  # the "So ..." follow-up is folded in
    ]
    vos = found[2]
    assert vos.sources == ("p7", "p8", "p9", "p11")
    assert "I don't chair the board" in vos.answer and vos.verbatim


def test_reported_question_answered_in_the_next_sentence():
    story = _story(
        (
            "Senator Dana Ort asks how many patients answered the self-harm question. "
            "\"About 41,000,\" Ms Kova replies.",
        ),
        ("Mr Wels wants to know who got the data.",),
        ("Ms Kova names the two platforms and says neither paid.",),
    )
    found = exchanges(story).exchanges
    assert _found(story) == [("Dana Ort", "About 41,000,"), ("Tom Wels", None)]
    assert found[0].question == "Senator Dana Ort asks how many patients answered the self-harm question."
    assert found[1].answer == "Ms Kova names the two platforms and says neither paid."
    assert found[1].sources == ("p2", "p3") and not found[1].verbatim


def test_asked_clauses_name_the_asker_or_leave_it_null():
    story = _story(
        ("Asked by Senator Dana Ort whether rules would hurt small firms, Ms Kova said: \"They would not.\"",),
        ("Asked by another senator whether the list would be handed over, Ms Kova said: \"Under subpoena, yes.\"",),
        ("In answer to a question about the regulator, Ms Kova said it was a \"closed case\".",),
    )
    assert _found(story) == [("Dana Ort", "They would not."), (None, "Under subpoena, yes."), (None, "closed case")]
    assert exchanges(story).exchanges[1].question.startswith("Asked by another senator whether")


def test_pronouns_resolve_within_the_entry_or_stay_null():
    resolved = _story(
        ("Mr Wels asks when Ms Kova learned of the code. She says a researcher emailed in December.", "entry", 1),
        ("He presses her on why patients were not told until September. Ms Kova concedes the delay is on her.",
         "entry", 1),
    )
    assert [q for q, _ in _found(resolved)] == ["Tom Wels", "Tom Wels"]
    unresolved = _story(
        ("The hearing resumed after lunch.", "entry", 1),
        ("He presses her on why patients were not told. Ms Kova concedes the delay is on her.", "entry", 2),
    )
    assert all(q is None for q, _ in _found(unresolved))  # never a guessed questioner


def test_follow_up_on_the_same_point_is_folded_a_new_point_is_not():
    story = _story(
        ("Senator Mara Sott asked about watermarking. Ms Kova said every clip carries a watermark.", "entry", 1),
        ('Ms Sott played a recording. "My team removed your watermark," she said.', "entry", 1),
        ('"Then we have more work to do," Ms Kova replied.', "entry", 1),
        ("Ms Sott asked her to put the promise in writing. Ms Kova said she would.", "entry", 1),
    )
    people = (WITNESS, Person(name="Mara Sott", aliases=("Ms Sott", "Senator Mara Sott"), role="senator"))
    found = exchanges(Story(slug="t", path="t", text="", sha256="0", paragraphs=story.paragraphs, people=people))
    assert [(e.questioner, e.sources) for e in found.exchanges] == [
        ("Mara Sott", ("p1", "p2", "p3")),
        ("Mara Sott", ("p4",)),
    ]


def test_unprompted_answers_are_null_exchanges_but_statement_words_are_not():
    story = _story(
        ("Ms Kova said it had been \"clearly a mistake\" to trust the platforms.",),
        ("\"We are sorry to every person who trusted us,\" Ms Kova said.",),
        ("The company's shares fell.",),
        ("We are sorry to every person who trusted us with their lives.", "statement"),
        statement=("p4",),
    )
    assert _found(story) == [(None, "clearly a mistake")]


def test_question_with_no_answer_is_not_an_exchange():
    story = _story(("Senator Dana Ort asked whether the app would close.",), ("The hearing then ended.",))
    assert exchanges(story).exchanges == ()


def test_the_same_exchange_told_in_summary_and_entry_is_kept_once():
    story = _story(
        ("Asked by Senator Dana Ort whether tougher rules would close small firms, Ms Kova said no.", "summary"),
        ("Ms Ort asks whether tougher rules would make small firms fold. Ms Kova says no.", "entry", 0),
    )
    found = exchanges(story).exchanges
    assert [(e.questioner, e.sources) for e in found] == [("Dana Ort", ("p1", "p2"))]


def test_extracted_words_are_verbatim_source_text():
    story = _story(
        ("Sen. Dana Ort, D-Ore., pressed Ms Kova on deletion.", "entry", 0),
        ("“We delete it within 30 days,” Ms Kova said at first.", "entry", 0),
    )
    text = " ".join(p.text for p in story.paragraphs)
    for e in exchanges(story).exchanges:
        assert e.question in text and e.answer in text and e.answer_quote in text


# --- the cue words of patterns/ (exchanges look for statement cues only in sentences holding a cue word) ----------

_SPELLINGS = cuecheck.SPELLINGS
_BEFORE = st.sampled_from(["", " ", "In her ", "Ms Kova said in her "])
_AFTER = st.sampled_from(["", " ", ", Ms Kova said.", " she said."])


def _searching_everything(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(people_pat, "people_may_match", lambda text, words: True)


def test_statement_words_are_lower_case():
    assert pat.EXCHANGE_STATEMENT_WORDS
    assert all(word and word == word.lower() for word in pat.EXCHANGE_STATEMENT_WORDS)


@given(data=st.data())
@settings(max_examples=50, deadline=None)
def test_no_statement_word_hides_a_statement_cue(data):
    spelled = data.draw(_SPELLINGS)
    text = spelled(data.draw(_BEFORE) + data.draw(st.from_regex(pat.EXCHANGE_STATEMENT_CUES)) + data.draw(_AFTER))
    if pat.EXCHANGE_STATEMENT_CUES.search(text):
        assert people_pat.people_may_match(text, pat.EXCHANGE_STATEMENT_WORDS)
        assert _about_statement(text)


_PIECE = st.one_of(st.from_regex(pat.EXCHANGE_STATEMENT_CUES),
                   st.sampled_from(["Sen. Ort asked Ms Kova about data.", "Kova said", "\u201cWe fixed it,\u201d",
                                    "Why?", "Senator Tom Wels pressed her", "she said.", "I testify"]),
                   st.text(max_size=15))
_SEPARATOR = st.sampled_from(["", " ", ". ", ", "])


@given(st.lists(st.lists(st.tuples(_PIECE, _SEPARATOR, _SPELLINGS), min_size=1, max_size=4), min_size=1, max_size=4))
@settings(max_examples=50, deadline=None)
def test_statement_words_change_no_exchange(paragraphs):
    story = _story(*(("".join(spelled(piece) + sep for piece, sep, spelled in para),) for para in paragraphs))
    assert cuecheck.unchanged_by_cues(exchanges, story, _searching_everything)


@pytest.mark.parametrize("variant", cuecheck.VARIANTS)
@pytest.mark.parametrize("path", cuecheck.TEXTS, ids=lambda p: p.stem)
def test_statement_words_change_no_exchange_in_the_texts(path, variant):
    assert cuecheck.unchanged_in_text(exchanges, path, variant, _searching_everything)
