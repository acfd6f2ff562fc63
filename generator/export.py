"""Stage 6, export: the model as JSON (documented by schema/story.schema.json), and the timeline as TimelineJS3.

Needs: a fully extracted `Story`. Returns the JSON text; writing it is the pipeline's job.
"""

from __future__ import annotations

import html
import json

from generator.model import Story

SCHEMA_VERSION = 1
# TimelineJS groups events by this label; same wording as the timeline page.
_GROUPS = {"background": "Before the hearing", "hearing": "On the hearing day", "after": "After the hearing"}


def export(story: Story) -> str:
    """Return the JSON export of `story` (stable key order, UTF-8, trailing newline): one top-level field per
    line, and one item per line in the lists (paragraphs, people, ...), so a diff of two builds reads well."""
    fields = [f"  {_encode(key)}: {_field(value)}" for key, value in as_dict(story).items()]
    return "{\n" + ",\n".join(fields) + "\n}\n"


# The C encoder, one call per item: `indent=` switches json to its pure-Python encoder, several times slower
# on the megabytes of a long seed's export.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode  # a tree: no cycles to look for


def _field(value: object) -> str:
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"    {_encode(item)}" for item in value) + "\n  ]"
    return _encode(value)


def as_dict(story: Story) -> dict:
    meta = story.meta
    return {
        "schema_version": SCHEMA_VERSION,
        "slug": story.slug,
        "format": story.format,
        "source": {
            "title": story.title,
            "standfirst": story.standfirst,
            "publisher": meta.publisher,
            "url": meta.url,
            "path": story.path,
            "sha256": story.sha256,
            "encoding": story.encoding,
            "credits": list(story.credits),
        },
        "event": {"name": meta.event_name, "date": meta.event_date.isoformat() if meta.event_date else None},
        "paragraphs": [
            {"id": p.id, "text": p.text, "line": p.line, "section": p.section, "time": p.time,
             "heading": p.heading, "speaker": p.speaker}
            for p in story.paragraphs
        ],
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in story.removed],
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "role": p.role, "party": p.party, "state": p.state,
             "title": p.title, "sources": list(p.sources), "editor_note": p.editor_note}
            for p in story.people
        ],
        "opening_statement": _statement(story),
        "exchanges": [
            {"questioner": e.questioner, "question": e.question, "answer": e.answer, "verbatim": e.verbatim,
             "answer_quote": e.answer_quote, "sources": list(e.sources)}
            for e in story.exchanges
        ],
        "timeline": [
            {"date": e.date, "date_text": e.date_text, "what": e.what, "sources": list(e.sources),
             "phase": e.phase, "approximate": e.approximate, "from_sidecar": e.from_sidecar}
            for e in story.timeline
        ],
        "glossary": [
            {"term": t.term, "aliases": list(t.aliases), "definition": t.definition,
             "defined_in_text": t.defined_in_text, "editorial": t.editorial, "sources": list(t.sources)}
            for t in story.glossary
        ],
        "numbers": [{"figure": f.figure, "what": f.what, "sources": list(f.sources)} for f in story.numbers],
        "errata": [{"text": e.text, "note": e.note, "correction": e.correction} for e in meta.errata],
        "comparisons": [_comparison(c, dict(meta.labels)) for c in story.comparisons],
    }


def _comparison(comparison, labels: dict) -> dict:
    return {"first": _version(comparison.first, labels), "second": _version(comparison.second, labels),
            "changes": [list(pair) for pair in comparison.changes], "similarity": comparison.similarity}


def _version(version, labels: dict) -> dict:
    return {"text": version.text, "sources": list(version.sources), "label": version.label,
            "label_text": labels.get(version.label), "changed": [list(span) for span in version.changed]}


def _statement(story: Story) -> dict | None:
    if story.statement is None:
        return None
    return {
        "speaker": story.statement.speaker,
        "paragraphs": [{"text": story.paragraph(pid).text, "source": pid} for pid in story.statement.paragraphs],
    }


def timelinejs(story: Story) -> str:
    """The dated timeline events as TimelineJS3 JSON, for newsrooms that embed the standard widget."""
    data = {
        "title": {"text": {"headline": html.escape(story.title or story.meta.event_name or story.slug),
                           "text": html.escape(story.standfirst or "")}},
        "events": [_timeline_event(n, e) for n, e in enumerate(_dated(story), 1)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _dated(story: Story) -> list:
    return sorted((e for e in story.timeline if e.date), key=lambda e: e.date)


def _timeline_event(n: int, event) -> dict:
    # TimelineJS renders these strings as HTML: everything from the text is HTML-escaped.
    date = dict(zip(("year", "month", "day"), event.date.split("-"), strict=False))
    words = "" if event.from_sidecar else f"<p>Date from the words “{html.escape(event.date_text)}”</p>"
    return {
        "start_date": {k: str(int(v)) for k, v in date.items()},
        "text": {"headline": html.escape(event.date + (" (approximate)" if event.approximate else "")),
                 "text": f"<p>{html.escape(event.what)}</p>{words}"},
        "group": _GROUPS.get(event.phase, event.phase),
        "unique_id": f"event-{n}",
    }
