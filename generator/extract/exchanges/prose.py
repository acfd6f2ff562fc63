"""The prose as units: the sentences of every narrative paragraph, with their scope and quotations."""

from __future__ import annotations

import re

from generator.extract.exchanges.draft import Unit
from generator.model import Paragraph, Story
from generator.patterns import people as pat

_QUOTATION = re.compile(r"[“\"‘](?=\S)([^“”\"]+?)[”\"’](?!\w)")


def units(story: Story, statement: set[str]) -> list[Unit]:
    """The sentences of every narrative paragraph (not the statement, roster or transcript turns)."""
    # Sentences and quotations grouped by paragraph once: looking them up per paragraph was quadratic.
    sentences, quoted = _by_para(story.sentences), _by_para(story.quotes)
    runs = _runs(story)
    units = []
    for order, p in enumerate(story.paragraphs):
        if p.id in statement or p.section in ("roster", "turn", "statement"):
            continue
        scope = ("entry", p.entry) if p.entry is not None else ("section", p.section, runs[order])
        quotes = [(q.start, q.end) for q in quoted.get(p.id, ())] or _quote_spans(p.text)
        for start, end in _sentence_spans(sentences.get(p.id, ()), p):
            # a quotation may run past a sentence end ("replied: "It is a tool, senator. The ..."): clip it
            text = p.text[start:end]
            if not quotes:
                units.append(Unit(p.id, order, scope, text, (), text))
                continue
            inner = tuple((max(s, start) - start, min(e, end) - start) for s, e in quotes if s < end and e > start)
            units.append(Unit(p.id, order, scope, text, inner, _masked(text, inner)))
    return units


def _by_para(items) -> dict[str, list]:
    """Sentences or quotations by paragraph id, each list in the story's order."""
    grouped: dict[str, list] = {}
    for item in items:
        grouped.setdefault(item.para, []).append(item)
    return grouped


def _runs(story: Story) -> list[int]:
    """For each paragraph, where the run of same-section paragraphs containing it begins (one pass)."""
    starts: list[int] = []
    for order, p in enumerate(story.paragraphs):
        same = order > 0 and story.paragraphs[order - 1].section == p.section
        starts.append(starts[-1] if same else order)
    return starts


def _sentence_spans(sentences: list, p: Paragraph) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in sentences]
    if spans:
        return spans
    cuts = [m.end() for m in pat.PEOPLE_SENTENCE_END.finditer(p.text)]
    spans = [(a, a + len(p.text[a:b].rstrip())) for a, b in zip([0, *cuts], [*cuts, len(p.text)], strict=True)]
    return [(a, b) for a, b in spans if b > a]


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations when the segment stage gave none: any opening mark to the next closing one."""
    return [(m.start(1), m.end(1)) for m in _QUOTATION.finditer(text)]


def _masked(text: str, quotes: tuple[tuple[int, int], ...]) -> str:
    """The sentence with its quotations blanked, so names and verbs inside quotes are not read as narrative."""
    for s, e in quotes:
        text = text[:s] + " " * (e - s) + text[e:]
    return text
