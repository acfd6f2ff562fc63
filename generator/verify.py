"""Quote verification: every quotation on the site occurs verbatim in its seed.

`verify` finds the quotations of every Markdown page (text between quote marks, and blockquotes) and looks each
up in the seed text, after normalising only quote-mark style, dashes and white space and undoing the escaping
entities. Anything else that differs fails with a `QuoteError` naming the page, the quotation and the closest
source passage (difflib). The sidecar's errata are the only allowed change: `mark` shows a slip in place with the
conventions editors use ("FCC [sic]", "we [are] taking"), and the verifier accepts exactly those marks.

Generated pages are checked against the seed named in their `generated_from`; hand-written pages in content/
against every seed. In a build, `verify_story` checks each seed's pages as they are rendered, before they are
cached, so `verify` then skips them (`checked`): an unchanged seed costs nothing, however large the archive.
"""

from __future__ import annotations

import functools
import html
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from generator.errors import QuoteError
from generator.ingest import ingest
from generator.model import Erratum, Story
from generator.sidecar import sidecar

_DOUBLE = "\"“”„‟«»″"
_SINGLE = "'‘’‛′"
_NORM = {ord(c): '"' for c in _DOUBLE} | {ord(c): "'" for c in _SINGLE}
_NORM_MARKS = tuple((chr(code), plain) for code, plain in _NORM.items())
_MARKS = re.compile(f"[{re.escape(_DOUBLE + _SINGLE)}]")
_DASHES = re.compile(r"[-‐‑‒–—―−]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_MARKUP = re.compile(r"<[^>]+>|\{[^{}]*\}|\*+")  # seed text never has these raw: escape.py encodes them
_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)
_WORDY = re.compile(r"\w")
_SKIP = ("{:", "!!!", "???")  # attribute lists and admonition titles ("Editor's note") are markup, not speech
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same safe subset; libyaml parses it in C


@dataclass(frozen=True)
class Source:
    """One seed as the verifier compares against it."""

    path: str
    text: str  # normalised
    errata: tuple[Erratum, ...] = ()


@dataclass(frozen=True)
class Result:
    checked: int
    failures: tuple[str, ...] = ()


def verify(root: Path, pages: Mapping[str, str] | None = None, checked: set[str] | frozenset = frozenset()) -> int:
    """Check every quotation in content/ (or in `pages` plus the hand-written pages); return how many.

    Pages named in `checked` already passed `verify_story` and are skipped (and not counted)."""
    pages = _pages(root / "content", pages, checked)
    sources: dict[str, Source] = {}
    results = []
    for name in sorted(pages):
        quotes = _quotations(pages[name])
        if quotes:  # a page without any (the archive's landing page) needs no seed loaded
            results.append(_check(name, quotes, _sources_of(root, pages[name], sources)))
    return _passed(results)


def verify_story(story: Story, pages: dict[str, str], prefix: str = "") -> int:
    """Check one seed's freshly rendered pages (named `prefix` + path on the site) against that seed."""
    sources = [source(story)]
    return _passed(
        [check(prefix + name, text, sources) for name, text in sorted(pages.items()) if name.endswith(".md")]
    )


def _passed(results: list[Result]) -> int:
    """How many quotations were checked; a `QuoteError` listing the failures if there are any."""
    checked = sum(r.checked for r in results)
    failures = [f for r in results for f in r.failures]
    if failures:
        raise QuoteError(f"{len(failures)} of {checked} quotation(s) are not verbatim in the source; fix the "
                         "template or sidecar, or add an erratum:\n  " + "\n  ".join(failures))
    return checked


def source(story: Story) -> Source:
    return Source(story.path, normalise(story.text), story.meta.errata)


def check(page: str, markdown: str, sources: list[Source], *, explain: bool = True) -> Result:
    """The quotations of one page, each looked up in `sources` (it passes if it is in any of them).

    Each failure names the closest source passage; a caller that only counts failures passes `explain=False`
    and gets the bare quotation instead, since finding that passage is the slow part."""
    return _check(page, _quotations(markdown), sources, explain)


def _check(page: str, quotes: tuple[str, ...], sources: list[Source], explain: bool = True) -> Result:
    errata = tuple(e for s in sources for e in s.errata)
    checked, failures = 0, []
    for quote in quotes:
        wanted = _unmark(normalise(quote), errata)
        checked += 1
        if not any(wanted in s.text for s in sources):
            failures.append(_failure(page, quote, wanted, sources) if explain else quote)
    return Result(checked, tuple(failures))


