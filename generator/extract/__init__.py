"""Stage 5, extract: people, opening statement, exchanges, timeline, glossary, numbers, versions.

Each submodule has one public function named like it that takes the `Story` and returns a new one.
Order matters: people first (the others refer to people), the statement before exchanges.
"""

from __future__ import annotations

from generator.extract.exchanges import exchanges
from generator.extract.glossary import glossary
from generator.extract.numbers import numbers
from generator.extract.people import people
from generator.extract.statement import statement
from generator.extract.timeline import timeline
from generator.extract.versions import versions
from generator.model import Story


def extract(story: Story) -> Story:
    for step in (people, statement, exchanges, timeline, glossary, numbers, versions):
        story = step(story)
    return story
