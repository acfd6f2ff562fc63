"""Quote verification: every quotation on the site occurs verbatim in its seed.

`verify` finds the quotations of every Markdown page (text between quote marks, and blockquotes) and looks each
up in the seed text, after normalising only quote-mark style, dashes and white space and undoing the escaping
entities. Anything else that differs fails with a `QuoteError` naming the page, the quotation and the closest
source passage (difflib). The sidecar's errata are the only allowed change: `mark` shows a slip in place with the
conventions editors use ("FCC [sic]", "we [are] taking"), and the verifier accepts exactly those marks.

Generated pages are checked against the seed named in their `generated_from`; hand-written pages in content/
against every seed. In a build, `verify_story` checks each seed's pages as they are rendered, before they are
cached, so `verify` then skips them (`checked`): an unchanged seed costs nothing, however large the archive.

The package: `quotes` finds a page's quotations, `typography` normalises them and the seeds alike, `errata`
marks and unmarks slips, `failures` explains a quotation not found, `sources` loads the seeds, and `pages` finds
the pages to check in content/.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping
from pathlib import Path

from generator.errors import QuoteError
from generator.verify.errata import mark, marked, unmark
from generator.verify.failures import explained
from generator.verify.pages import read_pages
from generator.verify.quotes import find_quotations, quotations
from generator.verify.sources import Source, source, sources_of
from generator.verify.typography import normalise

TYPE_CHECKING = False  # typing's constant, without importing typing: a no-op build imports nothing it can skip
if TYPE_CHECKING:
    from generator.model import Story

__all__ = ["Result", "Source", "check", "mark", "marked", "normalise", "quotations", "source", "verify",
           "verify_story"]


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
    pages = read_pages(root / "content", pages, checked)
    sources: dict[str, Source] = {}
    results = []
    for name in sorted(pages):
        quotes = find_quotations(pages[name])
        if quotes:  # a page without any (the archive's landing page) needs no seed loaded
            results.append(_check(name, quotes, sources_of(root, pages[name], sources)))
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


def check(page: str, markdown: str, sources: list[Source], *, explain: bool = True) -> Result:
    """The quotations of one page, each looked up in `sources` (it passes if it is in any of them).

    Each failure names the closest source passage; a caller that only counts failures passes `explain=False`
    and gets the bare quotation instead, since finding that passage is the slow part."""
    return _check(page, find_quotations(markdown), sources, explain)


def _check(page: str, quotes: tuple[str, ...], sources: list[Source], explain: bool = True) -> Result:
    errata = tuple(e for s in sources for e in s.errata)
    # Each distinct quotation looked up once: a long page repeats the same few many times (the people page quotes
    # a turn once per mention), and a search of a long seed costs far more than the dictionary.
    failure: dict[str, str | None] = {}
    for quote in quotes:
        if quote not in failure:
            plain = normalise(quote)
            wanted = unmark(plain, errata)
            found = any(s.has(wanted, quote if wanted == plain else None) for s in sources)
            failure[quote] = None if found else explained(page, quote, wanted, sources) if explain else quote
    return Result(len(quotes), tuple(f for f in map(failure.get, quotes) if f is not None))
