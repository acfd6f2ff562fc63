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
import json
import os
import re
import time
from collections import namedtuple
from collections.abc import Mapping
from difflib import SequenceMatcher
from pathlib import Path

from generator.errors import QuoteError

TYPE_CHECKING = False  # typing's constant, without importing typing: a no-op build imports nothing it can skip
if TYPE_CHECKING:
    from generator.model import Erratum, Story

_DOUBLE = "\"“”„‟«»″"
_SINGLE = "'‘’‛′"
_NORM = {ord(c): '"' for c in _DOUBLE} | {ord(c): "'" for c in _SINGLE}
_NORM_MARKS = tuple((chr(code), plain) for code, plain in _NORM.items())
# A quote mark that may open or close a quotation: not ' or ’ between two letters or digits, an apostrophe
# ("didn't") that `_role` ignores, and most of the marks of a page. The class first, so the scan is in C.
_NOT_APOSTROPHE = r"(?:(?<=[^'’])|(?<![^\W_].)|(?![^\W_]))"
_QUOTE_MARK = re.compile(f"[{re.escape(_DOUBLE + _SINGLE)}]{_NOT_APOSTROPHE}")
_OTHER_DASHES = "‐‑‒–—―−"  # normalised to "-", as is a run of dashes
_LINK = re.compile(r"\[([^\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# Seed text never has these raw: escape.py encodes them. `\*\**`, not `\*+`: every branch starting with a
# literal lets the regex engine skip ahead to the next < { or * in C.
_MARKUP = re.compile(r"<[^>]+>|\{[^{}]*\}|\*\**")
_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)
_WORDY = re.compile(r"\w")
_SKIP = ("{:", "!!!", "???")  # attribute lists and admonition titles ("Editor's note") are markup, not speech
LISTINGS = ".cache/listings.json"  # relative to the project root (content/'s parent); see `_Listings`
_RACY = 2_000_000_000  # ns; as in write.py: coarser than any file system's timestamps


class Source:
    """One seed as the verifier compares against it: its path, its normalised text, its sidecar's errata.

    Made from a story (`source`), it also keeps the text as it is, and normalises it only when a quotation is
    not found in that: normalising a long seed took longer than looking up all the quotations of its pages."""

    __slots__ = ("path", "errata", "_raw", "_text")

    def __init__(self, path: str, text: str | None, errata: tuple[Erratum, ...] = (), *, raw: str | None = None):
        self.path, self.errata, self._raw, self._text = path, errata, raw, text

    @property
    def text(self) -> str:
        """The normalised text."""
        if self._text is None:
            self._text = normalise(self._raw or "")
        return self._text

    def has(self, wanted: str, quote: str | None = None) -> bool:
        """Whether `wanted` is in the normalised text. `quote`, if given, is a quotation that `wanted` is just
        normalised: if it is in the text as it is, `wanted` is in the normalised text too, since normalising
        changes each character, and each run of dashes or of white space, the same way wherever it occurs."""
        if quote is not None and self._raw is not None and quote in self._raw:
            return True
        return wanted in self.text


# A named tuple, not a frozen dataclass: as immutable, and a no-op build, which imports this module for its
# listing of hand-written pages, need not import dataclasses (and inspect) for it.
class Result(namedtuple("Result", ["checked", "failures"], defaults=[()])):
    """How many quotations one check looked up, and a message (or the bare quotation) for each that failed."""

    __slots__ = ()
    checked: int
    failures: tuple[str, ...]


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
    return Source(story.path, None, story.meta.errata, raw=story.text)


def check(page: str, markdown: str, sources: list[Source], *, explain: bool = True) -> Result:
    """The quotations of one page, each looked up in `sources` (it passes if it is in any of them).

    Each failure names the closest source passage; a caller that only counts failures passes `explain=False`
    and gets the bare quotation instead, since finding that passage is the slow part."""
    return _check(page, _quotations(markdown), sources, explain)


