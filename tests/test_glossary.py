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
