"""Chrome removal: each gold boilerplate fragment must be gone from the export and from every rendered page.

Searched: the exported paragraphs, title and standfirst, and the Markdown pages `render` returns — except the
data/*.json downloads and the tail of source.md from its "Removed as publisher chrome" heading on, which lists
the removed lines on purpose, for transparency.
"""

from __future__ import annotations

import html
import re

from generator.evaluate.match import Score, norm

REMOVED_HEADING = "## Removed as publisher chrome"
# Markdown backslash escapes (any ASCII punctuation): "\(2 min\)" on a page is "(2 min)" to the reader.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def score_chrome(fragments: list | None, export: dict, pages: dict[str, str]) -> Score | None:
    """The share of fragments removed; a miss names the first place the fragment still appears."""
    if fragments is None:
        return None
    places = _places(export, pages)
    misses = []
    for fragment in fragments:
        where = next((name for name, text in places if norm(fragment) in text), None)
        if where is not None:
            misses.append(f"{fragment} (in {where})")
    return Score(correct=0, found=len(fragments) - len(misses), misses=tuple(misses), share_only=True)


def _places(export: dict, pages: dict[str, str]) -> list[tuple[str, str]]:
    """(where, normalised text) for everything a reader sees."""
    source = export.get("source") or {}
    places = [(f"paragraph {p['id']}", norm(p["text"])) for p in export.get("paragraphs") or []]
    places += [(key, norm(source[key])) for key in ("title", "standfirst") if source.get(key)]
    places += [(f"page {path}", _readable(_main_text(path, text))) for path, text in sorted(pages.items())
               if not _is_download(path)]
    return places


def _is_download(path: str) -> bool:
    return path.endswith(".json") and "/data/" in f"/{path}"


def _main_text(path: str, text: str) -> str:
    """source.md without its list of removed lines."""
    if path.rsplit("/", 1)[-1] != "source.md":
        return text
    lines = text.split("\n")
    cut = next((n for n, line in enumerate(lines) if line.strip().startswith(REMOVED_HEADING)), len(lines))
    return "\n".join(lines[:cut])


def _readable(markdown: str) -> str:
    return norm(_ESCAPE.sub(r"\1", html.unescape(markdown)))
