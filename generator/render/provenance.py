"""Provenance: ¶ link titles, back-links from the source page, counts."""

from __future__ import annotations

import re

from generator.escape import Trusted
from generator.model import Story
from generator.render.context import _events, _Use


class _Said:
    """The ¶ link's tooltip, `said(pid, text)`: the sentence of the paragraph that shares most words with the
    item. Sentences are grouped by paragraph once, and their word sets worked out on first use: scanning the
    whole story per ¶ link made rendering quadratic."""

    def __init__(self, story: Story):
        self._texts: dict[str, str] = {}
        for p in story.paragraphs:
            self._texts.setdefault(p.id, p.text)
        self._sentences: dict[str, list[str]] = {}
        for s in story.sentences:
            self._sentences.setdefault(s.para, []).append(s.text)
        self._words: dict[str, list[tuple[str, set[str]]]] = {}

    def __call__(self, pid: str, text: str | None = None) -> str:
        words = _wordset(text or "")
        # The sentence most covered by the item's words: its own sentence, or the first one of a whole paragraph.
        best = max(self._candidates(pid), key=lambda sw: len(words & sw[1]) / (len(sw[1]) or 1))
        return f"¶ {pid}: {best[0]}"

    def _candidates(self, pid: str) -> list[tuple[str, set[str]]]:
        if pid not in self._words:
            sentences = self._sentences.get(pid) or [self._texts.get(pid, "")]
            self._words[pid] = [(s, _wordset(s)) for s in sentences]
        return self._words[pid]


def _wordset(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _uses(story: Story, view: dict) -> dict[str, list[_Use]]:
    """Paragraph id -> the places that cite it: [{"label", "href"}], in page order, without repeats."""
    places: dict[str, dict[tuple[str, str], _Use]] = {}  # keyed, not a list: a much-cited ¶ was quadratic
    for sources, label, target in _citations(story, view):
        for pid in sources:
            places.setdefault(pid, {}).setdefault((label, target), _Use(label, Trusted(target)))
    return {pid: list(keyed.values()) for pid, keyed in places.items()}


def _citations(story: Story, view: dict) -> list[tuple[tuple[str, ...], str, str]]:
    """(sources, label, link target) for every item a page links to its source paragraph."""
    cites = [((s["source"],), "Overview", "index.md#what-happened") for s in view["summary"]]
    cites += [((q["source"],), "Overview: key quotes", "index.md#key-quotes") for q in view["key_quotes"]]
    cites += [(v["e"].sources, "Timeline", f"timeline.md#{v['id']}") for v in _events(story.timeline)]
    cites += [((p.id,), "Opening statement", "opening-statement.md") for p in view["statement"]]
    cites += [(e["x"].sources, f"Exchange {e['n']}", f"exchanges.md#{e['id']}") for e in view["exchanges"]]
    cites += [(v["p"].sources, f"People: {v['p'].name}", f"people.md#{v['id']}") for v in view["people"]]
    cites += [(v["t"].sources, f"Glossary: {v['t'].term}", f"glossary.md#{v['id']}") for v in view["terms"]]
    cites += [(f.sources, f"By the numbers: {f.figure}", f"numbers.md#figure-{n}")
              for n, f in enumerate(story.numbers, 1)]
    cites += [(c.first.sources + c.second.sources, "Opening statement: versions",
               "opening-statement.md#written-and-delivered-versions") for c in story.comparisons]
    return cites


def _provenance(story: Story, view: dict) -> dict:
    """How many items carry a link to an existing source paragraph, of how many."""
    ids = {p.id for p in story.paragraphs}
    items = [e.sources for e in story.timeline] + [x.sources for x in story.exchanges]
    items += [t.sources for t in story.glossary] + [f.sources for f in story.numbers]
    items += [p.sources for p in story.people] + [(q["source"],) for q in view["key_quotes"]]
    return {"total": len(items), "linked": sum(1 for sources in items if set(sources) & ids)}
