"""Glossary: terms the text names or defines, definitions only from the text or the editor, no people."""

import re

import cuecheck
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.glossary import glossary, names, terms
from generator.extract.glossary.words import Units
from generator.model import EditorTerm, Meta, Paragraph, Person, Story
from generator.patterns import glossary as pt


def _terms(*texts, people=(), editor=()):
    paras = tuple(Paragraph(id=f"p{i}", text=t, line=i) for i, t in enumerate(texts, 1))
    story = Story(slug="t", path="t.txt", text="", sha256="0", paragraphs=paras, people=people,
                  meta=Meta(glossary=editor))
    return {t.term: t for t in glossary(story).glossary}


def test_apposition_gives_a_verbatim_definition():
    terms = _terms("It hired Kestrel, a data broker based in Ohio, last year.")
    assert terms["Kestrel"].definition == "a data broker based in Ohio" and terms["Kestrel"].defined_in_text


def test_acronym_in_brackets_and_or_acronym():
    terms = _terms("The Federal Communications Commission (FCC), the US regulator responsible for phone calls, "
                   "will vote.", "It uses software development kits, or SDKs, small pieces of code that apps add.")
    fcc = terms["Federal Communications Commission"]
    assert fcc.aliases == ("FCC",) and fcc.definition == "the US regulator responsible for phone calls"
    sdk = terms["software development kits"]
    assert "SDKs" in sdk.aliases and sdk.definition == "small pieces of code that apps add"


def test_terms_of_art_laws_and_quoted_terms():
    terms = _terms("He described its approach to age assurance, the industry's term for estimating a user's age.",
                   "Mr Boone noted that Section 230, the 1996 US law that shields websites, was old.",
                   "It objects to its \u201cduty of care\u201d provision and called it \u201ca closed case\u201d.",
                   "It wants a \u201cmore proactive role\u201d.")
    assert terms["age assurance"].definition == "the industry's term for estimating a user's age"
    assert terms["Section 230"].definition.startswith("the 1996 US law")
    assert {"duty of care", "closed case"} <= set(terms) and "more proactive role" not in terms


def test_institutions_acronyms_merge_and_committees_split():
    terms = _terms("The Federal Trade Commission sued.", "The FTC and the FBI declined; the CEO and the US did not.",
                   "He faced the joint Senate Commerce and Judiciary committees.")
    assert terms["Federal Trade Commission"].aliases == ("FTC",)
    assert terms["Senate Commerce Committee"].sources == terms["Senate Judiciary Committee"].sources == ("p3",)
    assert {"FBI", "Senate Commerce Committee", "Senate Judiciary Committee"} <= set(terms)
    assert not {"CEO", "US", "FTC"} & set(terms)


def test_people_are_never_terms():
    terms = _terms("Senator Maribel Soto, a Democrat from New Mexico, asked.", "Nadia Osei, a former analyst, spoke.",
                   "Irena Kovac, the chief executive of Lumora Health, a company that connects patients, spoke.",
                   people=(Person(name="Irena Kovac"),))
    assert set(terms) == {"Lumora Health"}


def test_editor_definitions_are_marked_and_the_text_wins():
    terms = _terms("The FBI and the Federal Trade Commission (FTC), the consumer regulator, acted.",
                   editor=(EditorTerm("FBI", "The federal police."), EditorTerm("FTC", "Editor's words."),
                           EditorTerm("monopoly", "One seller.")))
    assert terms["FBI"].definition == "The federal police." and terms["FBI"].editorial
    assert terms["Federal Trade Commission"].definition == "the consumer regulator"
    assert not terms["Federal Trade Commission"].editorial
    assert terms["monopoly"].editorial and terms["monopoly"].sources == ()
    assert terms["FBI"].sources == ("p1",)


def test_lexicon_terms_of_art_with_their_spellings():
    terms = _terms("Telehealth grew. The firm sold data to data brokers and let users opt out.",
                   "A data broker disagreed; the opt-out was hidden, he said, and non-targeted ads pay less.",
                   "It spread misinformation, or what he called fake news.")
    assert terms["telehealth"].sources == ("p1",)
    assert terms["data brokers"].aliases == ("data broker",) and terms["data brokers"].sources == ("p1", "p2")
    assert terms["opt out"].aliases == ("opt-out",) and terms["opt out"].definition is None
    assert terms["misinformation"].aliases == ("fake news",)
    assert "targeted ads" not in terms


