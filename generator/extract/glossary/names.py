"""Finders of names: organisations, agencies, committees, laws, companies and acronyms.

Each sentence finder reads one sentence and yields `Found` candidates; `answers` reads pairs of units.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import patterns as pt
from generator.extract.glossary.words import Found, definition, head, initials, matches, noun_phrase, strip_the


def appositions(text: str) -> Iterator[Found]:
    """"Brightwell, a data broker based in Ohio," — a name described by a kind of organisation, law or thing."""
    for m in pt.GLOSSARY_APPOSITION.finditer(text):
        name = pt.GLOSSARY_NAME_AT_END.search(text[: m.start()])
        if name and head(m.group("def")) in pt.GLOSSARY_KINDS and strip_the(name.group(0)):
            yield Found(strip_the(name.group(0)), definition(m.group("def")))


def or_acronyms(text: str) -> Iterator[Found]:
    """"software development kits, or SDKs, small pieces of code ..."."""
    for m in matches(pt.GLOSSARY_OR_ACRONYM, text):
        acronym = m.group("acronym").rstrip("s")
        term = noun_phrase(m.group("name"), len(acronym))
        if term and initials(term) == acronym.upper():
            yield Found(term, definition(m.group("def")), (m.group("acronym"), acronym))


def paren_acronyms(text: str) -> Iterator[Found]:
    """"The Federal Communications Commission (FCC), the US regulator responsible for phone calls"."""
    if "(" not in text:
        return  # the pattern needs the bracket, and trying its name part at every capital is slow
    for m in pt.GLOSSARY_PAREN_ACRONYM.finditer(text):
        name = _expansion(m.group("name"), m.group("acronym"))
        if name:
            rest = m.group("rest")
            described = re.match(r",\s+((?:a|an|the)\s+[^,.;:()]+)", rest)
            yield Found(_with_head(name, rest), definition(described.group(1)) if described else None,
                        (m.group("acronym"),))


def institutions(text: str) -> Iterator[Found]:
    """Names ending in Committee, Commission, Council, Act, ... ("Federal Trade Commission")."""
    for m in pt.GLOSSARY_NAME_RUN.finditer(text):
        name = _institution(m.group(0))
        if name:
            yield Found(name)
    for m in pt.GLOSSARY_COMMITTEES.finditer(text):
        parts = re.split(r",?\s+and\s+|,\s+", m.group("names"))
        for i, part in enumerate(parts):  # with the words the text gives it: "Senate Commerce", "Judiciary committees"
            said = [f"{m.group('chamber')} {part}"] if i == 0 else [f"{part} committees"] if i == len(parts) - 1 else []
            yield Found(f"{m.group('chamber')} {part} Committee", aliases=tuple(said))


def named_by_kind(text: str) -> Iterator[Found]:
    """"the tech newsletter Night Owl", "Acme CEO Jane Roe": the kind or title says it is a company."""
    for m in pt.GLOSSARY_KIND_BEFORE.finditer(text):
        if m.group("kind") in pt.GLOSSARY_KINDS and m.group("kind") not in ("act", "bill", "law"):
            yield Found(_first_name(m.group("name")), m.group("def"))
    for m in pt.GLOSSARY_NAMED_AS.finditer(text):
        if m.group("kind") in pt.GLOSSARY_KINDS:
            yield from (Found(name) for name in re.split(r",?\s+and\s+|,\s+", m.group("names")))
    for m in matches(pt.GLOSSARY_COMPANY_TITLE, text):
        if strip_the(m.group("name")):
            yield Found(strip_the(m.group("name")))


def acronyms(text: str) -> Iterator[Found]:
    """Bare acronyms ("FBI", "HIPAA"), except in lines set in capitals and those every reader knows."""
    words = text.split()
    if sum(w.isupper() for w in words) > len(words) / 2:
        return
    for m in pt.GLOSSARY_ACRONYM.finditer(text):
        if m.group("acronym") not in pt.GLOSSARY_COMMON_ACRONYMS:
            yield Found(m.group("acronym"))


def answers(units: list[tuple[str, str]]) -> Iterator[Found]:
    """"Which platforms received the data?" — "Brightwell and Oakmere, Senator.": the answer names things of a kind."""
    for (_, question), (_, answer) in zip(units, units[1:], strict=False):
        asked = pt.GLOSSARY_WHICH_QUESTION.match(question)
        kind = re.sub(r"ie$", "y", asked.group("kind").lower()) if asked else ""
        if kind not in pt.GLOSSARY_KINDS:
            continue
        listed = pt.GLOSSARY_NAME_LIST.match(answer.strip())
        names = re.split(r",?\s+and\s+|,\s+", listed.group("names")) if listed else []
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
    word = re.match(r"\s*([A-Za-z]+)", rest)
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


_DATE_WORDS = {*pt.TIMELINE_MONTHS, *pt.TIMELINE_WEEKDAYS}
