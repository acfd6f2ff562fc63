"""Sentences: a paragraph split at its sentence ends, which abbreviations, initials and "a.m." are not."""

from __future__ import annotations

import re

from generator.model import Paragraph, Sentence
from generator.patterns import segment as pt

# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a plain character set lets the regex engine skip
# straight to the next . ! or ?, where one opening with a repeat is tried at every character.
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z])")


def sentences_of(paragraph: Paragraph) -> list[Sentence]:
    """Sentences of a paragraph with character offsets into its text."""
    text, start, result = paragraph.text, 0, []
    for match in _BOUNDARY.finditer(text):
        if _abbreviation_before(text, match.start(), match.end()):
            continue
        result.append(_sentence(paragraph.id, text, start, match.end()))
        start = match.end()
    result.append(_sentence(paragraph.id, text, start, len(text)))
    return [s for s in result if s.text]


def _sentence(pid: str, text: str, start: int, end: int) -> Sentence:
    """text[start:end] without the white space around it (the string methods do in C what a loop did)."""
    piece = text[start:end]
    body = piece.strip()
    start += len(piece) - len(piece.lstrip())
    return Sentence(pid, start, start + len(body), body)


_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, a.m, p.m
_NEXT_WORD = re.compile(r"\s*(\S*)")


def _abbreviation_before(text: str, stop: int, end: int) -> bool:
    """Is the full stop at `stop` part of "Mr.", "U.S.", "J." or "10 a.m. ET" rather than a sentence end?"""
    if text[stop] != ".":
        return False
    word = _word_before(text, stop)
    if word.casefold() in pt.SEGMENT_ABBREVIATIONS or (len(word) == 1 and _INITIAL.fullmatch(word)):
        return True
    if "." in word and _DOTTED.fullmatch(word):
        next_word = _NEXT_WORD.match(text, end).group(1).strip("\"“‘'([")
        return not word.casefold().endswith(("a.m", "p.m")) or next_word in pt.SEGMENT_TIME_ZONES
    return False


def _word_before(text: str, stop: int) -> str:
    """The word (letters, digits, _ and full stops) that ends at `stop`, found by stepping back from it: a search
    of all the text before it for `[\\w.]*$` made splitting a long paragraph quadratic ($ also matches before a
    final newline)."""
    end = start = stop - 1 if text[stop - 1:stop] == "\n" else stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end]
