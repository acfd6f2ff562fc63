"""Write generated files into content/: only what changed, atomically, never a hand-written page.

content/ holds hand-written pages beside the generated ones, so the directory is never swapped as a whole
(that would race with an editor saving a hand-written page, and `mkdocs serve` would see every file change).
Instead everything is rendered in memory first; then each changed file is staged as a temporary file next to
its target and fsynced, and only when all are staged are they renamed into place (each rename is atomic) with
Ctrl-C deferred, stale outputs removed, and the manifest written last. A failure or interrupt before the
renames leaves content/ as it was; a crash during them leaves files that the next build simply completes.

A manifest (content/.generated.json, ignored by MkDocs as a dotfile) records every generated path and the
SHA-256 of the bytes written, so stale outputs can be removed and hand edits detected. A lock (outside
content/, so `mkdocs serve` does not see it change) makes a second concurrent build wait, then fail clearly.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import signal
import tempfile
import threading
import time
from pathlib import Path, PurePosixPath

from generator.errors import EditedPageError, GeneratorError

MANIFEST = ".generated.json"
LOCK_WAIT = 60.0  # seconds a build waits for another one to finish; a full build takes a few seconds


def write(content: Path, files: dict[str, str], *, dry_run: bool = False, force: bool = False) -> list[str]:
    """Bring `content` in line with `files`; return the relative paths changed (or that would change)."""
    data = {path: text.encode("utf-8") for path, text in files.items() if _safe(path)}
    with _lock(content):
        old = _manifest(content)
        changed = [p for p in sorted(data) if _read(content / p) != data[p]]
        stale = [p for p in sorted(set(old) - set(data)) if (content / p).is_file()]
        if dry_run:
            return changed + stale
        if not force:
            _refuse_to_lose(content, old, changed + stale)
        manifest = {p: _hash(b) for p, b in sorted(data.items())}
        _commit(content, {p: data[p] for p in changed}, stale, manifest if manifest != old else None)
    return changed + stale


def _safe(path: str) -> bool:
    """Render only ever returns relative paths below content/; anything else is a bug, not user input."""
    parts = PurePosixPath(path).parts
    if not parts or path.startswith("/") or "\\" in path or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"refusing to write outside content/: {path!r}")
    if parts[0] == MANIFEST:
        raise ValueError(f"{path!r} would overwrite the manifest")
    return True


def _refuse_to_lose(content: Path, old: dict[str, str], paths: list[str]) -> None:
    """Overwriting or deleting a file whose bytes the generator did not write would lose someone's work."""
    for path in paths:
        current = _read(content / path)
        if current is None:
            continue
        if path not in old:
            if _marked(current):
                continue  # a generated page whose record was lost: nothing says it was edited
            raise EditedPageError(
                f"{content / path}: exists but was not written by the generator (not in {MANIFEST}); rename "
                f"this hand-written page, or replace it with `python -m generator build --force`"
            )
        if _hash(current) != old[path]:
            raise EditedPageError(
                f"{content / path}: edited by hand since it was generated; to keep the change, move it into "
                f"the seed's sidecar (seeds/<slug>.yml) or the seed; to discard it, run "
                f"`python -m generator build --force`"
            )


def _marked(data: bytes) -> bool:
    """A page whose front matter says `generated_from:` is generated even when the manifest was lost."""
    head, sep, _ = data.removeprefix(b"---\n").partition(b"\n---\n")
    return data.startswith(b"---\n") and bool(sep) and re.search(rb"^generated_from:", head, re.M) is not None


def _commit(content: Path, changed: dict[str, bytes], stale: list[str], manifest: dict | None) -> None:
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in changed.items():
            staged.append(_stage(content / path, data))
        if manifest is not None:
            text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
            staged.append(_stage(content / MANIFEST, text.encode("utf-8")))  # renamed last: the commit point
        with _deferred_interrupts():
            for tmp, target in staged:
                os.replace(tmp, target)
            for path in stale:
                (content / path).unlink(missing_ok=True)
                _prune(content, (content / path).parent)
    except OSError as exc:
        raise GeneratorError(f"{exc.filename or content}: cannot write: {exc.strerror}; nothing was replaced") from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)  # after a successful rename the temporary name no longer exists


def _stage(target: Path, data: bytes) -> tuple[Path, Path]:
    """Write `data` to a hidden temporary file beside `target` (same file system, so the rename is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(name, 0o644)  # mkstemp makes 0600 files; generated pages are ordinary files
    return Path(name), target


def _prune(content: Path, directory: Path) -> None:
    """Remove directories left empty by a stale output (never content/ itself)."""
    while directory != content and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        directory = directory.parent


@contextlib.contextmanager
def _deferred_interrupts():
    """Hold Ctrl-C/SIGTERM during the renames (microseconds), then deliver it: no half-swapped content/."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread (e.g. not in mkdocs serve's builder)
        return
    caught: list[int] = []
    previous = {sig: signal.signal(sig, lambda n, _f: caught.append(n)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])


@contextlib.contextmanager
def _lock(content: Path):
    """An exclusive lock per content/ directory; the kernel releases it if the process dies."""
    key = hashlib.sha256(str(content.resolve()).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"hearing-explainer-{key}.lock"
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise GeneratorError(
                        f"{content}: another build is still writing it after {LOCK_WAIT:.0f} s (lock file {path}); "
                        f"let it finish or stop it, then run build again"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _manifest(content: Path) -> dict[str, str]:
    try:
        data = json.loads((content / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
