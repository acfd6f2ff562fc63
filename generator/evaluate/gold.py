"""Gold annotations (`NAME.gold.yml`, format: GOLD-FORMAT.md): loading and validation.

The result is the YAML mapping itself, checked: every key known, every section of the right shape. A section the
file omits stays absent, which the evaluator reports as "n/a".
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from generator.errors import InputError

# Top-level sections and the keys their items (or their mapping) may have. `None`: a scalar or a list of strings.
_SECTIONS: dict[str, set[str] | None] = {
    "source": {"title", "publisher", "url"},
    "event": {"name", "date"},
    "format": None,
    "boilerplate": None,
    "people": {"name", "aliases", "role", "party", "state"},
    "exchanges": {"questioner", "topic", "answer_quote"},
    "timeline": {"date", "text", "what"},
    "glossary": {"term", "aliases", "defined_in_text"},
    "numbers": {"figure", "what"},
    "opening_statement": {"first_words", "last_words", "paragraphs"},
    "errata": {"text", "note"},
}
_MAPPINGS = {"source", "event", "opening_statement"}
# The key each list item must have; the evaluator matches on it. Exchanges need the key, null is allowed.
_REQUIRED = {"people": "name", "exchanges": "questioner", "timeline": "date", "glossary": "term",
             "numbers": "figure", "errata": "text"}
# A gold date keeps only the precision the text supports.
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def load_gold(path: Path) -> dict:
    """Read and validate a gold file; every problem is an `InputError` naming the file."""
    data = _read(path)
    for key, value in data.items():
        if key not in _SECTIONS:
            raise InputError(f"{path}: unknown key {key!r}; allowed: {', '.join(_SECTIONS)}")
        _check_section(path, key, value)
    return data


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(f"{path}: gold file not found; pass --gold NAME.gold.yml") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise InputError(f"{path}: YAML syntax error on line {line}: {exc.problem}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the gold file: {exc}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: a gold file must be a mapping of sections (people, exchanges, ...)")
    return data


def _check_section(path: Path, key: str, value) -> None:
    if key in _MAPPINGS:
        _check_mapping(path, key, value)
    elif _SECTIONS[key] is None:
        _check_scalar_or_strings(path, key, value)
    else:
        if not isinstance(value, list):
            raise InputError(f"{path}: {key!r} must be a list (write `{key}: []` for none)")
        for n, item in enumerate(value, 1):
            _check_item(path, key, n, item)


def _check_mapping(path: Path, key: str, value) -> None:
    if not isinstance(value, dict):
        raise InputError(f"{path}: {key!r} must be a mapping")
    _check_keys(path, key, value)
    if key == "opening_statement":
        missing = sorted(_SECTIONS[key] - set(value))
        if missing:
            raise InputError(f"{path}: opening_statement: missing key {missing[0]!r}")
        if not isinstance(value["paragraphs"], int) or value["paragraphs"] < 1:
            raise InputError(f"{path}: opening_statement.paragraphs must be a positive whole number")


def _check_scalar_or_strings(path: Path, key: str, value) -> None:
    if key == "boilerplate":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise InputError(f"{path}: 'boilerplate' must be a list of non-empty strings")
    elif not isinstance(value, str):
        raise InputError(f"{path}: {key!r} must be a string")


def _check_item(path: Path, key: str, n: int, item) -> None:
    where = f"{key}[{n}]"
    if not isinstance(item, dict):
        raise InputError(f"{path}: {where} must be a mapping")
    _check_keys(path, where, item, _SECTIONS[key])
    required = _REQUIRED[key]
    if required not in item:
        raise InputError(f"{path}: {where}: missing key {required!r}")
    if key != "exchanges" and item[required] is None:
        raise InputError(f"{path}: {where}: {required!r} must not be null")
    if not isinstance(item.get("aliases", []), list):
        raise InputError(f"{path}: {where}: 'aliases' must be a list")
    if key == "timeline" and not _DATE.fullmatch(str(item["date"])):
        raise InputError(f"{path}: {where}: date must be YYYY, YYYY-MM or YYYY-MM-DD, got {item['date']!r}")


def _check_keys(path: Path, where: str, value: dict, allowed: set[str] | None = None) -> None:
    allowed = _SECTIONS[where] if allowed is None else allowed
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise InputError(f"{path}: {where}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}")


def gold_date(value: int | str | dt.date) -> str:
    """YAML loads 2021 as int, 2023-09 as str and 2023-10-17 as a date; all compare as text."""
    return str(value)
