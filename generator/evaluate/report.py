"""Evaluation reports: one text in detail (text or JSON), or a directory as a table with a total row.

Works on any object with `text`, `gold` and `scores` ({section: Score | None}); None prints as "n/a".
"""

from __future__ import annotations

import json
from statistics import mean

TOTAL_IS = "mean of the per-text F1 over the texts where the section is scored (n/a excluded)"
_CHROME_NOTE = ("chrome: the share of gold boilerplate fragments removed, as recall and F1 "
                "(precision is not measured: the gold lists only what must go)")


def _label(section: str) -> str:
    return section.replace("_", " ")


def _num(value: float | None, none: str = "n/a") -> str:
    return none if value is None else f"{value:.2f}"


def text_report(evaluation) -> str:
    """Per section precision, recall, F1 and counts, then each miss and each false hit."""
    lines = [f"{evaluation.text} against {evaluation.gold}", "",
             f"{'section':<18}{'precision':>10}{'recall':>8}{'F1':>6}{'gold':>6}{'extracted':>11}"]
    for section, s in evaluation.scores.items():
        if s is None:
            lines.append(f"{_label(section):<18}{'n/a':>10}{'n/a':>8}{'n/a':>6}")
            continue
        extracted = "-" if s.share_only else str(s.correct + len(s.false_hits))
        lines.append(f"{_label(section):<18}{_num(s.precision, '-'):>10}{_num(s.recall):>8}{_num(s.f1):>6}"
                     f"{s.found + len(s.misses):>6}{extracted:>11}")
    lines += ["", _CHROME_NOTE]
    for section, s in evaluation.scores.items():
        lines += _details(section, s)
    return "\n".join(lines) + "\n"


def _details(section: str, s) -> list[str]:
    if s is None or not (s.misses or s.false_hits):
        return []
    return (["", f"{_label(section)}:"] + [f"  miss: {m}" for m in s.misses]
            + [f"  false hit: {f}" for f in s.false_hits])


def totals(evaluations, sections) -> dict[str, float | None]:
    """Per section, the mean per-text F1 over the texts where it is scored."""
    result = {}
    for section in sections:
        scored = [e.scores[section].f1 for e in evaluations if e.scores[section] is not None]
        result[section] = mean(scored) if scored else None
    return result


def table(evaluations, sections) -> str:
    """One row per text, one F1 column per section, and the total row."""
    width = max(len("total"), *(len(_name(e.text)) for e in evaluations)) + 2
    columns = [max(len(_label(s)), 4) + 2 for s in sections]
    header = "text".ljust(width) + "".join(_label(s).rjust(c) for s, c in zip(sections, columns, strict=True))
    rows = [_row(_name(e.text), [e.scores[s] and e.scores[s].f1 for s in sections], width, columns)
            for e in evaluations]
    total = _row("total", list(totals(evaluations, sections).values()), width, columns)
    rule = "-" * len(header)
    return "\n".join(["F1 per section", header, rule, *rows, rule, total, "",
                      f"total: {TOTAL_IS}", _CHROME_NOTE]) + "\n"


def _row(name: str, values: list, width: int, columns: list[int]) -> str:
    return name.ljust(width) + "".join(_num(v).rjust(c) for v, c in zip(values, columns, strict=True))


def _name(text: str) -> str:
    return text.rsplit("/", 1)[-1].removesuffix(".txt")


def as_json(evaluation) -> dict:
    return {"text": evaluation.text, "gold": evaluation.gold,
            "sections": {k: _score_json(s) for k, s in evaluation.scores.items()}}


def _score_json(s) -> dict | None:
    if s is None:
        return None
    extracted = None if s.share_only else s.correct + len(s.false_hits)
    return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.found + len(s.misses),
            "found": s.found, "extracted": extracted, "correct": s.correct, "misses": list(s.misses),
            "false_hits": list(s.false_hits)}


def json_report(evaluations, sections, single: bool) -> str:
    if single:
        data = as_json(evaluations[0])
    else:
        data = {"texts": [as_json(e) for e in evaluations], "total": totals(evaluations, sections),
                "total_is": TOTAL_IS}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