def _check(page: str, quotes: tuple[str, ...], sources: list[Source], explain: bool = True) -> Result:
    errata = tuple(e for s in sources for e in s.errata)
    # Each distinct quotation looked up once: a long page repeats the same few many times (the people page quotes
    # a turn once per mention), and a search of a long seed costs far more than the dictionary.
    failure: dict[str, str | None] = {}
    for quote in quotes:
        if quote not in failure:
            plain = normalise(quote)
            wanted = _unmark(plain, errata)
            found = any(s.has(wanted, quote if wanted == plain else None) for s in sources)
            failure[quote] = None if found else _failure(page, quote, wanted, sources) if explain else quote
    return Result(len(quotes), tuple(f for f in map(failure.get, quotes) if f is not None))


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


# --- finding quotations in Markdown -------------------------------------------------------------------


def quotations(markdown: str) -> list[str]:
    """Quoted passages as a reader sees them: entities undone, links reduced to their text, markup dropped."""
    return list(_quotations(markdown))


# A build checks each page twice, when render counts the quotations for the about page and when verify checks
# them; the same page text is parsed once. Small: a seed's pages, the only ones checked twice in a row.
@functools.lru_cache(maxsize=16)
def _quotations(markdown: str) -> tuple[str, ...]:
    found = []
    for block, quoted in _blocks(_body(markdown)):
        if not quoted and "&" not in block and not _QUOTE_MARK.search(block):
            continue  # no quote mark, nor an entity that could become one: most blocks of a landing page
        cells = block.split("|") if "|" in block else [block]
        plain = [_plain(cell) for cell in cells]
        here = [q for text in plain if _QUOTE_MARK.search(text) for q in _spans(text)]
        if quoted:
            here.append(_strip_quote_marks(plain[0] if len(cells) == 1 else _plain(block)))
        if here:
            found.extend(q for q in dict.fromkeys(here) if _WORDY.search(q))
    return tuple(found)


def _body(markdown: str) -> str:
    """The page without its front matter: what `_FRONT.sub("", markdown)` gives, without a regex scan."""
    if not markdown.startswith("---\n"):
        return markdown
    end = markdown.find("\n---\n", 4)
    return markdown[end + 5:] if end >= 0 else markdown


# A list item is a block of its own: a quote mark left open in one item must not pair with one in the next.
_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])")
# What a block needs to hold a quotation: a quote mark, an entity that could become one, or a blockquote's ">".
_MAY_QUOTE = re.compile(f"[>&{re.escape(_DOUBLE + _SINGLE)}]")


def _blocks(markdown: str) -> list[tuple[str, bool]]:
    """Paragraph-like blocks that may hold a quotation: (text joined into one line, whether it is a blockquote)."""
    blocks = []
    # Most blocks of a page have none of those marks: splitting them into lines was a third of the time, and
    # `filter` passes over them without a step of Python each.
    for chunk in filter(_MAY_QUOTE.search, _BREAK.split(markdown)):
        lines = [line for line in map(str.strip, chunk.split("\n")) if line and not line.startswith(_SKIP)]
        if not lines:
            continue
        if lines[0][0] == ">" and all(line[0] == ">" for line in lines):
            blocks.append((" ".join(line.lstrip("> ") for line in lines), True))
        else:
            blocks.append((" ".join(lines), False))
    return blocks


def _plain(text: str) -> str:
    # Each substitution only where its syntax occurs: a regex scan of each block was most of the time.
    if "](" in text:
        text = _LINK.sub(lambda m: "" if m[1].startswith("¶") else m[1], text)
    if "*" in text or "<" in text or "{" in text:
        text = _MARKUP.sub("", text)
    return html.unescape(text)


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] in _DOUBLE and text[-1] in _DOUBLE:
        return text[1:-1].strip()
    return text


def _spans(text: str) -> list[str]:
    """Text between paired quote marks; double and single marks pair separately, curly marks by direction.
    A single quotation must open with ‘: a straight ' is an apostrophe as often as a quote mark."""
    spans, stacks = [], {'"': [], "'": []}
    for found in _QUOTE_MARK.finditer(text):  # only the marks: a loop over every character was most of verify's time
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
    for marks, words in _unmarkings(errata):
        quote = quote.replace(marks, words)
    return quote


