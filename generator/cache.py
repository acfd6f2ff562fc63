"""Incremental regeneration: each seed's rendered pages, kept by a hash of everything they depend on.

The key covers the seed's bytes, its sidecar's bytes (or their absence), the path the pages cite, and a hash of
the generator's own source (Python modules and templates), so editing code or a template invalidates every
entry. An entry that is missing, unreadable or corrupt is simply a miss, and entries are replaced atomically,
so `.cache/` is safe to delete at any time and two builds never see half an entry.

An entry is two lines of JSON: the landing-page entry and the SHA-256 of each page, then the pages. A build
reads only the first line of a seed whose files in content/ are still what was written (write.py can tell
from a stat), so a no-op build of a large archive does not load every page of it.

An `Index` (.cache/index.json) lets a build of a large archive skip even that: the first lines of the entries
it used, and the SHA-256 of each input file by its stat, so an unchanged seed costs two stats, not reading it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

DIRECTORY = ".cache/generator"  # relative to the project root; gitignored
INDEX = ".cache/index.json"  # relative to the project root; see `Index`
_RACY = 2_000_000_000  # ns; as in write.py: a file changed within this of its stat is read again next time
_ABSENT = hashlib.sha256(b"absent").digest()
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


def key(text: Path | str, sidecar: Path | str, display: str, code: str, index: Index | None = None) -> str:
    """What a seed's pages depend on: its text, its sidecar (absent is not empty), its cited path, the code."""
    digest = hashlib.sha256()
    read = index.digest if index is not None else _digest
    for part in (hashlib.sha256(code.encode()).digest(), hashlib.sha256(display.encode()).digest(),
                 read(text, optional=False), read(sidecar, optional=True)):
        digest.update(part)  # each part's SHA-256, fixed-size: no two inputs concatenate alike
    return digest.hexdigest()


def _digest(path: Path | str, *, optional: bool) -> bytes:
    """The SHA-256 of a file's bytes; of a marker and them if it is `optional`, so absent is not empty."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        if optional:
            return _ABSENT
        raise
    return hashlib.sha256(b"present\0" + data if optional else data).digest()


def load(directory: Path, entry_key: str, otherwise: Callable[[], Rendered], head: dict | None = None) -> Rendered:
    """The entry's head now (`head`, if the index had it, else read), its pages when asked for; `otherwise()`
    (render the seed) on a miss, including an entry that vanishes or breaks before its pages are read."""
    path = os.path.join(directory, f"{entry_key}.json")  # a string: a no-op build makes one per seed
    try:
        if head is None:
            with open(path, encoding="utf-8") as handle:
                head = json.loads(handle.readline())
        entry, digests = dict(head["entry"]), {str(k): str(v) for k, v in head["digests"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return otherwise()  # a miss: the seed is regenerated and the entry rewritten

    def pages() -> dict[str, str]:
        try:
            with open(path, encoding="utf-8") as handle:
                handle.readline()
                found = dict(json.loads(handle.readline()))
            if {p: digest(t) for p, t in found.items()} == digests:
                return found
        except (OSError, ValueError, TypeError):
            pass
        return otherwise().pages

    return Rendered(pages, entry, digests)


class Index:
    """What the last build learnt that the next one can trust without re-reading it.

    `digest` gives a file's SHA-256 from the record of its size, mtime, ctime and inode when they are unchanged
    (as git's index does; ctime cannot be set back by hand), and reads it otherwise; a file is recorded only
    once its mtime is older than `_RACY`, so an edit in the same timestamp tick as our read is not missed.
    `heads` are the first lines of the entries the last build used: a head is whatever its key's entry says,
    since the key covers everything the pages depend on. Only ever a shortcut: missing, stale or corrupt, it
    costs time, never correctness, and what no seed uses any more is dropped when it is saved."""

    def __init__(self, path: Path):
        self.path, data = path, _json_object(path)
        self.files, self.heads = _json_object_in(data, "files"), _json_object_in(data, "heads")
        self.used: dict[str, list] = {}

    def digest(self, path: Path | str, *, optional: bool) -> bytes:
        name = os.fspath(path)
        try:
            st = os.stat(name)
        except FileNotFoundError:
            if optional:
                return _ABSENT
            raise
        now = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, optional]
        known = self.files.get(name)
        found = _recorded(known, now)
        if found is not None:
            self.used[name] = known
            return found
        found = _digest(path, optional=optional)
        if now[1] < time.time_ns() - _RACY:
            self.used[name] = now + [found.hex()]
        return found

    def save(self, keyed: dict[str, Rendered]) -> None:
        """Keep the heads of `keyed` and the digests of the files read for them, if they changed."""
        heads = {k: {"entry": r.entry, "digests": r.digests} for k, r in keyed.items()}
        if heads != self.heads or self.used != self.files:
            text = json.dumps({"files": self.used, "heads": heads}, ensure_ascii=False)
            _replace(self.path.parent, self.path.name, text)


def _json_object(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _json_object_in(data: dict, name: str) -> dict:
    found = data.get(name)
    return found if isinstance(found, dict) else {}


def _recorded(known, now: list) -> bytes | None:
    """The digest recorded with the stat `now`, if `known` is such a record."""
    if not (isinstance(known, list) and len(known) == 6 and known[:5] == now and isinstance(known[5], str)):
        return None
    try:
        found = bytes.fromhex(known[5])
    except ValueError:
        return None
    return found if len(found) == 32 else None


def store(directory: Path, entry_key: str, rendered: Rendered) -> None:
    """Write an entry atomically; a cache that cannot be written only costs speed, never the build."""
    head = {"entry": rendered.entry, "digests": rendered.digests}
    text = "\n".join(json.dumps(part, ensure_ascii=False, sort_keys=True) for part in (head, rendered.pages)) + "\n"
    _replace(directory, f"{entry_key}.json", text)


def recall(directory: Path, name: str, entry_key: str) -> str | None:
    """The text last remembered as `name`, if it was remembered under `entry_key`; else None."""
    try:
        with open(os.path.join(directory, f"{name}.json"), encoding="utf-8") as handle:
            found = json.load(handle)
        return found["text"] if found["key"] == entry_key and isinstance(found["text"], str) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(directory: Path, name: str, entry_key: str, text: str) -> None:
    """Keep one text (e.g. the landing page) under `name`, replacing the last one: what a whole-site page was
    made of changes with every edit, so only the latest is worth keeping."""
    _replace(directory, f"{name}.json", json.dumps({"key": entry_key, "text": text}, ensure_ascii=False))


def _replace(directory: Path, name: str, text: str) -> None:
    import tempfile  # here: a build that stores nothing need not import it (it was 5 % of a no-op build)

    temporary = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, directory / name)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)


def prune(directory: Path, keep: set[str]) -> None:
    """Drop entries no seed uses any more, so the cache stays the size of the archive, and temporary files a
    killed build left behind (not a recent one: it may be another build's, about to be renamed)."""
    try:
        names = os.listdir(directory)  # not glob: pathlib's per-file objects cost more than the listing
    except OSError:
        return
    for name in names:
        path = os.path.join(directory, name)
        with contextlib.suppress(OSError):
            if (name.endswith(".json") and name[:-5] not in keep) or _stale_temporary(name, path):
                os.unlink(path)


def _stale_temporary(name: str, path: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp") and os.stat(path).st_mtime < time.time() - _STALE


_STALE = 600  # seconds: far longer than any build takes to write one entry
