"""Extract exchanges from the segmented story."""

from __future__ import annotations

from generator.model import Story


def exchanges(story: Story) -> Story:
    """Placeholder: adds nothing yet."""
    return story
