"""Stage 6, render: Markdown pages from templates. Builds contexts only; does no I/O.

Needs: extracted `Story` objects. Returns {path relative to content/: text}: one Markdown page per template,
the JSON export and the TimelineJS3 export. Every `{{ value }}` in a template is escaped by `escape.escape`
(the environment's `finalize`); values a template marks with `| gloss` are also given glossary links.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import yaml

from generator import __version__
from generator.escape import Trusted, escape, href
from generator.export import export, timelinejs
from generator.model import Event, Person, Story

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
_TEMPLATES = Path(__file__).parent / "templates"


def render(stories: list[Story]) -> dict[str, str]:
    """All pages: a single story at the root of content/, several under one folder each."""
    files: dict[str, str] = {}
    for story in stories:
        files |= story_pages(story, "" if len(stories) == 1 else f"{story.slug}/")
    return files


def story_pages(story: Story, prefix: str = "") -> dict[str, str]:
    """The pages and data files of one story, their paths starting with `prefix`."""
    env, view = _environment(), _view(story)
    files = {}
    for name in PAGES:
        terms = () if name == "glossary" else view["terms"]
        front = Trusted(_yaml(_front_matter(story, name, view)))
        files[f"{prefix}{name}.md"] = env.get_template(f"{name}.md.j2").render(
            view, front_matter=front, linker=Linker(terms))
    files[f"{prefix}data/{story.slug}.json"] = export(story)
    files[f"{prefix}data/{story.slug}.timeline.json"] = timelinejs(story)
    return files


def archive(entries: list[dict]) -> str:
    """The landing page of a several-seed site: one entry per explainer (slug, title, date, publisher, event)."""
    listed = [e | {"link": Trusted(f"{e['slug']}/index.md"), "date_label": _date_label(e["date"]) if e["date"] else None}
              for e in entries]
    front = {"title": "Hearing explainers", "generated_from": "seeds/",
             "description": f"An archive of {len(entries)} explainers generated from news coverage of hearings."}
    return _environment().get_template("archive.md.j2").render(
        entries=listed, front_matter=Trusted(_yaml(front)), linker=Linker())


# --- the template environment -----------------------------------------------------------------------


class Gloss(str):
    """Source text a template wants glossary links in (`{{ text | gloss }}`); escaped like any other value."""


@jinja2.pass_context
def _finalize(context, value: object) -> str:
    text = escape(value)
    return context["linker"].link(text) if isinstance(value, Gloss) else text


def _environment() -> jinja2.Environment:
    # Built per call so that template edits show up under `mkdocs serve` without a restart.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES), trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, undefined=jinja2.StrictUndefined, finalize=_finalize, autoescape=False)
    env.filters["gloss"] = lambda text: Gloss(text) if text else text
    return env


class Linker:
    """Links the first occurrence of each glossary term on one page; later ones stay plain text."""

    _SUFFIX = r"(?:e?s)?(?:'s|’s|')?"  # plurals and possessives: "senators", "Analytica's"

    def __init__(self, terms: list[dict] | tuple = ()):
        forms = sorted(((escape(f), t) for t in terms for f in t["forms"]), key=lambda ft: -len(ft[0]))
        forms = [(f, t) for f, t in forms if not f.startswith("&")]  # a leading entity is no word start
        self._by_form = {f.casefold(): t for f, t in forms}
        self._used: set[str] = set()
        alternatives = "|".join(_form_pattern(f, t) for f, t in forms)
        # Not inside an entity (&#35;) nor mid-word.
        self._pattern = re.compile(rf"(?<![\w&#])(?P<base>{alternatives}){self._SUFFIX}(?!\w)") if forms else None

    def link(self, text: str) -> str:
        return self._pattern.sub(self._replace, text) if self._pattern else text

    def _replace(self, match: re.Match) -> str:
        term = self._by_form[match["base"].casefold()]
        if term["id"] in self._used:
            return match[0]
        self._used.add(term["id"])
        return f'[{match[0]}](glossary.md#{term["id"]} "{escape(term["tooltip"])}")'


def _form_pattern(form: str, term: dict) -> str:
    # Acronyms (no lower-case letter) match case-sensitively; words also match capitalised or not.
    return re.escape(form) if term["case"] else f"(?i:{re.escape(form)})"


# --- the context: the story plus what the templates need worked out -------------------------------------


def _view(story: Story) -> dict:
    ids = {p.id for p in story.paragraphs}
    exchanges = _exchanges(story)
    return {
        "story": story, "meta": story.meta, "pages": PAGES, "version": __version__,
        "title": _headline(story), "source_url": href(story.meta.url),
        "event_date": _date_label(story.meta.event_date.isoformat()) if story.meta.event_date else None,
        "event_iso": story.meta.event_date.isoformat() if story.meta.event_date else None,
        "summary": _summary(story), "key_quotes": _key_quotes(story),
        "phases": _phases(story.timeline), "undated": [e for e in story.timeline if not e.date],
        "exchanges": exchanges, "people": _people(story, exchanges), "terms": _terms(story),
        "statement": [story.paragraph(pid) for pid in story.statement.paragraphs] if story.statement else [],
        "source": _source_paragraphs(story),
        "refs": lambda sources: [s for s in sources if s in ids],
        "errata": lambda text: [e for e in story.meta.errata if e.text and e.text in (text or "")],
        "date_label": _date_label, "person_label": _person_label,
        "min_quote_words": KEY_QUOTE_MIN_WORDS,
        # Link targets we build: the slug is a file name, so it must reach the href unescaped.
        "data_json": Trusted(f"data/{story.slug}.json"), "data_timeline": Trusted(f"data/{story.slug}.timeline.json"),
    }


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


def _phases(events: tuple[Event, ...]) -> list[dict]:
    """Dated events by phase, each phase in date order (stable: same-day events keep the model's order)."""
    groups = []
    for phase, label in PHASES:
        members = sorted((e for e in events if e.date and e.phase == phase), key=lambda e: e.date)
        if members:
            groups.append({"phase": phase, "label": label, "events": members})
    return groups


def _exchanges(story: Story) -> list[dict]:
    people = {p.name: p for p in story.people}
    return [{"n": n, "id": f"exchange-{n}", "x": x, "person": people.get(x.questioner or "")}
            for n, x in enumerate(story.exchanges, 1)]


def _people(story: Story, exchanges: list[dict]) -> list[dict]:
    witnesses = [p.name for p in story.people if p.role == "witness"]
    views = []
    for person, anchor in zip(story.people, _unique_ids("person", [p.name for p in story.people]), strict=True):
        # With one witness, every answer is theirs; with several the model does not say whose it was.
        asked = [x for x in exchanges if x["x"].questioner == person.name]
        answered = exchanges if witnesses == [person.name] else []
        views.append({"p": person, "id": anchor, "asked": asked, "answered": answered,
                      "statement": _gave_statement(story, person), "turns": _turns(story, person)})
    return views


def _names(person: Person) -> set[str]:
    return {n.casefold() for n in (person.name, *person.aliases) if n}


def _gave_statement(story: Story, person: Person) -> bool:
    speaker = (story.statement.speaker or "").casefold() if story.statement else ""
    return bool(speaker) and any(n in speaker for n in _names(person))


def _turns(story: Story, person: Person) -> list:
    """Transcript turns whose speaker label names the person: their own words."""
    names = _names(person)
    return [p for p in story.paragraphs if p.speaker and any(n in p.speaker.casefold() for n in names)]


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


def _source_paragraphs(story: Story) -> list[dict]:
    """Paragraphs with the entry time/heading shown only where a new live-blog entry starts."""
    views, last = [], None
    for p in story.paragraphs:
        entry = (p.entry, p.time, p.heading)
        new_entry = (p.time or p.heading) and entry != last
        views.append({"p": p, "entry": bool(new_entry)})
        last = entry
    return views


def _unique_ids(kind: str, names: list[str]) -> list[str]:
    ids, seen = [], set()
    for name in names:
        base = f"{kind}-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x")
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        ids.append(anchor)
    return ids


