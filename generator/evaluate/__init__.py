"""Evaluate: score an extraction against a gold annotation (GOLD-FORMAT.md), per section.

Runs the pipeline on a text, exports it, renders its pages, and compares them with `NAME.gold.yml`:
people, exchanges (by questioner), timeline (dates), glossary (terms), numbers, opening statement (bounds) and
chrome (boilerplate removal). A directory scores every `NAME.txt` that has a `NAME.gold.yml` beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import pipeline
from generator.errors import InputError
from generator.evaluate.chrome import score_chrome
from generator.evaluate.gold import load_gold
from generator.evaluate.match import (
    Score,
    score_exchanges,
    score_glossary,
    score_numbers,
    score_people,
    score_timeline,
)
from generator.evaluate.report import json_report, table, text_report
from generator.evaluate.statement import score_statement
from generator.export import as_dict
from generator.render import render

SECTIONS = ("people", "exchanges", "timeline", "glossary", "numbers", "opening_statement", "chrome")


@dataclass(frozen=True)
class Evaluation:
    text: str
    gold: str
    scores: dict[str, Score | None]  # by section, in SECTIONS order; None is "n/a"


def evaluate(text: Path, gold: Path | None = None, meta: Path | None = None) -> Evaluation:
    """Score the extraction of one text; `gold` defaults to NAME.gold.yml, `meta` to NAME.yml beside it."""
    gold = gold or gold_path(text)
    annotation = load_gold(gold)
    story = pipeline.story(text, meta)
    return Evaluation(str(text), str(gold), score(annotation, as_dict(story), render(story)))


def score(gold: dict, export: dict, pages: dict[str, str]) -> dict[str, Score | None]:
    """Every section of one export (and its rendered pages) against one gold annotation."""
    return {
        "people": score_people(gold.get("people"), export),
        "exchanges": score_exchanges(gold, export),
        "timeline": score_timeline(gold.get("timeline"), export),
        "glossary": score_glossary(gold.get("glossary"), export),
        "numbers": score_numbers(gold.get("numbers"), export),
        "opening_statement": score_statement(gold.get("opening_statement"), export),
        "chrome": score_chrome(gold.get("boilerplate"), export, pages),
    }


def evaluate_dir(directory: Path) -> list[Evaluation]:
    """Every NAME.txt in `directory` that has NAME.gold.yml beside it, in name order."""
    texts = [t for t in sorted(directory.glob("*.txt")) if gold_path(t).exists()]
    if not texts:
        raise InputError(f"{directory}: no NAME.txt with a NAME.gold.yml beside it")
    return [evaluate(t) for t in texts]


def gold_path(text: Path) -> Path:
    return text.with_name(f"{text.stem}.gold.yml")


def run(target: Path, gold: Path | None = None, meta: Path | None = None, as_json: bool = False) -> str:
    """The `evaluate` command: one text in detail, or a directory as a table."""
    if target.is_dir():
        if gold or meta:
            raise InputError(f"{target}: a directory takes no --gold/--meta (each NAME.txt uses NAME.gold.yml "
                             "and NAME.yml beside it)")
        evaluations = evaluate_dir(target)
        return json_report(evaluations, SECTIONS, single=False) if as_json else table(evaluations, SECTIONS)
    evaluation = evaluate(target, gold, meta)
    return json_report([evaluation], SECTIONS, single=True) if as_json else text_report(evaluation)
