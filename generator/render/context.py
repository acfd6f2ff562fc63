"""The context: the story plus what the templates need worked out."""

from __future__ import annotations

from typing import NamedTuple

from generator.escape import Trusted
from generator.model import Event, Paragraph, Person, Story
from generator.render.versions import _unique_ids

# Page name -> nav title; order is the order of the links on the overview.
PAGES = {
    "index": "Overview",
    "timeline": "Timeline",
    "opening-statement": "Opening statement",
    "exchanges": "Exchanges",
    "people": "People",
    "glossary": "Glossary",
    "numbers": "By the numbers",
    "source": "Source text",
    "about": "About this explainer",
}
PHASES = (("background", "Before the hearing"), ("hearing", "On the hearing day"), ("after", "After the hearing"))
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SUMMARY_SENTENCES = 4  # "what happened in a few sentences" on the overview
KEY_QUOTES = 5
KEY_QUOTE_MIN_WORDS = 6  # shorter quotations ("closed case") are fragments, not quotes worth featuring


def _headline(story: Story) -> str:
    return story.title or story.meta.event_name or f"Explainer: {story.slug}"


def _date_label(date: str) -> str:
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def _summary(story: Story) -> list[dict]:
    """A few sentences verbatim: from the publisher's summary if it marked one, else from the top."""
    summary = {p.id for p in story.paragraphs if p.section == "summary"}
    sentences = [(s.text, s.para) for s in story.sentences if not summary or s.para in summary]
    if not sentences:  # not segmented into sentences: whole paragraphs instead
        sentences = [(p.text, p.id) for p in story.paragraphs if not summary or p.id in summary]
    return [{"text": t, "source": pid} for t, pid in sentences[:SUMMARY_SENTENCES]]


def _key_quotes(story: Story) -> list[dict]:
    seen, quotes = set(), []
    for q in story.quotes:
        if len(q.text.split()) >= KEY_QUOTE_MIN_WORDS and q.text not in seen:
            seen.add(q.text)
            quotes.append({"text": q.text, "source": q.para})
    return quotes[:KEY_QUOTES]


def _events(events: tuple[Event, ...]) -> list[dict]:
    """Each event with its anchor on the timeline page ("event-3": the model's order, stable across builds)."""
    return [{"e": e, "id": f"event-{n}"} for n, e in enumerate(events, 1)]


def _phases(events: tuple[Event, ...]) -> list[dict]:
    """Dated events by phase, each phase in date order (stable: same-day events keep the model's order)."""
    groups = []
    for phase, label in PHASES:
        members = sorted((v for v in _events(events) if v["e"].date and v["e"].phase == phase),
                         key=lambda v: v["e"].date)
        if members:
            groups.append({"phase": phase, "label": label, "events": members})
    return groups


def _exchanges(story: Story) -> list[dict]:
    people = {p.name: p for p in story.people}
    return [{"n": n, "id": f"exchange-{n}", "x": x, "person": people.get(x.questioner or "")}
            for n, x in enumerate(story.exchanges, 1)]


def _people(story: Story, exchanges: list[dict]) -> list[dict]:
    witnesses = [p.name for p in story.people if p.role == "witness"]
    asked_by: dict[str, list[dict]] = {}  # grouped once: a scan of every exchange per person was quadratic
    for x in exchanges:
        asked_by.setdefault(x["x"].questioner or "", []).append(x)
    turns_by = _turns_by_speaker(story)
    views = []
    for person, anchor in zip(story.people, _unique_ids("person", [p.name for p in story.people]), strict=True):
        # With one witness, every answer is theirs; with several the model does not say whose it was.
        answered = exchanges if witnesses == [person.name] else []
        views.append({"p": person, "id": anchor, "asked": asked_by.get(person.name, []), "answered": answered,
                      "statement": _gave_statement(story, person), "turns": _turns(turns_by, person)})
    return views


def _names(person: Person) -> set[str]:
    return {n.casefold() for n in (person.name, *person.aliases) if n}


def _gave_statement(story: Story, person: Person) -> bool:
    speaker = (story.statement.speaker or "").casefold() if story.statement else ""
    return bool(speaker) and any(n in speaker for n in _names(person))


def _turns_by_speaker(story: Story) -> dict[str, list[tuple[int, Paragraph]]]:
    """Speaker label (casefolded) -> its turns with their position: a story has far fewer labels than turns."""
    turns: dict[str, list[tuple[int, Paragraph]]] = {}
    for n, p in enumerate(story.paragraphs):
        if p.speaker:
            turns.setdefault(p.speaker.casefold(), []).append((n, p))
    return turns


def _turns(turns_by: dict[str, list[tuple[int, Paragraph]]], person: Person) -> list[Paragraph]:
    """Transcript turns whose speaker label names the person: their own words, in the story's order."""
    names = _names(person)
    mine = [turn for label, turns in turns_by.items() if any(n in label for n in names) for turn in turns]
    return [p for _, p in sorted(mine, key=lambda turn: turn[0])]


def _terms(story: Story) -> list[dict]:
    """Glossary entries, alphabetical, with anchor ids, the forms to link and the tooltip text."""
    terms = sorted(story.glossary, key=lambda t: t.term.casefold())
    views = []
    for term, anchor in zip(terms, _unique_ids("term", [t.term for t in terms]), strict=True):
        views.append({"t": term, "id": anchor, "forms": [f for f in (term.term, *term.aliases) if len(f) > 1],
                      "case": not any(c.islower() for c in term.term), "tooltip": _tooltip(term)})
    return views


def _tooltip(term) -> str:
    if term.definition and term.editorial:
        return f"Editor's note: {term.definition}"
    return term.definition or "Not defined in the source; see the glossary."


class _SourceParagraph(NamedTuple):
    """One paragraph of the source page. A tuple, not a dict: Jinja tries `v.p` as an attribute first, and
    the failed attribute lookup on a dict, several per paragraph, was a good part of the page's render time."""

    p: Paragraph
    entry: bool
    used: list[_Use]


class _Use(NamedTuple):
    """A place on another page that cites a paragraph (a tuple for the same reason as `_SourceParagraph`)."""

    label: str
    href: Trusted


def _source_paragraphs(story: Story, uses: dict[str, list[_Use]]) -> list[_SourceParagraph]:
    """Paragraphs with the entry time/heading shown only where a new live-blog entry starts, and the places
    on the other pages that use each one."""
    views, last = [], None
    for p in story.paragraphs:
        entry = (p.entry, p.time, p.heading)
        new_entry = (p.time or p.heading) and entry != last
        views.append(_SourceParagraph(p, bool(new_entry), uses.get(p.id, [])))
        last = entry
    return views
