"""The one escaping filter: text from a seed or sidecar is data, never Markdown, HTML or template syntax.

`escape` is installed as the Jinja environment's `finalize` (see generator/render/), so every `{{ value }}` in a
template passes through it; markup built by the generator itself is wrapped in `Trusted` and passes unchanged.

Characters are replaced by numeric HTML entities, which Python-Markdown keeps as they are and the browser shows
as the literal character, in running text, headings, table cells, link text, link titles and raw HTML alike.
The encoder is context-aware: `. , - ' ? / ; % :` are left alone mid-text so glossary terms such as "COVID-19"
or "U.S." still match, but at the start of a value (which templates may place at a line start) anything that is
not a letter or digit is encoded, as is the dot or bracket of a leading "1986." (an ordered list).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote, urlsplit

# Syntax of our extension set anywhere in a line: HTML (< & >), links and images ([ ] ( ) !), emphasis (* _),
# code (`), attribute lists ({ }), tables (|), abbreviations (*[X]:), headings' closing #, backslash escapes,
# Jinja ({{ }} {% %} via the braces), admonitions (!!!), snippets (--8<-- via <), and a few rarely
# meaningful characters kept out in case an extension using them is switched on later (~ ^ = $ + ").
_ALWAYS = "&<>[]()!*_`{}|#\\~^=$+\""
_ENTITY = {c: f"&#{ord(c)};" for c in _ALWAYS} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# One regex pass with a lookup per match: `str.translate` with a table of strings looked up every character of
# the text, several times slower on the long paragraphs of a page, where these characters are rare.
_SPECIAL = re.compile(f"[{re.escape(_ALWAYS)}]")

# A leading number followed by "." or ")" starts an ordered list; the digits may stay, the mark may not.
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


class Trusted(str):
    """Markup the generator built itself (links, front matter): `escape` passes it through unchanged."""


def escape(value: object) -> str:
    """Return `value` as Markdown that shows exactly its characters, on one line, changing no structure."""
    if isinstance(value, Trusted):
        return value
    if value is None:
        return ""
    text = str(value)
    if text.isalnum():  # ids, numbers, single words: nothing to encode (and most of the values of a page)
        return text
    return _escape_short(text) if len(text) <= _SHORT else _escape_text(text)


# Short values (names, labels, link titles) recur many times on one page; long text rarely does.
_SHORT = 80


def _escape_text(text: str) -> str:
    # One line: a newline could start a new block; runs of white space look the same in HTML anyway.
    # Stripped: a leading space would turn "*{{ x }}*" into a list item.
    if not _one_spaced_line(text):
        text = " ".join(text.split())  # the same white space as `\s+` and strip()
    if text[:1].isdigit():
        number = _LIST_NUMBER.match(text)
        if number:
            return number[1] + _entity(number[2]) + _encode(text[number.end():])
    if text and not text[0].isalnum() and text[0] not in _ALWAYS:
        return _entity(text[0]) + _encode(text[1:])
    return _encode(text)


def _one_spaced_line(text: str) -> bool:
    """True if splitting and joining on white space would not change `text` (most values): every white space
    character but the ASCII space is unprintable, so this is a few scans in C instead of building a list."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _encode(text: str) -> str:
    return _SPECIAL.sub(_entity_of, text)


def _entity_of(match: re.Match) -> str:
    return _ENTITY[match[0]]


_escape_short = functools.lru_cache(maxsize=4096)(_escape_text)


def _entity(char: str) -> str:
    return f"&#{ord(char)};"


def href(url: str | None) -> Trusted | None:
    """A link target safe inside `[text](...)`: only absolute http(s) URLs, else None (shown as plain text)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what could end the Markdown link or break out of the attribute: spaces, ( ) < > " etc.
    return Trusted(quote(url, safe=":/?#@!$&'*+,;=%~-._"))
