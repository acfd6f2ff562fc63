"""What the finders share: the candidate they yield, and small helpers that read names and descriptions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from generator import patterns as pt

_TOKEN = re.compile(r"#?\w+")


@dataclass(frozen=True)
class Found:
    """A candidate term from one place in the text; `merge` joins the mentions of one term."""

    term: str
    definition: str | None = None
    aliases: tuple[str, ...] = ()


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, skipped when the pattern's cue (patterns.GLOSSARY_CUES) is not in the text."""
    cue = pt.GLOSSARY_CUES.get(pattern)
    return iter(()) if cue is not None and not cue.search(text) else pattern.finditer(text)


def head(description: str) -> str:
    """The noun a description is about: the last word before a break ("a data broker based in" -> "broker")."""
    words = re.findall(r"[\w'’-]+", description.lower())
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
    while words and (words[0] in pt.GLOSSARY_NAME_OPENERS or re.search(r"['’]s$", words[0])):
        words = words[1:]
    return " ".join(words)


def initials(name: str) -> str:
    """"Federal Trade Commission" -> "FTC" (small words skipped)."""
    words = re.split(r"[\s,-]+", name)
    return "".join(w[0].upper() for w in words if w and w.lower() not in ("and", "of", "the", "for", "on", "&"))


@lru_cache(maxsize=1 << 16)  # called once per word of the text by `tokens`; a text has far fewer distinct words
def norm(name: str) -> str:
    """Case, hyphens and a plural s do not make a different term ("watermarks", "voice-cloning")."""
    name = name.lower().replace("-", " ")
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


def tokens(text: str) -> list[str]:
    """Words for matching names against text: lower case, plural s dropped, hyphens and punctuation ignored."""
    return [norm(t) for t in _TOKEN.findall(text.lower())]
