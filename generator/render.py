"""Stage 6, render: Markdown pages from templates. Builds contexts only; does no I/O.

Needs: extracted `Story` objects. Returns {path relative to content/: text}: one Markdown page per template,
the JSON export and the TimelineJS3 export. Every `{{ value }}` in a template is escaped by `escape.escape`
(the environment's `finalize`); values a template marks with `| gloss` are also given glossary links.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

import jinja2
import yaml

from generator import __version__
from generator.escape import Trusted, escape, href
from generator.export import export, timelinejs
from generator.model import Comparison, Event, Paragraph, Person, Story, Version
from generator.verify import check, mark, marked
from generator.verify import source as quoted_source

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
    files = {f"{prefix}{name}.md": _page(env, story, view, name) for name in PAGES if name != "about"}
    files[f"{prefix}about.md"] = _about(env, story, view, files)
    files[f"{prefix}data/{story.slug}.json"] = export(story)
    files[f"{prefix}data/{story.slug}.timeline.json"] = timelinejs(story)
    return files


def archive(entries: list[dict]) -> str:
    """The landing page of a several-seed site: one entry per explainer (slug, title, date, publisher, event)."""
    listed = [
        e | {"link": Trusted(f"{e['slug']}/index.md"), "date_label": _date_label(e["date"]) if e["date"] else None}
        for e in entries
    ]
    front = {"title": "Hearing explainers", "generated_from": "seeds/",
             "description": f"An archive of {len(entries)} explainers generated from news coverage of hearings."}
    return _environment().get_template("archive.md.j2").render(
        entries=listed, front_matter=Trusted(_yaml(front)), linker=Linker())


def _page(env: jinja2.Environment, story: Story, view: dict, name: str) -> str:
    terms = () if name == "glossary" else view["terms"]
    front = Trusted(_yaml(_front_matter(story, name, view)))
    return env.get_template(f"{name}.md.j2").render(view, front_matter=front, linker=Linker(terms))


def _about(env: jinja2.Environment, story: Story, view: dict, files: dict[str, str]) -> str:
    """The about page states how many quotations (its own included) were found verbatim in the source."""
    sources = [quoted_source(story)]
    results = [check(name, text, sources, explain=False) for name, text in files.items() if name.endswith(".md")]
    checked, failed = sum(r.checked for r in results), sum(len(r.failures) for r in results)
    draft = _page(env, story, view | {"quotes": {"checked": checked, "verified": checked - failed}}, "about")
    own = check("about.md", draft, sources, explain=False)
    totals = {"checked": checked + own.checked, "verified": checked + own.checked - failed - len(own.failures)}
    return _page(env, story, view | {"quotes": totals}, "about")


# --- the template environment -----------------------------------------------------------------------


class Gloss(str):
    """Source text a template wants glossary links in (`{{ text | gloss }}`); escaped like any other value."""


@jinja2.pass_context
def _finalize(context, value: object) -> str:
    text = escape(value)
    return context["linker"].link(text) if isinstance(value, Gloss) else text


def _environment() -> jinja2.Environment:
    return _environment_for(_TEMPLATES)


@functools.lru_cache(maxsize=4)
def _environment_for(templates: Path) -> jinja2.Environment:
    # One per process and template folder: building one per story recompiled every template for every seed.
    # FileSystemLoader's auto_reload still recompiles a template whose file changed (`mkdocs serve`).
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, undefined=jinja2.StrictUndefined, finalize=_finalize, autoescape=False)
    env.filters["gloss"] = lambda text: Gloss(text) if text else text
    env.filters["sic"] = _sic
    return env


@jinja2.pass_context
def _sic(context, text: str | None) -> str | None:
    """Source text with the sidecar's flagged slips marked in place ("FCC [sic]"); the words stay as printed."""
    return mark(text, context["meta"].errata) if text else text


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
    view = {
        "story": story, "meta": story.meta, "pages": PAGES, "version": __version__,
        "title": _headline(story), "source_url": href(story.meta.url),
        "event_date": _date_label(story.meta.event_date.isoformat()) if story.meta.event_date else None,
        "event_iso": story.meta.event_date.isoformat() if story.meta.event_date else None,
        "summary": _summary(story), "key_quotes": _key_quotes(story),
        "phases": _phases(story.timeline), "undated": [v for v in _events(story.timeline) if not v["e"].date],
        "exchanges": exchanges, "people": _people(story, exchanges), "terms": _terms(story),
        "statement": [story.paragraph(pid) for pid in story.statement.paragraphs] if story.statement else [],
        "refs": lambda sources: [s for s in sources if s in ids],
        "said": _Said(story),
        "marked": marked,
        "comparisons": [_comparison(c, story.meta.errata) for c in story.comparisons],
        "version_label": _version_label(story),
        "errata": lambda text: [e for e in story.meta.errata if e.text and e.text in (text or "")],
        "date_label": _date_label, "person_label": _person_label,
        "min_quote_words": KEY_QUOTE_MIN_WORDS,
        # Link targets we build: the slug is a file name, so it must reach the href unescaped.
        "data_json": Trusted(f"data/{story.slug}.json"), "data_timeline": Trusted(f"data/{story.slug}.timeline.json"),
    }
    uses = _uses(story, view)
    view["source"] = _source_paragraphs(story, uses)
    view["provenance"] = _provenance(story, view)
    return view


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


# --- provenance: ¶ link titles, back-links from the source page, counts -------------------------------------


