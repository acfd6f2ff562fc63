"""Archive support: one seed keeps its pages at the root; several get a landing page, sections and a nav."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import nav, pipeline
from generator.render import PAGES, archive

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SIDECARS = {
    "brief": 'event: {name: "Farm software hearing", date: 2025-03-12}\npublisher: "Example Gazette"\n',
    "wire-article": 'event: {name: "Wire hearing", date: 2024-02-01}\n',
}


def _project(root: Path, names: list[str]) -> Path:
    (root / "seeds").mkdir(parents=True)
    for name in names:
        shutil.copy(FIXTURES / f"{name}.txt", root / "seeds" / f"{name}.txt")
        (root / "seeds" / f"{name}.yml").write_text(SIDECARS[name], encoding="utf-8")
    return root


def _nav(files: dict[str, str]) -> list:
    return yaml.safe_load(files[nav.FILE])["nav"]


def test_one_seed_keeps_its_pages_at_the_root_in_reading_order(tmp_path):
    files = pipeline.pages(_project(tmp_path, ["brief"]))
    assert {f"{name}.md" for name in PAGES} <= set(files)
    assert not any(path.startswith("brief/") for path in files)
    assert [next(iter(item.values())) for item in _nav(files)] == [f"{name}.md" for name in PAGES]
    assert _nav(files)[-1] == {"About": "about.md"}


@pytest.fixture(scope="module")
def several(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    root = _project(tmp_path_factory.mktemp("archive"), ["brief", "wire-article"])
    return root, pipeline.pages(root)


def test_several_seeds_get_a_landing_page_listing_each_explainer(several):
    _, files = several
    landing = files["index.md"]
    assert landing.startswith("---\ntitle: Hearing explainers\n")
    assert "(brief/index.md)" in landing and "(wire-article/index.md)" in landing
    assert "Farm software hearing" in landing and '<time datetime="2025-03-12">12 March 2025</time>' in landing
    assert "Example Gazette" in landing and "publisher not named" in landing  # the second sidecar names none
    assert landing.index("brief/index.md") < landing.index("wire-article/index.md")  # seed order


def test_several_seeds_get_one_section_each(several):
    _, files = several
    for slug in ("brief", "wire-article"):
        assert {f"{slug}/{name}.md" for name in PAGES} | {f"{slug}/data/{slug}.json"} <= set(files)
    assert "Example Gazette" in files["brief/index.md"] and "Example Gazette" not in files["wire-article/index.md"]


def test_nav_has_the_landing_page_then_a_section_per_seed(several):
    _, files = several
    items = _nav(files)
    assert items[0] == {nav.LANDING_TITLE: "index.md"}
    sections = [next(iter(item.values())) for item in items[1:]]
    assert [[next(iter(p.values())) for p in section] for section in sections] == [
        [f"{slug}/{name}.md" for name in PAGES] for slug in ("brief", "wire-article")]
    assert all(path in files for section in sections for page in section for path in page.values())


def test_nav_titles_from_seed_text_are_html_escaped():
    entries = [{"slug": "a", "title": "<script>x</script> & co"}, {"slug": "b", "title": "B"}]
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in yaml.safe_load(nav.nav(entries))["nav"][1]


def test_landing_page_escapes_seed_text_and_handles_no_seeds():
    entry = {"slug": "a", "title": "# <b>Not a heading</b>", "event": None, "date": None, "publisher": None}
    page = archive([entry])
    assert "<b>" not in page and "(a/index.md)" in page
    assert "No explainers yet" in archive([])


def test_several_seed_site_builds_strict(several, tmp_path):
    root, _ = several
    project = tmp_path / "project"
    shutil.copytree(root / "seeds", project / "seeds")
    for name in ("generator", "site_overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for cmd in (["-m", "generator", "build", "--root", "."], ["-m", "mkdocs", "build", "--strict"]):
        proc = subprocess.run([sys.executable, *cmd], cwd=project, env=env, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stdout + proc.stderr
    landing = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="brief/"' in landing and 'href="wire-article/"' in landing
    assert (project / "site" / "wire-article" / "timeline" / "index.html").exists()
    # A page's sidebar: the landing page and its own explainer's pages, not every explainer of the archive.
    timeline = (project / "site" / "brief" / "timeline" / "index.html").read_text(encoding="utf-8")
    sidebar = timeline[timeline.index('<nav class="md-nav md-nav--primary"'):timeline.index('<div class="md-content"')]
    assert 'href="../.."' in sidebar and 'href="../people/"' in sidebar and 'href="../source/"' in sidebar
    assert "wire-article" not in sidebar


def test_archive_nav_asks_the_theme_for_one_section_per_page_and_a_single_seed_does_not():
    entries = [{"slug": s, "title": s.title()} for s in ("a", "b")]
    assert yaml.safe_load(nav.nav(entries))["extra"] == {"archive": True}
    assert "extra" not in yaml.safe_load(nav.nav(entries[:1]))
