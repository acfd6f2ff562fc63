"""Opening statement: one item; first words, last words and paragraph count must all agree with the gold."""

from __future__ import annotations

from generator.evaluate.match import Score, clip, norm, tail


def score_statement(gold: dict | None, export: dict) -> Score | None:
    """One item: first words, last words and paragraph count must all agree."""
    found = export.get("opening_statement")
    if gold is None and found is None:
        return None
    if found is None:
        return Score(0, 0, misses=(_gold_statement(gold),))
    if gold is None:
        return Score(0, 0, false_hits=(_found_statement(found),))
    problems = statement_problems(gold, [p["text"] for p in found.get("paragraphs") or []])
    if not problems:
        return Score(1, 1)
    return Score(0, 0, misses=(f"{_gold_statement(gold)}: {'; '.join(problems)}",),
                 false_hits=(_found_statement(found),))


def statement_problems(gold: dict, paragraphs: list[str]) -> list[str]:
    """What disagrees between the gold bounds and the extracted paragraphs (compared after `norm`)."""
    first, last = (norm(paragraphs[0]), norm(paragraphs[-1])) if paragraphs else ("", "")
    problems = []
    if not first.startswith(norm(gold["first_words"])):
        problems.append(f'first words are "{clip(first, 8)}"')
    if not last.endswith(norm(gold["last_words"])):
        problems.append(f'last words are "{tail(last, 8)}"')
    if len(paragraphs) != gold["paragraphs"]:
        problems.append(f"{len(paragraphs)} paragraphs, not {gold['paragraphs']}")
    return problems


def _gold_statement(gold: dict) -> str:
    return f'{gold["paragraphs"]} paragraphs from "{gold["first_words"]}" to "{gold["last_words"]}"'


def _found_statement(found: dict) -> str:
    texts = [p["text"] for p in found.get("paragraphs") or []] or [""]
    return f'{len(found.get("paragraphs") or [])} paragraphs from "{clip(texts[0], 8)}" to "{tail(texts[-1], 8)}"'
