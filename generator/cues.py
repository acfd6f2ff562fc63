"""Looking for cue words in many short texts at once (a stage's sentences), and other cheap checks that let a stage
try a slow pattern only where it could match.

A word is looked for in all the texts joined, once per text that has it, not once in every text: most sentences
have none of a stage's cue words. Texts are folded (`casefold.fold`) as a case-insensitive pattern compares
letters. Shared by the timeline and numbers stages; `Joined` also by the clean stage's chrome and the glossary.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from itertools import accumulate

from generator.casefold import fold


def by_text(count: int, having: dict[str, set[int]]) -> list[frozenset[str]]:
    """For each of `count` texts, the names that `having` lists it under (most texts: none, the same empty set)."""
    names: dict[int, list[str]] = {}
    for name, indices in having.items():
        for i in indices:
            names.setdefault(i, []).append(name)
    none = frozenset()
    return [frozenset(names[i]) if i in names else none for i in range(count)]


_APART = "\x00"  # joins texts read at once: no cue has it, so none is found across two texts


class Joined:
    """Texts joined into one string, so that a pattern or a word search runs once over all of them instead of once
    per text; an offset in the joined `text` says which text it is in. Nothing may match across `apart`, so that
    no match spans two texts; `lead` goes before the first text (a line break for a pattern that needs one there).
    """

    def __init__(self, texts: list[str], apart: str = _APART, lead: str = ""):
        self.text = lead + apart.join(texts)
        self.starts = list(accumulate((len(text) + len(apart) for text in texts), initial=len(lead)))[:-1]
        self.ends = [start + len(text) for start, text in zip(self.starts, texts, strict=True)]

    def index(self, offset: int) -> int:
        """The text that `offset` is in (the one before, for an offset in a separator)."""
        return bisect.bisect_right(self.starts, offset) - 1

    def holding(self, find: Callable[[int], int]) -> list[int]:
        """The indices of the texts in which `find(pos)`, the offset of its first find at or after `pos` or -1,
        finds something, in order: it is called once for each of them, and once more."""
        found, at = [], find(self.starts[0]) if self.starts else -1
        while at != -1:
            found.append(self.index(at))
            if found[-1] + 1 == len(self.starts):
                break
            at = find(self.starts[found[-1] + 1])
        return found

    def matching(self, pattern: re.Pattern[str], text: str | None = None) -> list[int]:
        """The indices of the texts in which `pattern` has a match: in `self.text`, or in `text`, a copy of it with
        the same offsets (folded, say)."""
        text = self.text if text is None else text
        return self.holding(lambda pos: _start(pattern.search(text, pos)))


class Folded(Joined):
    """Texts in lower case as re.IGNORECASE compares letters (`fold`), to look for words in: a word is looked for
    in all the texts joined, once per text that has it, not once in every text (most have none of the words)."""

    def __init__(self, texts: list[str]):
        self.lows = [fold(text) for text in texts]
        super().__init__(self.lows)

    def having(self, word: str, among: set[int] | None = None) -> set[int]:
        """The indices of the texts that have `word`: of all the texts, or only of those `among`."""
        if among is None:
            return set(self.holding(functools.partial(self.text.find, word)))
        return {i for i in among if word in self.lows[i]}


def matching(pattern: re.Pattern, texts: list[str]) -> list[int]:
    """The indices of the texts in which `pattern` (that cannot match across _APART) has a match."""
    return Joined(texts).matching(pattern)


def _start(m: re.Match | None) -> int:
    return m.start() if m else -1


def ends_in(pattern: re.Pattern, text: str, end: int, reach: int) -> bool:
    """`pattern.search(text[:end])` for a pattern that is a word of at most `reach` characters, then only spaces up
    to `end` (`\\s*$`, `\\s+$`): the word ends where those spaces start, so no match can start further back than
    `reach` before them and nothing earlier is read (a search of the whole text before every figure or year was
    most of the time spent on them). A search from `pos` still sees the characters before it (for `\\b`)."""
    start = end
    while start and text[start - 1].isspace():  # str.isspace() is what `\s` matches
        start -= 1
    return pattern.search(text, max(0, start - reach), end) is not None


def trie(words: list[str], space: str = " ") -> str:
    """One regex for many words, branching letter by letter, longest match first: an alternation of hundreds of
    words is tried word by word at every position, ten times slower. `space` is the regex a space stands for."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root, space)


def _trie_node(node: dict, space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_node(rest, space)
                for char, rest in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
