"""What the finders share: the candidate they yield, and small helpers that read names and descriptions."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from generator import cues
from generator.casefold import fold
from generator.cues import Joined
from generator.patterns import glossary as pt

_TOKEN = re.compile(r"#?\w+")
_DESCRIPTION_WORD = re.compile(r"[\w'’-]+")
_NAME_BREAK = re.compile(r"[\s,-]+")


@dataclass(frozen=True)
class Found:
    """A candidate term from one place in the text; `merge` joins the mentions of one term."""

    term: str
    definition: str | None = None
    aliases: tuple[str, ...] = ()


class Units(Joined):
    """The units (title, sentences) joined into one text, so that each pattern scans the whole text once instead of
    being called once per sentence; a match's offset says which unit it is in (`index`)."""

    # No pattern can match across a line break followed by ";" (none takes both a "\n" and a ";" in one run), and
    # every unit sees a line break on each side, as it saw the start and end of its own string.
    SEPARATOR = "\n;\n"

    def __init__(self, units: list[tuple[str, str]]):
        self.texts = [text for _, text in units]
        super().__init__(self.texts, self.SEPARATOR)

    def scan(self, pattern: re.Pattern[str], cue: Cue | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(unit, match) for each match of `pattern`; when it has a cue (`cue`, or in patterns.GLOSSARY_CUES), only
        in the units where the cue is, as these patterns are slow to try at every position and their cue is quick to
        find."""
        cue = cue or pt.GLOSSARY_CUES.get(pattern)
        if cue is None:
            return ((self.index(m.start()), m) for m in pattern.finditer(self.text))
        return ((i, m) for i in self.having(cue) for m in pattern.finditer(self.text, self.starts[i], self.ends[i]))

    def having(self, cue: Cue) -> list[int]:
        """The units in which `cue` matches (any of them, for a tuple of cues), each once, in order."""
        if isinstance(cue, tuple):
            return sorted({i for one in cue for i in self.having(one)})
        return self.matching(*self._searched(cue))

    def caseless(self, pattern: Caseless, first: re.Pattern[bytes] | None = None) -> Iterator[re.Match[str]]:
        """The matches of `pattern` in the folded text: read what they matched from `self.text` at their offsets.
        `first` (from `word_start`), if given, finds every word a match may start with: the pattern is then tried
        only there, as `first` is searched much faster."""
        if first is None:
            return pattern.folded.finditer(self._folded)
        return _matches_at(pattern.folded, self._folded, (m.start() for m in first.finditer(self._spaced)))

    def _searched(self, pattern: re.Pattern[str] | Caseless) -> tuple[re.Pattern[str], str]:
        """A pattern and the text to search it in: a `Caseless` one, the folded text."""
        return (pattern.folded, self._folded) if isinstance(pattern, Caseless) else (pattern, self.text)

    @cached_property
    def _folded(self) -> str:
        return fold(self.text)

    @cached_property
    def _spaced(self) -> bytes:
        return spaced(self._folded)


class Caseless:
    """A pattern that ignores case, written in lower case: it is searched as written in the folded text
    (`casefold.fold`), which finds the same and is twice as fast as a pattern compiled to ignore case."""

    def __init__(self, regex: str):
        self.folded = re.compile(regex)


# A cue, or several: a unit has the cue when it has any of them (a few plain words are found faster one by one than
# as one alternation, which is tried at every letter any of them starts with).
Cue = re.Pattern[str] | Caseless | tuple[re.Pattern[str] | Caseless, ...]


def spaced(lowered: str) -> bytes:
    """Lower-cased (or folded) text, one byte a character: a space for everything but a-z, 0-9 and _ (and for what
    is beyond Latin-1), after a leading space. Every word of the text starts after a space here, at the same offset.
    Bytes, not text: a bytes pattern that opens with a literal space is searched several times faster."""
    return b" " + lowered.encode("latin-1", "replace").translate(_SPACES)


_SPACES = bytes(b if chr(b) in string.ascii_lowercase + string.digits + "_" else ord(" ") for b in range(256))


def word_start(words: list[str]) -> re.Pattern[bytes]:
    """Where a word that begins with one of `words` (of a-z, 0-9 and _) may start, in a `spaced` text: a pattern
    that opens with a literal space is searched fast, skipping from space to space."""
    return re.compile(b" (?=" + trie(words).encode() + b")")


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, given in order every position where a match can start."""
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)):
            end = m.end()
            yield m


def head(description: str) -> str:
    """The noun a description is about: the last word before a break ("a data broker based in" -> "broker")."""
    words = _DESCRIPTION_WORD.findall(description.lower())
    last = ""
    for word in words[1:] if words and words[0] in ("a", "an", "the") else words:
        if word in pt.GLOSSARY_HEAD_BREAKS:
            break
        last = word
    return last[:-1] if last.endswith("s") and last[:-1] in pt.GLOSSARY_KINDS else last


def definition(description: str) -> str:
    return description.strip().rstrip("-–— ")


def noun_phrase(words: str, longest: int = 2) -> str | None:
    """The noun phrase at the end of `words`: what follows the last small word ("approach to age assurance")."""
    tail: list[str] = []
    for word in reversed(words.split()):
        if word in pt.GLOSSARY_STOPWORDS:
            break
        tail.insert(0, word)
    return " ".join(tail[-longest:]) or None


def strip_the(name: str) -> str:
    """Without an opening article or possessive ("Your Safety Council", "Acme's Safety Council")."""
    words = name.strip().split()
    while words and (words[0] in pt.GLOSSARY_NAME_OPENERS or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 14)  # `merge` asks for the initials of every mention of a name
def initials(name: str) -> str:
    """"Federal Trade Commission" -> "FTC" (small words skipped)."""
    words = _NAME_BREAK.split(name)
    return "".join(w[0].upper() for w in words if w and w.lower() not in ("and", "of", "the", "for", "on", "&"))


@lru_cache(maxsize=1 << 16)  # called for every mention of a name; a text has far fewer distinct names
def norm(name: str) -> str:
    """Case, hyphens and a plural s do not make a different term ("watermarks", "voice-cloning")."""
    name = name.lower().replace("-", " ")
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


def tokens(text: str) -> list[str]:
    """Words for matching names against text: lower case, plural s dropped, hyphens and punctuation ignored."""
    return [norm(t) for t in _TOKEN.findall(text.lower())]


def trie(spellings: list[str]) -> str:
    """`cues.trie` of spellings whose spaces may also be printed as hyphens or after a comma."""
    return cues.trie(spellings, space=r",?[\s-]+")
