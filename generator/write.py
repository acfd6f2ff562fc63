"""Write generated files into content/: only what changed, atomically, never a hand-written page.

content/ holds hand-written pages beside the generated ones, so the directory is never swapped as a whole
(that would race with an editor saving a hand-written page, and `mkdocs serve` would see every file change).
Instead everything is rendered in memory first; then each changed file is staged as a temporary file next to
its target and flushed to disk (an fsync each, or one sync for many), and only when all are staged are they
renamed into place (each rename is atomic) with Ctrl-C deferred, stale outputs removed, and the manifest
written last (the commit point). A failure or interrupt before the renames leaves content/ as it was; a crash
during them leaves files that the next build simply completes.

A manifest (content/.generated.json, ignored by MkDocs as a dotfile) records every generated path and the
SHA-256 of the bytes written, so stale outputs can be removed and hand edits detected. A lock (outside
content/, so `mkdocs serve` does not see it change) makes a second concurrent build wait, then fail clearly.

Comparing every file's bytes was most of a no-op build of a large archive, so a stat record (`stats`, outside
content/: it holds machine-local times) remembers each file's size, mtime, ctime and inode beside the SHA-256
it had then. A file whose stat is unchanged is not read, and a caller that knows a file's SHA-256 (`digests`)
need not even produce its text. ctime cannot be set back by hand, so an edit that keeps the size and restores
the mtime is still seen. A stat is recorded only once its mtime is older than `_RACY`: an edit in the same
timestamp tick as our write would otherwise keep every field the same.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from generator.errors import EditedPageError, GeneratorError

MANIFEST = ".generated.json"
LOCK_WAIT = 60.0  # seconds a build waits for another one to finish; a full build takes a few seconds
_RACY = 2_000_000_000  # ns; coarser than any file system's timestamps (FAT's are 2 s)
# Staging more files than this syncs them with one sync() instead of an fsync each: a cold build of a 500-seed
# archive stages 5,500, and their fsyncs (one journal commit each) were most of its time outside the stages.
_FSYNC_EACH_MAX = 16
_BAD_PART = re.compile(r"(?:\A|/)\.{0,2}(?:/|\Z)")  # an empty, "." or ".." part (a leading / is an empty one)


def write(content: Path, files: Mapping[str, str], *, digests: Mapping[str, str] | None = None,
          stats: Path | None = None, dry_run: bool = False, force: bool = False) -> list[str]:
    """Bring `content` in line with `files`; return the relative paths changed (or that would change).

    `files[path]` is looked up only if the file on disk may differ from `digests[path]` (its SHA-256, when
    given); `stats` is where the stat record is kept (none: every file is read and compared)."""
    digests = digests or {}
    paths = sorted(files)
    for path in paths:
        _safe(path)
    want = {p: digests[p] if p in digests else _hash(files[p].encode("utf-8")) for p in paths}
    with _lock(content):
        old, record = _manifest(content), _load_stats(stats)
        seen: dict[str, list] = {}
        changed = _changed(content, want, record, seen)
        stale = [p for p in sorted(old.keys() - want.keys()) if (content / p).is_file()]
        if dry_run:
            return changed + stale
        if not force:
            _refuse_to_lose(content, old, changed + stale)
        _commit(content, {p: files[p].encode("utf-8") for p in changed}, stale, want if want != old else None)
        if stats is not None:
            _save_stats(stats, content, want, record, seen, changed)
    return changed + stale


def _changed(content: Path, want: dict[str, str], record: dict, seen: dict) -> list[str]:
    """The paths whose file does not hold the bytes whose SHA-256 is `want[path]`: known by its stat if that is
    as recorded, else by reading it (then `seen` gets its stat and SHA-256). One loop over strings, not a
    function and a Path per file: a no-op build of a large archive is mostly this."""
    base, changed = os.fspath(content) + "/", []
    for path, sha in want.items():
        try:
            st = os.stat(base + path)
        except OSError:
            changed.append(path)  # missing (or unreadable): written again
            continue
        now = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, sha]
        if record.get(path) != now and not _holds(base + path, now, seen, path):
            changed.append(path)
    return changed


def _holds(file: str, now: list, seen: dict, path: str) -> bool:
    """Whether the file holds the bytes whose SHA-256 ends `now` (its stat, then that SHA-256), by reading it."""
    try:
        with open(file, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    seen[path] = now[:4] + [_hash(data)]
    return seen[path][-1] == now[4]


def _stat(path: str | Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _load_stats(stats: Path | None) -> dict[str, list]:
    try:
        data = json.loads(stats.read_text(encoding="utf-8")) if stats else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_stats(stats: Path, content: Path, want: dict[str, str], record: dict, seen: dict, written: list[str]):
    """Record what this build read or wrote of the generated files; failing to only costs the next build time."""
    if not seen and not written and record.keys() == want.keys():
        return  # every file held by its recorded stat: the record is already what it would be
    new = {p: seen.get(p, record.get(p)) for p in want}
    for path in written:
        with contextlib.suppress(OSError):
            new[path] = _stat(content / path) + [want[path]]
    horizon = time.time_ns() - _RACY
    new = {p: v for p, v in new.items() if v is not None and v[1] < horizon}
    if new == record:
        return
    name = None
    try:
        import tempfile  # here, as in `_stage`: a build that writes nothing need not import it (see `_lock`)

        stats.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{stats.name}.", suffix=".tmp", dir=stats.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(new, separators=(",", ":")))  # not json.dump: that one encodes in Python
        os.replace(name, stats)
    except OSError:
        if name:
            Path(name).unlink(missing_ok=True)


def _safe(path: str) -> bool:
    """Render only ever returns relative paths below content/; anything else is a bug, not user input."""
    # One regex, not PurePosixPath(path).parts or a split: a build checks thousands of paths.
    if "\\" in path or _BAD_PART.search(path):
        raise ValueError(f"refusing to write outside content/: {path!r}")
    if path.partition("/")[0] == MANIFEST:
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
    one_sync = len(changed) > _FSYNC_EACH_MAX and sys.platform.startswith("linux")
    stage = functools.partial(_stage, sync=False, folders=set()) if one_sync else _stage
    try:
        for path, data in changed.items():
            staged.append(stage(content / path, data))
        if manifest is not None:
            text = _manifest_text(manifest)
            staged.append(stage(content / MANIFEST, text.encode("utf-8")))  # renamed last: the commit point
        if one_sync:
            os.sync()  # Linux's sync() returns once every staged file is on disk, as an fsync of each would
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


def _manifest_text(manifest: dict[str, str]) -> str:
    """`json.dumps(manifest, indent=1, sort_keys=True)` plus a newline, byte for byte, but from the C encoder
    (any indent selects the pure-Python one): the manifest is flat, one path and digest per line."""
    if not manifest:
        return "{}\n"
    return "{\n " + json.dumps(manifest, sort_keys=True, separators=(",\n ", ": "))[1:-1] + "\n}\n"


def _stage(target: Path, data: bytes, sync: bool = True, folders: set[Path] | None = None) -> tuple[Path, Path]:
    """Write `data` to a hidden temporary file beside `target` (same file system, so the rename is atomic);
    on disk before it returns unless the caller syncs them all at once (`sync=False`). `folders`: the
    directories already made by this commit, so a large one makes each once, not once per file."""
    import tempfile

    if folders is None or target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        if folders is not None:
            folders.add(target.parent)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(name, 0o644)  # mkstemp makes 0600 files; generated pages are ordinary files
    except BaseException:  # a full disk, an I/O error, Ctrl-C: the caller never learns the name, so clean up here
        os.unlink(name)
        raise
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
    path = Path(_temporary_directory()) / f"hearing-explainer-{key}.lock"
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


def _temporary_directory() -> str:
    """The directory `tempfile.gettempdir()` picks: the first writable one of $TMPDIR, $TEMP, $TMP, /tmp,
    /var/tmp, /usr/tmp and the working directory. Found here because importing tempfile (and with it shutil
    and random) was 5 % of a no-op build, which takes the lock but writes nothing."""
    for candidate in [os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")] + ["/tmp", "/var/tmp", "/usr/tmp"]:
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return os.path.abspath(candidate)
    import tempfile  # none of those: the working directory, or tempfile's own error

    return tempfile.gettempdir()


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
