"""Sources: the seeds a page's quotations are looked up in, each with its sidecar's errata."""

from __future__ import annotations

from pathlib import Path

from generator.verify.pages import front
from generator.verify.typography import normalise

TYPE_CHECKING = False  # typing's constant, without importing typing: a no-op build imports nothing it can skip
if TYPE_CHECKING:
    from generator.model import Erratum, Story


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


def source(story: Story) -> Source:
    return Source(story.path, None, story.meta.errata, raw=story.text)


def sources_of(root: Path, markdown: str, cache: dict[str, Source]) -> list[Source]:
    seed = front(markdown).get("generated_from")
    paths = [seed] if isinstance(seed, str) and (root / seed).is_file() else \
        [p.relative_to(root).as_posix() for p in sorted((root / "seeds").glob("*.txt"))]
    from generator.ingest import ingest  # here: a page without quotations needs no seed, nor these
    from generator.sidecar import sidecar

    for path in paths:
        if path not in cache:
            cache[path] = source(ingest(root / path, sidecar((root / path).with_suffix(".yml")), path))
    return [cache[p] for p in paths]
