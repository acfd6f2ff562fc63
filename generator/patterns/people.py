"""Who the story names, for extract/people/: name words, honorifics, title nouns, party and state tags,
testimony cues, and the regex helpers (people_any_word, people_may_match) that extract/exchanges/ uses too."""

from __future__ import annotations

import re

from generator.casefold import fold

# One word of a personal name as printed: "Doe", "O'Brien", "McDonald", "Smith-Jones", an initial "J.".
# Written as its capital, then the rest (PEOPLE_NAME_REST), so that a pattern can look at what comes before the
# capital after reading it: a pattern that opens with a character class is tried only where that class matches.
PEOPLE_NAME_REST = r"(?:(?<=M)a?c[A-Z][a-z]+|[a-z]+(?:[-'’][A-Z][a-z]+)*|\.)"
PEOPLE_NAME_WORD = rf"[A-Z]{PEOPLE_NAME_REST}"


def people_any_word(words, not_after: str) -> str:
    """A regex for any of `words` (longest first) not preceded by a character of the class `not_after`.

    Speed, not sense: the words are grouped by first letter and the look-behind is written after it, so the
    pattern opens with literal letters: the engine skips every position that holds none of them (a leading
    look-behind is tried at every position) and tries only the words of the letter it finds.
    "(?<![\\w.])(?:Mrs|Mr|Dr)" reads "M(?<![\\w.].)(?:rs|r)|D(?<![\\w.].)(?:r)": the same matches, several times faster.
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    groups = (f"{re.escape(first)}(?<!{not_after}.)(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return f"(?:{'|'.join(groups)})"


# Honorifics printed before a name, longest first so "Subcommittee Chairwoman" wins over "Chairwoman".
# The value is the role the honorific implies: None means it says nothing about the role ("Mr", "Dr"),
# "lawmaker" means a member of Congress whose chamber the story decides (a chair may be either).
PEOPLE_HONORIFICS = {
    "Subcommittee Chairwoman": "lawmaker", "Subcommittee Chairman": "lawmaker", "Subcommittee Chair": "lawmaker",
    "Ranking Member": "lawmaker", "Chairwoman": "lawmaker", "Chairman": "lawmaker",
    "Congresswoman": "representative", "Congressman": "representative", "Representative": "representative",
    "Rep.": "representative", "Senator": "senator", "Sen.": "senator",
    "Mrs.": None, "Mrs": None, "Miss": None, "Mr.": None, "Mr": None, "Ms.": None, "Ms": None,
    "Dr.": None, "Dr": None,
}
# What an honorific says about gender, so "he"/"she" can be resolved without guessing.
PEOPLE_GENDER = {"Mr": "m", "Mr.": "m", "Ms": "f", "Ms.": "f", "Mrs": "f", "Mrs.": "f", "Miss": "f",
                 "Congressman": "m", "Congresswoman": "f", "Chairman": "m", "Chairwoman": "f",
                 "Subcommittee Chairwoman": "f", "Subcommittee Chairman": "m"}

# Nouns that describe a person's job or relation when printed next to a name ("special counsel John
# Doe", "Jane Roe, chief executive of ...", "his college roommate, John Smith"). They are what makes a
# bare capitalised pair a person rather than a company or a place.
PEOPLE_TITLE_NOUNS = (
    "ceo", "chief executive", "executive", "founder", "co-founder", "cofounder", "president", "chair",
    "chairman", "chairwoman", "director", "counsel", "official", "officer", "spokesman", "spokeswoman",
    "spokesperson", "mp", "lawmaker", "legislator", "analyst", "researcher", "scientist", "professor",
    "adviser", "advisor", "aide", "attorney", "lawyer", "secretary", "commissioner", "boss", "head",
    "economist", "whistleblower", "candidate", "governor", "mayor", "judge", "prosecutor", "ambassador",
    "regulator", "administrator", "activist", "advocate", "expert", "engineer", "employee", "manager",
    "roommate", "colleague", "partner", "friend", "wife", "husband", "brother", "sister", "son", "daughter",
    "father", "mother", "member", "witness", "chief", "owner", "investor", "critic",
)
# Of those, the ones that make a person a public official (role "official").
PEOPLE_OFFICIAL_NOUNS = (
    "counsel", "official", "commissioner", "secretary", "attorney general", "inspector general", "prosecutor",
    "ambassador", "regulator", "administrator", "governor", "mayor", "judge",
)
# Journalists are not people of the story: a name described by one of these is skipped.
PEOPLE_PRESS_NOUNS = ("reporter", "correspondent", "editor", "writer", "journalist", "columnist", "producer",
                      "photographer", "contributor")
# Possessives that only a person has ("John Doe's presidential campaign").
PEOPLE_POSSESSED = re.compile(r"^['’]s (?:(?:presidential|election|re-?election|political) )?"
                              r"(?:campaign|administration|presidency)\b")
# A relative "who" right after a name is a person cue: companies and places take "which".
PEOPLE_WHO = re.compile(r"^,\s+who\b")

# Words that capitalise like names but are not ("The Senate", "On Tuesday", "Kansas"): a bare capitalised run
# containing one of these is not a personal name.
PEOPLE_NOT_NAME = frozenset(
    "The A An In On At By For From With To Of And But Or Asked As After Before When While Under His Her Their "
    "Its Our Your This That These Those It He She They We I You Senate House Congress Committee Subcommittee "
    "Panel Capitol Washington U.S. US American Americans Federal National Republican Democrat Democratic "
    "Republicans Democrats Independent Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December Inc Ltd LLC Health Labs "
    "Capital Group Company Corp Association Center Centre Council Commission Agency Department Act Bill "
    "University College Institute Foundation News Post Times Press Network Digital Data Technology".split()
)

# Party words in prose ("Republican Senator ...", "a New Jersey Democrat", "an independent from Alaska").
PEOPLE_PARTY_WORDS = {"democrat": "D", "democratic": "D", "republican": "R", "gop": "R", "independent": "I"}
# A party word preceded by one of these belongs to another country's party ("Liberal Democrat MP").
PEOPLE_FOREIGN_PARTY = re.compile(r"\b(liberal|social|christian|new|free|labour|labor)\s+$", re.I)
# Party–state tags: "D-Ore.", "R-S.C.", "(R., Kan.)", "(D-MD)", "(R-WYO)", "R-Texas", "I-Vt.".
PEOPLE_TAG = re.compile(r"^(?:,\s*|\s*\(\s*)(?P<party>[DRI])(?:\.,?\s*|\s*[-–]\s*)"
                        r"(?P<state>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.)*)\)?")
# Cues that the subject of a sentence is the one testifying (not a questioner).
PEOPLE_TESTIMONY = re.compile(
    r"\b(testif(?:y|ied|ies|ying)|testimony|opening (?:statement|remarks)|sworn in|faced .{0,40}questions|"
    r"(?:was|been|being) questioned|questioned by|appear(?:ed|s)? before|answered questions)\b", re.I)
# Speed, not sense: every cue above contains one of these words (in lower case); a paragraph without any is not
# searched. Most paragraphs have none, and looking for a word is much faster than trying the cues at every position.
# Keep them implied by the cues.
PEOPLE_TESTIMONY_WORDS = ("testi", "opening", "sworn", "faced", "questioned", "appear", "answered")


def people_may_match(text: str, words) -> bool:
    """Whether a case-insensitive pattern that cannot match without one of `words` (in lower case) may match.

    Speed, not sense (see PEOPLE_TESTIMONY_WORDS). The text is folded as the pattern compares letters (the long s
    and the Turkish i's read as "s" and "i"), so the words are found wherever the pattern could match.
    """
    low = fold(text)
    return any(word in low for word in words)

# US states: full names, then AP-style abbreviations and postal codes, keyed without dots or spaces and in
# capitals, so "S.C.", "SC", "Ore.", "ORE", "Wyo.", "WYO" and "Texas" all find their state.
PEOPLE_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
_AP_STATES = (  # AP stylebook abbreviations, in PEOPLE_STATES order (None: AP spells the name out)
    "Ala.", None, "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", None, None, "Ill.",
    "Ind.", None, "Kan.", "Ky.", "La.", None, "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", None, "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Tex.", None, "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
)
_POSTAL_STATES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)
# Older and longer forms seen in tags ("R-Tenn", "D-Ore", "R-Ind", "R-Wyo" in capitals are covered by AP).
_EXTRA_STATES = {"CALIF": "California", "PENN": "Pennsylvania", "WISC": "Wisconsin", "WVA": "West Virginia"}


def _state_key(text: str) -> str:
    return re.sub(r"[.\s]", "", text).upper()


PEOPLE_STATE_CODES = {
    **{_state_key(s): s for s in PEOPLE_STATES},
    **{_state_key(a): s for a, s in zip(_AP_STATES, PEOPLE_STATES, strict=True) if a},
    **{p: s for p, s in zip(_POSTAL_STATES, PEOPLE_STATES, strict=True)},
    **_EXTRA_STATES,
}

# Where a sentence ends when the segment stage has not split sentences: after . ! ? (and a closing quote)
# before a capital, but not after an honorific or a state abbreviation ("Sen. Doe", "D-Ore., said").
# The look-behinds come after the stop and include it ("Mr." rather than "Mr" before it): a pattern that opens with
# a character class is tried only where it matches, one that opens with look-behinds at every position.
PEOPLE_SENTENCE_END = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bMrs.)(?<!\bDr.)(?<!\bSen.)(?<!\bRep.)(?<!\bSt.)(?<![A-Z].)(?<!\b[ap]\.m.)"
    r"[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])"
)