def test_lexicon_spellings_inside_longer_names_are_not_terms():
    terms = _terms("He chairs the Subcommittee on Antitrust Policy and backs the Data Broker Registry Act.")
    assert set(terms) == {"Data Broker Registry Act"}
    terms = _terms("He chairs the Subcommittee on Antitrust Policy.", "Critics of antitrust law spoke.")
    assert terms["antitrust"].sources == ("p1", "p2")  # once it is a term, every mention is a source


def test_foreign_interference_is_one_term_whatever_the_country():
    terms = _terms("The inquiry into Iranian interference in the vote went on.",
                   "He pledged to stop interference in elections and Iranian meddling.")
    assert terms["Iranian interference"].aliases == ("interference in elections", "Iranian meddling")
    assert terms["Iranian interference"].sources == ("p1", "p2")


def test_proposals_and_causes_are_defined_by_the_text():
    terms = _terms("She backed a statutory duty of candour for insurers, which would force them to disclose errors.",
                   "It is the newest front in the pay-to-play fight, the push by donors to buy access.",
                   "The two-day debate ended; the long-running fight goes on.")
    assert terms["statutory duty of candour"].definition == "which would force them to disclose errors"
    assert terms["pay-to-play"].definition == "the push by donors to buy access"
    assert not {"two-day", "long-running"} & set(terms)


def test_named_storms_hashtags_and_movements():
    terms = _terms("After hurricane Maribel and Storm Tuesday, the #NoFilter movement grew, "
                   "as did the Slow Web movement.")
    assert {"Hurricane Maribel", "#NoFilter", "Slow Web"} <= set(terms)
    assert terms["#NoFilter"].aliases == ("#NoFilter movement",) and "Storm Tuesday" not in terms


def test_names_given_in_answer_to_a_which_question():
    terms = _terms("Which companies saw the files?", "Brightwell and Oakmere, Senator.", "Which firm paid?", "No, sir.")
    assert {"Brightwell", "Oakmere"} <= set(terms)
    assert not {"No", "Senator"} & set(terms)


def test_compounds_given_owners_in_more_than_one_voice():
    terms = _terms("He defended its consent screen.", "Our consent screen was clear, she said.",
                   "My top priority, my top priority.", "In his opening statement and in my opening statement.")
    assert set(terms) == {"consent screen"}


def test_an_acronym_seen_first_joins_its_full_name():
    terms = _terms("The SEC opened a case.", "The Securities and Exchange Commission declined to comment.")
    assert terms["SEC"].aliases == ("Securities and Exchange Commission",)
    assert terms["SEC"].sources == ("p1", "p2")


# --- the cues of patterns/ (a finder tries a slow pattern only in the sentences where its quick cue is) -----------

# re.IGNORECASE reads "ı" and "İ" as "i" and "ſ" as "s", as the folded text a caseless pattern is searched in does.
# Most patterns here heed case: the text as drawn half the time.
_SPELLINGS = st.one_of(st.just(str), cuecheck.SPELLINGS)
_BEFORE = st.sampled_from(["", " ", "It hired ", "The "])
_AFTER = st.sampled_from(["", " ", ", a data firm.", " said the senator."])
_OTHER_TEXT = st.sampled_from(["The hearing began.", "The Federal Trade Commission (FTC) sued.", "", "Ok"])
# Words that the finders with cues of their own keep matches for: institution words, kinds, demonyms, the lexicon.
_HINTS = st.sampled_from(["Committee", "Federal Trade Commission", "the data firm Acme", "the app Night Owl",
                          "Russian", "interference", "meddling", "data broker", "opt-out", "its intake form",
                          "our intake form", "a broker", " - a tool", ", the industry's term", "of Health Act"])


def _trying_every_unit(patch: pytest.MonkeyPatch) -> None:
    """Every pattern tried in every unit: no cue, and no `word_start` narrowing where a caseless pattern may start."""
    caseless = Units.caseless
    patch.setattr(Units, "having", lambda self, cue: iter(range(len(self.texts))))
    patch.setattr(Units, "caseless", lambda self, pattern, first=None: caseless(self, pattern))


