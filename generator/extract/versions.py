"""Written versus delivered: passages the coverage quotes that reappear, worded differently, in the remarks in full.

Needs: `quotes`, `paragraphs` and `statement`. Adds `comparisons`. Each quotation from outside the statement is
aligned word by word (difflib) against the statement; a close but not identical match is kept, with the spans of
the words each version lacks. Only words count: punctuation, case and quote-mark style are not differences.
"""

from __future__ import annotations

import dataclasses
import re
from difflib import SequenceMatcher
from typing import NamedTuple

from generator.model import Comparison, Paragraph, Quote, Story, Version

MIN_WORDS = 6  # shorter quotations ("a closed case") are too short to align with confidence
MIN_ANCHOR = 3  # the alignment must share at least this many consecutive words
MERGE_WORDS = 4  # adjacent changes up to this many words are reported as one pair
MIN_SIMILARITY = 0.75  # below this the passages are different sentences, not two versions of one
# Words near a quotation that say it comes from the written version (the text, never the sidecar, decides).
WRITTEN_CUES = re.compile(r"\b(?:written|prepared)\s+(?:statement|testimony|version|remarks|evidence|text)\b"
                          r"|\bas prepared\b", re.I)
_QUOTE_START = re.compile(r"^\s*[\"“‘']")
_WORD = re.compile(r"\S+")
_NON_WORD = re.compile(r"\W")
_EDGE = "\"'“”‘’.,;:!?()[]—–-"


class _Token(NamedTuple):
    """One word of a paragraph (a named tuple: thousands are made per story, a frozen dataclass is slower)."""

    para: str
    start: int
    end: int
    norm: str


def versions(story: Story) -> Story:
    if story.statement is None:
        return story
    statement = [_tokens(story.paragraph(pid)) for pid in story.statement.paragraphs]
    target = [t for tokens in statement for t in tokens]
    # Read once per story, not once per quotation: the statement's words and where each paragraph sits.
    target_words = [t.norm for t in target]
    anchors = frozenset(_runs_of_anchor_size(target_words))
    order = {p.id: i for i, p in enumerate(story.paragraphs)}
    found, seen = [], set()
    for quote in story.quotes:
        if quote.para in story.statement.paragraphs or len(quote.text.split()) < MIN_WORDS:
            continue
        comparison = _compare(story, quote, (target, target_words, anchors), order)
        if comparison and (comparison.first.text, comparison.second.text) not in seen:
            seen.add((comparison.first.text, comparison.second.text))
            found.append(comparison)
    return dataclasses.replace(story, comparisons=tuple(found))


def _tokens(paragraph: Paragraph, start: int = 0, end: int | None = None) -> list[_Token]:
    text = paragraph.text[:end] if end is not None else paragraph.text
    tokens = [_Token(paragraph.id, m.start(), m.end(), _norm(m[0])) for m in _WORD.finditer(text, start)]
    return [t for t in tokens if t.norm]


def _norm(word: str) -> str:
    return _NON_WORD.sub("", word.replace("’", "'")).casefold()


def _runs_of_anchor_size(words: list[str]):
    """Every run of MIN_ANCHOR consecutive words, as tuples."""
    return zip(*(words[i:] for i in range(MIN_ANCHOR)), strict=False)  # the shorter tails end it


def _compare(story: Story, quote: Quote, statement: tuple[list[_Token], list[str], frozenset],
             order: dict[str, int]) -> Comparison | None:
    target, target_words, anchors = statement
    own = _tokens(story.paragraph(quote.para), quote.start, quote.end)
    words = [t.norm for t in own]
    if anchors.isdisjoint(_runs_of_anchor_size(words)):
        return None  # no run of words in common, so no anchor to align on: most quotations, at a set lookup each
    span = _align(words, target_words)
    if span is None:
        return None
    ops = _diff(words, target_words[span[0]:span[1]])
    other = target[span[0] + ops[0][3]:span[0] + ops[-1][4]]
    ops = [(tag, i1, i2, j1 - ops[0][3], j2 - ops[0][3]) for tag, i1, i2, j1, j2 in ops]
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    similarity = 2 * same / (len(own) + len(other))
    changes = [op for op in ops if op[0] != "equal"]
    if not changes or similarity < MIN_SIMILARITY:
        return None
    first = _version(story, own, [(i1, i2) for _, i1, i2, _, _ in changes], _label(story, order[quote.para]))
    second = _version(story, other, [(j1, j2) for _, _, _, j1, j2 in changes], "delivered")
    pairs = tuple((_words(story, own[i1:i2]), _words(story, other[j1:j2])) for i1, i2, j1, j2 in _runs(changes))
    return Comparison(first, second, pairs, round(similarity, 3))


