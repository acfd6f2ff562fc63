"""Extract the witness's opening statement.

Needs: `Story.blocks`, `paragraphs`, `format` (and `people`, when filled, to name the speaker). Adds:
`Story.statement`, or leaves it None when the text gives no statement.

Two sources, in order: a block of remarks given in full ("Here are X's opening remarks in full:"), or, in a
transcript, the first long multi-paragraph turn handed the floor by a recognition cue ("you're recognized").
The speaker is resolved to a person's name when one of their names matches; otherwise it stays as printed.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Paragraph, Person, Statement, Story
from generator.patterns import statement as pt

_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr", "sen", "senator", "rep", "prof", "sir", "dame"})


def statement(story: Story) -> Story:
    """Fill `story.statement` from a statement block or a transcript turn."""
    found = _from_block(story) or _from_transcript(story)
    if found is None:
        return story
    return replace(story, statement=replace(found, speaker=_resolve(found.speaker, story.people)))


def _from_block(story: Story) -> Statement | None:
    block = next((b for b in story.blocks if b.kind == "statement" and b.paragraphs), None)
    return Statement(block.speaker, block.paragraphs) if block else None


def _from_transcript(story: Story) -> Statement | None:
    if story.format != "transcript":
        return None
    turns = _turns(story.paragraphs)
    for i, turn in enumerate(turns):
        handed_floor = i > 0 and pt.STATEMENT_RECOGNITION.search(" ".join(p.text for p in turns[i - 1]))
        if handed_floor and _long(turn):
            return Statement(turn[0].speaker, tuple(p.id for p in turn))
    return None


def _turns(paragraphs: tuple[Paragraph, ...]) -> list[list[Paragraph]]:
    """Consecutive paragraphs of one speaker, in order."""
    turns: list[list[Paragraph]] = []
    previous: Paragraph | None = None
    for p in paragraphs:
        if p.section == "turn" and p.speaker:
            if previous is not None and previous.speaker == p.speaker and turns and turns[-1][-1] is previous:
                turns[-1].append(p)
            else:
                turns.append([p])
        previous = p
    return turns


def _long(turn: list[Paragraph]) -> bool:
    words = sum(len(p.text.split()) for p in turn)
    return len(turn) >= pt.STATEMENT_MIN_PARAGRAPHS and words >= pt.STATEMENT_MIN_WORDS


# --- the speaker ----------------------------------------------------------------------------------


def _resolve(printed: str | None, people: tuple[Person, ...]) -> str | None:
    """A person's name when the printed form is one of their names, or shares a surname with exactly one."""
    if not printed:
        return printed
    wanted = printed.casefold()
    for person in people:
        if wanted in (n.casefold() for n in (person.name, *person.aliases)):
            return person.name
    surname = _surname(printed)
    matches = [p for p in people if surname and surname in {_surname(n) for n in (p.name, *p.aliases)}]
    return matches[0].name if len(matches) == 1 else printed


def _surname(name: str) -> str:
    words = [w.strip(".,").casefold() for w in name.split()]
    words = [w for w in words if w and w not in _HONORIFICS]
    return words[-1] if words else ""
