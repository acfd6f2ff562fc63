"""Export: the JSON validates against its schema and every `sources` id names an existing paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_render import rich_story

from generator import pipeline
from generator.export import as_dict, export, timelinejs

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "generator" / "schema" / "story.schema.json").read_text(encoding="utf-8"))
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))


def _source_ids(data: dict) -> list[str]:
    ids = [s for key in ("people", "exchanges", "timeline", "glossary", "numbers") for item in data[key]
           for s in item["sources"]]
    statement = data["opening_statement"]
    return ids + ([p["source"] for p in statement["paragraphs"]] if statement else [])


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_export_of_every_text_validates_and_sources_exist(text):
    data = json.loads(export(pipeline.story(text)))
    jsonschema.validate(data, SCHEMA)
    paragraphs = {p["id"] for p in data["paragraphs"]}
    assert set(_source_ids(data)) <= paragraphs


def test_hand_made_story_validates_and_a_bad_source_is_caught():
    data = as_dict(rich_story())
    jsonschema.validate(data, SCHEMA)
    # The hand-made story carries one dangling id ("p99") on purpose: the check must see it.
    assert set(_source_ids(data)) - {p["id"] for p in data["paragraphs"]} == {"p99"}


def test_schema_rejects_a_malformed_export():
    data = as_dict(rich_story())
    data["timeline"][0]["date"] = "10 April"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_export_is_stable_utf8_json():
    text = export(rich_story())
    assert text == export(rich_story()) and text.endswith("\n") and "“" in text


def test_timelinejs_shape():
    data = json.loads(timelinejs(rich_story()))
    assert data["title"]["text"]["headline"].startswith("Headline &lt;script&gt;")
    assert {e["group"] for e in data["events"]} == {"Before the hearing", "On the hearing day"}
    assert all(e["unique_id"] for e in data["events"]) and len({e["unique_id"] for e in data["events"]}) == 3
