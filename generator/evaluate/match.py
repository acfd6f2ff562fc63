"""Section matchers: gold items against the JSON export (`export.as_dict`), by the rules of GOLD-FORMAT.md.

Matching is one to one: every candidate pair gets a strength, and pairs are taken greedily, strongest first.
Each matcher returns a `Score`, or `None` when the section is "n/a" (the gold omits it and nothing was extracted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.evaluate.gold import gold_date

# Quote marks of every style compare equal ("‘x’" == "'x'"); the sources mix them freely.
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′"} | {c: '"' for c in "“”„‟″«»"})
# Name suffixes are not surnames ("John Smith Jr." has surname Smith).
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Score:
    """One section's result. `correct` counts extracted items that are right (precision's numerator), `found`
    gold items that were found (recall's); they differ only for exchanges, where unnamed ones count for recall."""

    correct: int
    found: int
    misses: tuple[str, ...] = ()
    false_hits: tuple[str, ...] = ()
    share_only: bool = False  # chrome: the gold lists only what must go, so only the share removed is measured

    @property
    def precision(self) -> float | None:
        if self.share_only:
            return None
        return _ratio(self.correct, self.correct + len(self.false_hits))

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.found + len(self.misses))

    @property
    def f1(self) -> float:
        if self.precision is None:
            return self.recall
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _ratio(part: int, whole: int) -> float:
    # Nothing to get right is vacuously all right: an empty gold list with nothing extracted scores 1.0.
    return part / whole if whole else 1.0


def norm(text: str) -> str:
    """Quote-mark style and white space normalised; case kept."""
    return " ".join(str(text).translate(_QUOTES).split())


def fold(text: str) -> str:
    return norm(text).casefold()


# --- one-to-one pairing ---------------------------------------------------------------------------


