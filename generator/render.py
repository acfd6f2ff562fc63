"""Stage 6, render: Markdown pages from templates. Builds contexts only; does no I/O.

Needs: extracted `Story` objects. Returns {path relative to content/: text}, the JSON export included.
"""

from __future__ import annotations

from generator.export import export
from generator.model import Story


def render(stories: list[Story]) -> dict[str, str]:
    """Placeholder: only the JSON export."""
    return {f"data/{s.slug}.json": export(s) for s in stories}