def _drawn(data, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Units, one of which holds a match of `pattern` (in some spelling, within a sentence, maybe with a hint)."""
    spelled = data.draw(_SPELLINGS)
    pieces = data.draw(st.lists(_HINTS, max_size=2))
    pieces.insert(data.draw(st.integers(0, len(pieces))), data.draw(st.from_regex(pattern, fullmatch=True)))
    text = spelled(data.draw(_BEFORE) + " ".join(pieces) + data.draw(_AFTER))
    before, after = data.draw(st.lists(_OTHER_TEXT, max_size=2)), data.draw(st.lists(_OTHER_TEXT, max_size=2))
    return [("p", t) for t in (*before, text, *after)]


def _scanned(units: list[tuple[str, str]], pattern: re.Pattern[str]) -> list[tuple[int, tuple[int, int]]]:
    return [(i, m.span()) for i, m in Units(units).scan(pattern)]


def test_every_cue_is_a_quick_pattern_that_opens_with_no_space():
    for pattern, cues in pt.GLOSSARY_CUES.items():
        for cue in cues if isinstance(cues, tuple) else (cues,):
            assert cue.pattern and not cue.pattern.startswith((" ", r"\s")), pattern.pattern


_NAMES = {id(value): name for name, value in vars(pt).items() if isinstance(value, re.Pattern)}


@pytest.mark.parametrize("pattern", pt.GLOSSARY_CUES, ids=lambda p: _NAMES[id(p)])
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_no_cue_hides_a_match(pattern, data):
    units = _drawn(data, pattern)
    cued = _scanned(units, pattern)
    with pytest.MonkeyPatch.context() as patch:
        _trying_every_unit(patch)
        assert _scanned(units, pattern) == cued


# The finders that keep only some matches of a pattern, with a cue of their own for those (and a pattern to draw
# the text from); the lexicon and `possessed` look for a caseless pattern only where `word_start` says it may start.
_OWN_CUES = [
    pytest.param(names.institutions, pt.GLOSSARY_NAME_RUN, id="institutions"),
    pytest.param(names.named_by_kind, pt.GLOSSARY_KIND_BEFORE, id="named_by_kind"),
    pytest.param(terms.terms_of_art, pt.GLOSSARY_TERM_OF_ART[0], id="terms_of_art-comma"),
    pytest.param(terms.terms_of_art, pt.GLOSSARY_TERM_OF_ART[1], id="terms_of_art-dash"),
    pytest.param(terms.lexicon, terms._DEMONYM_RE, id="lexicon-demonym"),
    pytest.param(terms.lexicon, terms._LEXICON_RE.folded, id="lexicon"),
    pytest.param(terms.possessed, terms._POSSESSED_COMPOUND.folded, id="possessed"),
]


@pytest.mark.parametrize(("finder", "pattern"), _OWN_CUES)
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_no_cue_of_a_finder_hides_a_term(finder, pattern, data):
    units = _drawn(data, pattern)
    cued = list(finder(Units(units)))
    with pytest.MonkeyPatch.context() as patch:
        _trying_every_unit(patch)
        assert list(finder(Units(units))) == cued


_CASELESS = [pytest.param(terms._LEXICON_RE, terms._LEXICON_FIRST, id="lexicon"),
             pytest.param(terms._POSSESSED_COMPOUND, terms._POSSESSIVE, id="possessed")]


@pytest.mark.parametrize(("pattern", "first"), _CASELESS)
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_a_caseless_pattern_finds_what_it_finds_ignoring_case(pattern, first, data):
    """Searched as written in the folded text, only where `first` says a match may start."""
    units = Units(_drawn(data, pattern.folded))
    ignoring = re.compile(pattern.folded.pattern, re.IGNORECASE)
    assert [m.span() for m in units.caseless(pattern, first)] == [m.span() for m in ignoring.finditer(units.text)]


_TERM_TEXT = st.sampled_from([*pt.GLOSSARY_CUES, *(param.values[1] for param in _OWN_CUES)]).flatmap(st.from_regex)
_PIECE = st.one_of(_TERM_TEXT, _HINTS, st.text(max_size=15))
_SEPARATOR = st.sampled_from(["", " ", ". ", ", "])


@given(st.lists(st.lists(st.tuples(_PIECE, _SEPARATOR, _SPELLINGS), min_size=1, max_size=4), min_size=1, max_size=3))
@settings(max_examples=50, deadline=None)
def test_cues_change_no_term(paragraphs):
    texts = ["".join(spelled(piece) + separator for piece, separator, spelled in para) for para in paragraphs]
    paras = tuple(Paragraph(id=f"p{i}", text=t, line=i) for i, t in enumerate(texts, 1))
    story = Story(slug="t", path="t.txt", text="", sha256="0", paragraphs=paras, title=texts[0])
    assert cuecheck.unchanged_by_cues(glossary, story, _trying_every_unit)


@pytest.mark.parametrize("variant", cuecheck.VARIANTS)
@pytest.mark.parametrize("path", cuecheck.TEXTS, ids=lambda p: p.stem)
def test_cues_change_no_term_in_the_texts(path, variant):
    assert cuecheck.unchanged_in_text(glossary, path, variant, _trying_every_unit)
