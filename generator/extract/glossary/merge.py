"""Join the mentions of one term, drop people, add the editor's terms, and find where each term is mentioned.

Everything here is indexed by name, so the cost grows with the text, not with (terms x mentions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from generator.cues import Joined
from generator.extract.glossary.words import Found, initials, norm, spaced, tokens, word_start
from generator.model import Paragraph, Person, Term


def merge(found: list[Found]) -> list[Term]:
    """One term per name; an acronym or another spelling is an alias; the first definition the text gives wins."""
    names: dict[int, str] = {}  # term -> its name: the first spelling met
    aliases: dict[int, dict[str, str]] = {}  # term -> casefolded alias -> the alias as last printed
    definitions: dict[int, str | None] = {}
    by_name: dict[str, int] = {}  # norm(name or alias) -> term
    by_initials: dict[str, int] = {}  # "FTC" -> "Federal Trade Commission"
    by_acronym: dict[str, int] = {}  # "FTC" -> "FTC", so a later "Federal Trade Commission" joins it
    for f in found:
        key = _key(f, by_name, by_initials, by_acronym, len(names))
        name = names.setdefault(key, f.term).casefold()
        # spellings that differ only in case are one; a plural or a hyphen stays, as the text printed it
        said = aliases.setdefault(key, {})
        said.update((a.casefold(), a) for a in (f.term, *f.aliases) if a.casefold() != name)
        definitions[key] = definitions.get(key) or f.definition
        for alias in (f.term, *f.aliases):
            by_name.setdefault(norm(alias), key)
            if alias.isupper():
                by_acronym.setdefault(alias, key)
            elif " " in alias:
                by_initials.setdefault(initials(alias), key)
    return [Term(name, tuple(aliases[key].values()), definitions[key], definitions[key] is not None)
            for key, name in names.items()]


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
    # lower(), not fold(): `tokens` lowers the names alike, and no offset here is read in the original text
    joined = Joined([p.text.lower() for p in paragraphs], _PARAGRAPH_BREAK)
    names = [(name, i) for i, term in enumerate(terms)
             for name in {tuple(tokens(n)) for n in (term.term, *term.aliases)} - {()}]
    found: dict[int, set[int]] = {i: set() for i in range(len(terms))}
    for at, name, i in _candidates(joined.text, names):
        k = joined.index(at)
        if k not in found[i] and _name_pattern(name).search(joined.text, joined.starts[k], joined.ends[k]):
            found[i].add(k)
    return [replace(term, sources=tuple(paragraphs[k].id for k in sorted(found[i]))) for i, term in enumerate(terms)]


# Between two paragraphs: a capital, which no lower-cased name can match, is a word no name can reach across.
_PARAGRAPH_BREAK = "\nQ\n"
_ASCII_START = re.compile(r"#?([a-z0-9_]+)")
_RUN = re.compile(r"\w+")


def _candidates(text: str, names: list[tuple[tuple[str, ...], int]]) -> Iterator[tuple[int, tuple[str, ...], int]]:
    """(offset, name, term): where `name` may be, by its longest word that starts with a-z, 0-9 or _ (after a "#"),
    which `word_start` finds fast; a name without one is looked for everywhere. One scan for all names: the cost
    grows with the text, not with (names x text)."""
    by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, i in names:
        words = [w for w in name if _ASCII_START.match(w)]
        if words:
            by_word.setdefault(max(words, key=len), []).append((name, i))
        else:
            yield from ((m.start(), name, i) for m in _name_pattern(name).finditer(text))
    if not by_word:
        return
    for m in word_start(sorted({_ASCII_START.match(w).group(1) for w in by_word})).finditer(spaced(text)):
        word = norm(("#" if text[m.start() - 1: m.start()] == "#" else "") + _RUN.match(text, m.start()).group())
        yield from ((m.start(), name, i) for name, i in by_word.get(word, ()))


@lru_cache(maxsize=4096)
def _name_pattern(name: tuple[str, ...]) -> re.Pattern[str]:
    """The words of `name` as `tokens` reads them in lower-cased text: whole words (a "#" belongs to the word after
    it), any non-word characters between, and a plural s where `norm` would drop it."""
    return re.compile(r"\W*".join(_word_pattern(word) for word in name))


def _word_pattern(word: str) -> str:
    plural = "s?" if len(word) >= 3 and not word.endswith("s") else ""
    # the word, then what may not come before it: a pattern that opens with a literal is searched fast
    before = "" if word.startswith("#") else rf"(?<![\w#].{{{len(word)}}})"
    return re.escape(word) + before + plural + r"(?!\w)"
