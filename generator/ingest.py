"""Stage 2, ingest: read a seed's bytes, decode and validate them, and start the `Story`.

Needs: a path and the sidecar's `Meta`. Adds: `Story.text` (decoded, line ends normalised to "\\n"), `sha256`
(of the raw bytes), `encoding`, `slug`, `path`, `meta`. Every refusal is an `InputError` naming the file.
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from generator.errors import InputError, SidecarError
from generator.model import Meta, Story

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024  # documented limit (README); the benchmarks use texts up to 5 MB

# Files people save as .txt by mistake, recognised by their first bytes, so the error can say what they are.
_MAGIC = (
    (b"%PDF-", "a PDF document saved as .txt; copy its text into a plain-text file instead"),
    (b"PK\x03\x04", "a ZIP/Word/OpenDocument file saved as .txt; save it as plain text instead"),
    (b"{\\rtf", "an RTF document saved as .txt; save it as plain text instead"),
    (b"\xff\xfe", "UTF-16 text; save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text; save it as UTF-8"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
)
# Every line break Python's str.splitlines() knows becomes "\n", so line numbers agree whichever way a later
# stage splits the text.
_BREAK_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"\r\n|[{_BREAK_CHARS}]")
# Other control characters are invisible, invalid in HTML, and only arrive by accident: they are dropped.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_GARBAGE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_NOT_TEXT_SHARE = 0.1  # a pasted article is never 10% control/unassigned/replacement characters


def ingest(path: Path, meta: Meta, display: str | None = None) -> Story:
    """Read `path` and return a `Story` holding its decoded, validated text."""
    name = display or str(path)
    raw = _read(name, path)
    text, encoding = _decode(name, raw)
    _check_errata(name, text, meta)
    return Story(
        slug=_slug(path),
        path=name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        meta=meta,
    )


def _read(name: str, path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refuse before reading a huge file into memory
            raise InputError(f"{name}: the text is {size:,} bytes; the limit is {MAX_BYTES:,} (10 MB): split it")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file: {exc.strerror or exc}") from None


def _decode(name: str, raw: bytes) -> tuple[str, str]:
    if len(raw) > MAX_BYTES:
        raise InputError(f"{name}: the text is {len(raw):,} bytes; the limit is {MAX_BYTES:,} (10 MB): split it")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{name}: this is {what}")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary data (NUL bytes), not a plain-text file")
    text, encoding = _unicode(name, raw)
    text = _one_line_break(text)
    if not text or text.isspace():  # (strip() would copy the whole text)
        raise InputError(f"{name}: the text is empty (nothing but white space); paste the article into it")
    if not _GARBAGE.search(text):  # the usual case, found in one pass: nothing to count or drop
        return text, encoding
    if _not_text(text) > _NOT_TEXT_SHARE * len(text):
        raise InputError(f"{name}: mostly non-text characters; expected a plain-text file")
    text, dropped = _CONTROLS.subn("", text)
    if dropped:
        log.warning("%s: dropped %d invisible control character(s)", name, dropped)
    return text, encoding


def _one_line_break(text: str) -> str:
    """Every line break as "\\n"; a search for each break character (fast) spares the regex on most texts."""
    text = text.replace("\r\n", "\n")
    return _LINE_BREAKS.sub("\n", text) if any(char in text for char in _BREAK_CHARS) else text


def _unicode(name: str, raw: bytes) -> tuple[str, str]:
    """UTF-8 (BOM or not) first; Windows-1252 only when every byte decodes, and say so."""
    try:
        encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
        return raw.decode("utf-8-sig"), encoding
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")  # strict: 0x81 0x8D 0x8F 0x90 0x9D are undefined and fail here
    except UnicodeDecodeError:
        raise InputError(f"{name}: neither UTF-8 nor Windows-1252; save it as UTF-8 text") from None
    log.warning("%s: not valid UTF-8; decoded as Windows-1252 (check quotes and dashes, or save as UTF-8)", name)
    return text, "windows-1252"


def _not_text(text: str) -> int:
    """How many characters no article contains: controls, private use, U+FFFD (a regex: fast on 10 MB)."""
    return len(_GARBAGE.findall(text))


def _slug(path: Path) -> str:
    """The file stem as a safe URL/file-name part: it names generated files and links."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "seed"


def _check_errata(name: str, text: str, meta: Meta) -> None:
    """An erratum flags words in the source; if they are not there it would silently flag nothing."""
    if not meta.errata:
        return
    flat = " ".join(text.split())
    for n, erratum in enumerate(meta.errata, 1):
        if " ".join(erratum.text.split()) not in flat:
            raise SidecarError(
                f"{name}: sidecar errata item {n}: text {erratum.text!r} does not occur in the seed; "
                f"copy the words exactly from the text"
            )
