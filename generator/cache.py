"""Incremental regeneration: each seed's rendered pages, kept by a hash of everything they depend on.

The key covers the seed's bytes, its sidecar's bytes (or their absence), the path the pages cite, and a hash of
the generator's own source (Python modules and templates), so editing code or a template invalidates every
entry. An entry that is missing, unreadable or corrupt is simply a miss, and entries are replaced atomically,
so `.cache/` is safe to delete at any time and two builds never see half an entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

DIRECTORY = ".cache/generator"  # relative to the project root; gitignored
_SOURCE = Path(__file__).resolve().parent
_SOURCE_SUFFIXES = (".py", ".j2", ".json", ".yml")


@dataclass(frozen=True)
class Rendered:
    """One seed's output: its pages (paths relative to the seed's own folder) and its landing-page entry."""

    pages: dict[str, str]
    entry: dict


def code_hash(source: Path = _SOURCE) -> str:
    """A hash of the generator's source files: any edit to code or templates changes every key."""
    digest = hashlib.sha256()
    for path in sorted(p for p in source.rglob("*") if p.suffix in _SOURCE_SUFFIXES and "__pycache__" not in p.parts):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(text: Path, sidecar: Path, display: str, code: str) -> str:
    """What a seed's pages depend on: its text, its sidecar (absent is not empty), its cited path, the code."""
    digest = hashlib.sha256()
    for part in (code.encode(), display.encode(), text.read_bytes(), _optional(sidecar)):
        digest.update(hashlib.sha256(part).digest())  # fixed-size parts: no two inputs concatenate alike
    return digest.hexdigest()


def _optional(path: Path) -> bytes:
    try:
        return b"present\0" + path.read_bytes()
    except FileNotFoundError:
        return b"absent"


def load(directory: Path, entry_key: str) -> Rendered | None:
    try:
        data = json.loads((directory / f"{entry_key}.json").read_text(encoding="utf-8"))
        return Rendered(dict(data["pages"]), dict(data["entry"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a miss: the seed is regenerated and the entry rewritten


def store(directory: Path, entry_key: str, rendered: Rendered) -> None:
    """Write an entry atomically; a cache that cannot be written only costs speed, never the build."""
    text = json.dumps({"pages": rendered.pages, "entry": rendered.entry}, ensure_ascii=False, sort_keys=True)
    name = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{entry_key}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(name, directory / f"{entry_key}.json")
    except OSError:
        if name:
            Path(name).unlink(missing_ok=True)


def prune(directory: Path, keep: set[str]) -> None:
    """Drop entries no seed uses any more, so the cache stays the size of the archive."""
    if not directory.is_dir():
        return
    for path in directory.glob("*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
