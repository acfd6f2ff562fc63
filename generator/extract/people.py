"""Extract people: who the story names, with role, party and state only as the text states them.

Needs: `Story.paragraphs` (with `section` and `speaker`), `Story.blocks`, `Story.meta.people`.
Adds: `Story.people` — one `Person` per individual, the fullest name the text gives, every other printed form
as an alias, the paragraphs that mention them as sources; the witness(es) first, then reading order.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from generator import patterns as pat
from generator.casefold import fold
from generator.model import Paragraph, Person, Story

_HONORIFIC = "|".join(re.escape(h) for h in sorted(pat.PEOPLE_HONORIFICS, key=len, reverse=True))
_NAME = rf"{pat.PEOPLE_NAME_WORD}(?:\s+{pat.PEOPLE_NAME_WORD}){{0,2}}"
_NAME_WORD = re.compile(pat.PEOPLE_NAME_WORD)
_WORDISH = r"[\w’'-]"  # a character that joins a name to the word before it
_SURNAME_END = rf"\b(?!\s+{pat.PEOPLE_NAME_WORD})"
_ANY_HONORIFIC = pat.people_any_word(pat.PEOPLE_HONORIFICS, not_after=r"[\w.]")  # (?<![\w.])(?:Sen\.|Mr|...)
_HONORIFIC_NAME = re.compile(rf"(?P<hon>{_ANY_HONORIFIC})\s+(?P<name>{_NAME})")
# = (?<![\w.’'-])(?P<name>NAME_WORD(?:\s+NAME_WORD){1,2}), with the look-behind after the capital (it is faster)
_BARE_NAME = re.compile(
    rf"(?P<name>[A-Z](?<![\w.’'-].){pat.PEOPLE_NAME_REST}(?:\s+{pat.PEOPLE_NAME_WORD}){{1,2}})")
_LABEL = re.compile(rf"\s*(?:(?P<hon>{_HONORIFIC})\s+)?(?P<name>{_NAME})\s*")
_LEADING_NAME = re.compile(rf"\s*(?P<name>{_NAME})")
_CLAUSE_BREAK = re.compile(r"[.;:!?()“”\"]|,\s(?!$)")
_APPOSITIVE = re.compile(r"^,\s+((?:(?:a|an|the|his|her|its|their)\s+)?[^,.;()]+?)(?=\s+who\b|[,.;()]|$)")
_ARTICLE = re.compile(r"^(a|an|the)\s+")
_DOTS_AND_SPACES = re.compile(r"[.\s]")
_TITLE_NOUN = re.compile(r"\b(" + "|".join(re.escape(n) for n in pat.PEOPLE_TITLE_NOUNS) + r")s?\b", re.I)
_OFFICIAL_NOUN = re.compile(r"\b(" + "|".join(re.escape(n) for n in pat.PEOPLE_OFFICIAL_NOUNS) + r")\b", re.I)
_PRESS_NOUN = re.compile(r"\b(" + "|".join(pat.PEOPLE_PRESS_NOUNS) + r")s?\b", re.I)
_PARTY_WORD = re.compile(r"\b(" + "|".join(pat.PEOPLE_PARTY_WORDS) + r")\b", re.I)
_STATES = "|".join(sorted(pat.PEOPLE_STATES, key=len, reverse=True))
_STATE_NAME = re.compile(rf"\b({_STATES})\b")
_OF_STATE = re.compile(rf"^\s+of\s+({_STATES})\b")
_ROLE_HINTS = ("senator", "representative", "lawmaker")


@dataclass(frozen=True)
class _Mention:
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
        return _around(*self.place) if self.place else (None, None, None)

    @property
    def party(self) -> str | None:
        return self._described[0]

    @property
    def state(self) -> str | None:
        return self._described[1]

    @property
    def title(self) -> str | None:
        return self._described[2]


def people(story: Story) -> Story:
    """Fill `Story.people` from honorifics, titles, party–state tags, transcript rosters and labels."""
    mentions = [m for p in story.paragraphs for m in _paragraph_mentions(p)]
    groups = _group(mentions)
    chamber = _chamber(story, mentions)
    notes = {n.name.split()[-1].lower(): n.note for n in story.meta.people}
    reading = _Reading.of(story, {_fullest(g)[-1] for g in groups})
    found = [_person(story, g, chamber, notes, reading) for g in groups]
    found = [_with_block_witness(story, p) for p in found]
    found.sort(key=lambda p: p.role != "witness")  # stable: the witness first, the rest in reading order
    return replace(story, people=tuple(found))


@dataclass(frozen=True)
class _Reading:
    """What the checks on each person read, prepared once per story: per person it made them quadratic."""

    order: dict[str, int]  # paragraph id -> reading position
    testimony: tuple[str, ...]  # the sentences that say someone testifies (patterns.PEOPLE_TESTIMONY)
    alone: dict[str, list[str]]  # surname -> the paragraphs where it stands on its own, in reading order

    @classmethod
    def of(cls, story: Story, surnames: set[str]) -> _Reading:
        # a sentence can only hold a cue word where its paragraph does: split just those paragraphs
        sentences = (s for p in story.paragraphs if pat.people_may_match(p.text, pat.PEOPLE_TESTIMONY_WORDS)
                     for s in pat.PEOPLE_SENTENCE_END.split(p.text))
        return cls(order={p.id: i for i, p in enumerate(story.paragraphs)},
                   testimony=tuple(s for s in sentences if pat.PEOPLE_TESTIMONY.search(s)),
                   alone=_alone_surnames(story, surnames))


# --- finding mentions ------------------------------------------------------------------------------


def _paragraph_mentions(para: Paragraph) -> list[_Mention]:
    if para.section == "roster":
        return _roster_mentions(para)
    found = [_label_mention(para)] if para.speaker else []
    return [m for m in found if m] + _text_mentions(para.text, para.id)


def _text_mentions(text: str, pid: str) -> list[_Mention]:
    """Honorific + name anywhere; a bare full name only when a person cue stands beside it."""
    found, taken = [], []
    for m in _HONORIFIC_NAME.finditer(text):
        tokens = _name_tokens(m.group("name"))
        if tokens:
            end = m.start("name") + len(" ".join(tokens))
            taken.append((m.start(), end))
            found.append(_describe(text, pid, m.start(), end, m.group("hon"), tokens))
    for m in _BARE_NAME.finditer(text):
        tokens = _name_tokens(m.group("name"))
        if len(tokens) < 2:
            continue
        end = m.start() + len(" ".join(tokens))
        overlaps = any(s <= m.start() < e or s < end <= e for s, e in taken)
        if not overlaps and _is_person(text, m.start(), end):
            found.append(_describe(text, pid, m.start(), end, None, tokens))
    return found


@functools.lru_cache(maxsize=4096)  # the same names come back in every paragraph that mentions them
def _name_tokens(name: str) -> tuple[str, ...]:
    """The name words up to the first word that cannot be part of a personal name."""
    tokens = []
    for tok in name.split():
        if tok in pat.PEOPLE_NOT_NAME or tok in pat.PEOPLE_HONORIFICS:
            break
        tokens.append(tok)
    return tuple(tokens)


def _is_person(text: str, start: int, end: int) -> bool:
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


def _describe(text: str, pid: str, start: int, end: int, hon: str | None, tokens) -> _Mention:
    """A mention with the role its honorific or a party–state tag implies (the rest is read when asked for)."""
    printed = f"{hon} {' '.join(tokens)}" if hon else " ".join(tokens)
    mention = _Mention(tokens, printed, pid, pat.PEOPLE_HONORIFICS.get(hon) if hon else None,
                       pat.PEOPLE_GENDER.get(hon or ""), (text, start, end))
    if mention.role is None and pat.PEOPLE_TAG.match(text[end:]) and mention.party:
        return replace(mention, role="lawmaker")
    return mention


def _around(text: str, start: int, end: int) -> tuple[str | None, str | None, str | None]:
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


def _roster_mentions(para: Paragraph) -> list[_Mention]:
    """A speaker-list line ("SEN. THOMAS WELLS (D-MD), CHAIRMAN"): whoever it names is a person."""
    text = para.text.title() if para.text.isupper() else para.text
    found = _text_mentions(text, para.id)
    if not found:
        m = _LEADING_NAME.match(text)
        tokens = _name_tokens(m.group("name")) if m else ()
        found = [_describe(text, para.id, 0, len(" ".join(tokens)), None, tokens)] if tokens else []
    # A roster lists members and witnesses; whoever is not a member is a witness.
    return [m if m.role in _ROLE_HINTS else replace(m, role="witness") for m in found]


def _label_mention(para: Paragraph) -> _Mention | None:
    """A transcript label ("SEN. DOE", "SMITH") names the speaker; its role comes from the honorific."""
    read = _read_label(para.speaker)
    return _Mention(read[0], read[1], para.id, read[2], gender=read[3]) if read else None


@functools.lru_cache(maxsize=1024)  # a transcript prints the same few labels on every turn
def _read_label(speaker: str) -> tuple[tuple[str, ...], str, str | None, str | None] | None:
    """(name words, label as printed, role, gender) of a transcript label, or None when it names nobody."""
    label = speaker.title() if speaker.isupper() else speaker
    m = _LABEL.fullmatch(label)
    tokens = _name_tokens(m.group("name")) if m else ()
    if not tokens:
        return None
    hon = m.group("hon")
    return tokens, label.strip(), pat.PEOPLE_HONORIFICS.get(hon) if hon else None, pat.PEOPLE_GENDER.get(hon or "")


# --- one person per individual ---------------------------------------------------------------------


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions sharing a surname are one person, unless their first names disagree."""
    groups: list[list[_Mention]] = []
    fullest: list[tuple[str, ...]] = []  # `_fullest` of each group, kept up to date rather than recomputed
    by_surname: dict[str, list[int]] = {}  # surname -> its groups, oldest first: only those can take a mention
    for m in mentions:
        home = next((i for i in by_surname.get(m.tokens[-1], ()) if _same(fullest[i], m)), None)
        if home is None:
            by_surname.setdefault(m.tokens[-1], []).append(len(groups))
            groups.append([m])
            fullest.append(m.tokens)
        else:
            groups[home].append(m)
            if len(m.tokens) > len(fullest[home]):  # strictly longer: `max` keeps the first of equals
                fullest[home] = m.tokens
    return _merge_short_groups(groups)