class _Said:
    """The ¶ link's tooltip, `said(pid, text)`: the sentence of the paragraph that shares most words with the
    item. Sentences are grouped by paragraph once, and their word sets worked out on first use: scanning the
    whole story per ¶ link made rendering quadratic."""

    def __init__(self, story: Story):
        self._texts: dict[str, str] = {}
        for p in story.paragraphs:
            self._texts.setdefault(p.id, p.text)
        self._sentences: dict[str, list[str]] = {}
        for s in story.sentences:
            self._sentences.setdefault(s.para, []).append(s.text)
        self._words: dict[str, list[tuple[str, set[str]]]] = {}

    def __call__(self, pid: str, text: str | None = None) -> str:
        words = _wordset(text or "")
        # The sentence most covered by the item's words: its own sentence, or the first one of a whole paragraph.
        best = max(self._candidates(pid), key=lambda sw: len(words & sw[1]) / (len(sw[1]) or 1))
        return f"¶ {pid}: {best[0]}"

    def _candidates(self, pid: str) -> list[tuple[str, set[str]]]:
        if pid not in self._words:
            sentences = self._sentences.get(pid) or [self._texts.get(pid, "")]
            self._words[pid] = [(s, _wordset(s)) for s in sentences]
        return self._words[pid]


def _wordset(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _uses(story: Story, view: dict) -> dict[str, list[_Use]]:
    """Paragraph id -> the places that cite it: [{"label", "href"}], in page order, without repeats."""
    places: dict[str, dict[tuple[str, str], _Use]] = {}  # keyed, not a list: a much-cited ¶ was quadratic
    for sources, label, target in _citations(story, view):
        for pid in sources:
            places.setdefault(pid, {}).setdefault((label, target), _Use(label, Trusted(target)))
    return {pid: list(keyed.values()) for pid, keyed in places.items()}


def _citations(story: Story, view: dict) -> list[tuple[tuple[str, ...], str, str]]:
    """(sources, label, link target) for every item a page links to its source paragraph."""
    cites = [((s["source"],), "Overview", "index.md#what-happened") for s in view["summary"]]
    cites += [((q["source"],), "Overview: key quotes", "index.md#key-quotes") for q in view["key_quotes"]]
    cites += [(v["e"].sources, "Timeline", f"timeline.md#{v['id']}") for v in _events(story.timeline)]
    cites += [((p.id,), "Opening statement", "opening-statement.md") for p in view["statement"]]
    cites += [(e["x"].sources, f"Exchange {e['n']}", f"exchanges.md#{e['id']}") for e in view["exchanges"]]
    cites += [(v["p"].sources, f"People: {v['p'].name}", f"people.md#{v['id']}") for v in view["people"]]
    cites += [(v["t"].sources, f"Glossary: {v['t'].term}", f"glossary.md#{v['id']}") for v in view["terms"]]
    cites += [(f.sources, f"By the numbers: {f.figure}", f"numbers.md#figure-{n}")
              for n, f in enumerate(story.numbers, 1)]
    cites += [(c.first.sources + c.second.sources, "Opening statement: versions",
               "opening-statement.md#written-and-delivered-versions") for c in story.comparisons]
    return cites


def _provenance(story: Story, view: dict) -> dict:
    """How many items carry a link to an existing source paragraph, of how many."""
    ids = {p.id for p in story.paragraphs}
    items = [e.sources for e in story.timeline] + [x.sources for x in story.exchanges]
    items += [t.sources for t in story.glossary] + [f.sources for f in story.numbers]
    items += [p.sources for p in story.people] + [(q["source"],) for q in view["key_quotes"]]
    return {"total": len(items), "linked": sum(1 for sources in items if set(sources) & ids)}


# --- written versus delivered ------------------------------------------------------------------------------


def _comparison(comparison: Comparison, errata: tuple) -> dict:
    return {"c": comparison, "first": _pieces(_with_sic(comparison.first, errata)),
            "second": _pieces(_with_sic(comparison.second, errata))}


def _with_sic(version: Version, errata: tuple) -> Version:
    """The version with the sidecar's "[sic]" marks in its text (as `mark` puts them), changed spans shifted."""
    text, changed = version.text, list(version.changed)
    for erratum in errata:
        at = marked(erratum).find(" [sic]")
        if at < 0 or not erratum.text:
            continue
        for match in reversed(list(re.finditer(rf"(?<!\w){re.escape(erratum.text)}(?!\w)", text))):
            point = match.start() + at
            text = f"{text[:point]} [sic]{text[point:]}"
            changed = [(a + 6 * (a >= point), b + 6 * (b > point)) for a, b in changed]
    return Version(text, version.sources, version.label, tuple(changed))


def _pieces(version: Version) -> list[dict]:
    """The version's text cut at its changed words: [{"text", "changed", "before", "after"}] (before/after: white
    space there). Neighbouring changed words become one piece."""
    pieces, position = [], 0
    for start, end in _merged(version):
        pieces += [_piece(version.text, position, start, False), _piece(version.text, start, end, True)]
        position = end
    pieces.append(_piece(version.text, position, len(version.text), False))
    return [p for p in pieces if p["text"]]


def _merged(version: Version) -> list[tuple[int, int]]:
    spans: list[list[int]] = []
    for start, end in sorted(version.changed):
        if spans and not version.text[spans[-1][1]:start].strip():
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [tuple(s) for s in spans]


def _piece(text: str, start: int, end: int, changed: bool) -> dict:
    chunk = text[start:end]
    return {"text": chunk.strip(), "changed": changed, "before": chunk[:1].isspace(), "after": chunk[-1:].isspace()}


def _version_label(story: Story):
    """A version's label: the sidecar's name for it (`labels`), else a plain description."""
    names = dict(story.meta.labels)

    def label(key: str) -> str:
        name = names.get(key) or _VERSION_LABELS.get(key, key)
        return name[:1].upper() + name[1:]
    return label


_VERSION_LABELS = {"written": "written version", "delivered": "remarks in full", "quoted": "as quoted"}


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
