"""Finders of names: organisations, agencies, committees, laws, companies and acronyms.

Each finder reads all the units at once (`words.Units`). All but `answers` find things within one unit and yield
`(unit, Found)`; `answers` reads pairs of units and yields `Found`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.glossary.words import Found, Units, definition, head, initials, noun_phrase, strip_the
from generator.patterns import glossary as pt
from generator.patterns.timeline import TIMELINE_MONTHS, TIMELINE_WEEKDAYS

_LIST_SPLIT = re.compile(r",?\s+and\s+|,\s+")  # "A, B and C" -> A | B | C
_DESCRIBED = re.compile(r",\s+((?:a|an|the)\s+[^,.;:()]+)")
_WORD = re.compile(r"\s*([A-Za-z]+)")


def appositions(units: Units) -> Iterator[tuple[int, Found]]:
    """"Brightwell, a data broker based in Ohio," — a name described by a kind of organisation, law or thing."""
    for i, m in units.scan(pt.GLOSSARY_APPOSITION):
        if head(m.group("def")) not in pt.GLOSSARY_KINDS:
            continue  # checked first: looking for the name before the comma is the slow part
        name = pt.GLOSSARY_NAME_AT_END.search(units.text, units.starts[i], m.start())
        if name and strip_the(name.group(0)):
            yield i, Found(strip_the(name.group(0)), definition(m.group("def")))


def or_acronyms(units: Units) -> Iterator[tuple[int, Found]]:
    """"software development kits, or SDKs, small pieces of code ..."."""
    for i, m in units.scan(pt.GLOSSARY_OR_ACRONYM):
        acronym = m.group("acronym").rstrip("s")
        term = noun_phrase(m.group("name"), len(acronym))
        if term and initials(term) == acronym.upper():
            yield i, Found(term, definition(m.group("def")), (m.group("acronym"), acronym))


def paren_acronyms(units: Units) -> Iterator[tuple[int, Found]]:
    """"The Federal Communications Commission (FCC), the US regulator responsible for phone calls"."""
    for i, m in units.scan(pt.GLOSSARY_PAREN_ACRONYM):
        name = _expansion(m.group("name"), m.group("acronym"))
        if name:
            rest = m.group("rest")
            described = _DESCRIBED.match(rest)
            yield i, Found(_with_head(name, rest), definition(described.group(1)) if described else None,
                           (m.group("acronym"),))


def institutions(units: Units) -> Iterator[tuple[int, Found]]:
    """Names ending in Committee, Commission, Council, Act, ... ("Federal Trade Commission")."""
    for i, m in units.scan(pt.GLOSSARY_NAME_RUN, cue=_INSTITUTION_WORD):
        name = _institution(m.group(0))
        if name:
            yield i, Found(name)
    for i, m in units.scan(pt.GLOSSARY_COMMITTEES):
        parts = _LIST_SPLIT.split(m.group("names"))
        for k, part in enumerate(parts):  # with the words the text gives it: "Senate Commerce", "Judiciary committees"
            said = [f"{m.group('chamber')} {part}"] if k == 0 else [f"{part} committees"] if k == len(parts) - 1 else []
            yield i, Found(f"{m.group('chamber')} {part} Committee", aliases=tuple(said))


def named_by_kind(units: Units) -> Iterator[tuple[int, Found]]:
    """"the tech newsletter Night Owl", "Acme CEO Jane Roe": the kind or title says it is a company."""
    for i, m in units.scan(pt.GLOSSARY_KIND_BEFORE, cue=_COMPANY_KIND_THEN_NAME):
        if m.group("kind") in _COMPANY_KINDS:
            yield i, Found(_first_name(m.group("name")), m.group("def"))
    for i, m in units.scan(pt.GLOSSARY_NAMED_AS):
        if m.group("kind") in pt.GLOSSARY_KINDS:
            yield from ((i, Found(name)) for name in _LIST_SPLIT.split(m.group("names")))
    for i, m in units.scan(pt.GLOSSARY_COMPANY_TITLE):
        if strip_the(m.group("name")):
            yield i, Found(strip_the(m.group("name")))


def acronyms(units: Units) -> Iterator[tuple[int, Found]]:
    """Bare acronyms ("FBI", "HIPAA"), except in lines set in capitals and those every reader knows."""
    in_capitals: dict[int, bool] = {}  # per unit, worked out at its first acronym
    for i, m in units.scan(pt.GLOSSARY_ACRONYM):
        if m.group("acronym") in pt.GLOSSARY_COMMON_ACRONYMS:
            continue
        if i not in in_capitals:
            words = units.texts[i].split()
            in_capitals[i] = sum(w.isupper() for w in words) > len(words) / 2
        if not in_capitals[i]:
            yield i, Found(m.group("acronym"))


def answers(units: Units) -> Iterator[Found]:
    """"Which platforms received the data?" — "Brightwell and Oakmere, Senator.": the answer names things of a kind."""
    for question, answer in zip(units.texts, units.texts[1:], strict=False):
        asked = pt.GLOSSARY_WHICH_QUESTION.match(question) if "?" in question else None
        kind = _IE.sub("y", asked.group("kind").lower()) if asked else ""
        if kind not in pt.GLOSSARY_KINDS:
            continue
        listed = pt.GLOSSARY_NAME_LIST.match(answer.strip())
        names = _LIST_SPLIT.split(listed.group("names")) if listed else []
        if names and not any(n.split()[0] in pt.GLOSSARY_NOT_ANSWER_NAMES for n in names):
            yield from (Found(name) for name in names)


# --- helpers ---------------------------------------------------------------------------------------------------


def _first_name(name: str) -> str:
    """The name itself, without a clause glued on ("Night Owl, which found" -> "Night Owl")."""
    return strip_the(name.split(",")[0])


def _expansion(name: str, acronym: str) -> str | None:
    """The shortest ending of `name` whose initials spell the acronym ("Senate Health, ... Pensions" for HELP)."""
    words = name.split()
    for start in range(len(words) - 1, -1, -1):
        candidate = " ".join(words[start:])
        if initials(candidate) == acronym.upper():
            if start > 0 and words[start - 1].title() in ("Senate", "House"):
                candidate = f"{words[start - 1]} {candidate}"
            return _readable(candidate.rstrip(","))
    return None


def _with_head(name: str, rest: str) -> str:
    """"... Pensions (HELP) Committee": the institution word after the brackets belongs to the name."""
    word = _WORD.match(rest)
    if word and word.group(1).title() in pt.GLOSSARY_INSTITUTION_HEADS:
        return f"{name} {word.group(1).title()}"
    return name


def _readable(name: str) -> str:
    """A name printed in capitals, in title case (small words lower)."""
    if not name.isupper():
        return name
    small = {"And", "Of", "For", "On", "The"}
    return " ".join(w.lower() if w.title() in small else w.title() for w in name.split())


def _institution(run: str) -> str | None:
    """A run of capitalised words up to and including an institution word, plus "on/for ..." after it."""
    words = strip_the(run).split()
    heads = [i for i, w in enumerate(words) if w.strip(",") in pt.GLOSSARY_INSTITUTION_HEADS]
    if not heads or heads[0] == 0:
        return None
    end = heads[-1]
    if end + 1 < len(words) and words[end + 1] in ("on", "for", "of") and not _dated(words[end + 2:]):
        return " ".join(words).rstrip(",")
    return " ".join(words[: end + 1]).rstrip(",") if end == len(words) - 1 or _dated(words[end + 1:]) else None


def _dated(words: list[str]) -> bool:
    """"... Committee on 14 June 2022", "on Tuesday": a date after the name, not the rest of it."""
    return any(w[0].isdigit() or w.lower().strip(",") in _DATE_WORDS for w in words)


def _capital_after(words: set[str]) -> re.Pattern[str]:
    """A capital after one of `words` and one white space, or after two white spaces or more (whatever word comes
    before them). The words are checked looking back from the capital, which the search skips to quickly; one
    look-behind per word length, as a look-behind has a fixed width. They are tried only after a white space that
    follows a letter one of them ends with, or a white space: most capitals have neither before them."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    behind = [rf"(?<=\s(?:{'|'.join(same)})\s[A-Z])" for _, same in sorted(by_length.items())]
    last = re.escape("".join(sorted({word[-1] for word in words})))
    return re.compile(rf"[A-Z](?<=[{last}\s]\s[A-Z])(?:" + "|".join([*behind, r"(?<=\s\s[A-Z])"]) + ")")


_DATE_WORDS = {*TIMELINE_MONTHS, *TIMELINE_WEEKDAYS}
_IE = re.compile(r"ie$")  # "companies" -> "compan(ie)" -> "company"
_COMPANY_KINDS = pt.GLOSSARY_KINDS - {"act", "bill", "law"}  # kinds of law: what follows is not a company

# Cues for the finders that keep only some matches of a pattern: a unit without the cue has none they keep. Each is
# quick to look for, while the pattern is slow to try at every position (patterns.GLOSSARY_CUES for the others).
# `institutions`: an institution word after the first word of a run of capitalised words.
_INSTITUTION_WORD = re.compile("(?:" + "|".join(sorted(pt.GLOSSARY_INSTITUTION_HEADS)) + r")(?![\w&'’-])")
# `named_by_kind`: a name after a kind of company. GLOSSARY_KIND_BEFORE is tried at every "the" and "a"; this only
# at capitals.
_COMPANY_KIND_THEN_NAME = _capital_after(_COMPANY_KINDS)
