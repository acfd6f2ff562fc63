"""Extract the glossary: organisations, agencies, committees, laws, acronyms and terms of art.

Needs: `Story.paragraphs`, `Story.sentences` (whole paragraphs when segment gave none), `Story.people` (people
are never glossary terms) and `Story.meta.glossary` (editor's definitions).
Adds: `Story.glossary`, alphabetical. A definition is the text's own words (an apposition, "X, or ACR, ...",
"X (ACR), the ..."), else the editor's (`editorial`), else None: the term is listed as undefined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator import patterns as pt
from generator.model import Story, Term


@dataclass(frozen=True)
class _Found:
    term: str
    definition: str | None = None
    aliases: tuple[str, ...] = ()


def glossary(story: Story) -> Story:
    """Find candidate terms sentence by sentence, merge mentions of one term, add the editor's terms."""
    found = [f for _, text in _sentences(story) for finder in _FINDERS for f in finder(text)]
    terms = _without_people(story, _merge(found))
    terms = _with_editor_terms(story, terms)
    terms = [replace(t, sources=_sources(story, t)) for t in terms]
    return replace(story, glossary=tuple(sorted(terms, key=lambda t: t.term.lower().lstrip("#"))))


def _sentences(story: Story) -> list[tuple[str, str]]:
    units = [(s.para, s.text) for s in story.sentences] or [(p.id, p.text) for p in story.paragraphs]
    return ([("", story.title)] if story.title else []) + units


# --- finders: each reads one sentence and yields candidate terms ---------------------------------------------


def _appositions(text: str) -> Iterator[_Found]:
    """"Kestrel, a data broker based in Ohio," — a name described by a kind of organisation, law or thing."""
    for m in pt.GLOSSARY_APPOSITION.finditer(text):
        name = pt.GLOSSARY_NAME_AT_END.search(text[: m.start()])
        if name and _head(m.group("def")) in pt.GLOSSARY_KINDS and _strip_the(name.group(0)):
            yield _Found(_strip_the(name.group(0)), _definition(m.group("def")))


def _terms_of_art(text: str) -> Iterator[_Found]:
    """"age assurance, the industry's term for ...", "a geofence, a virtual boundary around a location"."""
    for m in (m for pattern in pt.GLOSSARY_TERM_OF_ART for m in pattern.finditer(text)):
        term = _noun_phrase(m.group("name"))
        # "A British firm, a British product": a kind word on its own is a description, not a term
        if term and term.split()[-1] not in pt.GLOSSARY_KINDS and _head(m.group("def")) in pt.GLOSSARY_KINDS:
            yield _Found(term, _definition(m.group("def")))


def _or_acronyms(text: str) -> Iterator[_Found]:
    """"software development kits, or SDKs, small pieces of code ..."."""
    for m in pt.GLOSSARY_OR_ACRONYM.finditer(text):
        acronym = m.group("acronym")
        term = _noun_phrase(m.group("name"), len(acronym.rstrip("s")))
        if term and _initials_match(term, acronym.rstrip("s")):
            yield _Found(term, _definition(m.group("def")), (acronym, acronym.rstrip("s")))


def _paren_acronyms(text: str) -> Iterator[_Found]:
    """"The Federal Communications Commission (FCC), the US regulator responsible for phone calls"."""
    for m in pt.GLOSSARY_PAREN_ACRONYM.finditer(text):
        name = _expansion(m.group("name"), m.group("acronym"))
        if name:
            rest = m.group("rest")
            definition = re.match(r",\s+((?:a|an|the)\s+[^,.;:()]+)", rest)
            yield _Found(_with_head(name, rest), _definition(definition.group(1)) if definition else None,
                         (m.group("acronym"),))