def _same(full: tuple[str, ...], m: _Mention) -> bool:
    """`m` (of the same surname) fits a group whose fullest name is `full`."""
    return len(full) == 1 or len(m.tokens) == 1 or full[0][0] == m.tokens[0][0]


def _merge_short_groups(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """A surname-only group joins a full-name group found later ("Mr Doe" before "John Doe")."""
    merged: list[list[_Mention]] = []
    for g in groups:
        full = [o for o in merged if o[0].tokens[-1] == g[0].tokens[-1]]
        if full and (len(_fullest(g)) == 1 or len(_fullest(full[0])) == 1) and len(full) == 1:
            full[0].extend(g)
        else:
            merged.append(g)
    return merged


def _fullest(group: list[_Mention]) -> tuple[str, ...]:
    return max((m.tokens for m in group), key=len)


def _person(story: Story, group: list[_Mention], chamber: str, notes: dict[str, str], reading: _Reading) -> Person:
    name = " ".join(_fullest(group))
    surname = name.split()[-1]
    bare = reading.alone[surname]
    printed = [m.printed for m in group] + ([surname] if bare else [])
    aliases = tuple(dict.fromkeys(a for a in printed if a != name))
    sources = tuple(dict.fromkeys([m.para for m in group] + bare))
    role = _role(story, group, chamber, name, reading)
    lawmaker = role in ("senator", "representative")
    return Person(
        name=name, aliases=aliases, role=role,
        party=_first(m.party for m in group) if lawmaker else None,
        state=_first(m.state for m in group) if lawmaker or role == "official" else None,
        title=_first(m.title for m in group), sources=_in_order(reading, sources),
        editor_note=notes.get(surname.lower()),
    )


def _first(values):
    return next((v for v in values if v), None)


def _alone_surnames(story: Story, surnames: set[str]) -> dict[str, list[str]]:
    """Paragraphs where each surname stands on its own ("Doe said"), as a later reference.

    One pattern for all surnames, one pass over the text: a pattern per person read the whole text once each.
    """
    found: dict[str, list[str]] = {s: [] for s in surnames}
    if not surnames:
        return found
    alone, prefixes = re.compile(pat.people_any_word(surnames, not_after=_WORDISH) + _SURNAME_END), _prefixes(surnames)
    for p in story.paragraphs:
        if p.section != "roster":
            for surname in _alone_in(p.text, alone, prefixes):
                found[surname].append(p.id)
    return found


def _prefixes(surnames: set[str]) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """For each surname, the shorter ones it starts with ("Smith" in "Smith-Jones"), each with its own ending.

    Where the longer one matches, the pattern for all surnames reports only it; the shorter may stand there too.
    """
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for long in surnames:
        for short in (long[:n] for n in range(1, len(long)) if long[:n] in surnames):
            found.setdefault(long, []).append((short, re.compile(re.escape(short) + _SURNAME_END)))
    return found


def _alone_in(text: str, alone: re.Pattern[str], prefixes) -> set[str]:
    """The surnames in `text` without a first name or honorific before them, nor another name word after."""
    found = set()
    for m in alone.finditer(text):
        previous = text[: m.start()].rsplit(None, 1)[-1:] or [""]
        if previous[0] not in pat.PEOPLE_HONORIFICS and not _NAME_WORD.fullmatch(previous[0]):
            found.add(m.group())
            found.update(short for short, end in prefixes.get(m.group(), ()) if end.match(text, m.start()))
    return found


def _in_order(reading: _Reading, ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(ids, key=lambda i: reading.order.get(i, 0)))


def _role(story: Story, group: list[_Mention], chamber: str, name: str, reading: _Reading) -> str:
    hints = Counter(m.role for m in group if m.role in _ROLE_HINTS)
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


def _questions(story: Story, group: list[_Mention]) -> bool:
    """An honorific form of the person is the subject of a questioning verb ("Mr Doe has asked")."""
    forms = "|".join(re.escape(m.printed) for m in group if m.printed != " ".join(m.tokens))
    if not forms:
        return False
    asks = re.compile(rf"(?:^|[.!?]\s+)(?:{forms})\s+(?:\w+\s+)?{pat.EXCHANGE_QUESTION_VERBS.pattern}", re.I)
    return any(asks.search(p.text) for p in story.paragraphs)


def _testifies(reading: _Reading, group: list[_Mention], name: str) -> bool:
    """The person is the subject of a sentence that says they testify, give a statement or face questions."""
    forms = sorted({m.printed for m in group} | {name, name.split()[-1]}, key=len, reverse=True)
    # the subject: after at most an opening clause ("In his testimony,") and a few title words ("Acme CEO")
    subject = re.compile(r"^\W*(?:[^,]{0,60},\s*)?(?:[\w’'-]+\s+){0,4}?(?:" + "|".join(map(re.escape, forms)) + r")\b")
    return any(subject.match(s) for s in reading.testimony)


def _chamber(story: Story, mentions: list[_Mention]) -> str:
    """Which chamber an unlabelled lawmaker ("Subcommittee Chairwoman X, R-Ind.") sits in."""
    roles = Counter(m.role for m in mentions if m.role in ("senator", "representative"))
    if roles:
        return roles.most_common(1)[0][0]
    text = " ".join(p.text for p in story.paragraphs)
    return "representative" if text.count("House") > text.count("Senate") else "senator"


def _with_block_witness(story: Story, person: Person) -> Person:
    """Whoever gives the opening statement ("Here are Mr X's opening remarks in full") is a witness."""
    speakers = [b.speaker for b in story.blocks if b.kind == "statement" and b.speaker]
    surname = person.name.split()[-1].lower()
    if person.role in ("other", "official") and any(surname in s.lower().split() for s in speakers):
        return replace(person, role="witness")
    return person
