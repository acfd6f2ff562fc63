"""Extract numbers from the segmented story."""

from __future__ import annotations

from generator.model import Story


def numbers(story: Story) -> Story:
    """Placeholder: adds nothing yet."""
    return story
