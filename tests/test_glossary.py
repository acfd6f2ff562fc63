"""Glossary: terms the text names or defines, definitions only from the text or the editor, no people."""

from generator.extract.glossary import glossary
from generator.model import EditorTerm, Meta, Paragraph, Person, Story


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
