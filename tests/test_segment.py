from hypothesis import given
from hypothesis import strategies as st

from generator.model import Paragraph, Removed, Story
from generator.segment import quotes_of, segment, sentences_of


def _segment(lines: list[str], title: str = "Headline", removed: tuple[Removed, ...] = ()) -> Story:
    content = tuple((n, text) for n, text in enumerate(lines, 1) if text.strip())
    return segment(Story(slug="t", path="t.txt", text="", sha256="0", title=title, content=content, removed=removed))


def _quotes(text: str) -> list[str]:
    return [q.text for q in quotes_of(Paragraph("p1", text, 1))]


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences_of(Paragraph("p1", text, 1))]


# --- paragraphs and format ------------------------------------------------------------------------


def test_article_paragraphs_have_stable_ids_in_reading_order():
    story = _segment(["First paragraph.", "", "Second paragraph."])
    assert [(p.id, p.text, p.line, p.section) for p in story.paragraphs] == [
        ("p1", "First paragraph.", 1, "body"), ("p2", "Second paragraph.", 3, "body")]
    assert story.format == "article"


def test_timestamped_entries_newest_first():
    story = _segment([
        "What to know", "• The witness testified on Tuesday.", "8:52 PM UTC", "Hearing ends with a promise",
        "The chair closed the hearing.", "3:41 p.m. ET", "Pipwave changed its settings. Critics say it is not enough.",
        "Sen. Ortiz pressed the witness.", "10:05 a.m. ET", "Who is the witness?", "The witness is 38.",
    ])
    summary, *entries = story.paragraphs
    assert (summary.section, summary.text) == ("summary", "The witness testified on Tuesday.")
    assert [(p.entry, p.time, p.heading, p.text) for p in entries] == [
        (0, "8:52 PM UTC", "Hearing ends with a promise", "The chair closed the hearing."),
        (1, "3:41 p.m. ET", "Pipwave changed its settings. Critics say it is not enough.",
         "Sen. Ortiz pressed the witness."),
        (2, "10:05 a.m. ET", "Who is the witness?", "The witness is 38."),
    ]
    assert story.format == "liveblog-newest-first"


def test_numbered_entries_with_indented_bodies_oldest_first():
    story = _segment([
        "Tuesday 27 February 2024", "1. Hearing about to start", "    Posted at 14:45", "    The chair sat down.",
        "", "2. 'We should have moved faster'", "    Posted at 15:31", "    The witness said sorry.",
    ])
    assert [(p.entry, p.time, p.heading) for p in story.paragraphs] == [
        (0, "Posted at 14:45", "Hearing about to start"), (1, "Posted at 15:31", "'We should have moved faster'")]
    assert [p.text for p in story.paragraphs] == ["The chair sat down.", "The witness said sorry."]
    assert story.format == "liveblog-oldest-first"


def test_untimed_live_blog_summary_ends_at_the_credit_line():
    story = _segment(
        ["The witness apologised.", "He was asked about data.", "", "The chair opened the hearing."],
        title="Hearing - as it happened", removed=(Removed("Agencies contributed to this report", "credit", 3),),
    )
    assert story.format == "liveblog-oldest-first"
    assert [p.section for p in story.paragraphs] == ["summary", "summary", "entry"]


def test_transcript_turns_roster_and_stage_directions():
    story = _segment([
        "JUNE 14, 2022", "SPEAKERS:", "SEN. JANE ROE (D-MD), CHAIRMAN", "WITNESS:", "JOHN DOE, CHIEF EXECUTIVE",
        "CHAIRMAN ROE: Good morning.", "The committee will come to order.", "DOE: Thank you.", "(CROSSTALK)",
        "SEN. SMITH: A question?",
    ])
    got = [(p.section, p.speaker, p.heading, p.text) for p in story.paragraphs]
    assert got == [
        ("roster", None, "SPEAKERS", "SEN. JANE ROE (D-MD), CHAIRMAN"),
        ("roster", None, "WITNESS", "JOHN DOE, CHIEF EXECUTIVE"),
        ("turn", "CHAIRMAN ROE", None, "Good morning."),
        ("turn", "CHAIRMAN ROE", None, "The committee will come to order."),
        ("turn", "DOE", None, "Thank you."),
        ("turn", None, None, "(CROSSTALK)"),
        ("turn", "SEN. SMITH", None, "A question?"),
    ]
    assert story.format == "transcript"


