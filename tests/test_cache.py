"""Incremental regeneration: unchanged seeds come from .cache/, any change to their inputs or the code misses."""

from __future__ import annotations

import gc
import os
import shutil
import time
from pathlib import Path

import pytest

from generator import cache, pipeline
from generator.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    for name in ("brief", "wire-article"):
        shutil.copy(FIXTURES / f"{name}.txt", tmp_path / "seeds" / f"{name}.txt")
        shutil.copy(FIXTURES / f"{name}.yml", tmp_path / "seeds" / f"{name}.yml")
    return tmp_path


@pytest.fixture
def runs(monkeypatch) -> list[str]:
    """The seeds that went through stages 1–5 (a cache hit skips them)."""
    calls: list[str] = []
    real = pipeline.story

    def counting(text_path, *args, **kwargs):
        calls.append(text_path.stem)
        return real(text_path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "story", counting)
    return calls


def test_second_build_comes_from_the_cache_with_the_same_pages(project, runs):
    first = pipeline.pages(project)
    assert sorted(runs) == ["brief", "wire-article"]
    runs.clear()
    assert pipeline.pages(project) == first
    assert runs == []


def test_editing_one_sidecar_regenerates_only_that_seed(project, runs):
    pipeline.pages(project)
    runs.clear()
    sidecar = project / "seeds" / "brief.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + 'publisher: "Example Gazette"\n', encoding="utf-8")
    files = pipeline.pages(project)
    assert runs == ["brief"]
    assert "Example Gazette" in files["brief/index.md"] and "Example Gazette" in files["index.md"]


def test_editing_a_seed_text_or_adding_a_sidecar_misses(project, runs):
    pipeline.pages(project)
    runs.clear()
    text = project / "seeds" / "wire-article.txt"
    text.write_bytes(text.read_bytes() + b"\nOne more closing sentence.\n")
    (project / "seeds" / "brief.yml").unlink()
    pipeline.pages(project)
    (project / "seeds" / "brief.yml").write_text("publisher: Example Gazette\n", encoding="utf-8")
    pipeline.pages(project)
    assert runs == ["brief", "wire-article", "brief"]


def test_a_corrupt_or_deleted_cache_only_costs_time(project, runs):
    first = pipeline.pages(project)
    for entry in (project / cache.DIRECTORY).glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert pipeline.pages(project) == first
    shutil.rmtree(project / ".cache")
    assert pipeline.pages(project) == first
    assert len(runs) == 6


def test_entries_no_seed_uses_are_pruned(project):
    pipeline.pages(project)
    (project / "seeds" / "brief.txt").unlink()
    pipeline.pages(project)
    assert len(list((project / cache.DIRECTORY).glob("*.json"))) == 1


def test_prune_drops_temporary_files_a_killed_build_left_but_not_recent_ones(project):
    pipeline.pages(project)
    directory = project / cache.DIRECTORY
    old, recent = directory / ".abc.json.x1.tmp", directory / ".abc.json.x2.tmp"
    old.write_text("half an entry")
    recent.write_text("another build's entry, being written")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    pipeline.pages(project)
    assert not old.exists() and recent.exists()


def test_code_hash_follows_source_and_templates_but_not_bytecode(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "stage.py").write_text("X = 1\n")
    (tmp_path / "templates" / "page.md.j2").write_text("{{ x }}\n")
    before = cache.code_hash(tmp_path)
    (tmp_path / "__pycache__" / "stage.cpython-311.pyc").write_bytes(b"\0")
    assert cache.code_hash(tmp_path) == before
    (tmp_path / "templates" / "page.md.j2").write_text("{{ x }}!\n")
    assert cache.code_hash(tmp_path) != before


def test_key_changes_with_code_sidecar_presence_and_cited_path(tmp_path):
    text, sidecar = tmp_path / "a.txt", tmp_path / "a.yml"
    text.write_text("Some text.\n")
    base = cache.key(text, sidecar, "seeds/a.txt", "code1")
    assert cache.key(text, sidecar, "seeds/a.txt", "code2") != base
    assert cache.key(text, sidecar, "seeds/b.txt", "code1") != base
    sidecar.write_text("")
    assert cache.key(text, sidecar, "seeds/a.txt", "code1") != base  # an empty sidecar is not a missing one


def test_an_unwritable_cache_does_not_fail_the_build(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache.store(blocker / "cache", "k", cache.Rendered({"index.md": "x"}, {}))
    assert cache.load(blocker / "cache", "k", lambda: "miss") == "miss"


def test_a_no_op_build_does_not_load_cached_pages(project, monkeypatch):
    pipeline.build(project)
    monkeypatch.setattr("generator.write._RACY", 0)
    pipeline.build(project)  # records the stats of what the first build wrote
    loaded = []
    real = cache.Rendered.pages.fget
    monkeypatch.setattr(cache.Rendered, "pages", property(lambda r: loaded.append(r.entry["slug"]) or real(r)))
    assert pipeline.build(project) == []
    assert loaded == []
    (next((project / "content").glob("*/people.md"))).unlink()  # a deleted page: only its seed is loaded
    assert len(pipeline.build(project)) == 1
    assert len(loaded) == 1


def test_a_build_pauses_the_cycle_collector_and_turns_it_back_on(project, runs, monkeypatch):
    """The MkDocs hook builds in MkDocs' long-lived process: the collector must be on again after a build, and
    after a build that fails."""
    real, seen = pipeline.story, []

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "story", watching)
    pipeline.build(project)
    assert seen == [False, False] and gc.isenabled()
    (project / "seeds" / "brief.txt").write_bytes(b"")
    with pytest.raises(InputError):
        pipeline.build(project)
    assert gc.isenabled()
