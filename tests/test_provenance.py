"""Provenance: every item links to the source paragraph it came from, and the source page links back."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from test_escape import _convert

from generator import pipeline
from generator.export import export
from generator.render import render

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [ROOT / "seeds" / "zuckerberg-senate-hearing-2018.txt", *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
_PILCROW = re.compile(r'\[¶[^\]]*\]\((source\.md)?#(p\d+) "([^"]*)"\)')


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.replace("’", "'").casefold()))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().casefold()


@pytest.fixture(scope="module", params=TEXTS, ids=lambda p: p.stem)
def data(request) -> dict:
    return json.loads(export(pipeline.story(request.param)))


def _items(data: dict):
    """(kind, key words that must be in the cited paragraphs, sources) for every item with provenance."""
    for e in data["timeline"]:
        yield "timeline", [e["what"]], e["sources"]
    for x in data["exchanges"]:
        yield "exchange", [x["answer_quote"]] if x["answer_quote"] else [], x["sources"]
    for t in data["glossary"]:
        yield "glossary", [[t["term"], *t["aliases"]]], t["sources"]
    for f in data["numbers"]:
        yield "number", [f["figure"], f["what"]], f["sources"]
    for p in data["people"]:
        yield "person", [[p["name"], *p["aliases"], p["name"].split()[-1]]], p["sources"]
    for c in data["comparisons"]:
        yield "version", [], c["first"]["sources"] + c["second"]["sources"]


def test_every_source_id_exists_and_its_paragraph_holds_the_key_words(data):
    # A live-blog entry's headline belongs to its first paragraph.
    paragraphs = {p["id"]: f"{p['heading'] or ''} {p['text']}" for p in data["paragraphs"]}
    for kind, keys, sources in _items(data):
        assert set(sources) <= set(paragraphs), (kind, sources)
        if not sources:
            continue  # not cited at all: see test_every_item_of_the_seed_carries_provenance
        cited = " ".join(paragraphs[s] for s in sources)
        for key in keys:
            forms = key if isinstance(key, list) else [key]
            assert any(_norm(f) in _norm(cited) for f in forms), (kind, key, sources)


def test_exchange_question_and_answer_come_from_their_paragraphs(data):
    paragraphs = {p["id"]: p["text"] for p in data["paragraphs"]}
    for x in data["exchanges"]:
        cited = _words(" ".join(paragraphs[s] for s in x["sources"]))
        said = {w for w in _words(x["question"] + " " + x["answer"]) if len(w) > 3}
        assert len(said & cited) >= 0.8 * len(said), x


def test_every_pilcrow_link_targets_a_paragraph_and_shows_one_of_its_sentences():
    story = pipeline.story(TEXTS[0])
    texts = {p.id: _norm(p.text) for p in story.paragraphs}
    links = 0
    for name, page in render(story).items():
        for page_link, pid, title in _PILCROW.findall(page):
            links += 1
            assert pid in texts, (name, pid)
            if page_link:  # links from other pages: the tooltip is the source sentence
                prefix, sentence = html.unescape(title).split(": ", 1)
                assert prefix == f"¶ {pid}" and _norm(sentence) in texts[pid], (name, title)
    assert links > 100


def test_source_page_links_back_to_every_place_that_uses_a_paragraph():
    story = pipeline.story(TEXTS[0])
    pages = render(story)
    source = pages["source.md"]
    used = re.findall(r"\{: #(p\d+) \.source-paragraph \}\n\n\*Used in:\* (.*)\n", source)
    assert len(used) >= len(story.paragraphs) - 5  # nearly every paragraph feeds some page
    for pid, line in used:
        for target in re.findall(r"\]\(([^)]+)\)", line):
            page, anchor = target.split("#") if "#" in target else (target, None)
            body = _convert(pages[page].split("---\n", 2)[2])
            assert anchor is None or f'id="{anchor}"' in body, target
            assert f"source.md#{pid}" in pages[page], (pid, target)  # ...and that page cites it back


def test_about_states_how_many_items_carry_provenance():
    story = pipeline.story(TEXTS[0])
    about = render(story)["about.md"]
    linked, total = map(int, re.search(r"key quotes\): (\d+) of (\d+)", about).groups())
    items = [*story.timeline, *story.exchanges, *story.glossary, *story.numbers, *story.people]
    ids = {p.id for p in story.paragraphs}
    assert total == len(items) + 5  # and the five key quotes
    assert linked == sum(1 for item in items if set(item.sources) & ids) + 5


def test_every_item_of_the_seed_carries_provenance():
    data = json.loads(export(pipeline.story(TEXTS[0])))
    unsourced = [(kind, keys) for kind, keys, sources in _items(data) if not sources]
    assert unsourced == []


@pytest.mark.parametrize("name", ["zuckerberg-senate-hearing-2018", "indie-style", "wire-article"])
def test_credit_lines_show_only_in_the_final_removed_section(name):
    path = next(p for p in TEXTS if p.stem == name)
    story = pipeline.story(path)
    assert story.credits
    for page_name, page in render(story).items():
        if not page_name.endswith(".md"):
            continue
        main = page.split("## Removed as publisher chrome", 1)[0]
        for credit in story.credits:
            assert credit not in main, (page_name, credit)
    source = render(story)["source.md"]
    tail = source[source.index("## Removed as publisher chrome"):]
    assert "\n## " not in tail[3:] and "**Credit lines**" in tail
    assert all(f"- {c}" in tail for c in story.credits)
