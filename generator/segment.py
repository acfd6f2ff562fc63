"""Stage 3, segment: paragraphs with stable ids, sentences, quotations and blocks.

Needs: `Story.content`. Adds: `format`, `paragraphs` (p1..pN in reading order), `sentences`, `quotes`, `blocks`.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Paragraph, Story


def segment(story: Story) -> Story:
    """Placeholder: one paragraph per content line."""
    paragraphs = tuple(Paragraph(id=f"p{i}", text=text, line=n) for i, (n, text) in enumerate(story.content, 1))
    return replace(story, paragraphs=paragraphs)
