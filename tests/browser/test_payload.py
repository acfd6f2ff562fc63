"""The payload seed (tests/fixtures/hostile/) built into a site and opened in Chromium: no script runs."""

import sys
from pathlib import Path

import pytest
from siteharness import DESKTOP, Watch, serve

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_hostile import build_payload_site  # noqa: E402


@pytest.fixture(scope="module")
def payload_server(tmp_path_factory):
    site = build_payload_site(tmp_path_factory.mktemp("payload"))
    httpd = serve(site, "/")
    host, port = httpd.server_address[:2]
    yield f"http://{host}:{port}", site
    httpd.shutdown()
    httpd.server_close()


def test_payload_pages_run_no_script_and_show_the_text(browser, payload_server):
    origin, site = payload_server
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) >= 2
    shown = []
    for rel in pages:
        context = browser.new_context(viewport=DESKTOP)
        watch, dialogs, messages = Watch(origin), [], []
        watch.attach(context)
        # Bind this page's lists explicitly (keyword-only, so Playwright still passes just the event).
        context.on("console", lambda m, *, messages=messages: messages.append(m.text))
        try:
            page = context.new_page()
            page.on("dialog", lambda d, *, dialogs=dialogs: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"{origin}/{rel[: -len('index.html')]}", wait_until="networkidle")
            page.mouse.move(200, 300)  # would fire onmouseover payloads
            shown.append(page.locator("body").inner_text())
        finally:
            context.close()
        assert not dialogs, f"{rel}: a dialog opened: {dialogs}"
        assert not [m for m in messages if "PAYLOAD" in m], f"{rel}: payload script ran: {messages}"
        assert not watch.foreign, f"{rel}: requests to other hosts: {watch.foreign}"
    text = " ".join(" ".join(shown).split())
    assert "<script>console.log('PAYLOAD-headline')</script>" in text
    assert '--8<-- "/etc/passwd"' in text
