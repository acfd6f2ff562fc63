"""Stage 1, ingest: read a seed's bytes, decode and validate them, and start the `Story`.

Needs: a path. Adds: `Story.text`, `sha256`, `encoding`, `slug`, `path`, `meta` (from the sidecar).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.errors import InputError
from generator.model import Meta, Story

MAX_BYTES = 10 * 1024 * 1024  # documented limit; the benchmarks use texts up to 5 MB


def ingest(path: Path, meta: Meta, display: str | None = None) -> Story:
    """Read `path` and return a `Story` holding its decoded, validated text."""
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file: {exc.strerror}") from None
    text, encoding = _decode(name, raw)
    return Story(
        slug=path.stem,
        path=name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        meta=meta,
    )


def _decode(name: str, raw: bytes) -> tuple[str, str]:
    if len(raw) > MAX_BYTES:
        raise InputError(f"{name}: the text is {len(raw):,} bytes; the limit is {MAX_BYTES:,} (10 MB)")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary data (NUL bytes); expected a plain-text file")
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            raise InputError(f"{name}: neither UTF-8 nor Windows-1252; save it as UTF-8 text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the text is empty")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text)
    if printable < 0.9 * len(text):
        raise InputError(f"{name}: mostly non-text characters; expected a plain-text file")
    return text, encoding
