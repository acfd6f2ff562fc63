"""The context: the story plus what the templates need worked out.

Each item a template loops over is a named tuple carrying what its Markdown needs: its ¶ links with their
tooltips (`cites`), the sidecar's errata found in its words (`notes`). Worked out here once per item, not by
calls from the template: a call from Jinja costs far more than the work it does, and a large seed has
thousands of items. (A tuple, not a dict: Jinja tries `v.x` as an attribute first, and the failed attribute
lookup on a dict, several per item, was a good part of a page's render time.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from generator.escape import Trusted
from generator.model import Erratum, Event, Exchange, Figure, Paragraph, Person, Story, Term
from generator.render.versions import comparison, person_label, unique_ids

if TYPE_CHECKING:
    from generator.render.provenance import Said

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


class Cite(NamedTuple):
    """A ¶ link from an item to a paragraph it comes from: the id, and the source sentence as its tooltip."""

    pid: str
    said: str


class _Quoted(NamedTuple):
    """Source words shown verbatim with one ¶ link: a summary sentence, key quote, statement paragraph, turn."""

    text: str
    source: str
    said: str
    notes: tuple[Erratum, ...]


class _EventView(NamedTuple):
    e: Event
    id: str  # its anchor on the timeline page ("event-3": the model's order, stable across builds)
    cites: list[Cite]
    notes: tuple[Erratum, ...]


class _ExchangeView(NamedTuple):
    n: int
    id: str
    x: Exchange
    person: Person | None  # the questioner, when the text names one of the people
    label: str | None  # the questioner's name with title, role, party and state
    cites: list[Cite]
    notes: tuple[Erratum, ...]


class _PersonView(NamedTuple):
    p: Person
    id: str
    cites: list[Cite]
    asked: list[_ExchangeView]
    answered: list[_ExchangeView]
    statement: bool  # gave the opening statement
    turns: list[_Quoted]  # transcript turns: their own words
    notes: tuple[Erratum, ...]


class _TermView(NamedTuple):
    t: Term
    id: str
    forms: list[str]  # the words the other pages link here
    case: bool  # an acronym: linked only as written
    tooltip: str
    cites: list[Cite]
    notes: tuple[Erratum, ...]


class _FigureView(NamedTuple):
    f: Figure
    cites: list[Cite]


class Use(NamedTuple):
    """A place on another page that cites a paragraph."""

    label: str
    href: Trusted
    first: bool  # the first place listed under the paragraph (a flag, not Jinja's `loop`: that costs per item)


class _SourceParagraph(NamedTuple):
    """One paragraph of the source page."""

    p: Paragraph
    entry: bool  # a new live-blog entry starts here: show its time and heading
    used: list[Use]
    notes: tuple[Erratum, ...]


def headline(story: Story) -> str:
    return story.title or story.meta.event_name or f"Explainer: {story.slug}"


def date_label(date: str) -> str:
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def _notes(errata: tuple[Erratum, ...], text: str | None) -> tuple[Erratum, ...]:
    """The sidecar's errata whose words occur in `text`: each gets an editor's note beside it."""
    return tuple(e for e in errata if e.text and e.text in (text or "")) if errata else ()


def _quoted(text: str, pid: str, said: Said, errata: tuple[Erratum, ...]) -> _Quoted:
    return _Quoted(text, pid, said(pid, text), _notes(errata, text))


def summary(story: Story, said: Said) -> list[_Quoted]:
    """A few sentences verbatim: from the publisher's summary if it marked one, else from the top."""
    summary_ids = {p.id for p in story.paragraphs if p.section == "summary"}
    sentences = [(s.text, s.para) for s in story.sentences if not summary_ids or s.para in summary_ids]
    if not sentences:  # not segmented into sentences: whole paragraphs instead
        sentences = [(p.text, p.id) for p in story.paragraphs if not summary_ids or p.id in summary_ids]
    return [_quoted(t, pid, said, story.meta.errata) for t, pid in sentences[:SUMMARY_SENTENCES]]


def key_quotes(story: Story, said: Said) -> list[_Quoted]:
    seen, quotes = set(), []
    for q in story.quotes:
        if len(q.text.split()) >= KEY_QUOTE_MIN_WORDS and q.text not in seen:
            seen.add(q.text)
            quotes.append(q)
    return [_quoted(q.text, q.para, said, story.meta.errata) for q in quotes[:KEY_QUOTES]]


def statement(story: Story, said: Said) -> list[_Quoted]:
    paragraphs = [story.paragraph(pid) for pid in story.statement.paragraphs] if story.statement else []
    return [_quoted(p.text, p.id, said, story.meta.errata) for p in paragraphs]


