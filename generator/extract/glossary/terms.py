"""Finders of terms of art: defined phrases, quoted terms, causes, proposals, named events, hashtags, the lexicon.

Each finder reads all the units at once (`words.Units`). Sentence finders find things within one unit and yield
`(unit, Found)`; `lexicon` and `possessed` yield `Found`, because what they yield depends on the whole text (every
spelling it uses, how often it gives a thing an owner).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from generator.extract.glossary.words import (
    Caseless,
    Found,
    Units,
    definition,
    head,
    norm,
    noun_phrase,
    trie,
    word_start,
)
from generator.patterns import glossary as pt
from generator.patterns.timeline import TIMELINE_MONTHS, TIMELINE_WEEKDAYS


def terms_of_art(units: Units) -> Iterator[tuple[int, Found]]:
    """"age assurance, the industry's term for ...", "a geofence, a virtual boundary around a location"."""
    for pattern, cue in zip(pt.GLOSSARY_TERM_OF_ART, _TERM_OF_ART_CUES, strict=True):
        for i, m in units.scan(pattern, cue):
            term = noun_phrase(m.group("name"))
            # "A British firm, a British product": a kind word on its own is a description, not a term
            if term and term.split()[-1] not in pt.GLOSSARY_KINDS and head(m.group("def")) in pt.GLOSSARY_KINDS:
                yield i, Found(term, definition(m.group("def")))


def quoted(units: Units) -> Iterator[tuple[int, Found]]:
    """Short quoted terms of art: its "duty of care" provision, considered it "a closed case"."""
    for i, m in units.scan(pt.GLOSSARY_QUOTED):
        term = (m.group("term") or m.group("inner")).strip()
        if len(term.split()) <= 3 and term.split()[0] not in pt.GLOSSARY_QUOTE_NOT_TERM:
            yield i, Found(term)
    for i, m in units.scan(pt.GLOSSARY_QUOTED_APPOSITION):
        if head(m.group("def")) in pt.GLOSSARY_KINDS:
            yield i, Found(m.group("name").strip(), definition(m.group("def")))


def causes(units: Units) -> Iterator[tuple[int, Found]]:
    """"the right-to-repair fight, the push by farmers ...": the cause, defined by the apposition if there is one."""
    for i, m in units.scan(pt.GLOSSARY_CAUSE):
        if not pt.GLOSSARY_NOT_CAUSE.search(m.group("name")):
            yield i, Found(m.group("name"), definition(m.group("def")) if m.group("def") else None)


def proposals(units: Units) -> Iterator[tuple[int, Found]]:
    """"a private right of action for health data, which would let patients ...": defined by what it would do."""
    for i, m in units.scan(pt.GLOSSARY_PROPOSAL):
        words = m.group("name").split()
        a_kind_alone = len(words) == 1 and words[0] in pt.GLOSSARY_KINDS  # "a bill, which would ..."
        if not (set(words) - {"of"}) & pt.GLOSSARY_STOPWORDS and not a_kind_alone:
            yield i, Found(m.group("name"), definition(m.group("def")))


def events(units: Units) -> Iterator[tuple[int, Found]]:
    """Named storms ("hurricane Katrina" -> "Hurricane Katrina"), hashtags and "the X movement"."""
    for i, m in units.scan(pt.GLOSSARY_NAMED_EVENT):
        if m.group("name").lower() not in _DATE_WORDS:
            yield i, Found(f"{m.group('kind').title()} {m.group('name')}")
    for i, m in units.scan(pt.GLOSSARY_HASHTAG):
        tag = f"#{m.group('tag')}"
        yield i, Found(tag, aliases=(f"{tag} movement",) if m.group("movement") else ())
    for i, m in units.scan(pt.GLOSSARY_MOVEMENT):
        if m.group("name").split()[0] not in pt.GLOSSARY_NAME_OPENERS:
            yield i, Found(m.group("name"), aliases=(f"{m.group('name')} movement",))


def lexicon(units: Units) -> Iterator[Found]:
    """Terms of the gazetteer (patterns.GLOSSARY_LEXICON): one per concept, named by its first spelling in the text."""
    seen: dict[int, list[str]] = defaultdict(list)
    spans = [(m.start(), m.end(), False) for m in units.caseless(_LEXICON_RE, _LEXICON_FIRST)]
    spans += [(m.start(), m.end(), True) for _, m in units.scan(_DEMONYM_RE, cue=_AFTER_DEMONYM_CUE)]
    for start, end, demonym in sorted(spans, key=lambda span: span[0]):
        if _in_name(units, start, end):
            continue
        matched = units.text[start:end]
        concept = _BY_KEY.get(_key(matched.split(maxsplit=1)[-1] if demonym else matched))
        spelling = _spelling(matched, demonym)
        if concept is not None and spelling not in seen[concept]:
            seen[concept].append(spelling)
    for spellings in seen.values():
        yield Found(spellings[0], aliases=tuple(spellings[1:]))


def possessed(units: Units) -> Iterator[Found]:
    """"its intake questionnaire" ... "our intake questionnaire": a compound given owners in more than one voice."""
    owners: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    first: dict[str, str] = {}
    for m in units.caseless(_POSSESSED_COMPOUND, _POSSESSIVE):
        term = units.text[m.start("term"): m.end("term")]
        if term == term.lower() and not set(_PARTS.split(term)) & _NOT_POSSESSED \
                and norm(term) not in _NOT_POSSESSED_TERMS:
            owners[norm(term)].add(units.text[m.start("owner"): m.end("owner")].lower())
            mentions[norm(term)] += 1
            first.setdefault(norm(term), term)
    for key, term in first.items():
        if mentions[key] >= pt.GLOSSARY_POSSESSED_MIN and len(owners[key]) >= pt.GLOSSARY_POSSESSED_MIN:
            yield Found(term)


# --- the lexicon, compiled ------------------------------------------------------------------------------------

_DATE_WORDS = {*TIMELINE_MONTHS, *TIMELINE_WEEKDAYS}
_NOT_POSSESSED = pt.GLOSSARY_POSSESSED_NOT | pt.GLOSSARY_STOPWORDS
_NOT_POSSESSED_TERMS = {norm(t) for t in pt.GLOSSARY_POSSESSED_NOT_TERMS}
_POSSESSED_COMPOUND = Caseless(pt.GLOSSARY_POSSESSED_COMPOUND)
_POSSESSIVE = word_start(list(pt.GLOSSARY_POSSESSIVES))
_DEMONYM = "{demonym}"
_PARTS = re.compile(r"[\s-]+")
_WORDS = re.compile(r"[\s,-]+")


def _key(spelling: str) -> str:
    """"Opt-outs" -> "opt out": case, hyphens, commas and plurals aside."""
    return " ".join(norm(w) for w in _WORDS.split(spelling.lower()) if w)


_CONCEPTS = [[v.strip() for v in line.split("|")] for line in pt.GLOSSARY_LEXICON]
_BY_KEY = {_key(v.replace(_DEMONYM, "")): i for i, variants in enumerate(_CONCEPTS) for v in variants}
_PLAIN = [" ".join(re.split(r"[\s,-]+", v.lower())) for vs in _CONCEPTS for v in vs if _DEMONYM not in v]
_AFTER_DEMONYM = [_key(v.replace(_DEMONYM, "")) for vs in _CONCEPTS for v in vs if _DEMONYM in v]
# A plural s or es may follow the last word; no word character or hyphen may touch either end ("non-targeted").
_LEXICON_RE = Caseless(r"(?<![\w#-])" + trie(_PLAIN) + r"(?:e?s)?(?![\w-])")
_DEMONYM_RE = re.compile(r"(?<![\w-])" + pt.GLOSSARY_DEMONYM + r"\s+(?i:" + trie(_AFTER_DEMONYM) + r")(?![\w-])")
_LEXICON_FIRST = word_start(sorted({spelling.split()[0] for spelling in _PLAIN}))
# Its cue: demonyms are common, the words after them are not (their first words, each found on its own).
_AFTER_DEMONYM_CUE = tuple(Caseless(re.escape(first)) for first in sorted({v.split()[0] for v in _AFTER_DEMONYM}))

# Cues of GLOSSARY_TERM_OF_ART (see words.Units.scan): `terms_of_art` keeps a term only if its description is about
# a kind of thing, so the description ("a", "an", "the" after a comma, anything after a dash) holds a kind word.
_KIND = r"(?<![\w'’-])" + trie(sorted(pt.GLOSSARY_KINDS)) + r"s?(?![\w'’-])"
_TERM_OF_ART_CUES = (Caseless(r",\s+(?:a|an|the)\s[^,.;:()]*?" + _KIND), Caseless(r"[-–—]\s[^,.;:()]*?" + _KIND))


def _in_name(units: Units, start: int, end: int) -> bool:
    """"the Right to Repair Act", "Subcommittee on Antitrust": a spelling in capitals inside a longer name."""
    if not all(w[0].isupper() for w in _PARTS.split(units.text[start:end]) if w and w not in pt.GLOSSARY_STOPWORDS):
        return False
    i = units.index(start)
    before = units.text[units.starts[i]: start].split()[-1:]
    after = units.text[end: units.ends[i]].split()[:1]
    return bool(after and after[0][0].isupper()) or bool(before and before[0][0].isupper()
                                                         and not before[0].endswith((".", ":", "?", "!")))


def _spelling(matched: str, demonym: bool) -> str:
    """As printed, but "Telehealth" or "Fake news" at the start of a sentence is "telehealth", "fake news"."""
    matched = " ".join(matched.split())
    if demonym or matched[1:] != matched[1:].lower():
        return matched
    return matched[0].lower() + matched[1:]
