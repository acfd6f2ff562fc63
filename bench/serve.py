"""Rebuild latency under `mkdocs serve --livereload`: from saving a one-line sidecar edit to the new page served.

    .venv/bin/python bench/serve.py [--runs 5] [--others 0 99]

A temporary project with the seed (plus `--others` other seeds, an archive) is served on 127.0.0.1 at a free
port. Each run rewrites the seed's `publisher:` line with a new marker and polls the seed's overview page,
which prints the publisher, until the marker is served. Every wait is bounded (timeouts below); the server is
stopped by its process id at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import _common as c

START_TIMEOUT = 900.0  # the first build of a large archive, cold
EDIT_TIMEOUT = 600.0
POLL = 0.02


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="edits per archive size (median)")
    parser.add_argument("--others", type=int, nargs="+", default=[0, 99], help="numbers of other seeds")
    parser.add_argument("--dirty", action="store_true",
                        help="serve with --dirty (MkDocs rebuilds only the pages whose Markdown changed)")
    args = parser.parse_args()
    print(f"{'seeds':>5} {'save -> served s':>17} {'min s':>6} {'max s':>6}")
    for others in args.others:
        with tempfile.TemporaryDirectory(prefix=f"bench-serve-{others}-") as tmp:
            times = _measure(Path(tmp), others, args.runs, args.dirty)
        print(f"{others + 1:>5} {statistics.median(times):>17.3f} {min(times):>6.3f} {max(times):>6.3f}", flush=True)
    return 0


def _measure(where: Path, others: int, runs: int, dirty: bool) -> list[float]:
    name = "edited-seed"
    seeds = [c.the_seed(name)] + [s for s in c.archive(others + 1)[1:]]
    root = c.project(where, seeds)
    c.timed(c.generate(root), root)  # content/ as committed: mkdocs.yml inherits the generated nav from it
    port = _free_port()
    page = f"http://127.0.0.1:{port}/" + ("" if others == 0 else f"{name}/")
    with _server(root, port, dirty):
        _wait_for(page, None, START_TIMEOUT)
        time.sleep(1.0)  # let the watcher settle after the first build wrote content/
        return [_edit_and_wait(root / "seeds" / f"{name}.yml", page, f"Bench publisher {i}") for i in range(runs)]


def _edit_and_wait(sidecar: Path, page: str, marker: str) -> float:
    lines = [line for line in sidecar.read_text(encoding="utf-8").splitlines() if not line.startswith("publisher:")]
    start = time.perf_counter()
    sidecar.write_text("\n".join(lines + [f"publisher: {marker}"]) + "\n", encoding="utf-8")
    _wait_for(page, marker, EDIT_TIMEOUT)
    elapsed = time.perf_counter() - start
    # The generator's writes to content/ during that build trigger one more full rebuild; let it finish so that
    # the next edit does not queue behind it.
    time.sleep(1.0 + 1.5 * elapsed)
    return elapsed


def _wait_for(url: str, marker: str | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=5) as response:
                if marker is None or marker in response.read().decode("utf-8", "replace"):
                    return
        time.sleep(POLL)
    raise SystemExit(f"timed out after {timeout:.0f} s waiting for {url}" + (f" to show {marker!r}" if marker else ""))


@contextlib.contextmanager
def _server(root: Path, port: int, dirty: bool):
    cmd = [c.PYTHON, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}", "-f", str(root / "mkdocs.yml")]
    cmd += ["--dirty"] if dirty else []
    env = {**c.ENV, "SITE_URL": f"http://127.0.0.1:{port}/"}
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        yield proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # our own session only
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
