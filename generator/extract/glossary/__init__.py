"""Extract the glossary: organisations, agencies, committees, laws, acronyms and terms of art.

Needs: `Story.paragraphs`, `Story.sentences` (whole paragraphs when segment gave none), `Story.people` (people
are never glossary terms) and `Story.meta.glossary` (editor's definitions).
Adds: `Story.glossary`, alphabetical. A definition is the text's own words (an apposition, "X, or ACR, ...",
"X (ACR), the ...", "X, which would ..."), else the editor's (`editorial`), else None: the term is listed as
undefined.

The finders live in `names` (organisations, companies, acronyms) and `terms` (terms of art, including a
gazetteer of common ones); `merge` joins the mentions of one term; `words` holds what they share.
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract.glossary import names, terms
from generator.extract.glossary.merge import merge, with_editor_terms, with_sources, without_people
from generator.extract.glossary.words import Found, Units
from generator.model import Story

# Each finds candidates within one sentence (or title, or paragraph when segment gave no sentences).
_SENTENCE_FINDERS = (names.paren_acronyms, names.or_acronyms, names.appositions, terms.quoted, terms.terms_of_art,
                     terms.causes, terms.proposals, names.institutions, names.named_by_kind, terms.events,
                     names.acronyms)
# Each reads all the units at once: what they yield depends on neighbours or on the whole text.
_TEXT_FINDERS = (names.answers, terms.lexicon, terms.possessed)


def glossary(story: Story) -> Story:
    """Find candidate terms, merge mentions of one term, drop people, add the editor's terms, note sources."""
    units = Units(_units(story))
    found = [f for finder in _TEXT_FINDERS for f in finder(units)]
    result = with_editor_terms(story.meta.glossary, without_people(story.people, merge(_in_order(units) + found)))
    result = with_sources(story.paragraphs, result)
    return replace(story, glossary=tuple(sorted(result, key=lambda t: t.term.lower().lstrip("#"))))


def _in_order(units: Units) -> list[Found]:
    """What the sentence finders found, sentence by sentence and finder by finder within one: `merge` keeps the
    first definition and the first spelling it meets, so the order is part of the result."""
    found = [(i, rank, f) for rank, finder in enumerate(_SENTENCE_FINDERS) for i, f in finder(units)]
    found.sort(key=lambda item: item[:2])  # stable: one finder's finds in one sentence stay in text order
    return [f for _, _, f in found]


def _units(story: Story) -> list[tuple[str, str]]:
    units = [(s.para, s.text) for s in story.sentences] or [(p.id, p.text) for p in story.paragraphs]
    return ([("", story.title)] if story.title else []) + units
