"""Render: a hand-made Story gives the right facts on the right pages, escaped in every template context."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import yaml
from test_escape import _convert, _parse

from generator.model import (
    EditorTerm,
    Erratum,
    Event,
    Exchange,
    Figure,
    Meta,
    Paragraph,
    Person,
    Quote,
    Removed,
    Sentence,
    Statement,
    Story,
    Term,
)
from generator.render import PAGES, render

HOSTILE = '<script>alert(1)</script> # *[X]: --8<-- "/etc/passwd" {{ x }} {% y %} | a | [l](javascript:x) `c` _e_'


def rich_story(hostile: str = HOSTILE) -> Story:
    """Every field filled, a hostile string in every kind of value (headline, names, quotes, sidecar)."""
    paras = (
        Paragraph("p1", "Senator Ada Reyes asked whether Kestrel Data sold records. Senators listened.", 3,
                  section="summary"),
        Paragraph("p2", "Kestrel Data, a data broker based in Ohio, bought 87 million records in 2015.", 4, entry=0,
                  time="3:41 p.m. ET", heading="The broker"),
        Paragraph("p3", f"“{hostile}” said the witness. Kestrel Data's chief spoke.", 5, entry=1),
        Paragraph("p4", "I want to thank the committee. We made a mistake with the FCC.", 6, section="statement"),
        Paragraph("p5", "1986. was a year", 7, speaker="SEN. REYES"),
    )
    meta = Meta(event_name=f"Hearing {hostile}", event_date=dt.date(2020, 5, 6), publisher=f"News {hostile}",
                url="https://example.org/a(b)?q=1&r=2", errata=(Erratum("FCC", f"Meant FTC {hostile}", "FTC"),),
                glossary=(EditorTerm("FTC", "Federal Trade Commission"),))
    return Story(
        slug="test-hearing", path="seeds/test-hearing.txt", text="x", sha256="ab" * 32, meta=meta,
        title=f"Headline {hostile}", standfirst=f"Standfirst {hostile}", credits=("Agencies",),
        removed=(Removed(f"Subscribe {hostile}", "subscription prompt", 2),), format="liveblog-newest-first",
        paragraphs=paras,
        sentences=(Sentence("p1", 0, 49, "Senator Ada Reyes asked whether Kestrel Data sold records."),),
        quotes=(Quote(hostile, "p3", 1, 1 + len(hostile)),),
        people=(Person("Ada Reyes", ("Reyes",), "senator", "D", "Oregon", None, ("p1",)),
                Person(f"Sam {hostile}", ("Sam",), "witness", title="chief executive", sources=("p3",),
                       editor_note=f"Note {hostile}")),
        statement=Statement(f"Sam {hostile}", ("p4",)),
        exchanges=(Exchange("Ada Reyes", "whether Kestrel Data sold records", "The company said no.", False,
                            None, ("p1",)),
                   Exchange(None, f"Q {hostile}", f"A {hostile}", True, f"Quote {hostile}", ("p3", "p99"))),
        timeline=(Event("2020-05-06", "(event date)", "The hearing.", ("p1",), "hearing", from_sidecar=True),
                  Event("2015", "in 2015", "Kestrel Data bought 87 million records.", ("p2",)),
                  Event("2020-04", "about a month ago", f"Reports {hostile}", ("p3",), approximate=True),
                  Event(None, "in the coming years", "Changes.", ("p4",), "after")),
        glossary=(Term("Kestrel Data", ("Kestrel",), "a data broker based in Ohio", True, False, ("p2",)),
                  Term("FTC", (), "Federal Trade Commission", False, True, ()),
                  Term("senator", (), None, False, False, ("p1",)),
                  Term(f"Odd {hostile}", (), None, False, False, ())),
        numbers=(Figure("87 million", "Kestrel Data bought 87 million records in 2015.", ("p2",)),
                 Figure(f"5 {hostile}", f"Five {hostile}", ("p3",))),
    )


def _split(page: str) -> tuple[dict, str]:
    _, front, body = page.split("---\n", 2)
    return yaml.safe_load(front), body


def _body_html(page: str) -> str:
    return _convert(_split(page)[1])


def test_every_page_and_both_exports():
    files = render(rich_story())
    assert set(files) == {f"{n}.md" for n in PAGES} | {"data/test-hearing.json", "data/test-hearing.timeline.json"}


def test_front_matter_keys_and_jsonld():
    files = render(rich_story())
    for name in PAGES:
        front, _ = _split(files[f"{name}.md"])
        assert {"title", "description", "generated_from"} <= set(front)
        assert front["generated_from"] == "seeds/test-hearing.txt"
        assert "\n" not in front["description"] and front["description"].endswith(".")
    assert _split(files["index.md"])[0]["jsonld"]["@type"] == "LiveBlogPosting"
    assert _split(files["index.md"])[0]["jsonld"]["about"] == {"@type": "Event", "name": f"Hearing {HOSTILE}",
                                                              "startDate": "2020-05-06"}
    terms = _split(files["glossary.md"])[0]["jsonld"]
    assert terms["@type"] == "DefinedTermSet" and len(terms["hasDefinedTerm"]) == 4
    people = _split(files["people.md"])[0]["jsonld"]["@graph"]
    assert [p["name"] for p in people] == ["Ada Reyes", f"Sam {HOSTILE}"]


def test_hostile_text_is_literal_on_every_page():
    for path, page in render(rich_story()).items():
        if not path.endswith(".md"):
            continue
        tags, text = _parse(_body_html(page))
        assert not {"script", "img", "code", "hr", "pre"} & set(tags), path
        assert ("table" in tags) == (path == "numbers.md"), path
        assert "<script>alert(1)</script>" in text or path in ("about.md", "opening-statement.md"), path


def test_numbers_table_keeps_three_columns_despite_pipes():
    html = _body_html(render(rich_story())["numbers.md"])
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    assert len(rows) == 3 and all(len(re.findall(r"<t[hd]", r)) == 3 for r in rows)


def test_exchange_cards():
    page = render(rich_story())["exchanges.md"]
    _, text = _parse(_body_html(page))
    assert "1. Ada Reyes (senator; D, Oregon)" in text
    assert "2. Questioner not named in the source" in text
    assert "Paraphrased by the publisher" in text and "Quoted verbatim" in text
    assert "source.md#p99" not in page  # a source id that does not exist is not linked


def test_timeline_is_a_semantic_list_in_date_order():
    html = _body_html(render(rich_story())["timeline.md"])
    dates = re.findall(r'<time datetime="([^"]+)">', html)
    assert dates == ["2015", "2020-04", "2020-05-06"]  # background by date, then the hearing day
    assert html.count('<ol class="timeline') == 2 and "timeline-approximate" in html
    assert "about April 2020" in html and "Date from the words “in 2015”" in html
    assert "Time given only as “in the coming years”" in html  # undated stays undated


def test_glossary_alphabetical_with_provenance_of_definitions():
    _, text = _parse(_body_html(render(rich_story())["glossary.md"]))
    heads = [t for t in ("FTC", "Kestrel Data", "Odd", "senator") if t in text]
    assert sorted(heads, key=text.index) == ["FTC", "Kestrel Data", "Odd", "senator"]
    assert "In the source: “a data broker based in Ohio”" in text
    assert "Editor's note" in text and "Not defined in the source." in text


def test_first_occurrence_links_to_glossary_with_tooltip_later_plain():
    body = _split(render(rich_story())["source.md"])[1]
    links = re.findall(r'\[([^\]]+)\]\(glossary\.md#(term-[a-z0-9-]+) "([^"]*)"\)', body)
    assert ("Kestrel Data", "term-kestrel-data", "a data broker based in Ohio") in links
    assert ("Senator", "term-senator", "Not defined in the source; see the glossary.") in links
    assert [term for _, term, _ in links].count("term-kestrel-data") == 1  # later mentions stay plain
    assert "Kestrel Data's chief" in body  # the possessive in p3 is a later mention: not linked
    assert "](glossary.md#" not in _split(render(rich_story())["glossary.md"])[1]


def test_plural_and_possessive_forms_link():
    story = rich_story()
    story = dataclasses.replace(
        story, statement=None, paragraphs=(Paragraph("p1", "Kestrel Data's senators spoke.", 1),)
    )
    body = _split(render(story)["source.md"])[1]
    assert "[Kestrel Data's](glossary.md#term-kestrel-data" in body and "[senators](glossary.md#term-senator" in body


def test_source_page_anchors_errata_and_removed_last():
    page = render(rich_story())["source.md"]
    html = _body_html(page)
    assert all(f'id="p{i}"' in html for i in range(1, 6))
    assert "3:41 p.m. ET — The broker" in html and "SEN. REYES:" in html
    assert page.rstrip().split("\n## ")[-1].startswith("Removed as publisher chrome")
    assert "Line 2 (subscription prompt): Subscribe &lt;script&gt;" in html
    assert html.index("Editor's note") > html.index('id="p4"')  # the FCC erratum sits beside its paragraph
    assert 'href="https://example.org/a%28b%29?q=1&amp;r=2"' in html


def test_non_http_url_is_not_linked():
    story = rich_story()
    story = dataclasses.replace(story, meta=dataclasses.replace(story.meta, url="javascript:alert(1)"))
    files = render(story)
    for name in ("index.md", "source.md"):
        html = _body_html(files[name])
        assert "href=\"javascript" not in html and "alert(1)" not in re.findall(r'href="([^"]*)"', html)


def test_people_index_every_exchange_and_own_words():
    _, text = _parse(_body_html(render(rich_story())["people.md"]))
    reyes = text[text.index("Ada Reyes"):text.index("Sam <script>")]
    assert "Asked: whether Kestrel Data sold records" in reyes and "“1986. was a year”" in reyes
    sam = text[text.index("Sam <script>"):]
    assert "Gave the opening statement" in sam and sam.count("Answered") == 2 and "Editor's note" in sam


def test_overview_has_summary_quotes_event_and_links():
    html = _body_html(render(rich_story())["index.md"])
    _, text = _parse(html)
    assert "Senator Ada Reyes asked whether Kestrel Data sold records." in text and "6 May 2020" in text
    for name in PAGES:
        if name != "index":
            assert f'href="{name}.md"' in html


def test_honest_emptiness():
    story = dataclasses.replace(rich_story(), statement=None, exchanges=(), timeline=(), people=(), glossary=(),
                                numbers=(), quotes=(), removed=())
    files = render(story)
    assert "The source does not include an opening statement." in files["opening-statement.md"]
    assert "The source reports no exchanges" in files["exchanges.md"]
    assert "No dated events were found" in files["timeline.md"]
    assert "Nothing was removed." in files["source.md"]


def test_timelinejs_export_escapes_html():
    data = json.loads(render(rich_story())["data/test-hearing.timeline.json"])
    assert [e["start_date"] for e in data["events"]] == [{"year": "2015"}, {"year": "2020", "month": "4"},
                                                        {"year": "2020", "month": "5", "day": "6"}]
    assert "<script>" not in json.dumps(data) and "&lt;script&gt;" in data["events"][1]["text"]["text"]
