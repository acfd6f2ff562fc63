"""Reading the story once for the checks on each person: its testimony sentences, where surnames stand alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Story
from generator.patterns import people as pat

_NAME_WORD = re.compile(pat.PEOPLE_NAME_WORD)
_WORDISH = r"[\w’'-]"  # a character that joins a name to the word before it
_SURNAME_END = rf"\b(?!\s+{pat.PEOPLE_NAME_WORD})"


@dataclass(frozen=True)
class Reading:
    """What the checks on each person read, prepared once per story: per person it made them quadratic."""

    order: dict[str, int]  # paragraph id -> reading position
    testimony: tuple[str, ...]  # the sentences that say someone testifies (patterns.PEOPLE_TESTIMONY)
    alone: dict[str, list[str]]  # surname -> the paragraphs where it stands on its own, in reading order

    @classmethod
    def of(cls, story: Story, surnames: set[str]) -> Reading:
        # a sentence can only hold a cue word where its paragraph does: split just those paragraphs
        sentences = (s for p in story.paragraphs if pat.people_may_match(p.text, pat.PEOPLE_TESTIMONY_WORDS)
                     for s in pat.PEOPLE_SENTENCE_END.split(p.text))
        return cls(order={p.id: i for i, p in enumerate(story.paragraphs)},
                   testimony=tuple(s for s in sentences if pat.PEOPLE_TESTIMONY.search(s)),
                   alone=_alone_surnames(story, surnames))


def _alone_surnames(story: Story, surnames: set[str]) -> dict[str, list[str]]:
    """Paragraphs where each surname stands on its own ("Doe said"), as a later reference.

    One pattern for all surnames, one pass over the text: a pattern per person read the whole text once each.
    """
    found: dict[str, list[str]] = {s: [] for s in surnames}
    if not surnames:
        return found
    alone, prefixes = re.compile(pat.people_any_word(surnames, not_after=_WORDISH) + _SURNAME_END), _prefixes(surnames)
    for p in story.paragraphs:
        if p.section != "roster":
            for surname in _alone_in(p.text, alone, prefixes):
                found[surname].append(p.id)
    return found


def _prefixes(surnames: set[str]) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """For each surname, the shorter ones it starts with ("Smith" in "Smith-Jones"), each with its own ending.

    Where the longer one matches, the pattern for all surnames reports only it; the shorter may stand there too.
    """
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for long in surnames:
        for short in (long[:n] for n in range(1, len(long)) if long[:n] in surnames):
            found.setdefault(long, []).append((short, re.compile(re.escape(short) + _SURNAME_END)))
    return found


def _alone_in(text: str, alone: re.Pattern[str], prefixes) -> set[str]:
    """The surnames in `text` without a first name or honorific before them, nor another name word after."""
    found = set()
    for m in alone.finditer(text):
        previous = text[: m.start()].rsplit(None, 1)[-1:] or [""]
        if previous[0] not in pat.PEOPLE_HONORIFICS and not _NAME_WORD.fullmatch(previous[0]):
            found.add(m.group())
            found.update(short for short, end in prefixes.get(m.group(), ()) if end.match(text, m.start()))
    return found
