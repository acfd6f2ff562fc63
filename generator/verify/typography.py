"""Typography the verifier ignores: quote-mark style, dashes and white space, normalised alike in page and seed."""

from __future__ import annotations

DOUBLE = "\"“”„‟«»″"
SINGLE = "'‘’‛′"
_NORM = {ord(c): '"' for c in DOUBLE} | {ord(c): "'" for c in SINGLE}
_NORM_MARKS = tuple((chr(code), plain) for code, plain in _NORM.items())
_OTHER_DASHES = "‐‑‒–—―−"  # normalised to "-", as is a run of dashes


def normalise(text: str) -> str:
    # split/join: the same as `re.sub(r"\s+", " ", ...).strip()`, without a match per word of a whole seed.
    return " ".join(_plain_dashes(_plain_marks(text)).split())


def _plain_marks(text: str) -> str:
    """`text.translate(_NORM)`, as one `replace` per quote mark: translating a whole seed char by char was
    most of the time it took to normalise it."""
    for mark, plain in _NORM_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def _plain_dashes(text: str) -> str:
    """`re.sub("[-‐‑‒–—―−]+", "-", text)`: each run of dashes one hyphen. By `replace`, as `_plain_marks` does:
    the regex stopped at every hyphen of a whole seed ("tractor-control") only to put it back."""
    for dash in _OTHER_DASHES:
        if dash in text:
            text = text.replace(dash, "-")
    while "--" in text:
        text = text.replace("--", "-")
    return text