def _person_label(person: Person | None) -> str:
    """'Name (title or role; party, state)' with only what the text gives."""
    if person is None:
        return ""
    desc = person.title or (person.role if person.role != "other" else None)
    where = ", ".join(x for x in (person.party, person.state) if x)
    details = "; ".join(x for x in (desc, where) if x)
    return f"{person.name} ({details})" if details else person.name


# --- front matter -----------------------------------------------------------------------------------------


def _front_matter(story: Story, name: str, view: dict) -> dict:
    front = {"title": f"{PAGES[name]}: {view['title']}" if name != "index" else view["title"],
             "description": _description(story, name, view), "generated_from": story.path}
    jsonld = {"index": _jsonld_article, "glossary": _jsonld_terms, "people": _jsonld_people}.get(name)
    if jsonld:
        front["jsonld"] = jsonld(story, view)
    return front


def _description(story: Story, name: str, view: dict) -> str:
    subject = story.meta.event_name or view["title"]
    counts = {"timeline": len(story.timeline), "exchanges": len(story.exchanges), "people": len(story.people),
              "glossary": len(story.glossary), "numbers": len(story.numbers)}
    what = {
        "index": "an explainer generated from news coverage, with its timeline, exchanges, people and source",
        "timeline": f"{counts['timeline']} events in date order, each linked to the source words that date it",
        "opening-statement": "the opening remarks as printed in the source, paragraph by paragraph",
        "exchanges": f"{counts['exchanges']} questions and answers, each labelled quoted or paraphrased",
        "people": f"{counts['people']} people named in the coverage, with their questions and words",
        "glossary": f"{counts['glossary']} terms with the definitions the source or an editor gives",
        "numbers": f"{counts['numbers']} figures with the sentences they come from",
        "source": "the cleaned source text with numbered paragraphs and what was removed as publisher chrome",
        "about": "how this explainer was generated and the limits of automatic extraction",
    }[name]
    return " ".join(f"{subject}: {what}.".split())


def _jsonld_article(story: Story, view: dict) -> dict:
    data = {"@context": "https://schema.org",
            "@type": "LiveBlogPosting" if story.format.startswith("liveblog") else "NewsArticle",
            "headline": view["title"]}
    if story.standfirst:
        data["description"] = story.standfirst
    if story.meta.publisher:
        data["publisher"] = {"@type": "Organization", "name": story.meta.publisher}
    if view["source_url"]:
        data["url"] = str(view["source_url"])
    if story.meta.event_name:
        data["about"] = {"@type": "Event", "name": story.meta.event_name}
        if view["event_iso"]:
            data["about"]["startDate"] = view["event_iso"]
    return data


def _jsonld_terms(story: Story, view: dict) -> dict:
    terms = [{"@type": "DefinedTerm", "name": t["t"].term} | ({"description": t["t"].definition}
             if t["t"].definition else {}) for t in view["terms"]]
    return {"@context": "https://schema.org", "@type": "DefinedTermSet", "name": f"Glossary: {view['title']}",
            "hasDefinedTerm": terms}


def _jsonld_people(story: Story, view: dict) -> dict:
    people = [{"@type": "Person", "name": p.name} | ({"jobTitle": p.title} if p.title else {})
              for p in story.people]
    return {"@context": "https://schema.org", "@graph": people}


def _yaml(front: dict) -> str:
    body = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, default_flow_style=False, width=2**20)
    return f"---\n{body}---\n"