def _quoted(text: str) -> Iterator[_Found]:
    """Short quoted terms of art: its "duty of care" provision, considered it "a closed case"."""
    for m in pt.GLOSSARY_QUOTED.finditer(text):
        term = (m.group("term") or m.group("inner")).strip()
        if len(term.split()) <= 3 and term.split()[0] not in pt.GLOSSARY_QUOTE_NOT_TERM:
            yield _Found(term)
    for m in pt.GLOSSARY_QUOTED_APPOSITION.finditer(text):
        if _head(m.group("def")) in pt.GLOSSARY_KINDS:
            yield _Found(m.group("name").strip(), _definition(m.group("def")))


def _institutions(text: str) -> Iterator[_Found]:
    """Names ending in Committee, Commission, Council, Act, ... ("Federal Trade Commission")."""
    for m in pt.GLOSSARY_NAME_RUN.finditer(text):
        name = _institution(m.group(0))
        if name:
            yield _Found(name)
    for m in pt.GLOSSARY_COMMITTEES.finditer(text):
        for part in re.split(r",?\s+and\s+|,\s+", m.group("names")):
            yield _Found(f"{m.group('chamber')} {part} Committee")


def _named_by_kind(text: str) -> Iterator[_Found]:
    """"the tech newsletter Signal Flare", "Pipwave CEO Nathan Brisco": the kind or title says it is a company."""
    for m in pt.GLOSSARY_KIND_BEFORE.finditer(text):
        if m.group("kind") in pt.GLOSSARY_KINDS and m.group("kind") not in ("act", "bill", "law"):
            yield _Found(_first_name(m.group("name")), m.group("def"))
    for m in pt.GLOSSARY_NAMED_AS.finditer(text):
        if m.group("kind") in pt.GLOSSARY_KINDS:
            yield from (_Found(name) for name in re.split(r",?\s+and\s+|,\s+", m.group("names")))
    for m in pt.GLOSSARY_COMPANY_TITLE.finditer(text):
        if _strip_the(m.group("name")):
            yield _Found(_strip_the(m.group("name")))


def _acronyms(text: str) -> Iterator[_Found]:
    """Bare acronyms ("FBI", "HIPAA"), except in lines set in capitals and those every reader knows."""
    words = text.split()
    if sum(w.isupper() for w in words) > len(words) / 2:
        return
    for m in pt.GLOSSARY_ACRONYM.finditer(text):
        if m.group("acronym") not in pt.GLOSSARY_COMMON_ACRONYMS:
            yield _Found(m.group("acronym"))


_FINDERS = (_paren_acronyms, _or_acronyms, _appositions, _quoted, _terms_of_art, _institutions, _named_by_kind,
            _acronyms)


# --- helpers for the finders ---------------------------------------------------------------------------------


def _head(description: str) -> str:
    """The noun a description is about: the last word before a break ("a data broker based in" -> "broker")."""
    words = re.findall(r"[\w'’-]+", description.lower())
    head = ""
    for word in words[1:] if words and words[0] in ("a", "an", "the") else words:
        if word in pt.GLOSSARY_HEAD_BREAKS:
            break
        head = word
    return head[:-1] if head.endswith("s") and head[:-1] in pt.GLOSSARY_KINDS else head


def _definition(description: str) -> str:
    return description.strip().rstrip("-–— ")


def _noun_phrase(words: str, longest: int = 2) -> str | None:
    """The noun phrase at the end of `words`: what follows the last small word ("approach to age assurance")."""
    tail: list[str] = []
    for word in reversed(words.split()):
        if word in pt.GLOSSARY_STOPWORDS:
            break
        tail.insert(0, word)
    return " ".join(tail[-longest:]) or None


def _strip_the(name: str) -> str:
    """Without an opening article or possessive ("Your Patient Data Council", "Lumora's Patient Data Council")."""
    words = name.strip().split()
    while words and (words[0] in pt.GLOSSARY_NAME_OPENERS or re.search(r"['’]s$", words[0])):
        words = words[1:]
    return " ".join(words)


def _first_name(name: str) -> str:
    """The name itself, without a clause glued on ("Signal Flare, which found" -> "Signal Flare")."""
    return _strip_the(name.split(",")[0])