def normalise(text: str) -> str:
    # split/join: the same as `re.sub(r"\s+", " ", ...).strip()`, without a match per word of a whole seed.
    return " ".join(_DASHES.sub("-", _plain_marks(text)).split())


def _plain_marks(text: str) -> str:
    """`text.translate(_NORM)`, as one `replace` per quote mark: translating a whole seed char by char was
    most of the time it took to normalise it."""
    for mark, plain in _NORM_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


# --- finding quotations in Markdown -------------------------------------------------------------------


def quotations(markdown: str) -> list[str]:
    """Quoted passages as a reader sees them: entities undone, links reduced to their text, markup dropped."""
    return list(_quotations(markdown))


# A build checks each page twice, when render counts the quotations for the about page and when verify checks
# them; the same page text is parsed once. Small: a seed's pages, the only ones checked twice in a row.
@functools.lru_cache(maxsize=16)
def _quotations(markdown: str) -> tuple[str, ...]:
    found = []
    for block, quoted in _blocks(_FRONT.sub("", markdown)):
        here = [q for cell in block.split("|") for q in _spans(_plain(cell))]
        if quoted:
            here.append(_strip_quote_marks(_plain(block)))
        found.extend(q for q in dict.fromkeys(here) if _WORDY.search(q))
    return tuple(found)


def _blocks(markdown: str) -> list[tuple[str, bool]]:
    """Paragraph-like blocks: (text joined into one line, whether it is a blockquote)."""
    blocks = []
    # A list item is a block of its own: a quote mark left open in one item must not pair with one in the next.
    for chunk in re.split(r"\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])", markdown):
        lines = [line.strip() for line in chunk.split("\n") if line.strip() and not line.strip().startswith(_SKIP)]
        if not lines:
            continue
        quoted = all(line.startswith(">") for line in lines)
        blocks.append((" ".join(line.lstrip("> ") if quoted else line for line in lines), quoted))
    return blocks


def _plain(text: str) -> str:
    text = _LINK.sub(lambda m: "" if m[1].startswith("¶") else m[1], text)
    return html.unescape(_MARKUP.sub("", text))


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] in _DOUBLE and text[-1] in _DOUBLE:
        return text[1:-1].strip()
    return text


def _spans(text: str) -> list[str]:
    """Text between paired quote marks; double and single marks pair separately, curly marks by direction.
    A single quotation must open with ‘: a straight ' is an apostrophe as often as a quote mark."""
    spans, stacks = [], {'"': [], "'": []}
    for found in _MARKS.finditer(text):  # only the marks: a loop over every character was most of verify's time
        i = found.start()
        kind = '"' if found[0] in _DOUBLE else "'"
        role = _role(text, i)
        if role == "open" or (role == "either" and not stacks[kind]):
            stacks[kind].append(i)
        elif role in ("close", "either") and stacks[kind]:
            spans.append(text[stacks[kind].pop() + 1:i].strip())
    return [s for s in spans if s]


def _role(text: str, i: int) -> str | None:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    char = text[i]
    if char in "“‘„":
        return "open"
    if char in "”":
        return "close"
    opens = (before.isspace() or before in "([—–-") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-" + _DOUBLE + _SINGLE)
    if char in "'’":  # also an apostrophe ("didn't", "patients' answers"): closes only what ‘ opened
        return "close" if closes and not (before.isalnum() and after.isalnum()) else None
    return "open" if opens and not closes else "close" if closes and not opens else "either"


# --- errata marks --------------------------------------------------------------------------------------


def mark(text: str, errata: tuple[Erratum, ...]) -> str:
    """`text` with each flagged slip marked in place the way editors do; the words themselves are untouched."""
    for erratum in errata:
        if erratum.text and erratum.text in text:
            pattern = rf"(?<!\w){re.escape(erratum.text)}(?!\w)"
            text = re.sub(pattern, lambda _m, e=erratum: marked(e), text)
    return text


def marked(erratum: Erratum) -> str:
    """'FCC' -> 'FCC [sic]'; an inserted word in square brackets: 'we taking' -> 'we [are] taking'."""
    words, fix = erratum.text.split(), (erratum.correction or "").split()
    ops = SequenceMatcher(None, words, fix, autojunk=False).get_opcodes() if fix else []
    if ops and all(tag in ("equal", "insert") for tag, *_ in ops):
        return " ".join(" ".join(words[i1:i2]) if tag == "equal" else f"[{' '.join(fix[j1:j2])}]"
                        for tag, i1, i2, j1, j2 in ops)
    slip = _slip(words, fix)
    return " ".join(w + (" [sic]" if i == slip else "") for i, w in enumerate(words))


