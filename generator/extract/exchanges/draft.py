"""Exchanges being assembled: a sentence unit, a draft, folding follow-ups, joining, and de-duplication."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract.exchanges.cast import Cast
from generator.model import Exchange
from generator.patterns import exchanges as pat

_ENDS_SENTENCE = re.compile(r"[.!?\"”’:]$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass(frozen=True)
class Unit:
    """One sentence in reading order, with where it sits and its quotations (offsets into `text`)."""

    para: str
    order: int  # paragraph index in reading order
    scope: tuple  # pronouns and pending questions never cross a scope (an entry, or a run of a section)
    text: str
    quotes: tuple[tuple[int, int], ...]
    plain: str  # `text` with its quotations blanked, so names and verbs inside quotes are not read as narrative


@dataclass
class Draft:
    """An exchange being assembled (local and mutable; frozen into an `Exchange` at the end)."""

    questioner: str | None
    question: list[str]
    answer: list[str] = field(default_factory=list)
    quote: str | None = None
    sources: list[str] = field(default_factory=list)
    scope: tuple = ()
    order: int = 0
    section: str | None = None

    def answered(self, unit: Unit, text: str, quote: str | None) -> None:
        self.answer.append(text)
        self.quote = self.quote or quote
        self.sources.append(unit.para)
        self.order = unit.order


def freeze(d: Draft) -> Exchange:
    return Exchange(
        questioner=d.questioner, question=_join(d.question), answer=_join(d.answer),
        verbatim=d.quote is not None, answer_quote=d.quote, sources=tuple(dict.fromkeys(d.sources)),
    )


def _join(parts: list[str]) -> str:
    """Source fragments in order; one cut short at either end of its sentence is marked with an ellipsis."""
    marked = ("… " + p if p[:1].islower() else p for p in parts)
    return " ".join(
        p if _ENDS_SENTENCE.search(p) or i == len(parts) - 1 else p + " …" for i, p in enumerate(marked)
    )


def complete(done: list[Draft], q: Draft, unit: Unit, answer: str, quote: str | None) -> Draft:
    """Attach an answer to a question, folding a follow-up that only presses the previous point."""
    last = done[-1] if done else None
    if last and last.questioner and last.questioner == q.questioner and last.scope == q.scope and _presses(last, q):
        last.question.extend(q.question)
        last.sources.extend(q.sources)
        last.answered(unit, answer, quote)
        return last
    q.answered(unit, answer, quote)
    done.append(q)
    return q


def _presses(last: Draft, q: Draft) -> bool:
    text = " ".join(q.question)
    return bool(pat.EXCHANGE_RESTATEMENT.match(text)) or bool(_stems(" ".join(last.question)) & _stems(text))


def _stems(text: str) -> set[str]:
    """Beginnings of the topic words; capitalised words (names, sentence openers) say nothing of the topic."""
    words = _LOWER_WORD.findall(text)
    return {
        w[: pat.EXCHANGE_STEM] for w in words if len(w) >= pat.EXCHANGE_MIN_WORD and w not in pat.EXCHANGE_STOPWORDS
    }


def dedupe(drafts: list[Draft], cast: Cast) -> list[Draft]:
    """The same exchange told twice (in the summary and again in an entry) is kept once."""
    kept: list[Draft] = []
    # Only a draft with the same questioner can be a twin; each keeps its stems, read once.
    asked_by: dict[str, list[tuple[Draft, set[str]]]] = {}
    for d in drafts:
        stems = _stems(" ".join(d.question)) if d.questioner else set()
        same = asked_by.setdefault(d.questioner, []) if d.questioner else []
        twin = next((k for k, known in same if k.section != d.section and len(known & stems) >= 2), None)
        if twin is None:
            kept.append(d)
            same.append((d, stems))
        else:
            twin.sources.extend(d.sources)
            twin.quote = twin.quote or d.quote
    return kept
