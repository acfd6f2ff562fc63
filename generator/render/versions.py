"""Written versus delivered: a version's text cut at its changed words; labels and anchor ids."""

from __future__ import annotations

import re

from generator.model import Comparison, Person, Story, Version
from generator.verify import marked


def comparison(c: Comparison, errata: tuple) -> dict:
    """The comparison with each version's text cut into pieces at its changed words."""
    return {"c": c, "first": _pieces(_with_sic(c.first, errata)), "second": _pieces(_with_sic(c.second, errata))}


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


def version_label(story: Story):
    """A version's label: the sidecar's name for it (`labels`), else a plain description."""
    names = dict(story.meta.labels)

    def label(key: str) -> str:
        name = names.get(key) or _VERSION_LABELS.get(key, key)
        return name[:1].upper() + name[1:]
    return label


_VERSION_LABELS = {"written": "written version", "delivered": "remarks in full", "quoted": "as quoted"}


def unique_ids(kind: str, names: list[str]) -> list[str]:
    ids, seen = [], set()
    for name in names:
        base = f"{kind}-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x")
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        ids.append(anchor)
    return ids


def person_label(person: Person | None) -> str:
    """'Name (title or role; party, state)' with only what the text gives."""
    if person is None:
        return ""
    desc = person.title or (person.role if person.role != "other" else None)
    where = ", ".join(x for x in (person.party, person.state) if x)
    details = "; ".join(x for x in (desc, where) if x)
    return f"{person.name} ({details})" if details else person.name
