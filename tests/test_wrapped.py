"""Hard-wrapped texts (PDF or e-mail copies): wrapped lines are joined back into paragraphs, and the extraction
scores as on the same text with one paragraph per line."""

import shutil
import textwrap
from pathlib import Path

import pytest

from generator import evaluate as ev
from generator.clean import clean
from generator.model import Story
from generator.segment import segment

FIXTURES = Path(__file__).parent / "fixtures"


def _wrapped_copy(source: Path, directory: Path) -> Path:
    """Every paragraph filled at 72 columns, a blank line between paragraphs, with the sidecar and gold beside."""
    paragraphs = [line for line in source.read_text(encoding="utf-8").split("\n") if line.strip()]
    copy = directory / source.name
    copy.write_text("\n\n".join(textwrap.fill(p, 72) for p in paragraphs) + "\n", encoding="utf-8")
    for suffix in (".yml", ".gold.yml"):
        sidecar = source.with_name(source.stem + suffix)
        if sidecar.exists():
            shutil.copy(sidecar, directory / sidecar.name)
    return copy


@pytest.mark.parametrize("name", ["transcript", "indie-style", "wire-article"])
def test_wrapped_copy_scores_as_the_original(tmp_path, name):
    original = ev.evaluate(FIXTURES / f"{name}.txt")
    wrapped = ev.evaluate(_wrapped_copy(FIXTURES / f"{name}.txt", tmp_path))
    assert max(len(line) for line in (tmp_path / f"{name}.txt").read_text().split("\n")) <= 72
    for section in ev.SECTIONS:
        before, after = original.scores[section], wrapped.scores[section]
        assert (before is None) == (after is None), section
        if before is not None:
            assert after.f1 == pytest.approx(before.f1, abs=0.05), (section, after.misses, after.false_hits)
    statement = wrapped.scores["opening_statement"]
    if statement is not None:
        assert statement.f1 == 1.0 and not statement.misses


def _story(text: str) -> Story:
    return segment(clean(Story(slug="t", path="t.txt", text=text, sha256="0")))


WRAPPED = """\
Senators question the witness on how patient answers reached
advertisers

The committee heard from the chief executive of a telehealth company on
Tuesday, and senators from both parties said they were not satisfied
with her answers about data sharing.

CHAIRMAN WELLS: Good morning. The committee will come to order. We are
here because people who came for help were let down.

MS. KOVAC: Thank you, Mr. Chairman. We made mistakes, and I am here to
explain how we have fixed them.
"""


def test_wrapped_lines_join_into_one_paragraph_each():
    story = _story(WRAPPED)
    assert story.title == "Senators question the witness on how patient answers reached advertisers"
    assert [(p.line, p.speaker, p.text) for p in story.paragraphs] == [
        (4, None, "The committee heard from the chief executive of a telehealth company on Tuesday, and senators "
                  "from both parties said they were not satisfied with her answers about data sharing."),
        (8, "CHAIRMAN WELLS", "Good morning. The committee will come to order. We are here because people who "
                              "came for help were let down."),
        (11, "MS. KOVAC", "Thank you, Mr. Chairman. We made mistakes, and I am here to explain how we have "
                          "fixed them."),
    ]
    assert all(p.text in " ".join(WRAPPED.split()) for p in story.paragraphs)


def test_one_paragraph_per_line_is_left_alone():
    lines = ["Short headline", "", "A first short paragraph, whose line is nearly as long as the longest.", "Yes.",
             "Short lines, like wrapped ones, and yet no line of them was wrapped.", "Nor this one.", "Or this."]
    story = _story("\n".join(lines))
    assert [p.text for p in story.paragraphs] == lines[2:]
