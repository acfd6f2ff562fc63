"""extract/people/ on hand-built stories: forms of names, party–state tags, roles, merging."""

from __future__ import annotations

import cuecheck
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.people import people
from generator.model import Block, EditorPerson, Meta, Paragraph, Story
from generator.patterns import people as pat

_NO_META = Meta()


def _story(*texts: str, sections=None, speakers=None, blocks=(), meta=_NO_META) -> Story:
    paras = tuple(
        Paragraph(id=f"p{i}", text=t, line=i, section=(sections or {}).get(i, "body"), speaker=(speakers or {}).get(i))
        for i, t in enumerate(texts, 1)
    )
    return Story(slug="t", path="t.txt", text="\n".join(texts), sha256="0", meta=meta, paragraphs=paras, blocks=blocks)


def _by_name(story: Story) -> dict:
    return {p.name: p for p in people(story).people}


def test_party_state_tags_in_every_printed_style():
    found = _by_name(_story(
        "Sen. Dana Rask, D-Ore., pressed the witness.",
        "Rep. Tom Hale, R-Texas, asked about brochures.",
        "Sen. Greg Toll, R-S.C., asked about investors.",
        "Sen. Amy Vore (R., Kan.), chairman of the panel, said the hearing will go ahead.",
    ))
    assert (found["Dana Rask"].role, found["Dana Rask"].party, found["Dana Rask"].state) == ("senator", "D", "Oregon")
    tom = found["Tom Hale"]
    assert (tom.role, tom.party, tom.state) == ("representative", "R", "Texas")
    assert found["Greg Toll"].state == "South Carolina"
    assert (found["Amy Vore"].party, found["Amy Vore"].state) == ("R", "Kansas")


def test_prose_party_and_state_only_when_stated():
    found = _by_name(_story(
        "Asked about rules, Republican Senator Lena Gray of South Carolina, Mr Tull said yes.",
        "Senator Celia Okon, a New Jersey Democrat, won his support.",
        "Senator Nina Halm, an independent from Alaska, asked whether it would stop.",
        "Senator Mara Sott, a Democrat from New Mexico, asked about watermarks.",
        "Senator Tom Wels, the Maryland Democrat who chairs the committee, opened the hearing.",
        "Her Democratic counterpart, Rep. Luis Ocon of California, called brokers wholesalers.",
        "Senator Dina Ort of Oregon asks how many answered.",
    ))
    assert (found["Lena Gray"].party, found["Lena Gray"].state) == ("R", "South Carolina")
    assert (found["Celia Okon"].party, found["Celia Okon"].state) == ("D", "New Jersey")
    assert (found["Nina Halm"].party, found["Nina Halm"].state) == ("I", "Alaska")
    assert (found["Mara Sott"].party, found["Mara Sott"].state) == ("D", "New Mexico")
    assert (found["Tom Wels"].party, found["Tom Wels"].state) == ("D", "Maryland")
    assert (found["Luis Ocon"].party, found["Luis Ocon"].state) == ("D", "California")
    assert (found["Dina Ort"].party, found["Dina Ort"].state) == (None, "Oregon")  # party never stated


def test_short_form_before_full_form_is_one_person():
    found = people(_story(
        '"You built a weapon," Mr Whitt said.',
        "Senator Ray Whitt of Kansas, the subcommittee's senior Republican, asked how the calls were made.",
        "Whitt then sat down.",
    )).people
    assert [p.name for p in found] == ["Ray Whitt"]
    whitt = found[0]
    assert {"Mr Whitt", "Senator Ray Whitt", "Whitt"} <= set(whitt.aliases)
    assert (whitt.role, whitt.party, whitt.state) == ("senator", "R", "Kansas")
    assert whitt.sources == ("p1", "p2", "p3")


def test_surname_only_people_keep_the_surname():
    found = _by_name(_story(
        "Mr Grassel has asked how many times data was sold.",
        "Senator Nelsen didn't appear to understand the business model.",
    ))
    assert found["Grassel"].role == "senator"  # he questions the witness: a member of the panel
    assert found["Nelsen"].role == "senator"


def test_witness_official_and_other():
    found = people(_story(
        "Acme founder and CEO Mark Zorn faced more than five hours of questions from senators.",
        "Mr Zorn disclosed that Acme is working with special counsel Robert Mull in the probe.",
        "Data Mine, a data-mining firm affiliated with Donald Trent's presidential campaign, denies it.",
        "Voters were called by a clone of Kansas election official Marjorie Tait.",
    )).people
    roles = {p.name: p.role for p in found}
    assert roles == {"Mark Zorn": "witness", "Robert Mull": "official", "Donald Trent": "other",
                     "Marjorie Tait": "official"}
    assert found[0].name == "Mark Zorn"  # the witness comes first
    assert found[0].title == "Acme founder and CEO"
    tait = next(p for p in found if p.name == "Marjorie Tait")
    assert tait.state == "Kansas"


