"""The only orchestrator: the stages in order.

For one seed text:
    1. sidecar  — load the editorial YAML beside the seed (optional) into `Meta`
    2. ingest   — read and decode the text, validate it, start the `Story`
    3. clean    — cut publisher chrome, keep a list of what was removed and why
    4. segment  — paragraphs with stable ids, sentences, quotations, blocks
    5. extract  — people, opening statement, exchanges, timeline, glossary, numbers
For the site:
    6. render   — Markdown pages from templates, plus the JSON export (`export`); unchanged seeds come
                  from the cache instead, and many missing ones are done in worker processes (`workers`);
                  several seeds get a landing page; the nav goes to content/.nav.yml
                  (both kept from the last build when what they show is unchanged)
       verify   — every quotation on every page, hand-written ones too, verbatim in its seed: a seed's pages
                  when they are rendered (before they are cached), then the pages no seed rendered
    7. write    — only files whose bytes changed; hand-written pages are never touched
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path

from generator import cache, nav, workers
from generator.verify import verify, verify_story
from generator.write import write

TYPE_CHECKING = False  # typing's constant, without importing typing (nor the model): see `story`
if TYPE_CHECKING:
    from generator.model import Story

STATS = ".cache/written.json"  # what write() last saw of content/'s files, so it need not re-read them
SITE = ".cache/site"  # the landing page and nav of the last build, so an unchanged archive need not redo them
LANDING = "index.md"


def story(text_path: Path, meta_path: Path | None = None, display: str | None = None) -> Story:
    """Run stages 1–5 on one text and return the extracted `Story`."""
    # Imported here, not at the top: a build with every seed cached (the MkDocs hook's usual case) never needs
    # them, and importing them (their patterns, the model, YAML) was most of a no-op build's time.
    from generator.clean import clean
    from generator.extract import extract
    from generator.ingest import ingest
    from generator.segment import segment
    from generator.sidecar import sidecar

    if meta_path is None:
        meta_path = text_path.with_suffix(".yml")
    result = ingest(text_path, sidecar(meta_path), display)
    for stage in (clean, segment, extract):
        result = stage(result)
    return result


def seeds(root: Path) -> list[Path]:
    """The seed texts of a project, in a stable order (what `sorted(glob("*.txt"))` gives, without a Path per
    file in the directory: a no-op build of a large archive lists it twice)."""
    folder = root / "seeds"
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".txt"))
    except OSError:
        return []
    return [folder / name for name in names]


def pages(root: Path, *, jobs: int = 1) -> dict[str, str]:
    """Everything `build` would write into content/: {relative path: text}.

    A seed whose text, sidecar and generator code are unchanged since it was last rendered comes from the
    cache (cache.py), so editing one seed of an archive re-runs stages 1–6 for that seed only.
    """
    return dict(_Site(root, *_rendered(root, jobs)))


def _rendered(root: Path, jobs: int) -> tuple[list[cache.Rendered], list[str]]:
    """Each seed's output, and the cache keys they were found or stored under (seed order). The seeds the cache
    does not have are rendered first, in up to `jobs` worker processes when there are many (workers.py)."""
    code, directory, index = cache.code_hash(), root / cache.DIRECTORY, cache.Index(root / cache.INDEX)
    keyed = {_key(root, path, code, index): path for path in seeds(root)}
    several = len(keyed) > 1
    misses = [key for key in keyed if not cache.holds(directory, key, index.heads.get(key))]
    calls = [(root, keyed[key], directory, key, several) for key in misses]
    fresh = dict(zip(misses, workers.run(_render, calls, jobs), strict=True))
    rendered = {
        key: fresh[key] if key in fresh else cache.load(
            directory, key, lambda key=key, path=path: _render(root, path, directory, key, several),
            index.heads.get(key))
        for key, path in keyed.items()
    }
    cache.prune(directory, set(keyed))
    index.save(rendered)
    return list(rendered.values()), [code, *keyed]


def _key(root: Path, path: Path, code: str, index: cache.Index) -> str:
    # As `path.with_suffix(".yml")` and `path.relative_to(root).as_posix()` for a seed (seeds/<name>.txt), in
    # strings: pathlib's were a good part of the time a no-op build of a large archive spends per seed.
    text, name = os.fspath(path), path.name
    sidecar = text[:-4] + ".yml" if name != ".txt" else os.fspath(path.with_suffix(".yml"))  # ".txt" has no suffix
    return cache.key(text, sidecar, f"seeds/{name}", code, index)


def _render(root: Path, path: Path, directory: Path, key: str, several: bool) -> cache.Rendered:
    from generator.render import render  # here: only a seed the cache misses needs the renderer (and Jinja)

    result = story(path, display=path.relative_to(root).as_posix())
    rendered = cache.Rendered(render(result), _entry(result))
    # Verified before it is cached, so a cache hit is a seed whose pages passed: `build` need not check it again.
    verify_story(result, rendered.pages, _prefix(rendered, several))
    cache.store(directory, key, rendered)
    return rendered


def _prefix(rendered: cache.Rendered, several: bool) -> str:
    """Where a seed's pages go on the site: the root for a single seed, else a folder named by its slug."""
    return f"{rendered.entry['slug']}/" if several else ""