def _runs(changes: list[tuple]) -> list[tuple[int, int, int, int]]:
    """Adjacent short changes read as one ("I’m" / "I am"); a long deletion stays apart from its neighbour."""
    runs: list[list[int]] = []
    for _, i1, i2, j1, j2 in changes:
        last = runs[-1] if runs else None
        if last and last[1] == i1 and last[3] == j1 and max(i2 - last[0], j2 - last[2]) <= MERGE_WORDS:
            last[1], last[3] = i2, j2
        else:
            runs.append([i1, i2, j1, j2])
    return [tuple(r) for r in runs]


def _align(words: list[str], target: list[str]) -> tuple[int, int] | None:
    """The stretch of `target` that may match `words`: around their longest common run, with room at both
    ends for words that differ there ("Advertisers" / "Advisers")."""
    anchor = SequenceMatcher(None, target, words, autojunk=False).find_longest_match(0, len(target), 0, len(words))
    if anchor.size < MIN_ANCHOR:
        return None
    slack = max(3, len(words) // 5)
    lo = max(0, anchor.a - anchor.b - slack)
    hi = min(len(target), anchor.a + len(words) - anchor.b + slack)
    blocks = [b for b in SequenceMatcher(None, target[lo:hi], words, autojunk=False).get_matching_blocks() if b.size]
    while len(blocks) > 1 and blocks[0].size == 1 and blocks[1].a - blocks[0].a > 2:  # a stray "the" ahead
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size == 1 and blocks[-1].a - (blocks[-2].a + blocks[-2].size) > 1:
        blocks.pop()
    lead, trail = blocks[0].b, len(words) - blocks[-1].b - blocks[-1].size
    return (max(0, lo + blocks[0].a - lead - 2),
            min(len(target), lo + blocks[-1].a + blocks[-1].size + trail + 2))


def _diff(words: list[str], other: list[str]) -> list[tuple]:
    """Word opcodes, uneven replacements split so like words pair up, extra target words at the ends dropped."""
    ops = []
    for op in SequenceMatcher(None, words, other, autojunk=False).get_opcodes():
        ops.extend(_split(op, words, other) if op[0] == "replace" else [op])
    while len(ops) > 1 and ops[0][0] == "insert":
        ops.pop(0)
    while len(ops) > 1 and ops[-1][0] == "insert":
        ops.pop()
    return ops


def _split(op: tuple, words: list[str], other: list[str]) -> list[tuple]:
    """Split an uneven replacement: the shorter run replaces its most similar stretch of the longer one."""
    _, i1, i2, j1, j2 = op
    if i2 - i1 == j2 - j1:
        return [op]
    if i2 - i1 < j2 - j1:
        flipped = _split(("replace", j1, j2, i1, i2), other, words)
        return [(_FLIP.get(tag, tag), b1, b2, a1, a2) for tag, a1, a2, b1, b2 in flipped]
    size = j2 - j1
    best = max(range(i1, i2 - size + 1),
               key=lambda k: SequenceMatcher(None, " ".join(words[k:k + size]), " ".join(other[j1:j2])).ratio())
    parts = [("delete", i1, best, j1, j1), ("replace", best, best + size, j1, j2), ("delete", best + size, i2, j2, j2)]
    return [p for p in parts if p[1] < p[2] or p[3] < p[4]]


_FLIP = {"delete": "insert", "insert": "delete"}


def _version(story: Story, tokens: list[_Token], runs: list[tuple[int, int]], label: str) -> Version:
    """The verbatim text the tokens cover (one paragraph after another) and the spans of the changed words."""
    pieces, offsets, position = [], {}, 0
    for pid in dict.fromkeys(t.para for t in tokens):
        mine = [t for t in tokens if t.para == pid]
        start, piece = mine[0].start, story.paragraph(pid).text[mine[0].start:mine[-1].end]
        position += 1 if pieces else 0
        offsets |= {id(t): position - start for t in mine}
        pieces.append(piece)
        position += len(piece)
    changed = tuple((tokens[i].start + offsets[id(tokens[i])], tokens[i].end + offsets[id(tokens[i])])
                    for i1, i2 in runs for i in range(i1, i2))
    sources = tuple(dict.fromkeys(t.para for t in tokens))
    return Version(" ".join(pieces), sources, label, changed)


def _words(story: Story, tokens: list[_Token]) -> str:
    return " ".join(story.paragraph(t.para).text[t.start:t.end].strip(_EDGE) for t in tokens)


def _label(story: Story, index: int) -> str:
    """'written' when the quotation's paragraph (at `index`), or the first non-quotation paragraph next to its
    run of quotation paragraphs, says the words come from a written version; otherwise 'quoted'."""
    count = len(story.paragraphs)
    near = [story.paragraphs[index]]
    for step in (1, -1):
        i = index + step
        while 0 <= i < count and _QUOTE_START.match(story.paragraphs[i].text):
            i += step
        if 0 <= i < count:
            near.append(story.paragraphs[i])
    return "written" if any(WRITTEN_CUES.search(p.text) for p in near) else "quoted"