@functools.lru_cache(maxsize=64)
def _unmarkings(errata: tuple[Erratum, ...]) -> tuple[tuple[str, str], ...]:
    """Each erratum as marked in a quotation, and as printed: worked out once per seed's errata, not once per
    quotation (marking one compares word sequences)."""
    return tuple((normalise(marked(erratum)), normalise(erratum.text)) for erratum in errata)


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
    """The .md files below `content`, as sorted relative POSIX paths, as os.walk would find them (not following
    links to directories). A directory whose stat is as when it was last listed is not listed again (see
    `_Listings`): listing the 1,000 folders of a large archive was most of a no-op build's check."""
    listings = _Listings(content.parent / LISTINGS)
    try:
        found = _walk(content, listings)
    except TypeError:  # a remembered name that is not a string: the record is corrupt, so list everything
        listings.known = {}
        found = _walk(content, listings)
    listings.save()
    return sorted(found)


def _walk(content: Path, listings: _Listings) -> list[str]:
    found, pending = [], [("", os.fspath(content))]
    while pending:
        prefix, directory = pending.pop()
        names, subdirectories = listings.of(prefix, directory)
        found += [prefix + name for name in names]
        pending += [(prefix + name + "/", directory + "/" + name) for name in subdirectories]
    return found


class _Listings:
    """Each directory's .md files and subdirectories, remembered by its mtime, ctime and inode: adding, removing
    or renaming an entry changes them (editing a file does not, and need not: only names are listed). As for
    write.py's stat record, a listing is remembered only once the directory's mtime is older than `_RACY`, so a
    change in the same timestamp tick as the listing is not missed. Missing or corrupt, it only costs time."""

    def __init__(self, path: Path):
        self.path, self.used, self.horizon = path, {}, time.time_ns() - _RACY
        try:
            with open(path, encoding="utf-8") as handle:
                self.known = json.load(handle)
        except (OSError, ValueError):
            self.known = {}
        if not isinstance(self.known, dict):
            self.known = {}

    def of(self, prefix: str, directory: str) -> tuple[list[str], list[str]]:
        try:
            st = os.stat(directory)
        except OSError:
            return [], []
        stamp = [st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        known = self.known.get(prefix)
        if _is_listing(known) and known[:3] == stamp:
            self.used[prefix] = known
            return known[3], known[4]
        names, subdirectories = _scan(directory)
        if st.st_mtime_ns < self.horizon:
            self.used[prefix] = [*stamp, names, subdirectories]
        return names, subdirectories

    def save(self) -> None:
        if self.used == self.known:
            return
        import tempfile  # here: most builds list nothing new

        name = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(self.used, ensure_ascii=False))
            os.replace(name, self.path)
        except OSError:
            if name:
                Path(name).unlink(missing_ok=True)


def _is_listing(known) -> bool:
    """A record's shape; a name in it that is not a string fails `_walk` with a TypeError."""
    return isinstance(known, list) and len(known) == 5 and isinstance(known[3], list) and isinstance(known[4], list)


def _scan(directory: str) -> tuple[list[str], list[str]]:
    """The .md files and the subdirectories (not links to them) of one directory, as os.walk sees them."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return [], []
    names, subdirectories = [], []
    for entry in entries:
        if _is_dir(entry):
            if not entry.is_symlink():
                subdirectories.append(entry.name)
        elif entry.name.endswith(".md"):
            names.append(entry.name)
    return names, subdirectories


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _front(markdown: str) -> dict:
    match = _FRONT.match(markdown)
    if not match:
        return {}
    import yaml  # here: only hand-written pages are read, and a build of seeds alone has none

    try:
        data = yaml.load(match[1], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: in C
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _sources_of(root: Path, markdown: str, cache: dict[str, Source]) -> list[Source]:
    seed = _front(markdown).get("generated_from")
    paths = [seed] if isinstance(seed, str) and (root / seed).is_file() else \
        [p.relative_to(root).as_posix() for p in sorted((root / "seeds").glob("*.txt"))]
    from generator.ingest import ingest  # here: a page without quotations needs no seed, nor these
    from generator.sidecar import sidecar

    for path in paths:
        if path not in cache:
            cache[path] = source(ingest(root / path, sidecar((root / path).with_suffix(".yml")), path))
    return [cache[p] for p in paths]