def _entry(result: Story) -> dict:
    """What the landing page says about one explainer."""
    meta = result.meta
    return {"slug": result.slug, "title": result.title or meta.event_name or f"Explainer: {result.slug}",
            "event": meta.event_name, "date": meta.event_date.isoformat() if meta.event_date else None,
            "publisher": meta.publisher}


class _Site(Mapping):
    """Everything for content/ as a mapping that reads a cached seed's pages only when one of them is looked up.

    One seed: its pages at the root. Several: a landing page, each seed under `<slug>/`. Plus the nav. The
    landing page and the nav are taken from the last build's when what they are made of is unchanged:
    rendering them for every seed was most of a no-op build of a large archive once the seeds were cached."""

    def __init__(self, root: Path, rendered: list[cache.Rendered], keys: list[str]):
        entries, several = [r.entry for r in rendered], len(rendered) > 1
        self.owners: dict[str, tuple[cache.Rendered, str]] = {}
        self.digests: dict[str, str] = {}
        for r in rendered:
            prefix = _prefix(r, several)
            for name, sha in r.digests.items():
                self.owners[prefix + name], self.digests[prefix + name] = (r, name), sha
        self.site, self.own, self.checked = root / SITE, {}, set(self.owners)
        if len(rendered) != 1:  # no seeds yet: the landing page says how to add one
            self.own[LANDING] = self._landing(entries, keys)
        self.own[nav.FILE] = self._nav(entries, keys[0])
        self.digests |= {path: cache.digest(text) for path, text in self.own.items()}

    def _landing(self, entries: list[dict], keys: list[str]) -> str:
        # Entries, and the seeds the page's quotations are checked against, follow from the seeds' keys, so a
        # remembered page also passed `verify` (it is remembered only then: see `verified`).
        self.landing = _hash(["landing", *keys])
        text = cache.recall(self.site, "landing", self.landing)
        if text is not None:
            self.checked.add(LANDING)
            return text
        from generator.render import archive

        return archive(entries)

    def _nav(self, entries: list[dict], code: str) -> str:
        key = _hash(["nav", code, *(f"{e['slug']}\0{e['title']}" for e in entries)])  # all the nav shows
        text = cache.recall(self.site, "nav", key)
        if text is None:
            text = nav.nav(entries)
            cache.remember(self.site, "nav", key, text)
        return text

    def verified(self, root: Path) -> None:
        """Check what no seed's rendering checked (a new landing page, hand-written pages); remember the landing
        page once it has passed."""
        verify(root, self, checked=self.checked)
        if LANDING in self.own and LANDING not in self.checked:
            cache.remember(self.site, "landing", self.landing, self.own[LANDING])

    def __getitem__(self, path: str) -> str:
        if path in self.own:
            return self.own[path]
        r, name = self.owners[path]
        return r.pages[name]

    def __contains__(self, path: object) -> bool:  # Mapping's would look the page up, loading it
        return path in self.digests

    def __iter__(self):
        return iter(self.digests)

    def __len__(self) -> int:
        return len(self.digests)


def _hash(parts: list[str]) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def build(root: Path, *, dry_run: bool = False, force: bool = False, jobs: int = 1) -> list[str]:
    """Regenerate content/ from every seed; return the paths that changed (or would change). `jobs`: how many
    processes may regenerate seeds at once: the command line asks for one per CPU, other callers (the MkDocs
    hook) keep to this process (see workers.py)."""
    with _collector_paused():
        files = _Site(root, *_rendered(root, jobs))  # each seed's pages verified when rendered (a cached seed's were)
        # The rest (landing page, hand-written pages) verbatim in the seeds, else QuoteError: nothing is written.
        files.verified(root)
        return write(root / "content", files, digests=files.digests, stats=root / STATS, dry_run=dry_run,
                     force=force)


@contextmanager
def _collector_paused():
    """Python's cycle collector off for a build, and back on after (the MkDocs hook runs in a long-lived process).
    A build makes millions of objects and next to no cycles, and the collector's passes over them were 10–15 % of
    a large seed's time (bench/README.md); the peak memory is the same without them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
