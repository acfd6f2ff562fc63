"""Stage 6, render: Markdown pages from templates. Builds contexts only; does no I/O.

Needs: an extracted `Story`. Returns {path relative to content/: text}: one Markdown page per template,
the JSON export and the TimelineJS3 export. Every `{{ value }}` in a template is escaped by `escape.escape`
(the environment's `finalize`); values a template marks with `| gloss` are also given glossary links.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator import __version__
from generator.escape import Trusted, href
from generator.export import export, timelinejs
from generator.model import Story
from generator.render import context, front_matter, provenance
from generator.render.context import KEY_QUOTE_MIN_WORDS, PAGES
from generator.render.environment import Linker, LinkForms, environment_for
from generator.render.versions import version_label
from generator.verify import check, marked
from generator.verify import source as quoted_source

_TEMPLATES = Path(__file__).parent.parent / "templates"


def render(story: Story) -> dict[str, str]:
    """The pages and data files of one story, by path relative to its folder (where they go on the site, and the
    landing page of a several-seed archive, is the pipeline's business)."""
    env, view = _environment(), _view(story)
    files = {f"{name}.md": _page(env, story, view, name) for name in PAGES if name != "about"}
    files["about.md"] = _about(env, story, view, files)
    files[f"data/{story.slug}.json"] = export(story)
    files[f"data/{story.slug}.timeline.json"] = timelinejs(story)
    return files


def archive(entries: list[dict]) -> str:
    """The landing page of a several-seed site: one entry per explainer (slug, title, date, publisher, event)."""
    listed = [e | {"link": Trusted(f"{e['slug']}/index.md"),
                   "date_label": context.date_label(e["date"]) if e["date"] else None} for e in entries]
    front = {"title": "Hearing explainers", "generated_from": "seeds/",
             "description": f"An archive of {len(entries)} explainers generated from news coverage of hearings."}
    return _environment().get_template("archive.md.j2").render(
        entries=listed, front_matter=Trusted(front_matter.as_yaml(front)), linker=Linker())


def _page(env: jinja2.Environment, story: Story, view: dict, name: str) -> str:
    linker = Linker() if name == "glossary" else Linker(view["link_forms"])
    front = Trusted(front_matter.as_yaml(front_matter.fields(story, name, view)))
    return env.get_template(f"{name}.md.j2").render(view, front_matter=front, linker=linker)


def _about(env: jinja2.Environment, story: Story, view: dict, files: dict[str, str]) -> str:
    """The about page states how many quotations (its own included) were found verbatim in the source. Its own
    (the errata it lists) do not depend on those numbers, so only a page that has some is rendered again."""
    sources = [quoted_source(story)]
    results = [check(name, text, sources, explain=False) for name, text in files.items() if name.endswith(".md")]
    checked, failed = sum(r.checked for r in results), sum(len(r.failures) for r in results)
    page = _page(env, story, view | {"quotes": {"checked": checked, "verified": checked - failed}}, "about")
    own = check("about.md", page, sources, explain=False)
    if not own.checked:
        return page
    totals = {"checked": checked + own.checked, "verified": checked + own.checked - failed - len(own.failures)}
    return _page(env, story, view | {"quotes": totals}, "about")


def _environment() -> jinja2.Environment:
    return environment_for(_TEMPLATES)


def _view(story: Story) -> dict:
    said = provenance.Said(story)
    events, exchanges = context.events(story, said), context.exchanges(story, said)
    summary = context.summary(story, said)
    view = {
        "story": story, "meta": story.meta, "pages": PAGES, "version": __version__,
        "title": context.headline(story), "source_url": href(story.meta.url),
        "event_date": context.date_label(story.meta.event_date.isoformat()) if story.meta.event_date else None,
        "event_iso": story.meta.event_date.isoformat() if story.meta.event_date else None,
        "summary": summary, "summary_notes": context.joined_notes(story, [s.text for s in summary]),
        "key_quotes": context.key_quotes(story, said),
        "events": events, "phases": context.phases(events), "undated": [v for v in events if not v.e.date],
        "exchanges": exchanges, "people": context.people(story, exchanges, said), "terms": context.terms(story, said),
        "figures": context.figures(story, said),
        "figures_notes": context.joined_notes(story, [f.what for f in story.numbers]),
        "statement": context.statement(story, said), "comparisons": context.comparisons(story, said),
        "marked": marked, "version_label": version_label(story), "date_label": context.date_label,
        "min_quote_words": KEY_QUOTE_MIN_WORDS,
        # Link targets we build: the slug is a file name, so it must reach the href unescaped.
        "data_json": Trusted(f"data/{story.slug}.json"), "data_timeline": Trusted(f"data/{story.slug}.timeline.json"),
    }
    view["link_forms"] = LinkForms(view["terms"])
    view["source"] = context.source_paragraphs(story, provenance.uses(story, view))
    view["provenance"] = provenance.counts(story, view)
    return view
