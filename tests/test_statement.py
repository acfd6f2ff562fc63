from generator.extract.statement import statement
from generator.model import Block, Paragraph, Person, Story

LONG = " ".join(["word"] * 80)


def _story(paragraphs, *, fmt="article", blocks=(), people=()) -> Story:
    return Story(slug="t", path="t.txt", text="", sha256="0", format=fmt, paragraphs=tuple(paragraphs),
                 blocks=tuple(blocks), people=tuple(people))


def _turn(pid: str, speaker: str | None, text: str) -> Paragraph:
    return Paragraph(pid, text, int(pid[1:]), section="turn", speaker=speaker)


def test_statement_from_block_keeps_the_printed_speaker_without_people():
    paragraphs = [Paragraph(f"p{i}", f"Text {i}.", i) for i in range(1, 5)]
    block = Block("statement", "p1", ("p2", "p3", "p4"), "Mr Doe")
    result = statement(_story(paragraphs, blocks=[block])).statement
    assert (result.speaker, result.paragraphs) == ("Mr Doe", ("p2", "p3", "p4"))


def test_block_speaker_resolves_to_a_person_by_alias():
    block = Block("statement", "p1", ("p2",), "Mr Doe")
    people = [Person("Jane Roe", ("Ms Roe",)), Person("John Doe", ("Mr Doe", "Doe"))]
    result = statement(_story([Paragraph("p1", "x:", 1), Paragraph("p2", "y", 2)], blocks=[block], people=people))
    assert result.statement.speaker == "John Doe"


def test_transcript_label_resolves_by_surname():
    paragraphs = [
        _turn("p1", "CHAIRMAN ROE", "Ms. Doe, you're recognized for five minutes."),
        _turn("p2", "DOE", "Chairman Roe, thank you. " + LONG),
        _turn("p3", "DOE", "More remarks. " + LONG),
        _turn("p4", "DOE", "I look forward to your questions."),
        _turn("p5", "CHAIRMAN ROE", "Thank you. When did you learn of it?"),
        _turn("p6", "DOE", "In December. " + LONG),
    ]
    people = [Person("Jane Roe", ("Chairman Roe",)), Person("Irene Doe", ("Ms. Doe",))]
    result = statement(_story(paragraphs, fmt="transcript", people=people)).statement
    assert result.paragraphs == ("p2", "p3", "p4")
    assert result.speaker == "Irene Doe"


def test_transcript_statement_needs_the_floor_to_be_handed_over():
    paragraphs = [
        _turn("p1", "CHAIRMAN ROE", "Good morning. " + LONG),
        _turn("p2", "CHAIRMAN ROE", "Our witness is here. " + LONG),
        _turn("p3", "DOE", "Thank you."),
    ]
    assert statement(_story(paragraphs, fmt="transcript")).statement is None


def test_one_long_answer_is_not_a_statement():
    paragraphs = [
        _turn("p1", "CHAIRMAN ROE", "You are recognized."),
        _turn("p2", "DOE", LONG + " " + LONG),
    ]
    assert statement(_story(paragraphs, fmt="transcript")).statement is None


def test_no_statement_in_a_plain_article():
    paragraphs = [Paragraph("p1", "In his opening statement he said sorry.", 1)]
    assert statement(_story(paragraphs)).statement is None
