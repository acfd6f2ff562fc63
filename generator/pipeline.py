"""The only orchestrator: the stages in order.

For one seed text:
    1. sidecar  — load the editorial YAML beside the seed (optional) into `Meta`
    2. ingest   — read and decode the text, validate it, start the `Story`
    3. clean    — cut publisher chrome, keep a list of what was removed and why
    4. segment  — paragraphs with stable ids, sentences, quotations, blocks
    5. extract  — people, opening statement, exchanges, timeline, glossary, numbers
For the site:
    6. render   — Markdown pages from templates, plus the JSON export (`export`)
    7. write    — only files whose bytes changed; hand-written pages are never touched
"""

from __future__ import annotations

from pathlib import Path

from generator.clean import clean
from generator.extract import extract
from generator.ingest import ingest
from generator.model import Story
from generator.render import render
from generator.segment import segment
from generator.sidecar import sidecar
from generator.write import write


def story(text_path: Path, meta_path: Path | None = None, display: str | None = None) -> Story:
    """Run stages 1–5 on one text and return the extracted `Story`."""
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
    """Everything `build` would write into content/: {relative path: text}."""
    stories = [story(p, display=p.relative_to(root).as_posix()) for p in seeds(root)]
    return render(stories)


def build(root: Path, *, dry_run: bool = False, force: bool = False) -> list[str]:
    """Regenerate content/ from every seed; return the paths that changed (or would change)."""
    return write(root / "content", pages(root), dry_run=dry_run, force=force)
