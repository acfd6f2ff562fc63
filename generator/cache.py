"""Incremental regeneration: each seed's rendered pages, kept by a hash of everything they depend on.

The key covers the seed's bytes, its sidecar's bytes (or their absence), the path the pages cite, and a hash of
the generator's own source (Python modules and templates), so editing code or a template invalidates every
entry. An entry that is missing, unreadable or corrupt is simply a miss, and entries are replaced atomically,
so `.cache/` is safe to delete at any time and two builds never see half an entry.

An entry is two lines of JSON: the landing-page entry and the SHA-256 of each page, then the pages. A build
reads only the first line of a seed whose files in content/ are still what was written (write.py can tell
from a stat), so a no-op build of a large archive does not load every page of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

DIRECTORY = ".cache/generator"  # relative to the project root; gitignored
_SOURCE = Path(__file__).resolve().parent
_SOURCE_SUFFIXES = (".py", ".j2", ".json", ".yml")


class Rendered:
    """One seed's output: its pages (paths relative to the seed's own folder), their SHA-256 digests and its
    landing-page entry. Pages read from the cache are loaded only when first asked for."""

    def __init__(self, pages: dict[str, str] | Callable[[], dict[str, str]], entry: dict,
                 digests: dict[str, str] | None = None):
        self.entry = entry
        self._pages = pages
        self.digests = digests if digests is not None else {p: digest(t) for p, t in self.pages.items()}

    @property
    def pages(self) -> dict[str, str]:
        if callable(self._pages):
            self._pages = self._pages()
        return self._pages


def digest(text: str) -> str:
    """What content/.generated.json records for a file: the SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def load(directory: Path, entry_key: str, otherwise: Callable[[], Rendered]) -> Rendered:
    """The entry's head now, its pages when asked for; `otherwise()` (render the seed) on a miss, including
    an entry that vanishes or breaks before its pages are read."""
    path = directory / f"{entry_key}.json"
    try:
        with path.open(encoding="utf-8") as handle:
            head = json.loads(handle.readline())
        entry, digests = dict(head["entry"]), {str(k): str(v) for k, v in head["digests"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return otherwise()  # a miss: the seed is regenerated and the entry rewritten

    def pages() -> dict[str, str]:
        try:
            with path.open(encoding="utf-8") as handle:
                handle.readline()
                found = dict(json.loads(handle.readline()))
            if {p: digest(t) for p, t in found.items()} == digests:
                return found
        except (OSError, ValueError, TypeError):
            pass
        return otherwise().pages

    return Rendered(pages, entry, digests)


def store(directory: Path, entry_key: str, rendered: Rendered) -> None:
    """Write an entry atomically; a cache that cannot be written only costs speed, never the build."""
    head = {"entry": rendered.entry, "digests": rendered.digests}
    text = "\n".join(json.dumps(part, ensure_ascii=False, sort_keys=True) for part in (head, rendered.pages)) + "\n"
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
