"""The theme's escaping holes (issue 6): page titles, descriptions and JSON-LD carrying markup stay data.

Material prints `page.title | striptags` with autoescape off (striptags turns `&lt;` back into `<`) and puts
front-matter values raw into attributes. This builds a small site with the project's own config and theme but
hostile pages, and checks in the browser that no payload runs and the literal text is what readers see.
"""

from __future__ import annotations

import json

import pytest
import yaml
from siteharness import ROOT, build_site, mkdocs_config, serve

TITLE = '</title><script>window.__pwned = "title"</script><img src=x onerror="window.__pwned = \'img\'"> & co'
DESCRIPTION = '"><script>window.__pwned = "description"</script><b>bold</b>'
JSONLD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": '</script><script>window.__pwned = "jsonld"</script><!--',
}
# What the generator writes for a heading from the seed: markup already entity-escaped.
H1_TITLE = "&lt;/title&gt;&lt;script&gt;window.__pwned = 'h1'&lt;/script&gt;"
H1_TITLE_TEXT = "</title><script>window.__pwned = 'h1'</script>"


def _page(front: dict | None, body: str) -> str:
    head = f"---\n{yaml.safe_dump(front, sort_keys=True)}---\n\n" if front else ""
    return head + body


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    docs = base / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(
        _page({"title": TITLE, "description": DESCRIPTION, "jsonld": JSONLD}, "Plain text, [next](second.md).\n"),
        encoding="utf-8",
    )
    (docs / "second.md").write_text(_page({"description": "Second."}, f"# {H1_TITLE}\n\nBack [home](index.md).\n"))
    (docs / "third.md").write_text(_page({"title": TITLE, "description": "Third."}, "Third page.\n"))
    # Inherit the real config (theme, overrides, extensions) with our docs, an automatic nav and no hooks.
    config = base / "mkdocs.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "INHERIT": str(mkdocs_config()),
                "docs_dir": str(docs),
                "theme": {"custom_dir": str(ROOT / "site_overrides")},  # relative paths would follow this file
                "nav": None,
                "hooks": [],
                "watch": [],
            }
        ),
        encoding="utf-8",
    )
    dest = base / "site"
    build_site(config, dest)
    httpd = serve(dest, "/")
    host, port = httpd.server_address[:2]
    yield f"http://{host}:{port}/", dest
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("rel", ["", "second/", "third/"])
def test_hostile_titles_and_metadata_do_not_run(browser, hostile_site, rel):
    base, _ = hostile_site
    context = browser.new_context()
    dialogs, errors = [], []
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(base + rel, wait_until="networkidle")
        assert page.evaluate("window.__pwned") is None
        assert dialogs == [] and errors == []
        assert (
            page.locator("script:not([src]):not([type]):not([id])").evaluate_all(
                "els => els.filter(e => e.textContent.includes('__pwned')).length"
            )
            == 0
        )
        expected = H1_TITLE_TEXT if rel == "second/" else TITLE
        assert page.title().startswith(expected)
        # the header shows the same literal text
        assert expected in page.locator(".md-header__topic[data-md-component='header-topic']").inner_text()
        if rel == "":
            description = page.locator("meta[name='description']").get_attribute("content")
            assert description == DESCRIPTION
            assert page.locator("meta[property='og:description']").get_attribute("content") == DESCRIPTION
            jsonld = page.locator("script[type='application/ld+json']").text_content()
            assert json.loads(jsonld) == JSONLD
        # the automatic nav lists the pages by their (escaped) titles
        nav = page.locator("nav.md-nav--primary").inner_text()
        assert H1_TITLE_TEXT in nav and TITLE in nav
    finally:
        context.close()
