"""Extract people: who the story names, with role, party and state only as the text states them.

Needs: `Story.paragraphs` (with `section` and `speaker`), `Story.blocks`, `Story.meta.people`.
Adds: `Story.people` — one `Person` per individual, the fullest name the text gives, every other printed form
as an alias, the paragraphs that mention them as sources; the witness(es) first, then reading order.

Mentions are found in `mentions` (the words around them read in `description`) and, in a transcript, in
`roster`; `groups` joins the mentions of one individual; `roles` says who each is, from what `reading` prepared.
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract.people import roles
from generator.extract.people.groups import fullest, group
from generator.extract.people.mentions import Mention, text_mentions
from generator.extract.people.reading import Reading
from generator.extract.people.roster import label_mention, roster_mentions
from generator.model import Paragraph, Person, Story


def people(story: Story) -> Story:
    """Fill `Story.people` from honorifics, titles, party–state tags, transcript rosters and labels."""
    mentions = [m for p in story.paragraphs for m in _paragraph_mentions(p)]
    groups = group(mentions)
    chamber = roles.chamber(story, mentions)
    notes = {n.name.split()[-1].lower(): n.note for n in story.meta.people}
    reading = Reading.of(story, {fullest(g)[-1] for g in groups})
    found = [_person(story, g, chamber, notes, reading) for g in groups]
    found = [roles.with_block_witness(story, p) for p in found]
    found.sort(key=lambda p: p.role != "witness")  # stable: the witness first, the rest in reading order
    return replace(story, people=tuple(found))


def _paragraph_mentions(para: Paragraph) -> list[Mention]:
    if para.section == "roster":
        return roster_mentions(para)
    found = [label_mention(para)] if para.speaker else []
    return [m for m in found if m] + text_mentions(para.text, para.id)


def _person(story: Story, group: list[Mention], chamber: str, notes: dict[str, str], reading: Reading) -> Person:
    name = " ".join(fullest(group))
    surname = name.split()[-1]
    bare = reading.alone[surname]
    printed = [m.printed for m in group] + ([surname] if bare else [])
    aliases = tuple(dict.fromkeys(a for a in printed if a != name))
    sources = tuple(dict.fromkeys([m.para for m in group] + bare))
    role = roles.role(story, group, chamber, name, reading)
    lawmaker = role in ("senator", "representative")
    return Person(
        name=name, aliases=aliases, role=role,
        party=_first(m.party for m in group) if lawmaker else None,
        state=_first(m.state for m in group) if lawmaker or role == "official" else None,
        title=_first(m.title for m in group), sources=_in_order(reading, sources),
        editor_note=notes.get(surname.lower()),
    )


def _first(values):
    return next((v for v in values if v), None)


def _in_order(reading: Reading, ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(ids, key=lambda i: reading.order.get(i, 0)))