def events(story: Story, said: Said) -> list[_EventView]:
    errata = story.meta.errata
    return [_EventView(e, f"event-{n}", said.cites(e.sources, e.what), _notes(errata, e.what))
            for n, e in enumerate(story.timeline, 1)]


def phases(views: list[_EventView]) -> list[dict]:
    """Dated events by phase, each phase in date order (stable: same-day events keep the model's order)."""
    groups = []
    for phase, label in PHASES:
        members = sorted((v for v in views if v.e.date and v.e.phase == phase), key=lambda v: v.e.date)
        if members:
            groups.append({"phase": phase, "label": label, "events": members})
    return groups


def exchanges(story: Story, said: Said) -> list[_ExchangeView]:
    by_name = {p.name: p for p in story.people}
    views = []
    for n, x in enumerate(story.exchanges, 1):
        person, words = by_name.get(x.questioner or ""), f"{x.question} {x.answer}"
        views.append(_ExchangeView(n, f"exchange-{n}", x, person, person_label(person) if person else None,
                                   said.cites(x.sources, words), _notes(story.meta.errata, words)))
    return views


def people(story: Story, exchange_views: list[_ExchangeView], said: Said) -> list[_PersonView]:
    witnesses = [p.name for p in story.people if p.role == "witness"]
    asked_by: dict[str, list[_ExchangeView]] = {}  # grouped once: a scan of every exchange per person was quadratic
    for x in exchange_views:
        asked_by.setdefault(x.x.questioner or "", []).append(x)
    turns_by = _turns_by_speaker(story)
    views = []
    for person, anchor in zip(story.people, unique_ids("person", [p.name for p in story.people]), strict=True):
        # With one witness, every answer is theirs; with several the model does not say whose it was.
        answered = exchange_views if witnesses == [person.name] else []
        turns = [_quoted(p.text, p.id, said, ()) for p in _turns(turns_by, person)]
        words = " ".join(x.x.answer for x in answered) + " " + " ".join(t.text for t in turns)
        views.append(_PersonView(person, anchor, said.cites(person.sources, person.name),
                                 asked_by.get(person.name, []), answered, _gave_statement(story, person), turns,
                                 _notes(story.meta.errata, words)))
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


def terms(story: Story, said: Said) -> list[_TermView]:
    """Glossary entries, alphabetical, with anchor ids, the forms to link and the tooltip text."""
    ordered = sorted(story.glossary, key=lambda t: t.term.casefold())
    views = []
    for term, anchor in zip(ordered, unique_ids("term", [t.term for t in ordered]), strict=True):
        views.append(_TermView(term, anchor, [f for f in (term.term, *term.aliases) if len(f) > 1],
                               not any(c.islower() for c in term.term), _tooltip(term),
                               said.cites(term.sources, term.term), _notes(story.meta.errata, term.definition)))
    return views


def _tooltip(term: Term) -> str:
    if term.definition and term.editorial:
        return f"Editor's note: {term.definition}"
    return term.definition or "Not defined in the source; see the glossary."


def figures(story: Story, said: Said) -> list[_FigureView]:
    return [_FigureView(f, said.cites(f.sources, f.what)) for f in story.numbers]


def comparisons(story: Story, said: Said) -> list[dict]:
    """Written versus delivered passages, cut into pieces at their changed words, with their ¶ links."""
    views = []
    for c in story.comparisons:
        views.append(comparison(c, story.meta.errata) | {
            "first_cites": said.cites(c.first.sources, c.first.text),
            "second_cites": said.cites(c.second.sources, c.second.text),
            "notes": _notes(story.meta.errata, f"{c.first.text} {c.second.text}")})
    return views


def source_paragraphs(story: Story, uses: dict[str, list[Use]]) -> list[_SourceParagraph]:
    """Paragraphs with the entry time/heading shown only where a new live-blog entry starts, and the places
    on the other pages that use each one."""
    views, last = [], None
    for p in story.paragraphs:
        entry = (p.entry, p.time, p.heading)
        new_entry = (p.time or p.heading) and entry != last
        views.append(_SourceParagraph(p, bool(new_entry), uses.get(p.id, []), _notes(story.meta.errata, p.text)))
        last = entry
    return views


def joined_notes(story: Story, texts: list[str]) -> tuple[Erratum, ...]:
    """Errata for a block of items that gets one editor's note after it (the summary, the figures)."""
    return _notes(story.meta.errata, " ".join(texts))

