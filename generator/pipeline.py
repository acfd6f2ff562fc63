"""The only orchestrator: the stages in order.

For one seed text:
    1. sidecar  — load the editorial YAML beside the seed (optional) into `Meta`
    2. ingest   — read and decode the text, validate it, start the `Story`
    3. clean    — cut publisher chrome, keep a list of what was removed and why
    4. segment  — paragraphs with stable ids, sentences, quotations, blocks
    5. extract  — people, opening statement, exchanges, timeline, glossary, numbers
For the site:
    6. render   — Markdown pages from templates, plus the JSON export (`export`); unchanged seeds come
                  from the cache instead; several seeds get a landing page; the nav goes to content/.nav.yml
       verify   — every quotation on every page, hand-written ones too, verbatim in its seed: a seed's pages
                  when they are rendered (before they are cached), then the pages no seed rendered
    7. write    — only files whose bytes changed; hand-written pages are never touched
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from generator import cache, nav
from generator.ingest import ingest
from generator.model import Story
from generator.render import archive, render
from generator.sidecar import sidecar
from generator.verify import verify, verify_story
from generator.write import write

STATS = ".cache/written.json"  # what write() last saw of content/'s files, so it need not re-read them


def story(text_path: Path, meta_path: Path | None = None, display: str | None = None) -> Story:
    """Run stages 1–5 on one text and return the extracted `Story`."""
    # Imported here, not at the top: a build with every seed cached (the MkDocs hook's usual case) never needs
    # them, and compiling their patterns was most of the hook's start-up time.
    from generator.clean import clean
    from generator.extract import extract
    from generator.segment import segment

    if meta_path is None:
        meta_path = text_path.with_suffix(".yml")
    result = ingest(text_path, sidecar(meta_path), display)
    for stage in (clean, segment, extract):
        result = stage(result)
    return result


def seeds(root: Path) -> list[Path]:
    """The seed texts of a project, in a stable order."""
    return sorted((root / "seeds").glob("*.txt"))


def pages(root: Path) -> dict[str, str]:
    """Everything `build` would write into content/: {relative path: text}.

    A seed whose text, sidecar and generator code are unchanged since it was last rendered comes from the
    cache (cache.py), so editing one seed of an archive re-runs stages 1–6 for that seed only.
    """
    return _site(_rendered(root))


def _rendered(root: Path) -> list[cache.Rendered]:
    code, directory = cache.code_hash(), root / cache.DIRECTORY
    keyed = {_key(root, path, code): path for path in seeds(root)}
    several = len(keyed) > 1
    rendered = [cache.load(directory, key, lambda key=key, path=path: _render(root, path, directory, key, several))
                for key, path in keyed.items()]
    cache.prune(directory, set(keyed))
    return rendered


def _key(root: Path, path: Path, code: str) -> str:
    return cache.key(path, path.with_suffix(".yml"), path.relative_to(root).as_posix(), code)


def _render(root: Path, path: Path, directory: Path, key: str, several: bool) -> cache.Rendered:
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


def _site(rendered: list[cache.Rendered]) -> dict[str, str]:
    """One seed: its pages at the root. Several: a landing page, each seed under `<slug>/`. Plus the nav."""
    return dict(_Site(rendered))


class _Site(Mapping):
    """`_site` as a mapping that reads a cached seed's pages only when one of them is looked up."""

    def __init__(self, rendered: list[cache.Rendered]):
        entries, several = [r.entry for r in rendered], len(rendered) > 1
        self.owners = {_prefix(r, several) + path: (r, path) for r in rendered for path in r.digests}
        self.own: dict[str, str] = {}
        if len(rendered) != 1:  # no seeds yet: the landing page says how to add one
            self.own["index.md"] = archive(entries)
        self.own[nav.FILE] = nav.nav(entries)
        self.digests = {path: r.digests[name] for path, (r, name) in self.owners.items()}
        self.digests |= {path: cache.digest(text) for path, text in self.own.items()}

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


def build(root: Path, *, dry_run: bool = False, force: bool = False) -> list[str]:
    """Regenerate content/ from every seed; return the paths that changed (or would change)."""
    files = _Site(_rendered(root))  # each seed's pages verified when rendered (a cached seed's were, then)
    # The rest (landing page, hand-written pages) verbatim in the seeds, else QuoteError: nothing is written.
    verify(root, files, checked=set(files.owners))
    return write(root / "content", files, digests=files.digests, stats=root / STATS, dry_run=dry_run, force=force)
