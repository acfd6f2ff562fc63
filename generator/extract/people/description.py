"""What the words around a name say: whether it is a person's, and their party, state and title."""

from __future__ import annotations

import re

from generator.casefold import fold
from generator.patterns import people as pat

_CLAUSE_BREAK = re.compile(r"[.;:!?()“”\"]|,\s(?!$)")
_APPOSITIVE = re.compile(r"^,\s+((?:(?:a|an|the|his|her|its|their)\s+)?[^,.;()]+?)(?=\s+who\b|[,.;()]|$)")
_ARTICLE = re.compile(r"^(a|an|the)\s+")
_DOTS_AND_SPACES = re.compile(r"[.\s]")
_TITLE_NOUN = re.compile(r"\b(" + "|".join(re.escape(n) for n in pat.PEOPLE_TITLE_NOUNS) + r")s?\b", re.I)
_PRESS_NOUN = re.compile(r"\b(" + "|".join(pat.PEOPLE_PRESS_NOUNS) + r")s?\b", re.I)
_PARTY_WORD = re.compile(r"\b(" + "|".join(pat.PEOPLE_PARTY_WORDS) + r")\b", re.I)
_STATES = "|".join(sorted(pat.PEOPLE_STATES, key=len, reverse=True))
_STATE_NAME = re.compile(rf"\b({_STATES})\b")
_OF_STATE = re.compile(rf"^\s+of\s+({_STATES})\b")


def is_person(text: str, start: int, end: int) -> bool:
    """A bare capitalised run is a person when described as one: a title, "who", a campaign."""
    after, before = text[end:], _words_before(text, start)
    desc = _appositive(after) or ""
    if _PRESS_NOUN.search(before) or _PRESS_NOUN.search(desc):
        return False
    return bool(
        _TITLE_NOUN.search(before)
        or _TITLE_NOUN.search(desc)
        or pat.PEOPLE_WHO.match(after)
        or pat.PEOPLE_POSSESSED.match(after)
    )


_STOP_BEFORE = frozenset({"the", "a", "an", "with", "by", "to", "from", "for", "at", "in", "on", "of", "his", "her",
                          "their", "its", "our", "said", "says", "and", "as", "is", "was", "question", "questioned"})


def _words_before(text: str, start: int, count: int = 4) -> str:
    """Up to `count` words right before a name, within its clause ("Kansas election official")."""
    words = _clause_before(text, start).replace(",", " ").split()
    kept = []
    for w in reversed(words[-count:]):
        if w.lower() in _STOP_BEFORE and not (w.lower() == "and" and kept):
            break
        kept.insert(0, w)
    return " ".join(kept).removeprefix("and ")


def _clause_before(text: str, start: int, near: int = 120) -> str:
    """The clause that ends at `start`, or at least its last five words (`_words_before` reads four).

    The `near` characters before `start` suffice unless they hold no clause break and fewer than five words;
    splitting all the text before every name made reading a long paragraph quadratic.
    """
    head = _CLAUSE_BREAK.split(text[max(0, start - near):start])[-1]
    if start > near and len(head) >= near and len(head.replace(",", " ").split()) < 5:
        head = _CLAUSE_BREAK.split(text[:start])[-1]
    return head


def _appositive(after: str) -> str | None:
    """The description in ", <a former analyst>," right after a name, when it describes a person."""
    m = _APPOSITIVE.match(after)
    if not m:
        return None
    desc = m.group(1)
    first = desc.split()[0].lower()
    singular_title = _TITLE_NOUN.match(desc) and not _TITLE_NOUN.match(desc).group(0).lower().endswith("s")
    starts_like_description = first in {"a", "an", "the", "his", "her", "its", "their"} or singular_title
    return desc if starts_like_description else None


def around(text: str, start: int, end: int) -> tuple[str | None, str | None, str | None]:
    """Party, state and title from the words around a name: a tag, "of <state>", an appositive, the words before."""
    after = text[end:]
    tag = pat.PEOPLE_TAG.match(after)
    party, state = (
        (tag.group("party"), _state(tag.group("state"))) if tag and _state(tag.group("state")) else (None, None)
    )
    after = after[tag.end():] if party else after
    of_state = _OF_STATE.match(after)
    if of_state:
        state, after = of_state.group(1), after[of_state.end():]
    desc = _appositive(after)
    before = _words_before(text, start)
    party = party or _party(desc) or _party(before)
    state = state or _state_in(desc) or _state_in(before)
    return party, state, _title(before, desc)


def _title(before: str, desc: str | None) -> str | None:
    if desc and _TITLE_NOUN.search(desc) and not _PARTY_WORD.search(desc):
        return _ARTICLE.sub("", desc)
    return before if before and _TITLE_NOUN.search(before) else None


def _party(words: str | None) -> str | None:
    for m in _PARTY_WORD.finditer(words or ""):
        if not pat.PEOPLE_FOREIGN_PARTY.search(words[: m.start()]):
            return pat.PEOPLE_PARTY_WORDS[fold(m.group(1))]
    return None


def _state(code: str) -> str | None:
    return pat.PEOPLE_STATE_CODES.get(_DOTS_AND_SPACES.sub("", code).upper())


def _state_in(words: str | None) -> str | None:
    m = _STATE_NAME.search(words or "")
    return m.group(1) if m else None
