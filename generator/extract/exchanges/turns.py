"""Exchanges from transcript turns: questioner turn(s) paired with the witness turn(s) after them."""

from __future__ import annotations

from generator.extract.exchanges.cast import Cast
from generator.extract.exchanges.draft import Draft, Unit, complete
from generator.model import Story


def turn_exchanges(story: Story, cast: Cast, statement: set[str]) -> list[Draft]:
    """Questioner turn(s) then witness turn(s); a question with no witness answer after it is dropped."""
    done: list[Draft] = []
    pending, current = None, None
    for order, p in enumerate(story.paragraphs):
        if p.section != "turn" or p.id in statement:
            pending = None if p.id in statement else pending
            continue
        who = cast.label(p.speaker) if p.speaker else None
        unit = Unit(p.id, order, ("turns",), p.text, (), p.text)
        if who is None:
            continue  # "(CROSSTALK)" and the like: neither asks nor answers
        if who in cast.witnesses:
            if pending:
                current = complete(done, pending, unit, p.text, p.text)
                pending = None
            elif current and current.order == order - 1:
                current.answered(unit, p.text, None)
        elif pending and pending.questioner == who:
            pending.question.append(p.text)
        else:
            pending, current = Draft(who, [p.text], sources=[p.id], scope=unit.scope, order=order), None
    return done