def _slip(words: list[str], fix: list[str]) -> int:
    """Index of the word the correction replaces: the last word that differs, or the word most like it."""
    if not fix:
        return len(words) - 1
    differ = [i for i, w in enumerate(words) if w not in fix]
    if len(differ) <= len(fix):
        return differ[-1] if differ else len(words) - 1
    target = " ".join(w for w in fix if w not in words)
    return max(differ, key=lambda i: SequenceMatcher(None, words[i], target).ratio())


def _unmark(quote: str, errata: tuple[Erratum, ...]) -> str:
    for erratum in errata:
        quote = quote.replace(normalise(marked(erratum)), normalise(erratum.text))
    return quote


# --- reporting and loading ----------------------------------------------------------------------------


def _failure(page: str, quote: str, wanted: str, sources: list[Source]) -> str:
    closest = max((_closest(s.text, wanted) for s in sources), key=lambda c: c[0], default=(0, ""))[1]
    return f"{page}: quotation not in the source: “{quote}” — closest source passage: “{closest}”"


def _closest(text: str, wanted: str) -> tuple[float, str]:
    """The source passage most like `wanted`: around their longest common run, trimmed to what matches."""
    a, b = _longest_common(text, wanted)
    slack = len(wanted) // 4 + 5
    lo, hi = max(0, a - b - slack), min(len(text), a - b + len(wanted) + slack)
    blocks = [b for b in SequenceMatcher(None, text[lo:hi], wanted, autojunk=False).get_matching_blocks() if b.size > 2]
    start, end = (lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size) if blocks else (lo, hi)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    passage = text[start:end]
    return SequenceMatcher(None, passage, wanted, autojunk=False).ratio(), passage


def _longest_common(text: str, wanted: str) -> tuple[int, int]:
    """Where the longest common run of `text` and `wanted` starts in each (earliest in `text`, then in `wanted`):
    what SequenceMatcher.find_longest_match returns without junk, found with substring searches in C instead
    of its scan of every pair of positions, which took minutes on a long seed."""
    size = 0
    for j in range(len(wanted)):
        while j + size < len(wanted) and wanted[j:j + size + 1] in text:
            size += 1  # a run starting at j longer than any before it
    if not size:
        return 0, 0
    best = (len(text), 0)
    for j in range(len(wanted) - size + 1):
        a = text.find(wanted[j:j + size], 0, best[0] + size - 1)  # only an earlier start can win
        if a >= 0:
            best = (a, j)
    return best


def _pages(content: Path, generated: Mapping[str, str] | None, checked: set[str] | frozenset) -> dict[str, str]:
    """Markdown pages: `generated` (if given) plus the hand-written pages on disk; else every page on disk.
    Minus those already `checked`, which are never looked up (a build's cached pages are not even loaded)."""
    on_disk = _markdown(content)
    if generated is None:
        return {name: (content / name).read_text(encoding="utf-8") for name in on_disk if name not in checked}
    pages = {name: generated[name] for name in generated if name.endswith(".md") and name not in checked}
    for name in on_disk:
        if name in generated or name in checked:
            continue  # about to be replaced: only the pages nobody generates need reading
        text = (content / name).read_text(encoding="utf-8")
        if not _front(text).get("generated_from"):
            pages[name] = text
    return pages


def _markdown(content: Path) -> list[str]:
    """The .md files below `content`, as sorted relative POSIX paths (os.walk: pathlib's rglob was most of the
    time it took to list a large archive)."""
    found = []
    for directory, _, names in os.walk(content):
        where = os.path.relpath(directory, content).replace(os.sep, "/")
        found += [name if where == "." else f"{where}/{name}" for name in names if name.endswith(".md")]
    return sorted(found)


def _front(markdown: str) -> dict:
    match = _FRONT.match(markdown)
    try:
        data = yaml.load(match[1], Loader=_LOADER) if match else None
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _sources_of(root: Path, markdown: str, cache: dict[str, Source]) -> list[Source]:
    seed = _front(markdown).get("generated_from")
    paths = [seed] if isinstance(seed, str) and (root / seed).is_file() else \
        [p.relative_to(root).as_posix() for p in sorted((root / "seeds").glob("*.txt"))]
    for path in paths:
        if path not in cache:
            cache[path] = source(ingest(root / path, sidecar((root / path).with_suffix(".yml")), path))
    return [cache[p] for p in paths]
