"""Extract exchanges: each question put to the witness, who put it, and the witness's answer.

Needs: `Story.people` (roles and printed forms), `Story.paragraphs` (section, entry, speaker), `Story.sentences`,
`Story.quotes`, `Story.statement` / `Story.blocks`. Adds: `Story.exchanges`, in reading order.
Transcripts pair questioner turns with the witness turns after them; prose pairs a questioning sentence
("X asked ...", "Asked by X ...", "X presses her on ...") with the witness sentences that follow it. The asker is
named only when the text names them (a pronoun counts only when it resolves within its entry); answers the
text reports without an asker become exchanges with no questioner.

Transcripts are read in `turns`, prose in `reader` (over the sentence units of `prose`); `cast` says who is who
and `draft` holds the exchange being assembled, the folding of follow-ups and the dropping of twins.
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract.exchanges.cast import Cast
from generator.extract.exchanges.draft import dedupe, freeze
from generator.extract.exchanges.reader import prose_exchanges
from generator.extract.exchanges.turns import turn_exchanges
from generator.model import Story


def exchanges(story: Story) -> Story:
    """Fill `Story.exchanges` from transcript turns and from reported questions and answers."""
    cast = Cast(story.people)
    statement = _statement_ids(story)
    drafts = turn_exchanges(story, cast, statement) + prose_exchanges(story, cast, statement)
    drafts.sort(key=lambda d: d.order)
    return replace(story, exchanges=tuple(freeze(d) for d in dedupe(drafts, cast)))


def _statement_ids(story: Story) -> set[str]:
    ids = set(story.statement.paragraphs) if story.statement else set()
    ids |= {pid for b in story.blocks if b.kind == "statement" for pid in b.paragraphs}
    return ids | {p.id for p in story.paragraphs if p.section == "statement"}
