"""Browser-test fixtures: build the site once, serve it locally, drive Debian's Chromium with Playwright.

The site is built with `mkdocs build --strict` into a temporary directory and served by a threaded
http.server under the path of `site_url` (as GitHub Pages does for a project site), with `404.html` for
unknown paths. Every page is crawled once (`crawl`); the tests then assert on what the crawl recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from siteharness import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    PageReport,
    Server,
    Watch,
    build_site,
    mkdocs_config,
    run_axe,
    serve,
    site_prefix,
)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Server:
    config = mkdocs_config()
    if not config.exists():
        pytest.fail(f"{config} does not exist: the browser tests need the project's MkDocs config", pytrace=False)
    dest = tmp_path_factory.mktemp("site")
    build_site(config, dest)
    prefix = site_prefix(config)
    httpd = serve(dest, prefix)
    host, port = httpd.server_address[:2]
    yield Server(f"http://{host}:{port}", prefix, dest)
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (apt-get install chromium)", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def new_page(browser, site):
    """Factory: a fresh page (own context) with a Watch attached; closes them at teardown."""
    contexts = []

    def make(viewport=DESKTOP, **kwargs):
        context = browser.new_context(viewport=viewport, **kwargs)
        watch = Watch(site.origin)
        watch.attach(context)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page, watch

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def crawl(browser, site) -> dict[str, PageReport]:
    """Load every page once at desktop size, run axe, record links, ids, console and network events."""
    reports = {}
    for rel in site.pages():
        context = browser.new_context(viewport=DESKTOP)
        watch = Watch(site.origin)
        watch.attach(context)
        try:
            page = context.new_page()
            page.goto(site.url(rel), wait_until="networkidle")
            links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
            ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
            axe = run_axe(page) if AXE_JS.exists() else None
        finally:
            context.close()
        reports[rel] = PageReport(site.url(rel), watch.console_errors, watch.failed, watch.foreign, links, ids, axe)
    return reports
