"""Stage 2, clean: separate content from publisher chrome.

Needs: `Story.text`. Adds: `title`, `standfirst`, `credits`, `removed` (what was cut and why) and `content`
(the remaining lines, with chrome glued onto a content line cut off).
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Story


def clean(story: Story) -> Story:
    """Placeholder: first line is the title, every other non-blank line is content."""
    lines = [(n, line.strip()) for n, line in enumerate(story.text.split("\n"), 1) if line.strip()]
    title = lines[0][1] if lines else None
    return replace(story, title=title, content=tuple(lines[1:]))