def pair(gold: Sequence, found: Sequence, strength: Callable) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, found index), strongest first; strength 0 never pairs."""
    candidates = [(strength(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold, used_found, pairs = set(), set(), []
    for power, i, j in candidates:
        if power > 0 and i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((i, j))
    return pairs


def _score(gold: Sequence, found: Sequence, strength: Callable, gold_label: Callable, found_label: Callable) -> Score:
    pairs = pair(gold, found, strength)
    paired_gold, paired_found = {i for i, _ in pairs}, {j for _, j in pairs}
    return Score(
        correct=len(pairs),
        found=len(pairs),
        misses=tuple(gold_label(g) for i, g in enumerate(gold) if i not in paired_gold),
        false_hits=tuple(found_label(f) for j, f in enumerate(found) if j not in paired_found),
    )


# --- people ---------------------------------------------------------------------------------------


def forms(person: dict) -> set[str]:
    """Every way the person is named: name and aliases, folded."""
    return {fold(x) for x in (person.get("name"), *(person.get("aliases") or ())) if x}


def _surnames(names: set[str]) -> set[str]:
    words = ([w.strip(".,") for w in name.split()] for name in names)
    return {kept[-1] for kept in ([w for w in ws if w and w not in _SUFFIXES] for ws in words) if kept}


def name_strength(gold: dict, found: dict) -> int:
    """3 same name, 2 a shared alias, 1 a shared surname (GOLD-FORMAT.md: a surname or any alias matches)."""
    if fold(gold["name"]) == fold(found.get("name") or ""):
        return 3
    gold_forms, found_forms = forms(gold), forms(found)
    if gold_forms & found_forms:
        return 2
    return 1 if _surnames(gold_forms) & _surnames(found_forms) else 0


def score_people(gold: list | None, export: dict) -> Score | None:
    found = export.get("people") or []
    if gold is None and not found:
        return None
    return _score(gold or [], found, name_strength, lambda g: g["name"], lambda f: f["name"])


# --- exchanges ------------------------------------------------------------------------------------


def score_exchanges(gold: dict, export: dict) -> Score | None:
    """Named questioners match by name, one to one, for precision and recall; a gold exchange with no
    questioner counts for recall only, found when its answer quote is in an extracted exchange naming no one."""
    golds, found = gold.get("exchanges"), export.get("exchanges") or []
    if golds is None and not found:
        return None
    golds = golds or []
    named = _as_people(golds, gold.get("people"))
    unnamed = [{"exchange": g} for g in golds if g["questioner"] is None and g.get("answer_quote")]
    found_named = _as_people(found, export.get("people"))
    found_unnamed = [{"exchange": f} for f in found if f.get("questioner") is None]
    by_name = _score(named, found_named, name_strength, _gold_exchange, _found_exchange)
    by_quote = _score(unnamed, found_unnamed, _quote_strength, _gold_exchange, _found_exchange)
    # With an empty gold list every extracted exchange is invented, named or not.
    invented = () if golds else by_quote.false_hits
    return Score(
        correct=by_name.correct,
        found=by_name.found + by_quote.found,
        misses=by_name.misses + by_quote.misses,
        false_hits=by_name.false_hits + invented,
    )


def _as_people(exchanges: list, people: list | None) -> list[dict]:
    """Exchanges that name a questioner, as people (the questioner's aliases from `people`) for `name_strength`."""
    aliases = {p["name"]: p.get("aliases") or [] for p in people or []}
    return [
        {"name": e["questioner"], "aliases": aliases.get(e["questioner"], []), "exchange": e}
        for e in exchanges
        if e.get("questioner") is not None
    ]


def _quote_strength(gold: dict, found: dict) -> int:
    """2 when the quote is the extracted answer quote, 1 when it is elsewhere in the exchange: a paragraph that
    reports two answers must not take the gold item its neighbour quotes exactly."""
    quote = fold(gold["exchange"]["answer_quote"])
    if quote in fold(found["exchange"].get("answer_quote") or ""):
        return 2
    words = " ".join(found["exchange"].get(k) or "" for k in ("answer", "question"))
    return 1 if quote in fold(words) else 0


def _gold_exchange(item: dict) -> str:
    g = item["exchange"]
    quote = f' ("{g["answer_quote"]}")' if g.get("answer_quote") else ""
    return f"{g['questioner'] or 'questioner not named'}: {g.get('topic') or '?'}{quote}"


def _found_exchange(item: dict) -> str:
    f = item["exchange"]
    return f"{f.get('questioner') or 'questioner not named'}: {clip(f.get('question') or f.get('answer') or '')}"


def clip(text: str, words: int = 12) -> str:
    parts = norm(text).split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def tail(text: str, words: int) -> str:
    parts = norm(text).split()
    return ("… " if len(parts) > words else "") + " ".join(parts[-words:])


# --- timeline, glossary, numbers ------------------------------------------------------------------


def _date_strength(gold: dict, found: dict) -> float:
    """Dates agree at the gold item's precision; an exact date beats a finer one, the same words break ties."""
    want, got = gold_date(gold["date"]), found["date"]
    if got != want and not got.startswith(want + "-"):
        return 0
    said, wrote = fold(gold.get("text") or ""), fold(found.get("date_text") or "")
    same_words = bool(said and wrote) and (said in wrote or wrote in said)
    return (2 if got == want else 1) + (0.5 if same_words else 0)


def score_timeline(gold: list | None, export: dict) -> Score | None:
    found = [e for e in export.get("timeline") or [] if e.get("date")]  # undated items are not scored
    if gold is None and not found:
        return None
    return _score(gold or [], found, _date_strength,
                  lambda g: f"{gold_date(g['date'])} ({g.get('text') or '?'})",
                  lambda f: f"{f['date']} ({f.get('date_text') or '?'})")


def _term_strength(gold: dict, found: dict) -> int:
    term = fold(found["term"])
    if term == fold(gold["term"]):
        return 2
    return 1 if term in {fold(a) for a in gold.get("aliases") or ()} else 0


def score_glossary(gold: list | None, export: dict) -> Score | None:
    found = export.get("glossary") or []
    if gold is None and not found:
        return None
    return _score(gold or [], found, _term_strength, lambda g: g["term"], lambda f: f["term"])


def _figure_strength(gold: dict, found: dict) -> int:
    want, got = fold(gold["figure"]), fold(found["figure"])
    if want not in got:
        return 0
    return 2 if want == got else 1


def score_numbers(gold: list | None, export: dict) -> Score | None:
    found = export.get("numbers") or []
    if gold is None and not found:
        return None
    return _score(gold or [], found, _figure_strength, lambda g: str(g["figure"]), lambda f: f["figure"])

