"""Finding name mentions: an honorific and a name, or a bare full name that a person cue stands beside."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from generator.extract.people.description import around, is_person
from generator.patterns import people as pat

NAME = rf"{pat.PEOPLE_NAME_WORD}(?:\s+{pat.PEOPLE_NAME_WORD}){{0,2}}"
_ANY_HONORIFIC = pat.people_any_word(pat.PEOPLE_HONORIFICS, not_after=r"[\w.]")  # (?<![\w.])(?:Sen\.|Mr|...)
_HONORIFIC_NAME = re.compile(rf"(?P<hon>{_ANY_HONORIFIC})\s+(?P<name>{NAME})")
# = (?<![\w.’'-])(?P<name>NAME_WORD(?:\s+NAME_WORD){1,2}), with the look-behind after the capital (it is faster)
_BARE_NAME = re.compile(
    rf"(?P<name>[A-Z](?<![\w.’'-].){pat.PEOPLE_NAME_REST}(?:\s+{pat.PEOPLE_NAME_WORD}){{1,2}})")
ROLE_HINTS = ("senator", "representative", "lawmaker")


@dataclass(frozen=True)
class Mention:
    """One printed reference to a person, with what the words around it say about them.

    Party, state and title are read from the words around the name when first asked for: a person's first
    mentions usually tell, and the checks stop there, so most mentions are never read.
    """

    tokens: tuple[str, ...]  # the name words ("Jane", "Doe")
    printed: str  # as printed, honorific included ("Sen. Jane Doe")
    para: str
    role: str | None = None  # senator | representative | lawmaker | witness | None
    gender: str | None = None
    place: tuple[str, int, int] | None = None  # (paragraph text, start, end) of the name; None for a label

    @functools.cached_property
    def _described(self) -> tuple[str | None, str | None, str | None]:
        return around(*self.place) if self.place else (None, None, None)

    @property
    def party(self) -> str | None:
        return self._described[0]

    @property
    def state(self) -> str | None:
        return self._described[1]

    @property
    def title(self) -> str | None:
        return self._described[2]


def text_mentions(text: str, pid: str) -> list[Mention]:
    """Honorific + name anywhere; a bare full name only when a person cue stands beside it."""
    found, taken = [], []
    for m in _HONORIFIC_NAME.finditer(text):
        tokens = name_tokens(m.group("name"))
        if tokens:
            end = m.start("name") + len(" ".join(tokens))
            taken.append((m.start(), end))
            found.append(describe(text, pid, m.start(), end, m.group("hon"), tokens))
    for m in _BARE_NAME.finditer(text):
        tokens = name_tokens(m.group("name"))
        if len(tokens) < 2:
            continue
        end = m.start() + len(" ".join(tokens))
        overlaps = any(s <= m.start() < e or s < end <= e for s, e in taken)
        if not overlaps and is_person(text, m.start(), end):
            found.append(describe(text, pid, m.start(), end, None, tokens))
    return found


@functools.lru_cache(maxsize=4096)  # the same names come back in every paragraph that mentions them
def name_tokens(name: str) -> tuple[str, ...]:
    """The name words up to the first word that cannot be part of a personal name."""
    tokens = []
    for tok in name.split():
        if tok in pat.PEOPLE_NOT_NAME or tok in pat.PEOPLE_HONORIFICS:
            break
        tokens.append(tok)
    return tuple(tokens)


def describe(text: str, pid: str, start: int, end: int, hon: str | None, tokens) -> Mention:
    """A mention with the role its honorific or a party–state tag implies (the rest is read when asked for)."""
    printed = f"{hon} {' '.join(tokens)}" if hon else " ".join(tokens)
    mention = Mention(tokens, printed, pid, pat.PEOPLE_HONORIFICS.get(hon) if hon else None,
                      pat.PEOPLE_GENDER.get(hon or ""), (text, start, end))
    if mention.role is None and pat.PEOPLE_TAG.match(text[end:]) and mention.party:
        return replace(mention, role="lawmaker")
    return mention
