"""The evaluator: each matcher on small hand-made golds and exports, gold validation, the CLI, and score floors."""

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from generator import evaluate as ev
from generator.cli import main
from generator.errors import GeneratorError
from generator.evaluate.chrome import score_chrome
from generator.evaluate.gold import load_gold
from generator.evaluate.match import (
    Score,
    pair,
    score_exchanges,
    score_glossary,
    score_numbers,
    score_people,
    score_timeline,
)
from generator.evaluate.statement import score_statement
from generator.model import Exchange, Paragraph, Person, Statement, Story

ROOT = Path(__file__).resolve().parent.parent
FLOORS = yaml.safe_load((Path(__file__).parent / "evaluation_floors.yml").read_text(encoding="utf-8"))


def person(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def exchange(questioner, answer="", quote=None, question=""):
    return {"questioner": questioner, "question": question, "answer": answer, "answer_quote": quote}


def gold_exchange(questioner, quote=None):
    return {"questioner": questioner, "topic": "t", "answer_quote": quote}


def prf(score):
    return (round(score.precision, 2), round(score.recall, 2), round(score.f1, 2))


# --- scores and pairing ---------------------------------------------------------------------------


def test_score_ratios_and_vacuous_cases():
    assert prf(Score(2, 2, misses=("a", "b"), false_hits=("c",))) == (0.67, 0.5, 0.57)
    assert prf(Score(0, 0)) == (1.0, 1.0, 1.0)  # nothing expected, nothing extracted
    assert prf(Score(0, 0, false_hits=("x",))) == (0.0, 1.0, 0.0)
    chrome = Score(0, 3, misses=("x",), share_only=True)
    assert (chrome.precision, chrome.recall, chrome.f1) == (None, 0.75, 0.75)


def test_pairing_is_one_to_one_and_strongest_first():
    # gold 0 could take either; the exact pair (strength 2) is taken first, so gold 1 still gets one.
    strength = {(0, 0): 1, (0, 1): 2, (1, 1): 1, (1, 0): 1}
    assert sorted(pair([0, 1], [0, 1], lambda g, f: strength.get((g, f), 0))) == [(0, 1), (1, 0)]
    assert pair(["a"], ["b", "c"], lambda g, f: 0) == []


# --- people ---------------------------------------------------------------------------------------


def test_people_match_by_surname_or_alias_case_insensitive():
    gold = [person("Dana Ortiz", "Sen. Ortiz"), person("Grassley", "Mr Grassley"), person("Robert Mueller")]
    export = {"people": [person("Sen. Dana ORTIZ"), person("Chuck", "mr grassley"), person("Jane Doe")]}
    score = score_people(gold, export)
    assert (score.misses, score.false_hits) == (("Robert Mueller",), ("Jane Doe",))
    assert prf(score) == (0.67, 0.67, 0.67)


def test_people_one_to_one_prefers_the_exact_name():
    gold = [person("Ann Smith"), person("Bob Smith")]
    export = {"people": [person("Bob Smith"), person("Ann Smith"), person("Smith")]}
    score = score_people(gold, export)
    assert score.found == 2 and score.false_hits == ("Smith",)


def test_people_section_omitted_is_na_unless_extracted():
    assert score_people(None, {"people": []}) is None
    assert score_people(None, {"people": [person("X Y")]}).false_hits == ("X Y",)


# --- exchanges ------------------------------------------------------------------------------------


def test_named_exchanges_match_by_questioner_through_aliases():
    gold = {"people": [person("Thomas Wells", "Chairman Wells")],
            "exchanges": [gold_exchange("Thomas Wells"), gold_exchange("Thomas Wells")]}
    export = {"people": [person("Chairman Wells")], "exchanges": [exchange("Chairman Wells")]}
    score = score_exchanges(gold, export)
    assert (score.correct, score.found, len(score.misses), score.false_hits) == (1, 1, 1, ())


def test_exchange_naming_a_questioner_the_gold_lacks_counts_against_precision():
    gold = {"people": [], "exchanges": [gold_exchange("Ruth Camden")]}
    export = {"people": [], "exchanges": [exchange("Ruth Camden"), exchange("Colin Pratt", question="Why?")]}
    score = score_exchanges(gold, export)
    assert score.false_hits == ("Colin Pratt: Why?",)
    assert prf(score) == (0.5, 1.0, 0.67)


def test_unnamed_exchanges_count_toward_recall_only():
    gold = {"exchanges": [gold_exchange(None, "It certainly doesn’t feel that way"),
                          gold_exchange(None, "clearly a mistake"),
                          gold_exchange(None, None)]}  # no quote: for humans only, not scored
    export = {"exchanges": [exchange(None, answer='He said: "It certainly doesn\'t  feel that way to me."'),
                            exchange(None, answer="Something unrelated"),
                            exchange("Someone", quote="clearly a mistake")]}  # named: cannot find an unnamed one
    score = score_exchanges(gold, export)
    assert (score.correct, score.found) == (0, 1)
    assert len(score.misses) == 1 and "clearly a mistake" in score.misses[0]
    assert score.false_hits == ("Someone: ",)  # the unmatched unnamed one is not a false hit


def test_empty_gold_exchanges_score_one_when_nothing_extracted_else_precision_zero():
    assert prf(score_exchanges({"exchanges": []}, {"exchanges": []})) == (1.0, 1.0, 1.0)
    invented = score_exchanges({"exchanges": []}, {"exchanges": [exchange(None, answer="Yes")]})
    assert invented.precision == 0.0 and invented.f1 == 0.0
    assert score_exchanges({}, {"exchanges": []}) is None


# --- timeline, glossary, numbers ------------------------------------------------------------------


def test_timeline_dates_agree_at_the_gold_precision():
    gold = [{"date": 2018, "text": "in 2018"}, {"date": "2018-04", "text": "last month"},
            {"date": dt.date(2018, 4, 10), "text": "Tuesday"}]
    export = {"timeline": [{"date": "2018-04", "date_text": "in April"}, {"date": "2018-05-02", "date_text": "x"},
                           {"date": None, "date_text": "in the coming years"}]}
    score = score_timeline(gold, export)
    # 2018-04 is exact for the month item; 2018-05-02 is within the year; the day item is missed.
    assert score.found == 2 and score.misses == ("2018-04-10 (Tuesday)",) and score.false_hits == ()


def test_timeline_finer_gold_is_not_matched_by_a_coarser_date_and_undated_items_are_ignored():
    score = score_timeline([{"date": "2018-04-09", "text": "yesterday"}],
                           {"timeline": [{"date": "2018-04", "date_text": "April"}, {"date": None, "date_text": "?"}]})
    assert (score.found, score.false_hits) == (0, ("2018-04 (April)",))


def test_timeline_same_words_break_ties_between_equal_dates():
    gold = [{"date": "2018-04-10", "text": "on Tuesday"}, {"date": "2018-04-10", "text": "just responded"}]
    export = {"timeline": [{"date": "2018-04-10", "date_text": "just responded"}]}
    assert score_timeline(gold, export).misses == ("2018-04-10 (on Tuesday)",)


def test_glossary_matches_term_or_alias_case_insensitive():
    gold = [{"term": "Federal Trade Commission", "aliases": ["FTC"]}, {"term": "opt out", "aliases": []}]
    export = {"glossary": [{"term": "ftc", "aliases": []}, {"term": "Opt-out", "aliases": ["opt out"]}]}
    score = score_glossary(gold, export)
    # Only the extracted term counts, not its aliases.
    assert score.misses == ("opt out",) and score.false_hits == ("Opt-out",)


def test_numbers_match_when_the_extracted_figure_contains_the_gold_one_one_to_one():
    gold = [{"figure": "two billion"}, {"figure": "two billion"}, {"figure": "$7.8"}]
    export = {"numbers": [{"figure": "more than Two Billion"}, {"figure": "$7.8 million"}, {"figure": "44"}]}
    score = score_numbers(gold, export)
    assert score.misses == ("two billion",) and score.false_hits == ("44",)


# --- opening statement ----------------------------------------------------------------------------


STATEMENT_GOLD = {"first_words": "Chairman Wells, Ranking", "last_words": "I’m ready for your questions.",
                  "paragraphs": 3}


def statement(*texts):
    return {"opening_statement": {"speaker": "K", "paragraphs": [{"text": t, "source": "p1"} for t in texts]}}


def test_statement_bounds_agree_after_normalising_quotes_and_space():
    export = statement("Chairman  Wells, Ranking Member.", "Middle.", "Thanks. I'm ready for your\nquestions.")
    assert prf(score_statement(STATEMENT_GOLD, export)) == (1.0, 1.0, 1.0)


def test_statement_with_a_wrong_count_is_a_miss_and_a_false_hit_saying_why():
    two = statement("Chairman Wells, Ranking Member.", "I’m ready for your questions.")
    score = score_statement(STATEMENT_GOLD, two)
    assert score.f1 == 0.0 and "2 paragraphs, not 3" in score.misses[0] and len(score.false_hits) == 1


def test_statement_absent_from_gold_is_na_unless_one_is_extracted():
    assert score_statement(None, {"opening_statement": None}) is None
    invented = score_statement(None, statement("Thank you."))
    assert invented.f1 == 0.0 and invented.false_hits
    assert prf(score_statement(STATEMENT_GOLD, {"opening_statement": None})) == (1.0, 0.0, 0.0)


# --- chrome ---------------------------------------------------------------------------------------


def chrome_export(*paragraphs, title="Headline"):
    return {"source": {"title": title, "standfirst": None},
            "paragraphs": [{"id": f"p{n}", "text": t} for n, t in enumerate(paragraphs, 1)]}


def test_chrome_fragment_left_in_a_paragraph_or_title_is_a_miss():
    export = chrome_export("Real news. Sign up for our  “daily” newsletter", title="Share this - Headline")
    score = score_chrome(['Sign up for our "daily"', "Share this -", "Advertisement"], export, {})
    assert score.misses == ('Sign up for our "daily" (in paragraph p1)', "Share this - (in title)")
    assert score.f1 == pytest.approx(1 / 3)


def test_chrome_on_pages_counts_except_the_removed_list_and_the_json_download():
    pages = {
        "source.md": "# Source\n\nReal text.\n\n## Removed as publisher chrome\n\n- Copy link\n",
        "data/s.json": '{"removed": [{"text": "Load more updates"}]}',
        "index.md": "Watch live on ANB \\(NOW\\) &amp; more\n",
    }
    score = score_chrome(["Copy link", "Load more updates", "Watch live on ANB (NOW) & more"], chrome_export(), pages)
    assert score.misses == ("Watch live on ANB (NOW) & more (in page index.md)",)


def test_chrome_on_source_page_before_the_removed_list_is_a_miss():
    pages = {"source.md": "Copy link\n\n## Removed as publisher chrome\n\n- Copy link\n"}
    assert score_chrome(["Copy link"], chrome_export(), pages).recall == 0.0


def test_chrome_section_omitted_is_na():
    assert score_chrome(None, chrome_export("x"), {}) is None


# --- gold files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("peeple: []\n", "unknown key 'peeple'"),
        ("people:\n  - {name: A, nick: B}\n", "people[1]: unknown key 'nick'"),
        ("people:\n  - {aliases: [B]}\n", "people[1]: missing key 'name'"),
        ("exchanges:\n  - {topic: x}\n", "exchanges[1]: missing key 'questioner'"),
        ("timeline:\n  - {date: April 2018}\n", "date must be YYYY"),
        ("opening_statement: {first_words: a, last_words: b}\n", "missing key 'paragraphs'"),
        ("people: {name: A}\n", "'people' must be a list"),
        ("people: [\n", "YAML syntax error on line"),
        ("- a\n- b\n", "must be a mapping"),
    ],
)
def test_malformed_gold_is_a_one_line_error_naming_the_file(tmp_path, text, message):
    path = tmp_path / "x.gold.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GeneratorError) as err:
        load_gold(path)
    assert str(path) in str(err.value) and message in str(err.value) and "\n" not in str(err.value)