def test_a_colon_sentence_is_not_a_turn():
    story = _segment(["Her central argument: the law has a gap.", "His big takeaway message is:"])
    assert [p.section for p in story.paragraphs] == ["body", "body"]


# --- blocks ---------------------------------------------------------------------------------------


def test_statement_block_after_an_in_full_intro():
    story = _segment([
        "The hearing ended.", "Here are Mr Doe's opening remarks in full:", "Chairman, thank you.",
        "We made mistakes.", "I'm ready to take your questions.",
    ])
    (block,) = story.blocks
    assert (block.kind, block.intro, block.speaker) == ("statement", "p2", "Mr Doe")
    assert block.paragraphs == ("p3", "p4", "p5")
    assert [p.section for p in story.paragraphs] == ["body", "body", "statement", "statement", "statement"]


def test_no_block_without_a_full_text_cue():
    story = _segment(["In his opening statement he said the firm was sorry.", "Then questions began."])
    assert story.blocks == ()


# --- sentences ------------------------------------------------------------------------------------


def test_sentences_with_offsets_skip_abbreviations():
    text = ("Sen. Ray Roe (R., Kan.) met Mr. Doe at 10 a.m. ET in the U.S. Senate. No. We paid them. "
            "It ended at 4 p.m. The end.")
    assert _sentences(text) == [
        "Sen. Ray Roe (R., Kan.) met Mr. Doe at 10 a.m. ET in the U.S. Senate.", "No.", "We paid them.",
        "It ended at 4 p.m.", "The end.",
    ]
    for s in sentences_of(Paragraph("p1", text, 1)):
        assert text[s.start:s.end] == s.text


def test_sentence_ends_after_closing_quote():
    assert _sentences('He said "It was my mistake." Then he sat.') == ['He said "It was my mistake."', "Then he sat."]


# --- quotations -----------------------------------------------------------------------------------


def test_mismatched_double_quotes():
    text = "“We didn't take a broad enough view, and that was a big mistake,\" he said. \"It was my mistake.”"
    assert _quotes(text) == ["We didn't take a broad enough view, and that was a big mistake,", "It was my mistake."]


def test_single_quoted_speech_and_apostrophes():
    text = "Ms Roe's reply was: 'Following the rules costs us less than breaking them did.' The patients' data went."
    assert _quotes(text) == ["Following the rules costs us less than breaking them did."]


def test_apostrophes_in_a_headline_do_not_break_quotes():
    assert _quotes("CEO says firm is in 'arms race' with Russia and Analytica's data") == ["arms race"]


def test_single_opening_closed_by_a_double_mark():
    assert _quotes("Would small firms ‘just fold\". She says no.") == ["just fold"]


def test_nested_quotes_give_the_outer_quote():
    assert _quotes("“He told me ‘no’ twice,” she said.") == ["He told me ‘no’ twice,"]


def test_quote_running_into_the_next_paragraph():
    text = "\"It's not enough to connect people. We must do more."
    assert _quotes(text) == [text[1:]]


def test_quote_offsets_point_at_inner_text():
    paragraph = Paragraph("p7", "He said “Absolutely.”", 1)
    (quote,) = quotes_of(paragraph)
    assert (quote.para, paragraph.text[quote.start:quote.end]) == ("p7", "Absolutely.")


@given(st.text(alphabet=st.sampled_from("ab .\"'“”‘’:\n"), max_size=80))
def test_sentences_and_quotes_are_verbatim_slices(text):
    paragraph = Paragraph("p1", text, 1)
    for s in sentences_of(paragraph):
        assert text[s.start:s.end] == s.text
    for q in quotes_of(paragraph):
        assert text[q.start:q.end] == q.text and q.text.strip()
