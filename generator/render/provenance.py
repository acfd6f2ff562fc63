"""Provenance: ¶ links and their titles, back-links from the source page, counts."""

from __future__ import annotations

import re
from collections import defaultdict

from generator.escape import Trusted
from generator.model import Story
from generator.render.context import Cite, Use


class Said:
    """The ¶ link's tooltip: the sentence of the paragraph that shares most words with the item (the largest
    share of the sentence's words; the first such sentence on a tie). Sentences are grouped by paragraph once,
    and case-folded and counted only when an item needs them: scanning the whole story per ¶ link made
    rendering quadratic, and counting the words of every sentence was most of the rest."""

    def __init__(self, story: Story):
        self._sentences: dict[str, list[str]] = {}
        for s in story.sentences:
            self._sentences.setdefault(s.para, []).append(s.text)
        self._ids = {p.id for p in story.paragraphs}
        for p in story.paragraphs:  # a paragraph not cut into sentences is one (the first one, if ids repeat)
            self._sentences.setdefault(p.id, [p.text])
        self._cut: dict[str, list[_Sentence]] = {}

    def __call__(self, pid: str, text: str | None = None) -> str:
        return self._tooltip(pid, self._sentences.get(pid, [""]), _Item(text))

    def cites(self, sources: tuple[str, ...], text: str | None = None) -> list[Cite]:
        """An item's ¶ links: one per source paragraph that exists (the item's words shared by its links)."""
        item = _Item(text)
        return [Cite(pid, self._tooltip(pid, self._sentences[pid], item)) for pid in sources if pid in self._ids]

    def _tooltip(self, pid: str, sentences: list[str], item: _Item) -> str:
        return f"¶ {pid}: {sentences[self._best(pid, sentences, item) if len(sentences) > 1 else 0]}"

    def _best(self, pid: str, sentences: list[str], item: _Item) -> int:
        if pid not in self._cut:
            self._cut[pid] = [_Sentence(s) for s in sentences]
        best, best_share = 0, -1.0
        for n, sentence in enumerate(self._cut[pid]):
            share = item.share(sentence)
            if share == 1.0:  # all its words: no later sentence can do better
                return n
            if share > best_share:
                best, best_share = n, share
        return best


_WORD = re.compile(r"\w+")
_FEW_WORDS = 4  # up to this many words, looking each up in a sentence is cheaper than counting the sentence's


class _Sentence:
    """A sentence case-folded, its words counted on first use."""

    __slots__ = ("folded", "_words")

    def __init__(self, text: str):
        self.folded = text.casefold()
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(_WORD.findall(self.folded))
        return self._words


class _Item(_Sentence):
    """The words of an item with ¶ links, counted only if a tooltip needs them."""

    __slots__ = ()

    def __init__(self, text: str | None):
        super().__init__(text or "")

    def share(self, sentence: _Sentence) -> float:
        """The share of the sentence's words that are the item's."""
        if len(sentence.folded) <= len(self.folded) and self._quotes(sentence.folded):
            return 1.0  # the item quotes the sentence whole: a timeline event, a figure, a transcript turn
        words = self.words()
        if len(words) <= _FEW_WORDS and not any(map(sentence.folded.__contains__, words)):
            return 0.0  # a name or a term that is not in the sentence: no need to count the sentence's words
        theirs = sentence.words()
        return len(words & theirs) / (len(theirs) or 1)

    def _quotes(self, sentence: str) -> bool:
        """True if `sentence` has words and occurs in the item with none of them cut short."""
        start = self.folded.find(sentence) if sentence else -1
        while start >= 0:
            end = start + len(sentence)
            cut_before = start > 0 and _is_word(self.folded[start - 1]) and _is_word(sentence[0])
            cut_after = end < len(self.folded) and _is_word(self.folded[end]) and _is_word(sentence[-1])
            if not (cut_before or cut_after):
                return _WORD.search(sentence) is not None
            start = self.folded.find(sentence, start + 1)
        return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what `\w` matches


def uses(story: Story, view: dict) -> dict[str, list[Use]]:
    """Paragraph id -> the places that cite it, in page order, without repeats."""
    places: dict[str, dict[tuple[str, str], Use]] = defaultdict(dict)  # keyed: a much-cited ¶ was quadratic
    for sources, label, target in _citations(story, view):
        place, href = (label, target), Trusted(target)
        for pid in sources:
            keyed = places[pid]
            if place not in keyed:
                keyed[place] = Use(label, href, not keyed)  # first: the first place listed
    return {pid: list(keyed.values()) for pid, keyed in places.items()}


def _citations(story: Story, view: dict) -> list[tuple[tuple[str, ...], str, str]]:
    """(sources, label, link target) for every item a page links to its source paragraph."""
    cites = [((s.source,), "Overview", "index.md#what-happened") for s in view["summary"]]
    cites += [((q.source,), "Overview: key quotes", "index.md#key-quotes") for q in view["key_quotes"]]
    cites += [(v.e.sources, "Timeline", f"timeline.md#{v.id}") for v in view["events"]]
    cites += [((p.source,), "Opening statement", "opening-statement.md") for p in view["statement"]]
    cites += [(e.x.sources, f"Exchange {e.n}", f"exchanges.md#{e.id}") for e in view["exchanges"]]
    cites += [(v.p.sources, f"People: {v.p.name}", f"people.md#{v.id}") for v in view["people"]]
    cites += [(v.t.sources, f"Glossary: {v.t.term}", f"glossary.md#{v.id}") for v in view["terms"]]
    cites += [(f.sources, f"By the numbers: {f.figure}", f"numbers.md#figure-{n}")
              for n, f in enumerate(story.numbers, 1)]
    cites += [(c.first.sources + c.second.sources, "Opening statement: versions",
               "opening-statement.md#written-and-delivered-versions") for c in story.comparisons]
    return cites


def counts(story: Story, view: dict) -> dict:
    """How many items carry a link to an existing source paragraph, of how many."""
    ids = {p.id for p in story.paragraphs}
    items = [e.sources for e in story.timeline] + [x.sources for x in story.exchanges]
    items += [t.sources for t in story.glossary] + [f.sources for f in story.numbers]
    items += [p.sources for p in story.people] + [(q.source,) for q in view["key_quotes"]]
    return {"total": len(items), "linked": sum(1 for sources in items if set(sources) & ids)}
