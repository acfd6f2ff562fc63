"""Helpers for the browser tests: build, serve, watch the network, run axe, save screenshots.

The site is built with `mkdocs build --strict` into a temporary directory and served by a threaded
http.server under the path of `site_url` (as GitHub Pages does for a project site), with `404.html` for
unknown paths. Every page is crawled once (`crawl`); the tests then assert on what the crawl recorded.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}
# Pages screenshotted at both sizes (those that exist in the build).
MAIN_PAGES = ["", "timeline/", "exchanges/", "glossary/", "people/", "opening-statement/"]


def mkdocs_config() -> Path:
    # MKDOCS_CONFIG lets the suite run against another config (e.g. a scratch site) during development.
    return Path(os.environ.get("MKDOCS_CONFIG", ROOT / "mkdocs.yml"))


def build_site(config: Path, dest: Path) -> None:
    """Run `mkdocs build --strict`; fail the test run with mkdocs' own output if it fails."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(dest)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}", pytrace=False)


def site_prefix(config: Path) -> str:
    """The URL path the site lives under, from site_url (`/` when unset)."""
    from mkdocs.config import load_config

    cfg = load_config(str(config))
    path = urlsplit(cfg.site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serve `directory` under `prefix`; unknown paths get 404.html with status 404, like GitHub Pages."""

    prefix = "/"

    def translate_path(self, path):
        local = path.split("?", 1)[0].split("#", 1)[0]
        if not local.startswith(self.prefix):
            return os.path.join(self.directory, "\0missing")
        return super().translate_path("/" + local[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@dataclass
class Server:
    origin: str  # http://127.0.0.1:PORT
    prefix: str  # /repo/
    root: Path  # the built site

    @property
    def base(self) -> str:
        return self.origin + self.prefix

    def url(self, rel: str) -> str:
        return self.base + rel

    def pages(self) -> list[str]:
        """Relative URLs of every HTML page in the build (directory URLs), 404.html last."""
        rels = []
        for html in sorted(self.root.rglob("*.html")):
            rel = html.relative_to(self.root).as_posix()
            if rel == "404.html":
                continue
            rels.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        return rels + ["404.html"]


def serve(directory: Path, prefix: str):
    handler = functools.partial(type("H", (_Handler,), {"prefix": prefix}), directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd


def run_axe(page, **options) -> list[dict]:
    """Inject node_modules/axe-core and return its violations (WCAG 2.x A/AA plus best practices)."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci` (`make test` does) to install axe-core", pytrace=False)
    page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    return page.evaluate("async (opts) => (await axe.run(document, opts)).violations", options)


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(n["target"]) for n in v["nodes"][:3])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} nodes: {targets}]")
    return "\n".join(lines)


@dataclass
class PageReport:
    url: str
    console_errors: list[str]
    failed: list[str]
    foreign: list[str]
    links: list[str]
    ids: set[str]
    axe: list[dict] | None  # None when axe-core could not be loaded


def save_screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


@dataclass
class Watch:
    """What one browser context did: console errors, failed requests, requests to other hosts."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def attach(self, context) -> None:
        context.route("**/*", self._route)
        context.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        context.on("weberror", lambda e: self.console_errors.append(f"uncaught: {e.error}"))
        context.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        context.on("response", self._response)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.origin + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def _response(self, response):
        # The 404 page itself is expected to answer 404.
        if response.status >= 400 and not response.url.endswith("/404.html"):
            self.failed.append(f"{response.url} (HTTP {response.status})")
