"""Extract glossary from the segmented story."""

from __future__ import annotations

from generator.model import Story


def glossary(story: Story) -> Story:
    """Placeholder: adds nothing yet."""
    return story