def test_every_gold_file_in_the_repository_loads():
    for path in [*ROOT.glob("seeds/*.gold.yml"), *ROOT.glob("tests/fixtures/*.gold.yml")]:
        assert load_gold(path)["people"], path


# --- command line (with a hand-built story, so the numbers are known) -----------------------------


GOLD = """
people: [{name: Dana Ortiz, aliases: [Ortiz]}, {name: Irena Kovac}]
exchanges: [{questioner: Dana Ortiz, topic: t, answer_quote: null}]
timeline: [{date: 2022-06-14, text: "today"}]
boilerplate: ["Copy link", "Advertisement"]
"""


def hand_story(path, meta=None, display=None):
    return Story(
        slug="t", path=str(path), text="", sha256="0", title="Ortiz asks",
        paragraphs=(Paragraph("p1", "Sen. Ortiz asked Kovac. Advertisement", 3),),
        people=(Person("Dana Ortiz", ("Ortiz",), "senator"), Person("Lee Park")),
        exchanges=(Exchange("Dana Ortiz", "Q?", "A.", False),),
        statement=Statement("Kovac", ("p1",)),
    )


@pytest.fixture
def hand_run(tmp_path, monkeypatch):
    monkeypatch.setattr(ev.pipeline, "story", hand_story)
    monkeypatch.setattr(ev, "render", lambda stories: {"index.md": "Copy link\n"})
    (tmp_path / "t.txt").write_text("anything\n", encoding="utf-8")
    (tmp_path / "t.gold.yml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "no-gold.txt").write_text("skipped\n", encoding="utf-8")
    return tmp_path


def test_cli_text_report_lists_scores_misses_and_false_hits(hand_run, capsys):
    assert main(["evaluate", str(hand_run / "t.txt"), "--gold", str(hand_run / "t.gold.yml")]) == 0
    out = capsys.readouterr().out
    assert "people                  0.50    0.50  0.50     2          2" in out
    assert "exchanges               1.00    1.00  1.00     1          1" in out
    assert "glossary                 n/a" in out
    assert "opening statement       0.00    1.00  0.00     0          1" in out  # invented: gold has none
    assert "chrome                     -    0.00  0.00     2          -" in out
    assert "  miss: Irena Kovac" in out and "  false hit: Lee Park" in out
    assert "  miss: Advertisement (in paragraph p1)" in out and "  miss: Copy link (in page index.md)" in out


def test_cli_json_report(hand_run, capsys):
    assert main(["evaluate", str(hand_run / "t.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    people = data["sections"]["people"]
    assert (people["precision"], people["recall"], people["misses"]) == (0.5, 0.5, ["Irena Kovac"])
    assert data["sections"]["glossary"] is None
    assert data["sections"]["timeline"]["misses"] == ["2022-06-14 (today)"]
    assert data["sections"]["chrome"]["precision"] is None


def test_cli_directory_table_has_one_row_per_gold_text_and_a_total(hand_run, capsys):
    assert main(["evaluate", str(hand_run)]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if line.startswith(("t ", "total ", "no-gold"))]
    assert rows == [["t", "0.50", "1.00", "0.00", "n/a", "n/a", "0.00", "0.00"],
                    ["total", "0.50", "1.00", "0.00", "n/a", "n/a", "0.00", "0.00"]]
    assert "mean of the per-text F1" in out
    assert main(["evaluate", str(hand_run), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["people"] == 0.5


def test_cli_errors_are_one_line_without_traceback(hand_run, capsys):
    assert main(["evaluate", str(hand_run / "no-gold.txt")]) == 2
    assert capsys.readouterr().err.strip() == f"error: {hand_run / 'no-gold.gold.yml'}: gold file not found; " \
        "pass --gold NAME.gold.yml"
    assert main(["evaluate", str(hand_run), "--gold", "x.yml"]) == 2
    assert "takes no --gold" in capsys.readouterr().err


# --- floors: the real pipeline on the seed and the practice texts ---------------------------------


def below_floor(score, floor) -> bool:
    """A floor of "n/a" pins a section that must stay unscored (nothing invented); a number is a minimum F1."""
    if floor == "n/a":
        return score is not None
    return score is None or score.f1 < floor


@pytest.mark.parametrize("text", sorted(FLOORS))
def test_scores_do_not_fall_below_the_floors(text):
    scores = ev.evaluate(ROOT / text).scores
    below = {section: (scores[section] and round(scores[section].f1, 4), floor)
             for section, floor in FLOORS[text].items() if below_floor(scores[section], floor)}
    assert not below, f"{text}: {{section: (F1, floor)}} = {below}"


def test_floors_cover_every_text_and_section():
    texts = {"seeds/zuckerberg-senate-hearing-2018.txt", *(f"tests/fixtures/{p.name}" for p in
                                                          (ROOT / "tests/fixtures").glob("*.txt"))}
    assert set(FLOORS) == texts
    assert all(set(sections) == set(ev.SECTIONS) for sections in FLOORS.values())


def test_unnamed_exchange_prefers_the_exchange_that_quotes_it_exactly():
    # One paragraph reports two answers; the next exchange quotes the second one exactly.
    gold = {"exchanges": [{"questioner": None, "topic": "b", "answer_quote": "closed case"},
                          {"questioner": None, "topic": "a", "answer_quote": "clearly a mistake"}]}
    export = {"exchanges": [
        {"questioner": None, "question": "", "answer": "it was clearly a mistake; a closed case",
         "answer_quote": "clearly a mistake"},
        {"questioner": None, "question": "", "answer": "they called it a closed case", "answer_quote": "closed case"},
    ]}
    score = score_exchanges(gold, export)
    assert score.found == 2 and not score.misses
