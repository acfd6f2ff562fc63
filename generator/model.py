"""The one model that flows through the pipeline: frozen dataclasses.

Every stage takes a `Story` and returns a new one (`dataclasses.replace`); nothing is mutated in place.
Every extracted item carries `sources`: the ids of the paragraphs ("p1", "p2", ...) it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

# Roles a person can have (GOLD-FORMAT.md): senator | representative | witness | official | other
ROLES = ("senator", "representative", "witness", "official", "other")


# --- editorial sidecar (seeds/<slug>.yml) ---------------------------------------------------------


@dataclass(frozen=True)
class EditorTerm:
    """A glossary definition supplied by an editor (shown as an editor's note)."""

    term: str
    definition: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class EditorPerson:
    """Who a person is, supplied by an editor (shown as an editor's note)."""

    name: str
    note: str


@dataclass(frozen=True)
class Erratum:
    """A slip in the source flagged by an editor; shown beside the text, never silently edited."""

    text: str
    note: str
    correction: str | None = None


@dataclass(frozen=True)
class Meta:
    """Facts the text lacks, from the sidecar. Everything optional: a seed may have no sidecar."""

    event_name: str | None = None
    event_date: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    glossary: tuple[EditorTerm, ...] = ()
    people: tuple[EditorPerson, ...] = ()
    errata: tuple[Erratum, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()  # free (key, label) pairs, e.g. ("written", "written statement")


# --- text and its parts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Removed:
    """A line (or the chrome part of a line) that `clean` removed, and why."""

    text: str
    reason: str  # a short generic reason: "appeal for money", "comment prompt", "byline", ...
    line: int  # 1-based line number in the decoded text


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of cleaned content. Ids are stable: p1..pN in reading order."""

    id: str
    text: str  # verbatim from the source (only chrome glued to its start/end may have been cut)
    line: int  # 1-based line number in the decoded text
    section: str = "body"  # summary | entry | statement | turn | roster (transcript speaker list) | body
    entry: int | None = None  # index (0-based, reading order) of the live-blog entry it belongs to
    time: str | None = None  # entry time as printed ("3:41 p.m. ET", "Posted at 18:05")
    heading: str | None = None  # entry headline as printed
    speaker: str | None = None  # transcript speaker label as printed ("SEN. ORTIZ")


@dataclass(frozen=True)
class Sentence:
    para: str
    start: int  # character offsets into the paragraph text
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """Words inside quotation marks, verbatim; offsets point at the inner text."""

    text: str
    para: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A run of paragraphs introduced as a unit, e.g. "Here are X's opening remarks in full:"."""

    kind: str  # "statement"
    intro: str | None  # id of the introducing paragraph, if any
    paragraphs: tuple[str, ...]
    speaker: str | None = None  # as printed in the intro or the transcript label


# --- extracted items ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str  # fullest form the text gives
    aliases: tuple[str, ...] = ()
    role: str = "other"  # one of ROLES
    party: str | None = None  # D | R | I | None, only when the text states it
    state: str | None = None  # full state name, only when the text states it
    title: str | None = None  # description as the text gives it ("special counsel", "chief executive of X")
    sources: tuple[str, ...] = ()
    editor_note: str | None = None  # from the sidecar


@dataclass(frozen=True)
class Statement:
    """The witness's opening statement: paragraph ids in order."""

    speaker: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Exchange:
    questioner: str | None  # a Person.name, or None when the text does not say who asked
    question: str  # source words (sentence or turn) that give the question
    answer: str  # source words that give the answer
    verbatim: bool  # True when the answer quotes the witness directly
    answer_quote: str | None = None  # the quoted words of the answer, verbatim
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    date: str | None  # YYYY | YYYY-MM | YYYY-MM-DD | None
    date_text: str  # the source words that gave the date
    what: str  # the source sentence
    sources: tuple[str, ...] = ()
    phase: str = "background"  # background | hearing | after
    approximate: bool = False  # "about a month ago", "last month", ...
    from_sidecar: bool = False  # date came from the sidecar (e.g. the hearing day itself)


@dataclass(frozen=True)
class Term:
    term: str
    aliases: tuple[str, ...] = ()
    definition: str | None = None  # source words, or the editor's words when `editorial`
    defined_in_text: bool = False
    editorial: bool = False  # definition comes from the sidecar
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    figure: str  # as written in the text ("87 million")
    what: str  # the source sentence
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Version:
    """One wording of a passage, verbatim, and where it appears in the source."""

    text: str
    sources: tuple[str, ...]
    label: str  # a key: "written" | "delivered" | "quoted" (sidecar `labels` may name it)
    changed: tuple[tuple[int, int], ...] = ()  # character spans in `text` of the words the other version lacks


@dataclass(frozen=True)
class Comparison:
    """A passage the source gives twice, worded differently (e.g. written statement versus as delivered)."""

    first: Version  # the passage quoted in the coverage
    second: Version  # the matching passage of the remarks in full
    changes: tuple[tuple[str, str], ...] = ()  # (words of first, words of second) for each differing run
    similarity: float = 0.0


# --- the story ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    slug: str
    path: str  # the seed path as given (relative to the project when inside it)
    text: str  # decoded text, line ends normalised to "\n"
    sha256: str  # of the raw bytes
    encoding: str = "utf-8"
    meta: Meta = field(default_factory=Meta)
    # clean
    title: str | None = None
    standfirst: str | None = None
    credits: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    content: tuple[tuple[int, str], ...] = ()  # (line number, text) of the content lines, chrome cut
    # segment
    format: str = "article"  # liveblog-newest-first | liveblog-oldest-first | article | transcript
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    blocks: tuple[Block, ...] = ()
    # extract
    people: tuple[Person, ...] = ()
    statement: Statement | None = None
    exchanges: tuple[Exchange, ...] = ()
    timeline: tuple[Event, ...] = ()
    glossary: tuple[Term, ...] = ()
    numbers: tuple[Figure, ...] = ()
    comparisons: tuple[Comparison, ...] = ()  # written versus delivered

    def paragraph(self, pid: str) -> Paragraph:
        return self._paragraphs_by_id[pid]

    # Extractors look paragraphs up once per item; a scan each time made them quadratic. cached_property
    # writes the instance __dict__ directly, so it works on a frozen dataclass and is not a field: equality,
    # `replace` and the export ignore it, and a replaced Story builds its own index.
    @cached_property
    def _paragraphs_by_id(self) -> dict[str, Paragraph]:
        return {p.id: p for p in self.paragraphs}
