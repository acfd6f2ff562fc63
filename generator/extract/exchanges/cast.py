"""Who is who: the printed forms of each person, who testifies, and their gender."""

from __future__ import annotations

import re

from generator.model import Person
from generator.patterns import people as pat

_JOINED = r"[\w’'-]"  # a character that joins a name to the word before it


class Cast:
    """The printed forms of each person, who testifies, and what honorifics say about gender."""

    def __init__(self, people: tuple[Person, ...]):
        surnames = [p.name.split()[-1] for p in people]
        forms: dict[str, str] = {}
        for p in people:
            for form in (p.name, *p.aliases, p.name.split()[-1]):
                if form != p.name.split()[-1] or surnames.count(form) == 1:
                    forms.setdefault(form, p.name)
        self.forms = forms
        # any printed form, longest first, as a whole word: (?<![\w’'-])(form|...)(?![\w-])
        self.regex = re.compile(f"({pat.people_any_word(forms, not_after=_JOINED)})" + r"(?![\w-])") if forms else None
        self.witnesses = [p.name for p in people if p.role == "witness"]
        self.gender = {p.name: _gender(p) for p in people}

    def label(self, speaker: str) -> str | None:
        """The person a transcript label ("SEN. DOE", "CHAIRMAN ROE", "SMITH") names."""
        words = speaker.title().split()
        return self.forms.get(speaker.title()) or next(
            (self.forms[w] for w in reversed(words) if w in self.forms), None
        )


def _gender(person: Person) -> str | None:
    for form in person.aliases:
        g = pat.PEOPLE_GENDER.get(form.split()[0])
        if g and len(form.split()) > 1:
            return g
    return None
