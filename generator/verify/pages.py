"""Pages to check: the Markdown files of content/, found through a cache of directory listings.

The cache trusts a directory's mtime, ctime and inode to tell whether its entries changed (see `_Listings`)."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Mapping
from pathlib import Path

_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)
LISTINGS = ".cache/listings.json"  # relative to the project root (content/'s parent); see `_Listings`
_RACY = 2_000_000_000  # ns; as in write.py: coarser than any file system's timestamps


def read_pages(content: Path, generated: Mapping[str, str] | None, checked: set[str] | frozenset) -> dict[str, str]:
    """Markdown pages: `generated` (if given) plus the hand-written pages on disk; else every page on disk.
    Minus those already `checked`, which are never looked up (a build's cached pages are not even loaded)."""
    on_disk = _markdown(content)
    if generated is None:
        return {name: (content / name).read_text(encoding="utf-8") for name in on_disk if name not in checked}
    pages = {name: generated[name] for name in generated if name.endswith(".md") and name not in checked}
    for name in on_disk:
        if name in generated or name in checked:
            continue  # about to be replaced: only the pages nobody generates need reading
        text = (content / name).read_text(encoding="utf-8")
        if not front(text).get("generated_from"):
            pages[name] = text
    return pages


def _markdown(content: Path) -> list[str]:
    """The .md files below `content`, as sorted relative POSIX paths, as os.walk would find them (not following
    links to directories). A directory whose stat is as when it was last listed is not listed again (see
    `_Listings`): listing the 1,000 folders of a large archive was most of a no-op build's check."""
    listings = _Listings(content.parent / LISTINGS)
    try:
        found = _walk(content, listings)
    except TypeError:  # a remembered name that is not a string: the record is corrupt, so list everything
        listings.known = {}
        found = _walk(content, listings)
    listings.save()
    return sorted(found)


def _walk(content: Path, listings: _Listings) -> list[str]:
    found, pending = [], [("", os.fspath(content))]
    while pending:
        prefix, directory = pending.pop()
        names, subdirectories = listings.of(prefix, directory)
        found += [prefix + name for name in names]
        pending += [(prefix + name + "/", directory + "/" + name) for name in subdirectories]
    return found


class _Listings:
    """Each directory's .md files and subdirectories, remembered by its mtime, ctime and inode: adding, removing
    or renaming an entry changes them (editing a file does not, and need not: only names are listed). As for
    write.py's stat record, a listing is remembered only once the directory's mtime is older than `_RACY`, so a
    change in the same timestamp tick as the listing is not missed. Missing or corrupt, it only costs time."""

    def __init__(self, path: Path):
        self.path, self.used, self.horizon = path, {}, time.time_ns() - _RACY
        try:
            with open(path, encoding="utf-8") as handle:
                self.known = json.load(handle)
        except (OSError, ValueError):
            self.known = {}
        if not isinstance(self.known, dict):
            self.known = {}

    def of(self, prefix: str, directory: str) -> tuple[list[str], list[str]]:
        try:
            st = os.stat(directory)
        except OSError:
            return [], []
        stamp = [st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        known = self.known.get(prefix)
        if _is_listing(known) and known[:3] == stamp:
            self.used[prefix] = known
            return known[3], known[4]
        names, subdirectories = _scan(directory)
        if st.st_mtime_ns < self.horizon:
            self.used[prefix] = [*stamp, names, subdirectories]
        return names, subdirectories

    def save(self) -> None:
        if self.used == self.known:
            return
        import tempfile  # here: most builds list nothing new

        name = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(self.used, ensure_ascii=False))
            os.replace(name, self.path)
        except OSError:
            if name:
                Path(name).unlink(missing_ok=True)


def _is_listing(known) -> bool:
    """A record's shape; a name in it that is not a string fails `_walk` with a TypeError."""
    return isinstance(known, list) and len(known) == 5 and isinstance(known[3], list) and isinstance(known[4], list)


def _scan(directory: str) -> tuple[list[str], list[str]]:
    """The .md files and the subdirectories (not links to them) of one directory, as os.walk sees them."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return [], []
    names, subdirectories = [], []
    for entry in entries:
        if _is_dir(entry):
            if not entry.is_symlink():
                subdirectories.append(entry.name)
        elif entry.name.endswith(".md"):
            names.append(entry.name)
    return names, subdirectories


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def front(markdown: str) -> dict:
    match = _FRONT.match(markdown)
    if not match:
        return {}
    import yaml  # here: only hand-written pages are read, and a build of seeds alone has none

    try:
        data = yaml.load(match[1], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: in C
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}
