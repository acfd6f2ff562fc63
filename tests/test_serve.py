"""`mkdocs serve --livereload`: a sidecar edit regenerates the pages once and the server settles (no reload loop).

Runs a real server on a free loopback port for a bounded time in a temporary copy of the project.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from test_site_build import ENV, _project

BUILD_DONE = "Documentation built in"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(log: Path, needle: str, count: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.read_text(encoding="utf-8", errors="replace").count(needle) >= count:
            return True
        time.sleep(0.2)
    return False


def _settle(log: Path, quiet: float = 3.0, timeout: float = 60) -> int:
    """Wait until no build has finished for `quiet` seconds (the first build's own writes cause one more)."""
    deadline = time.monotonic() + timeout
    count, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now = log.read_text(encoding="utf-8", errors="replace").count(BUILD_DONE)
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return count
        time.sleep(0.2)
    raise AssertionError(f"the server kept rebuilding:\n{log.read_text()}")


def test_sidecar_edit_regenerates_once_and_settles(tmp_path):
    root = _project(tmp_path)
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=root, env={**ENV, "PYTHONUNBUFFERED": "1"}, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        assert _wait_for(log, "Serving on", 1, 120), log.read_text()
        builds_before = _settle(log)
        sidecar = next(p for p in (root / "seeds").glob("*.yml") if not p.name.endswith(".gold.yml"))
        text = sidecar.read_text(encoding="utf-8")
        sidecar.write_text(text.replace("name: ", "name: Edited ", 1), encoding="utf-8")
        assert _wait_for(log, BUILD_DONE, builds_before + 1, 60), log.read_text()
        time.sleep(6)  # long enough for a loop to show itself (MkDocs debounces changes by about 1 s)
        rebuilds = log.read_text().count(BUILD_DONE) - builds_before
        # One rebuild regenerates content/; the watcher may see those writes once more, which write nothing.
        assert 1 <= rebuilds <= 2, log.read_text()
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode("utf-8")
        assert "Edited " in page, log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert os.path.exists(root / "content" / "index.md")
