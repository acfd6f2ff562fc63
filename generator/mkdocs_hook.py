"""MkDocs hook: regenerate content/ from seeds/ before every build (`hooks:` in mkdocs.yml).

A convenience only: `python -m generator build` does the same on its own, and content/ is committed, so any
builder can build the site. Only files whose bytes changed are written, so `mkdocs serve --livereload` does
not rebuild in a loop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# MkDocs loads this file by path; the project root must be importable for `generator` to be found.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.errors import GeneratorError  # noqa: E402

log = logging.getLogger("mkdocs.hooks.generator")


def on_pre_build(config) -> None:
    root = Path(config.config_file_path).resolve().parent
    try:
        changed = pipeline.build(root)
    except GeneratorError as exc:  # a clear one-line message instead of a traceback
        raise PluginError(str(exc)) from None
    log.info("generator: %d file(s) changed in %s", len(changed), root / "content")
