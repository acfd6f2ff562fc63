"""Join the mentions of one term, drop people, add the editor's terms, and find where each term is mentioned.

Everything here is indexed by name, so the cost grows with the text, not with (terms x mentions).
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract.glossary.words import Found, initials, norm, tokens
from generator.model import Paragraph, Person, Term


def merge(found: list[Found]) -> list[Term]:
    """One term per name; an acronym or another spelling is an alias; the first definition the text gives wins."""
    terms: dict[int, Term] = {}
    by_name: dict[str, int] = {}  # norm(name or alias) -> term
    by_initials: dict[str, int] = {}  # "FTC" -> "Federal Trade Commission"
    by_acronym: dict[str, int] = {}  # "FTC" -> "FTC", so a later "Federal Trade Commission" joins it
    for f in found:
        key = _key(f, by_name, by_initials, by_acronym, len(terms))
        old = terms.get(key) or Term(term=f.term)
        # spellings that differ only in case are one; a plural or a hyphen stays, as the text printed it
        aliases = tuple({a.casefold(): a for a in (*old.aliases, f.term, *f.aliases)
                         if a.casefold() != old.term.casefold()}.values())
        definition = old.definition or f.definition
        terms[key] = replace(old, aliases=aliases, definition=definition, defined_in_text=definition is not None)
        for name in (f.term, *f.aliases):
            by_name.setdefault(norm(name), key)
            if name.isupper():
                by_acronym.setdefault(name, key)
            elif " " in name:
                by_initials.setdefault(initials(name), key)
    return list(terms.values())


def _key(f: Found, by_name: dict, by_initials: dict, by_acronym: dict, new: int) -> int:
    """The term `f` names: same name or alias, or an acronym of its name ("FTC", "Federal Trade Commission")."""
    for name in (f.term, *f.aliases):
        if norm(name) in by_name:
            return by_name[norm(name)]
    if f.term.isupper() and f.term in by_initials:
        return by_initials[f.term]
    if " " in f.term and initials(f.term) in by_acronym:
        return by_acronym[initials(f.term)]
    return new


def without_people(people: tuple[Person, ...], terms: list[Term]) -> list[Term]:
    names = {norm(n) for p in people for n in (p.name, *p.aliases)}
    return [t for t in terms if norm(t.term) not in names]


def with_editor_terms(editor_terms, terms: list[Term]) -> list[Term]:
    """The editor's definitions fill undefined terms and add terms the text does not pick out itself."""
    result = list(terms)
    index = {norm(n): i for i, t in enumerate(result) for n in (t.term, *t.aliases)}
    for editor in editor_terms:
        i = next((index[norm(n)] for n in (editor.term, *editor.aliases) if norm(n) in index), None)
        if i is None:
            result.append(Term(editor.term, editor.aliases, editor.definition, False, True))
        elif result[i].definition is None:
            result[i] = replace(result[i], definition=editor.definition, editorial=True)
    return result


def with_sources(paragraphs: tuple[Paragraph, ...], terms: list[Term]) -> list[Term]:
    """Each term with the ids of the paragraphs that mention it (by name or alias; case and plurals aside)."""
    starts: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for i, term in enumerate(terms):
        for name in {tuple(tokens(n)) for n in (term.term, *term.aliases)} - {()}:
            starts.setdefault(name[0], []).append((name, i))
    found: dict[int, list[str]] = {i: [] for i in range(len(terms))}
    for paragraph in paragraphs:
        words = tokens(paragraph.text)
        hits = {i for at, word in enumerate(words) for name, i in starts.get(word, ())
                if tuple(words[at: at + len(name)]) == name}
        for i in sorted(hits):
            found[i].append(paragraph.id)
    return [replace(term, sources=tuple(found[i])) for i, term in enumerate(terms)]

