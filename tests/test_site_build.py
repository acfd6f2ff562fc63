"""The real site: `mkdocs build --strict` in a temporary copy of the project, through the hook."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_render import rich_story

from generator import pipeline
from generator.render import PAGES, render

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1523318400"}


def _project(tmp: Path) -> Path:
    """A copy of what the build needs, with an empty content/: the hook must generate the pages."""
    root = tmp / "project"
    for name in ("generator", "seeds", "site_overrides"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "content").mkdir()  # MkDocs checks docs_dir exists before the hook runs
    # mkdocs.yml INHERITs the generated nav, which MkDocs reads before any hook can run
    shutil.copy(ROOT / "content" / ".nav.yml", root / "content" / ".nav.yml")
    return root


def _build(root: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([*MKDOCS, "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")], cwd=root,
                            env=ENV, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = _project(tmp_path_factory.mktemp("site"))
    _build(root)
    return root


def test_strict_build_generates_every_page(built):
    content = {p.relative_to(built / "content").as_posix() for p in (built / "content").rglob("*") if p.is_file()}
    slug = pipeline.seeds(ROOT)[0].stem
    assert {f"{n}.md" for n in PAGES} | {f"data/{slug}.json", f"data/{slug}.timeline.json"} <= content
    for name in PAGES:
        page = built / "site" / ("index.html" if name == "index" else f"{name}/index.html")
        assert page.exists(), name
    assert (built / "site" / "data" / f"{slug}.json").exists()


def test_source_page_ends_with_removed_chrome(built):
    html = (built / "site" / "source" / "index.html").read_text(encoding="utf-8")
    assert 'id="removed-as-publisher-chrome"' in html and 'id="p1"' in html


def test_no_third_party_request_in_pages(built):
    for page in (built / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        hosts = set(re.findall(r'(?:src|href)="https?://([^/"]+)', html))
        hosts -= {"127.0.0.1:8000"}
        # The only external link allowed is the original article, which the reader must click.
        assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="https?://(?!127\.0\.0\.1)', html), page
        assert "fonts.googleapis.com" not in html and "api.github.com" not in html, (page, hosts)


def test_second_build_writes_nothing(built):
    """What keeps `mkdocs serve --livereload` from rebuilding in a loop: the hook rewrites no unchanged file."""
    before = {p: p.stat().st_mtime_ns for p in (built / "content").rglob("*") if p.is_file()}
    _build(built)
    assert {p: p.stat().st_mtime_ns for p in (built / "content").rglob("*") if p.is_file()} == before
    assert pipeline.build(built) == []


def test_hand_made_story_site_builds_strict(tmp_path):
    """Every template filled (and hostile): links and anchors all resolve, no warning."""
    root = _project(tmp_path)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)  # no hook: the content below is the site
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for path, text in render(rich_story()).items():
        (root / "content" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / path).write_text(text, encoding="utf-8")
    _build(root)
    html = (root / "site" / "exchanges" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert" in html
