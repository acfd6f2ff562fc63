"""Performance budget: Lighthouse scores and the overview's first-load transfer size. A script, not a test.

    make lighthouse            # or: .venv/bin/python bench/lighthouse.py [--pages "" timeline/]

Builds the site into a temporary directory, serves it on 127.0.0.1 with gzip (as GitHub Pages does), runs npm's
Lighthouse (node_modules, pinned in package-lock.json) with Debian's Chromium on each page with the mobile
(default) and desktop presets, prints the four category scores, then sums the gzip-compressed size of what the
overview loads first: its HTML, CSS, JS (including the search worker), fonts and the search index.
Exit status 1 when a target is missed. Targets: bench/README.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {
    "mobile": {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100},
    "desktop": {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100},
}
BUDGET_BYTES = 100_000
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed for text types when the client accepts it (like GitHub Pages)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)

    def log_message(self, *args):
        pass


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(dest: Path, site_url: str) -> None:
    # site_url is the local server, so canonical URLs point at the pages Lighthouse audits.
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(dest)]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def lighthouse(url: str, preset: str) -> dict[str, int]:
    cmd = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    if preset == "desktop":
        cmd.append("--preset=desktop")
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}


def first_load(site: Path, page: str = "index.html") -> list[tuple[str, int, int]]:
    """(file, raw bytes, gzip bytes) for the page, its stylesheets and scripts, fonts and the search index."""
    html = (site / page).read_text(encoding="utf-8")
    refs = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(r'<script src="([^"]+)"', html)
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)[1])
    refs += [config["search"], "search/search_index.json"]
    files = [page] + [urlsplit(urljoin(page, ref)).path for ref in refs]
    for css in [f for f in files if f.endswith(".css")]:  # fonts a stylesheet pulls in
        text = (site / css).read_text(encoding="utf-8")
        files += [urlsplit(urljoin(css, u)).path for u in re.findall(r"url\(([^)]+\.woff2?)\)", text)]
    rows = []
    for name in dict.fromkeys(files):
        data = (site / name).read_bytes()
        rows.append((name, len(data), len(gzip.compress(data, compresslevel=6, mtime=0))))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="+", default=["", "timeline/"], help="page URLs relative to the site")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print("node_modules/.bin/lighthouse is missing: run `npm ci`", file=sys.stderr)
        return 2
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site, base)
        handler = functools.partial(GzipHandler, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            print(f"{'page':<14}{'preset':<9}" + "".join(f"{c:>16}" for c in CATEGORIES))
            for page in args.pages:
                for preset in ("mobile", "desktop"):
                    scores = lighthouse(base + page, preset)
                    print(f"{'/' + page:<14}{preset:<9}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES))
                    missed += [
                        f"/{page} {preset} {c} {scores[c]} < {t}" for c, t in TARGETS[preset].items() if scores[c] < t
                    ]
        finally:
            httpd.shutdown()
        rows = first_load(site)
    print("\nOverview first load, gzip as GitHub Pages serves it:")
    for name, raw, gz in rows:
        print(f"  {name:<58}{raw:>9} B raw {gz:>8} B gzip")
    total = sum(gz for _, _, gz in rows)
    print(f"  {'total':<58}{sum(r for _, r, _ in rows):>9} B raw {total:>8} B gzip (budget {BUDGET_BYTES} B)")
    if total > BUDGET_BYTES:
        missed.append(f"first load {total} B > {BUDGET_BYTES} B")
    for line in missed:
        print(f"MISSED: {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
