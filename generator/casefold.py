"""Lower case as a case-insensitive regex compares letters.

`str.lower()` keeps "ı" (dotless i) and "ſ" (long s), which `re.IGNORECASE` matches with "i" and "s", and turns
"İ" into "i" plus a combining dot. So a word a case-insensitive pattern matched is looked up in a table of
lower-case words as `fold(word)`, never `word.lower()` ("Aprıl" is April to the pattern; `.lower()` gave a
KeyError), and cue words are looked for in `fold(text)`. Each character stays one character, so a position in
the folded text is the same position in the original.
"""

from __future__ import annotations

TRAPS = "\u0130\u0131\u017f"  # İ ı ſ: the only letters on which lower() and IGNORECASE disagree


_PLAIN = tuple(zip(TRAPS, "iis", strict=True))


def fold(text: str) -> str:
    if not text.isascii():  # replace, not str.translate: translate looks up a non-ASCII text char by char
        for trap, plain in _PLAIN:
            text = text.replace(trap, plain)
    return text.lower()
