"""Front matter: titles, descriptions and JSON-LD, as YAML."""

from __future__ import annotations

import yaml

from generator.model import Story
from generator.render.context import PAGES


def fields(story: Story, name: str, view: dict) -> dict:
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
    terms = [{"@type": "DefinedTerm", "name": v.t.term} | ({"description": v.t.definition} if v.t.definition else {})
             for v in view["terms"]]
    return {"@context": "https://schema.org", "@type": "DefinedTermSet", "name": f"Glossary: {view['title']}",
            "hasDefinedTerm": terms}


def _jsonld_people(story: Story, view: dict) -> dict:
    people = [{"@type": "Person", "name": p.name} | ({"jobTitle": p.title} if p.title else {})
              for p in story.people]
    return {"@context": "https://schema.org", "@graph": people}


# libyaml's emitter writes the same YAML as PyYAML's pure-Python one, about ten times faster: with many seeds the
# front matter was a quarter of the build. Pure Python where the wheel was built without libyaml.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def as_yaml(front: dict) -> str:
    # The nodes built here, not by PyYAML's representer: it is pure Python, and it was most of the time of a
    # page's front matter. They are the nodes `yaml.dump(..., sort_keys=False, default_flow_style=False)` makes.
    body = yaml.serialize(_node(front), Dumper=_DUMPER, allow_unicode=True, width=2**20)
    return f"---\n{body}---\n"


def _node(value: str | dict | list) -> yaml.Node:
    """The YAML node of front matter: strings, and dicts and lists of them (never one object twice, which
    PyYAML would write once with an anchor)."""
    if isinstance(value, str):
        return yaml.ScalarNode("tag:yaml.org,2002:str", value)
    if isinstance(value, dict):
        return yaml.MappingNode("tag:yaml.org,2002:map", [(_node(k), _node(v)) for k, v in value.items()],
                                flow_style=False)
    if isinstance(value, list):
        return yaml.SequenceNode("tag:yaml.org,2002:seq", [_node(v) for v in value], flow_style=False)
    raise TypeError(f"front matter holds only strings, dicts and lists, not {type(value).__name__}")
