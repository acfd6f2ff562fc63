"""Finders of terms of art: defined phrases, quoted terms, causes, proposals, named events, hashtags, the lexicon.

Sentence finders read one sentence; `lexicon` and `possessed` read all the units at once, because what they
yield depends on the whole text (every spelling it uses, how often it gives a thing an owner).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from generator import patterns as pt
from generator.extract.glossary.words import Found, definition, head, matches, norm, noun_phrase


def terms_of_art(text: str) -> Iterator[Found]:
    """"age assurance, the industry's term for ...", "a geofence, a virtual boundary around a location"."""
    for m in (m for pattern in pt.GLOSSARY_TERM_OF_ART for m in matches(pattern, text)):
        term = noun_phrase(m.group("name"))
        # "A British firm, a British product": a kind word on its own is a description, not a term
        if term and term.split()[-1] not in pt.GLOSSARY_KINDS and head(m.group("def")) in pt.GLOSSARY_KINDS:
            yield Found(term, definition(m.group("def")))


def quoted(text: str) -> Iterator[Found]:
    """Short quoted terms of art: its "duty of care" provision, considered it "a closed case"."""
    for m in pt.GLOSSARY_QUOTED.finditer(text):
        term = (m.group("term") or m.group("inner")).strip()
        if len(term.split()) <= 3 and term.split()[0] not in pt.GLOSSARY_QUOTE_NOT_TERM:
            yield Found(term)
    for m in pt.GLOSSARY_QUOTED_APPOSITION.finditer(text):
        if head(m.group("def")) in pt.GLOSSARY_KINDS:
            yield Found(m.group("name").strip(), definition(m.group("def")))


def causes(text: str) -> Iterator[Found]:
    """"the right-to-repair fight, the push by farmers ...": the cause, defined by the apposition if there is one."""
    for m in pt.GLOSSARY_CAUSE.finditer(text):
        if not pt.GLOSSARY_NOT_CAUSE.search(m.group("name")):
            yield Found(m.group("name"), definition(m.group("def")) if m.group("def") else None)


def proposals(text: str) -> Iterator[Found]:
    """"a private right of action for health data, which would let patients ...": defined by what it would do."""
    for m in matches(pt.GLOSSARY_PROPOSAL, text):
        words = m.group("name").split()
        a_kind_alone = len(words) == 1 and words[0] in pt.GLOSSARY_KINDS  # "a bill, which would ..."
        if not (set(words) - {"of"}) & pt.GLOSSARY_STOPWORDS and not a_kind_alone:
            yield Found(m.group("name"), definition(m.group("def")))


def events(text: str) -> Iterator[Found]:
    """Named storms ("hurricane Katrina" -> "Hurricane Katrina"), hashtags and "the X movement"."""
    for m in matches(pt.GLOSSARY_NAMED_EVENT, text):
        if m.group("name").lower() not in _DATE_WORDS:
            yield Found(f"{m.group('kind').title()} {m.group('name')}")
    for m in matches(pt.GLOSSARY_HASHTAG, text):
        tag = f"#{m.group('tag')}"
        yield Found(tag, aliases=(f"{tag} movement",) if m.group("movement") else ())
    for m in matches(pt.GLOSSARY_MOVEMENT, text):
        if m.group("name").split()[0] not in pt.GLOSSARY_NAME_OPENERS:
            yield Found(m.group("name"), aliases=(f"{m.group('name')} movement",))


def lexicon(units: list[tuple[str, str]]) -> Iterator[Found]:
    """Terms of the gazetteer (patterns.GLOSSARY_LEXICON): one per concept, named by its first spelling in the text."""
    seen: dict[int, list[str]] = defaultdict(list)
    for _, text in units:
        matches = [(m, False) for m in _LEXICON_RE.finditer(text)] + [(m, True) for m in _DEMONYM_RE.finditer(text)]
        for m, demonym in sorted(matches, key=lambda pair: pair[0].start()):
            if _in_name(text, m.start(), m.end()):
                continue
            concept = _BY_KEY.get(_key(m.group(0).split(maxsplit=1)[-1] if demonym else m.group(0)))
            spelling = _spelling(m.group(0), demonym)
            if concept is not None and spelling not in seen[concept]:
                seen[concept].append(spelling)
    for spellings in seen.values():
        yield Found(spellings[0], aliases=tuple(spellings[1:]))


def possessed(units: list[tuple[str, str]]) -> Iterator[Found]:
    """"its intake questionnaire" ... "our intake questionnaire": a compound given owners in more than one voice."""
    owners: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    first: dict[str, str] = {}
    for _, text in units:
        for m in pt.GLOSSARY_POSSESSED_COMPOUND.finditer(text):
            term = m.group("term")
            if term == term.lower() and not set(re.split(r"[\s-]+", term)) & _NOT_POSSESSED \
                    and norm(term) not in _NOT_POSSESSED_TERMS:
                owners[norm(term)].add(m.group("owner").lower())
                mentions[norm(term)] += 1
                first.setdefault(norm(term), term)
    for key, term in first.items():
        if mentions[key] >= pt.GLOSSARY_POSSESSED_MIN and len(owners[key]) >= pt.GLOSSARY_POSSESSED_MIN:
            yield Found(term)


# --- the lexicon, compiled ------------------------------------------------------------------------------------

_DATE_WORDS = {*pt.TIMELINE_MONTHS, *pt.TIMELINE_WEEKDAYS}
_NOT_POSSESSED = pt.GLOSSARY_POSSESSED_NOT | pt.GLOSSARY_STOPWORDS
_NOT_POSSESSED_TERMS = {norm(t) for t in pt.GLOSSARY_POSSESSED_NOT_TERMS}
_DEMONYM = "{demonym}"


def _key(spelling: str) -> str:
    """"Opt-outs" -> "opt out": case, hyphens, commas and plurals aside."""
    return " ".join(norm(w) for w in re.split(r"[\s,-]+", spelling.lower()) if w)


def _trie(spellings: list[str]) -> str:
    """One regex for many spellings, branching letter by letter, so matching stays fast on a 5 MB text (an
    alternation of 250 phrases is tried phrase by phrase at every position, ten times slower)."""
    root: dict = {}
    for spelling in spellings:
        node = root
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [(r",?[\s-]+" if char == " " else re.escape(char)) + _trie_node(rest)
                for char, rest in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_CONCEPTS = [[v.strip() for v in line.split("|")] for line in pt.GLOSSARY_LEXICON]
_BY_KEY = {_key(v.replace(_DEMONYM, "")): i for i, variants in enumerate(_CONCEPTS) for v in variants}
_PLAIN = [" ".join(re.split(r"[\s,-]+", v.lower())) for vs in _CONCEPTS for v in vs if _DEMONYM not in v]
_AFTER_DEMONYM = [_key(v.replace(_DEMONYM, "")) for vs in _CONCEPTS for v in vs if _DEMONYM in v]
# A plural s or es may follow the last word; no word character or hyphen may touch either end ("non-targeted").
_LEXICON_RE = re.compile(r"(?<![\w#-])" + _trie(_PLAIN) + r"(?:e?s)?(?![\w-])", re.I)
_DEMONYM_RE = re.compile(r"(?<![\w-])" + pt.GLOSSARY_DEMONYM + r"\s+(?i:" + _trie(_AFTER_DEMONYM) + r")(?![\w-])")


def _in_name(text: str, start: int, end: int) -> bool:
    """"the Right to Repair Act", "Subcommittee on Antitrust": a spelling in capitals inside a longer name."""
    if not all(w[0].isupper() for w in re.split(r"[\s-]+", text[start:end]) if w and w not in pt.GLOSSARY_STOPWORDS):
        return False
    before, after = text[:start].split()[-1:], text[end:].split()[:1]
    return bool(after and after[0][0].isupper()) or bool(before and before[0][0].isupper()
                                                         and not before[0].endswith((".", ":", "?", "!")))


def _spelling(matched: str, demonym: bool) -> str:
    """As printed, but "Telehealth" or "Fake news" at the start of a sentence is "telehealth", "fake news"."""
    matched = " ".join(matched.split())
    if demonym or matched[1:] != matched[1:].lower():
        return matched
    return matched[0].lower() + matched[1:]
