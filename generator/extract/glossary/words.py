"""What the finders share: the candidate they yield, and small helpers that read names and descriptions."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

from generator import cues
from generator import patterns as pt

_TOKEN = re.compile(r"#?\w+")
_DESCRIPTION_WORD = re.compile(r"[\w'’-]+")
_NAME_BREAK = re.compile(r"[\s,-]+")


@dataclass(frozen=True)
class Found:
    """A candidate term from one place in the text; `merge` joins the mentions of one term."""

    term: str
    definition: str | None = None
    aliases: tuple[str, ...] = ()


class Units:
    """The units (title, sentences) joined into one text, so that each pattern scans the whole text once instead of
    being called once per sentence; a match's offset says which unit it is in."""

    # No pattern can match across a line break followed by ";" (none takes both a "\n" and a ";" in one run), and
    # every unit sees a line break on each side, as it saw the start and end of its own string.
    SEPARATOR = "\n;\n"

    def __init__(self, units: list[tuple[str, str]]):
        self.texts = [text for _, text in units]
        self.text = self.SEPARATOR.join(self.texts)
        self.starts = list(accumulate((len(t) + len(self.SEPARATOR) for t in self.texts), initial=0))[:-1]
        self.ends = [start + len(text) for start, text in zip(self.starts, self.texts, strict=True)]

    def unit(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def scan(self, pattern: re.Pattern[str], cue: Cue | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(unit, match) for each match of `pattern`; when it has a cue (`cue`, or in patterns.GLOSSARY_CUES), only
        in the units where the cue is, as these patterns are slow to try at every position and their cue is quick to
        find."""
        cue = cue or pt.GLOSSARY_CUES.get(pattern)
        if cue is None:
            return ((self.unit(m.start()), m) for m in pattern.finditer(self.text))
        return ((i, m) for i in self.having(cue) for m in pattern.finditer(self.text, self.starts[i], self.ends[i]))

    def having(self, cue: Cue) -> Iterator[int]:
        """The units in which `cue` matches (any of them, for a tuple of cues), each once, in order."""
        if isinstance(cue, tuple):
            return iter(sorted({i for one in cue for i in self.having(one)}))
        return self._having(*self._case_sensitive(cue))

    def _having(self, cue: re.Pattern[str], text: str) -> Iterator[int]:
        at = 0
        while m := cue.search(text, at):
            i = self.unit(m.start())
            yield i
            at = max(self.ends[i], m.end())

    def caseless(self, pattern: Caseless, first: re.Pattern[bytes] | None = None) -> Iterator[re.Match[str]]:
        """The matches of `pattern`. They may be matches in the lower-cased text: read what they matched from
        `self.text` at their offsets. `first` (from `word_start`), if given, finds every word a match may start with:
        the pattern is then tried only there, as `first` is searched much faster."""
        pattern, text = self._case_sensitive(pattern)
        if first is None or text is self.text:
            return pattern.finditer(text)
        return _matches_at(pattern, text, (m.start() for m in first.finditer(self._spaced)))

    def _case_sensitive(self, pattern: re.Pattern[str] | Caseless) -> tuple[re.Pattern[str], str]:
        """A `Caseless` pattern as the case-sensitive pattern it is written as, over the lower-cased text, when that
        finds the same: it is tried twice as fast as a pattern that ignores case."""
        if not isinstance(pattern, Caseless):
            return pattern, self.text
        if self._lowered is None:
            return pattern.ignoring_case, self.text
        return pattern.lower_case, self._lowered

    @cached_property
    def _lowered(self) -> str | None:
        """The text in lower case, unless lower-casing changes a length ("İ") or keeps a letter that the regex engine
        takes for an s or an i when it ignores case ("ſ", "ı"): then offsets or matches would differ."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) and "ſ" not in self.text and "ı" not in self.text else None

    @cached_property
    def _spaced(self) -> bytes:
        return spaced(self._lowered)


class Caseless:
    """A pattern that ignores case, written in lower case. It is compiled as written, to be searched in the
    lower-cased text (`Units._lowered`); the form that ignores case, needed only for a text without that copy, is
    compiled when first used, as a pattern of the size of the lexicon takes milliseconds to compile."""

    def __init__(self, regex: str):
        self.lower_case = re.compile(regex)

    @cached_property
    def ignoring_case(self) -> re.Pattern[str]:
        return re.compile(self.lower_case.pattern, re.IGNORECASE)


# A cue, or several: a unit has the cue when it has any of them (a few plain words are found faster one by one than
# as one alternation, which is tried at every letter any of them starts with).
Cue = re.Pattern[str] | Caseless | tuple[re.Pattern[str] | Caseless, ...]


def spaced(lowered: str) -> bytes:
    """Lower-cased text, one byte a character: a space for everything but a-z, 0-9 and _ (and for what is beyond
    Latin-1), after a leading space. Every word of the text starts after a space here, at the same offset."""
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