def _initials_match(name: str, acronym: str) -> bool:
    letters = [w[0].upper() for w in re.split(r"[\s,-]+", name) if w and w.lower() not in ("and", "of", "the", "for", "on", "&")]
    return "".join(letters) == acronym.upper()


def _expansion(name: str, acronym: str) -> str | None:
    """The shortest ending of `name` whose initials spell the acronym ("Senate Health, ... Pensions" for HELP)."""
    words = name.split()
    for start in range(len(words) - 1, -1, -1):
        candidate = " ".join(words[start:])
        if _initials_match(candidate, acronym):
            if start > 0 and words[start - 1].title() in ("Senate", "House"):
                candidate = f"{words[start - 1]} {candidate}"
            return _readable(candidate.rstrip(","))
    return None


def _with_head(name: str, rest: str) -> str:
    """"... Pensions (HELP) Committee": the institution word after the brackets belongs to the name."""
    head = re.match(r"\s*([A-Za-z]+)", rest)
    if head and head.group(1).title() in pt.GLOSSARY_INSTITUTION_HEADS:
        return f"{name} {head.group(1).title()}"
    return name


def _readable(name: str) -> str:
    """A name printed in capitals, in title case (small words lower)."""
    if not name.isupper():
        return name
    small = {"And", "Of", "For", "On", "The"}
    return " ".join(w.lower() if w.title() in small else w.title() for w in name.split())


def _institution(run: str) -> str | None:
    """A run of capitalised words up to and including an institution word, plus "on/for ..." after it."""
    words = _strip_the(run).split()
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


# --- merging ---------------------------------------------------------------------------------------------------


def _merge(found: list[_Found]) -> list[Term]:
    """One term per name; an acronym or a plural is an alias; the first definition the text gives wins."""
    terms: dict[str, Term] = {}
    for f in found:
        key = _find_key(terms, f)
        old = terms.get(key) or Term(term=f.term)
        aliases = tuple(dict.fromkeys(a for a in (*old.aliases, f.term, *f.aliases) if _norm(a) != _norm(old.term)))
        definition = old.definition or f.definition
        terms[key] = replace(old, aliases=aliases, definition=definition, defined_in_text=definition is not None)
    return list(terms.values())


def _find_key(terms: dict[str, Term], f: _Found) -> str:
    """The term `f` names: same name or alias, or an acronym of its name ("FTC", "Federal Trade Commission")."""
    names = {_norm(n) for n in (f.term, *f.aliases)}
    for key, term in terms.items():
        if names & {_norm(n) for n in (term.term, *term.aliases)} or _abbreviates(f.term, term.term):
            return key
    return _norm(f.term)


def _abbreviates(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short.isupper() and " " in long and _initials_match(long, short)


def _norm(name: str) -> str:
    """Case, hyphens and a plural s do not make a different term ("watermarks", "voice-cloning")."""
    name = name.lower().replace("-", " ")
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


def _without_people(story: Story, terms: list[Term]) -> list[Term]:
    names = {_norm(n) for p in story.people for n in (p.name, *p.aliases)}
    return [t for t in terms if _norm(t.term) not in names]


def _with_editor_terms(story: Story, terms: list[Term]) -> list[Term]:
    """The editor's definitions fill undefined terms and add terms the text does not pick out itself."""
    result = list(terms)
    for editor in story.meta.glossary:
        names = {_norm(n) for n in (editor.term, *editor.aliases)}
        i = next((i for i, t in enumerate(result) if names & {_norm(n) for n in (t.term, *t.aliases)}), None)
        if i is None:
            result.append(Term(editor.term, editor.aliases, editor.definition, False, True))
        elif result[i].definition is None:
            result[i] = replace(result[i], definition=editor.definition, editorial=True)
    return result


def _sources(story: Story, term: Term) -> tuple[str, ...]:
    names = [re.escape(n) for n in (term.term, *term.aliases)]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", re.I)
    return tuple(p.id for p in story.paragraphs if pattern.search(p.text))
