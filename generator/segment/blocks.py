"""Blocks: the paragraphs an intro line ending in a colon introduces ("Here is her statement:"), and who speaks them."""

from __future__ import annotations

from dataclasses import replace

from generator.model import Block, Paragraph
from generator.patterns import segment as pt


def blocks_of(paragraphs: tuple[Paragraph, ...]) -> tuple[Block, ...]:
    """The statement blocks: each intro paragraph that ends in a colon, with the paragraphs it introduces."""
    blocks = []
    for i, intro in enumerate(paragraphs):
        if intro.text.rstrip().endswith(":") and pt.SEGMENT_BLOCK_INTRO.search(intro.text):
            members = _block_members(paragraphs, i)
            if members:
                blocks.append(Block("statement", intro.id, members, _block_speaker(intro.text)))
    return tuple(blocks)


def _block_members(paragraphs: tuple[Paragraph, ...], i: int) -> tuple[str, ...]:
    """The paragraphs after the intro, up to the next entry, turn, summary or another intro."""
    intro, members = paragraphs[i], []
    for p in paragraphs[i + 1:]:
        if p.entry != intro.entry or p.section in ("turn", "roster", "summary") or p.text.rstrip().endswith(":"):
            break
        members.append(p.id)
    return tuple(members)


def _block_speaker(intro: str) -> str | None:
    match = pt.SEGMENT_BLOCK_SPEAKER.search(intro)
    if not match:
        return None
    words = match.group("speaker").split()
    while words and words[0].casefold() in ("here", "are", "is", "read", "below", "the", "full", "text", "of"):
        words = words[1:]
    return " ".join(words) or None


def mark_blocks(paragraphs: tuple[Paragraph, ...], blocks: tuple[Block, ...]) -> tuple[Paragraph, ...]:
    members = {pid for b in blocks for pid in b.paragraphs}
    return tuple(replace(p, section="statement") if p.id in members else p for p in paragraphs)
