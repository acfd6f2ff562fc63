"""The built site in a real browser: clean console and network, accessible, linked, searchable, phone-sized."""

from __future__ import annotations

import gzip
import json
import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit
from urllib.request import urlopen

from siteharness import DESKTOP, MAIN_PAGES, PHONE, describe_violations, run_axe, save_screenshot


def _failures(crawl, attr):
    return {rel: getattr(r, attr) for rel, r in crawl.items() if getattr(r, attr)}


def test_build_has_404_page_and_sitemap(site):
    assert (site.root / "404.html").is_file()
    sitemap = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    assert gzip.decompress((site.root / "sitemap.xml.gz").read_bytes()).decode() == sitemap
    listed = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    pages = [rel for rel in site.pages() if rel != "404.html"]
    assert len(listed) == len(pages)
    assert all(any(loc.endswith("/" + rel) for loc in listed) for rel in pages)


def test_unknown_url_gets_the_404_page(new_page, site):
    page, watch = new_page()
    response = page.goto(site.url("no-such-page/"), wait_until="networkidle")
    assert response.status == 404
    assert "404" in page.locator("article h1").inner_text()
    # the only errors are the expected 404 of the page itself
    assert watch.failed == [site.url("no-such-page/") + " (HTTP 404)"] and not watch.foreign
    assert all("404" in msg for msg in watch.console_errors)
    # its stylesheets and scripts load from the right place (404.html uses site_url's path, not relative links)
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"


def test_every_page_loads_without_console_errors(crawl):
    assert len(crawl) >= 2
    assert _failures(crawl, "console_errors") == {}


def test_every_request_succeeds(crawl):
    assert _failures(crawl, "failed") == {}


def test_no_request_leaves_the_local_server(crawl):
    assert _failures(crawl, "foreign") == {}


def test_the_request_watch_catches_third_party_requests(new_page, site):
    # Guards the test above: a request to another host is seen (and blocked), not silently missed.
    page, watch = new_page()
    page.goto(site.url(""), wait_until="load")
    page.evaluate("fetch('https://example.com/x.js').catch(() => null)")
    page.wait_for_timeout(200)
    assert watch.foreign == ["https://example.com/x.js"]


def test_axe_finds_no_violations_on_any_page(crawl):
    missing = [rel for rel, r in crawl.items() if r.axe is None]
    assert not missing, "node_modules/axe-core is missing: run `npm ci` (`make test` does)"
    bad = {rel: describe_violations(r.axe) for rel, r in crawl.items() if r.axe}
    assert bad == {}, "\n".join(f"{rel}:\n{text}" for rel, text in bad.items())


def test_internal_links_and_anchors_resolve(crawl, site):
    by_url = {r.url: r for r in crawl.values()}
    status: dict[str, int] = {}
    broken = []
    for rel, report in crawl.items():
        for href in report.links:
            scheme = urlsplit(href).scheme
            if scheme == "javascript":
                broken.append(f"{rel}: javascript: link {href}")
                continue
            assert scheme in ("http", "https", "mailto"), f"{rel}: unexpected link scheme {href}"
            if not href.startswith(site.base):
                continue
            target, fragment = urldefrag(href)
            if target not in status:
                status[target] = _status(target)
            if status[target] != 200:
                broken.append(f"{rel}: {href} -> HTTP {status[target]}")
            elif fragment and target in by_url and fragment not in by_url[target].ids:
                broken.append(f"{rel}: {href} -> no element with id {fragment!r}")
    assert len(status) >= 2
    assert broken == []


def _status(url: str) -> int:
    try:
        with urlopen(url) as response:
            return response.status
    except OSError as err:  # HTTPError carries the status
        return getattr(err, "code", 0)


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.title = ""
        self.jsonld: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and ("name" in a or "property" in a):
            self.meta.setdefault(a.get("name") or a.get("property"), []).append(a.get("content", ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical.append(a["href"])
        elif tag == "title" or (tag == "script" and a.get("type") == "application/ld+json"):
            self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "script":
            self.jsonld.append(data)


def test_every_page_has_share_and_search_metadata(site):
    for rel in site.pages():
        if rel == "404.html":
            continue
        head = _Head()
        head.feed((site.root / (rel + "index.html" if rel.endswith("/") or not rel else rel)).read_text("utf-8"))
        assert head.title.strip(), rel
        assert len(head.canonical) == 1 and head.canonical[0].startswith("http"), rel
        for key in ("description", "og:title", "og:description", "og:url", "og:type", "twitter:card"):
            assert len(head.meta.get(key, [])) == 1 and head.meta[key][0].strip(), f"{rel}: {key}"
        assert head.meta["og:url"] == head.canonical, rel
        for block in head.jsonld:
            data = json.loads(block)
            assert data["@context"] == "https://schema.org", rel
            assert data.get("@type") or data.get("@graph"), rel


def test_search_finds_cambridge_analytica(new_page, site):
    page, watch = new_page()
    page.goto(site.url(""), wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Cambridge Analytica")
    first = page.locator(".md-search-result__item").first
    first.wait_for(state="visible")
    assert "cambridge analytica" in first.inner_text().lower()
    assert not watch.console_errors and not watch.failed


def test_glossary_tooltip_appears_on_keyboard_focus(new_page, site):
    page, _ = new_page()
    page.goto(site.url(""), wait_until="networkidle")
    link = page.locator("article.md-content__inner a[href*='glossary/#']").first
    assert link.count() == 1, "no glossary link in the overview text"
    link.focus()
    tooltip = page.locator("[role='tooltip']").filter(has_text=re.compile(r"\w")).first
    tooltip.wait_for(state="visible", timeout=3000)
    assert len(tooltip.inner_text().strip()) > 10


def test_palette_toggle_switches_dark_mode_and_stays_accessible(new_page, site):
    page, watch = new_page(color_scheme="light")
    page.goto(site.url(""), wait_until="networkidle")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(scheme) == "default"
    light_bg = page.evaluate(background)
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function(f"{scheme} === 'slate'")
    page.wait_for_timeout(300)  # the colour transition
    assert page.evaluate(background) != light_bg
    save_screenshot(page, "overview-desktop-dark.png")
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
    assert not watch.console_errors


def test_phone_width_has_no_horizontal_scrolling(new_page, site):
    page, _ = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    wide = {}
    for rel in site.pages():
        page.goto(site.url(rel), wait_until="networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide[rel] = overflow
        if rel in MAIN_PAGES:
            save_screenshot(page, f"{rel.strip('/') or 'overview'}-phone.png")
    assert wide == {}


def test_desktop_screenshots_of_main_pages(new_page, site):
    page, watch = new_page(viewport=DESKTOP)
    shot = []
    for rel in MAIN_PAGES:
        if rel in site.pages():
            page.goto(site.url(rel), wait_until="networkidle")
            shot.append(save_screenshot(page, f"{rel.strip('/') or 'overview'}-desktop.png"))
    assert shot and all(p.stat().st_size > 10_000 for p in shot)
    assert not watch.console_errors
