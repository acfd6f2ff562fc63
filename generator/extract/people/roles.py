"""A person's role: the chamber of a lawmaker, a witness by testimony or statement, an official, or other."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from generator.extract.people.mentions import ROLE_HINTS, Mention
from generator.extract.people.reading import Reading
from generator.model import Person, Story
from generator.patterns import people as pat
from generator.patterns.exchanges import EXCHANGE_QUESTION_VERBS

_OFFICIAL_NOUN = re.compile(r"\b(" + "|".join(re.escape(n) for n in pat.PEOPLE_OFFICIAL_NOUNS) + r")\b", re.I)


def role(story: Story, group: list[Mention], chamber: str, name: str, reading: Reading) -> str:
    hints = Counter(m.role for m in group if m.role in ROLE_HINTS)
    if hints:
        chambers = Counter({k: v for k, v in hints.items() if k != "lawmaker"})
        return chambers.most_common(1)[0][0] if chambers else chamber
    if any(m.role == "witness" for m in group) or _testifies(reading, group, name):
        return "witness"
    if any(_OFFICIAL_NOUN.search(m.title or "") for m in group):
        return "official"
    if not any(m.title for m in group) and _questions(story, group):
        return chamber  # whoever puts questions to the witness, with no other description, sits on the panel
    return "other"


def _questions(story: Story, group: list[Mention]) -> bool:
    """An honorific form of the person is the subject of a questioning verb ("Mr Doe has asked")."""
    forms = "|".join(re.escape(m.printed) for m in group if m.printed != " ".join(m.tokens))
    if not forms:
        return False
    asks = re.compile(rf"(?:^|[.!?]\s+)(?:{forms})\s+(?:\w+\s+)?{EXCHANGE_QUESTION_VERBS.pattern}", re.I)
    return any(asks.search(p.text) for p in story.paragraphs)


def _testifies(reading: Reading, group: list[Mention], name: str) -> bool:
    """The person is the subject of a sentence that says they testify, give a statement or face questions."""
    forms = sorted({m.printed for m in group} | {name, name.split()[-1]}, key=len, reverse=True)
    # the subject: after at most an opening clause ("In his testimony,") and a few title words ("Acme CEO")
    subject = re.compile(r"^\W*(?:[^,]{0,60},\s*)?(?:[\w’'-]+\s+){0,4}?(?:" + "|".join(map(re.escape, forms)) + r")\b")
    return any(subject.match(s) for s in reading.testimony)


def chamber(story: Story, mentions: list[Mention]) -> str:
    """Which chamber an unlabelled lawmaker ("Subcommittee Chairwoman X, R-Ind.") sits in."""
    roles = Counter(m.role for m in mentions if m.role in ("senator", "representative"))
    if roles:
        return roles.most_common(1)[0][0]
    text = " ".join(p.text for p in story.paragraphs)
    return "representative" if text.count("House") > text.count("Senate") else "senator"


def with_block_witness(story: Story, person: Person) -> Person:
    """Whoever gives the opening statement ("Here are Mr X's opening remarks in full") is a witness."""
    speakers = [b.speaker for b in story.blocks if b.kind == "statement" and b.speaker]
    surname = person.name.split()[-1].lower()
    if person.role in ("other", "official") and any(surname in s.lower().split() for s in speakers):
        return replace(person, role="witness")
    return person