def test_organisations_reporters_and_foreign_parties():
    found = _by_name(_story(
        "Cambridge Datalytics, a data-mining firm, denies any laws were broken.",
        "Associated Press writer Carlos Ruez in Columbus contributed to this report.",
        "Liberal Democrat MP Rosa Kean, who sits on the Commons science committee, has posted.",
        "Alana Whit, director of Screen Safe Families, a parents' group, criticised the plan.",
    ))
    assert set(found) == {"Rosa Kean", "Alana Whit"}
    assert (found["Rosa Kean"].role, found["Rosa Kean"].party) == ("other", None)
    assert found["Alana Whit"].title == "director of Screen Safe Families"


def test_transcript_roster_and_labels():
    story = _story(
        "SEN. THOMAS WALLS (D-MD), CHAIRMAN",
        "SEN. WILLIAM HARL (R-WYO), RANKING MEMBER",
        "IRENA KOVA, CHIEF EXECUTIVE OFFICER, LUMORA INC.",
        "Which platforms received the data?",
        "Glimmer and AdRoute, Senator.",
        sections={1: "roster", 2: "roster", 3: "roster", 4: "turn", 5: "turn"},
        speakers={4: "SEN. HARL", 5: "KOVA"},
    )
    found = _by_name(story)
    assert (found["Thomas Walls"].party, found["Thomas Walls"].state) == ("D", "Maryland")
    assert (found["William Harl"].role, found["William Harl"].state) == ("senator", "Wyoming")
    assert found["Irena Kova"].role == "witness"
    assert "Sen. Harl" in found["William Harl"].aliases


def test_statement_block_speaker_is_a_witness_and_editor_note():
    story = _story(
        "Ms Kova has begun speaking.",
        "Here are Ms Kova's opening remarks in full:",
        "Thank you for having me.",
        blocks=(Block(kind="statement", intro="p2", paragraphs=("p3",), speaker="Ms Kova"),),
        meta=Meta(people=(EditorPerson(name="Irena Kova", note="Chief executive since 2017."),)),
    )
    kova = people(story).people[0]
    assert (kova.name, kova.role, kova.editor_note) == ("Kova", "witness", "Chief executive since 2017.")


def test_no_people_in_a_text_without_person_cues():
    assert people(_story("The hearing is set to begin at 10 a.m.", "Pipwave shares closed down.")).people == ()


# --- the cue words of patterns/ (people/ looks for testimony only in paragraphs holding a cue word) ---------------

_SPELLINGS = cuecheck.SPELLINGS
_BEFORE = st.sampled_from(["", " ", "Ms Kova ", "Sen. Dana Rask, D-Ore., "])
_AFTER = st.sampled_from(["", " ", ". She said.", " on Tuesday."])


def _searching_everything(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(pat, "people_may_match", lambda text, words: True)


def test_testimony_words_are_lower_case():
    assert pat.PEOPLE_TESTIMONY_WORDS
    assert all(word and word == word.lower() for word in pat.PEOPLE_TESTIMONY_WORDS)


@given(data=st.data())
@settings(max_examples=50, deadline=None)
def test_no_testimony_word_hides_a_testimony_cue(data):
    spelled = data.draw(_SPELLINGS)
    text = spelled(data.draw(_BEFORE) + data.draw(st.from_regex(pat.PEOPLE_TESTIMONY)) + data.draw(_AFTER))
    if pat.PEOPLE_TESTIMONY.search(text):
        assert pat.people_may_match(text, pat.PEOPLE_TESTIMONY_WORDS)


_PIECE = st.one_of(st.from_regex(pat.PEOPLE_TESTIMONY),
                   st.sampled_from(["Sen. Dana Rask, D-Ore., asked.", "Irena Kova", "Ms Kova", "Kova said", "the CEO"]),
                   st.text(max_size=15))
_SEPARATOR = st.sampled_from(["", " ", ". ", ", "])


@given(st.lists(st.lists(st.tuples(_PIECE, _SEPARATOR, _SPELLINGS), min_size=1, max_size=4), min_size=1, max_size=3))
@settings(max_examples=50, deadline=None)
def test_testimony_words_change_no_person(paragraphs):
    story = _story(*("".join(spelled(piece) + sep for piece, sep, spelled in para) for para in paragraphs))
    assert cuecheck.unchanged_by_cues(people, story, _searching_everything)


@pytest.mark.parametrize("variant", cuecheck.VARIANTS)
@pytest.mark.parametrize("path", cuecheck.TEXTS, ids=lambda p: p.stem)
def test_testimony_words_change_no_person_in_the_texts(path, variant):
    assert cuecheck.unchanged_in_text(people, path, variant, _searching_everything)
