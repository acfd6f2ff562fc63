"""Write generated files into content/: only what changed, never a hand-written page.

A manifest (content/.generated.json, ignored by MkDocs as a dotfile) records every generated path and the
SHA-256 of what was written, so stale outputs can be removed and hand edits detected.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from generator.errors import EditedPageError

MANIFEST = ".generated.json"


def write(content: Path, files: dict[str, str], *, dry_run: bool = False, force: bool = False) -> list[str]:
    """Bring `content` in line with `files`; return the relative paths changed (or that would change)."""
    old = _manifest(content)
    changed = [path for path, text in sorted(files.items()) if _read(content / path) != text]
    stale = sorted(set(old) - set(files))
    edited = [p for p in changed + stale if p in old and _hash(_read(content / p)) not in (old[p], None)]
    if edited and not force and not dry_run:
        raise EditedPageError(
            f"{content / edited[0]}: edited by hand since it was generated; move the change into the seed's "
            f"sidecar (seeds/<slug>.yml) or discard it with `python -m generator build --force`"
        )
    if dry_run:
        return changed + stale
    for path in changed:
        target = content / path
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(files[path], encoding="utf-8")
        tmp.replace(target)
    for path in stale:
        (content / path).unlink(missing_ok=True)
    manifest = {path: _hash(text) for path, text in sorted(files.items())}
    if manifest != old:
        content.mkdir(parents=True, exist_ok=True)
        (content / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return changed + stale


def _manifest(content: Path) -> dict[str, str]:
    try:
        return json.loads((content / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _hash(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()
