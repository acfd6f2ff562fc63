"""Editorial sidecar: seeds/<slug>.yml — schema, validation, and loading into `Meta`.

Schema (every key optional; unknown keys are errors):

    event: {name: "...", date: 2018-04-10}
    publisher: "..."
    url: "https://..."
    glossary:  [{term: "...", definition: "...", aliases: ["..."]}]   # editor's definitions
    people:    [{name: "...", note: "..."}]                           # who a person is
    errata:    [{text: "...", note: "...", correction: "..."}]        # slips in the source
    labels:    {written: "...", delivered: "..."}                     # names for versions of a text
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from generator.errors import SidecarError
from generator.model import EditorPerson, EditorTerm, Erratum, Meta

_TOP_KEYS = {"event", "publisher", "url", "glossary", "people", "errata", "labels"}
_ITEM_KEYS = {
    "glossary": ({"term", "definition"}, {"aliases"}),
    "people": ({"name", "note"}, set()),
    "errata": ({"text", "note"}, {"correction"}),
}


def sidecar(path: Path | None) -> Meta:
    """Load and validate a sidecar; `None` or a missing file gives an empty `Meta`."""
    if path is None or not path.exists():
        return Meta()
    try:
        data = _load(path.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else "?"
        raise SidecarError(f"{path}: YAML error on line {line}: {exc.problem or exc.context}") from None
    except UnicodeDecodeError:
        raise SidecarError(f"{path}: not UTF-8 text; save the sidecar as UTF-8") from None
    except (yaml.YAMLError, OSError, ValueError) as exc:
        raise SidecarError(f"{path}: cannot read the sidecar: {exc}") from None
    if data is None:
        return Meta()
    if not isinstance(data, dict):
        raise SidecarError(f"{path}: the sidecar must be a mapping of keys (event, publisher, url, ...)")
    return _meta(path, data)


def _load(text: str):
    """libyaml's parser when the wheel has it (the sidecars of a big archive load several times faster); on an
    error, the pure-Python parser again, whose messages name the offending character."""
    try:
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader)


class _NoDuplicateKeys:
    """Refuses a key given twice: plain YAML keeps the last one and loses the first silently."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue  # complex keys are rejected later as unknown keys
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key_node.value!r} appears twice",
                                                        key_node.start_mark)
            seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


class _Loader(_NoDuplicateKeys, yaml.SafeLoader):
    pass


class _FastLoader(_NoDuplicateKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


# Dates stay strings until `_date` parses them: YAML's own timestamp parsing fails on "2018-13-01" with an
# error that has no line number, and turns "10:00" times into datetimes the schema does not want.
_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _meta(path: Path, data: dict) -> Meta:
    unknown = sorted(str(k) for k in data if k not in _TOP_KEYS)
    if unknown:
        raise SidecarError(f"{path}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(_TOP_KEYS))}")
    event = data.get("event") or {}
    if not isinstance(event, dict) or set(event) - {"name", "date"}:
        raise SidecarError(f"{path}: 'event' must be a mapping with 'name' and 'date'")
    labels = data.get("labels") or {}
    if not isinstance(labels, dict):
        raise SidecarError(f"{path}: 'labels' must be a mapping of names to labels")
    return Meta(
        event_name=_text(path, "event.name", event.get("name")),
        event_date=_date(path, event.get("date")),
        publisher=_text(path, "publisher", data.get("publisher")),
        url=_url(path, data.get("url")),
        glossary=tuple(
            EditorTerm(i["term"], i["definition"], tuple(i.get("aliases", ()))) for i in _items(path, data, "glossary")
        ),
        people=tuple(EditorPerson(i["name"], i["note"]) for i in _items(path, data, "people")),
        errata=tuple(Erratum(i["text"], i["note"], i.get("correction")) for i in _items(path, data, "errata")),
        labels=tuple((str(k), _text(path, f"labels.{k}", v)) for k, v in sorted(labels.items())),
    )


def _text(path: Path, key: str, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SidecarError(f"{path}: '{key}' must be a non-empty string, got {value!r}")
    return value.strip()


def _date(path: Path, value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise SidecarError(f"{path}: 'event.date' must be an ISO date like 2018-04-10, got {value!r}")


def _url(path: Path, value) -> str | None:
    url = _text(path, "url", value)
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise SidecarError(f"{path}: 'url' must start with http:// or https://, got {url!r}")
    return url


def _items(path: Path, data: dict, key: str) -> list[dict]:
    items = data.get(key) or []
    required, optional = _ITEM_KEYS[key]
    if not isinstance(items, list):
        raise SidecarError(f"{path}: '{key}' must be a list")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise SidecarError(f"{path}: {key} item {n} must be a mapping")
        extra, missing = set(item) - required - optional, required - set(item)
        if extra or missing:
            what = f"unknown key {sorted(extra)[0]!r}" if extra else f"missing key {sorted(missing)[0]!r}"
            raise SidecarError(f"{path}: {key} item {n}: {what}")
        for k in required:
            _text(path, f"{key}[{n}].{k}", item[k])
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise SidecarError(f"{path}: {key} item {n}: 'aliases' must be a list of strings")
    return items
