import json
import os
import signal
import threading
import time

import pytest

from generator import write as writer
from generator.errors import EditedPageError, GeneratorError
from generator.write import MANIFEST, write

PAGES = {"index.md": "---\ngenerated_from: seeds/a.txt\n---\n# A\n", "data/a.json": "{}\n"}


def _tree(content):
    """{relative path: bytes} of every file, dotfiles included, temporary files too."""
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


@pytest.fixture
def content(tmp_path):
    content = tmp_path / "content"
    write(content, PAGES)
    (content / "notes.md").write_text("# Hand-written\n", encoding="utf-8")
    return content


def test_first_write_records_hashes_and_second_touches_nothing(content):
    manifest = json.loads((content / MANIFEST).read_text())
    assert sorted(manifest) == ["data/a.json", "index.md"]
    before = {p: os.stat(content / p).st_mtime_ns for p in [MANIFEST, *PAGES]}
    assert write(content, PAGES) == []
    assert {p: os.stat(content / p).st_mtime_ns for p in before} == before


def test_only_changed_files_are_rewritten_and_stale_ones_removed(content):
    new = {"index.md": PAGES["index.md"] + "more\n", "people.md": "# P\n"}
    assert write(content, new) == ["index.md", "people.md", "data/a.json"]
    assert _tree(content) == {
        MANIFEST: _tree(content)[MANIFEST],
        "index.md": new["index.md"].encode(),
        "people.md": b"# P\n",
        "notes.md": b"# Hand-written\n",
    }
    assert not (content / "data").exists()  # left empty by the stale export


def test_hand_edited_page_is_refused_then_forced(content):
    (content / "index.md").write_text("# A, edited\n", encoding="utf-8")
    with pytest.raises(EditedPageError) as info:
        write(content, {**PAGES, "index.md": "# A2\n"})
    message = str(info.value)
    assert str(content / "index.md") in message and "sidecar" in message and "--force" in message
    assert (content / "index.md").read_text() == "# A, edited\n"
    write(content, {**PAGES, "index.md": "# A2\n"}, force=True)
    assert (content / "index.md").read_text() == "# A2\n"


def test_hand_edited_stale_page_is_not_deleted(content):
    (content / "data/a.json").write_text('{"mine": 1}\n')
    with pytest.raises(EditedPageError, match="a.json: edited by hand"):
        write(content, {"index.md": PAGES["index.md"]})
    assert (content / "data/a.json").exists()


def test_hand_written_page_at_a_generated_path_is_refused(content):
    with pytest.raises(EditedPageError, match="notes.md: exists but was not written by the generator"):
        write(content, {**PAGES, "notes.md": "# Generated\n"})
    assert (content / "notes.md").read_text() == "# Hand-written\n"


def test_generated_page_is_recognised_by_its_marker_when_the_manifest_is_lost(content):
    (content / MANIFEST).unlink()
    assert write(content, {**PAGES, "index.md": "---\ngenerated_from: seeds/a.txt\n---\n# New\n"}) == ["index.md"]
    with pytest.raises(EditedPageError, match="notes.md"):  # no marker: still somebody's page
        write(content, {**PAGES, "notes.md": "x\n"})


def test_paths_outside_content_are_a_bug(content):
    for bad in ("../x.md", "/etc/x", "a/../../x", MANIFEST, "a\\b.md"):
        with pytest.raises(ValueError):
            write(content, {bad: "x"})


def test_failure_while_staging_leaves_content_intact(content, monkeypatch):
    before = _tree(content)
    real, calls = writer._stage, []

    def fail_second(target, data):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(target))
        return real(target, data)

    monkeypatch.setattr(writer, "_stage", fail_second)
    with pytest.raises(GeneratorError, match="No space left on device"):
        write(content, {"index.md": "# changed\n", "data/a.json": "[]\n"})
    assert _tree(content) == before  # no temporary file left behind either


def test_failure_inside_staging_leaves_no_temporary_file(content, monkeypatch):
    """A disk that fills while a page is written: the half-written temporary file goes too."""
    before = _tree(content)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full)
    with pytest.raises(GeneratorError, match="No space left on device"):
        write(content, {"index.md": "# changed\n", "data/a.json": "[]\n"})
    assert _tree(content) == before


def test_ctrl_c_while_staging_leaves_content_intact(content, monkeypatch):
    before = _tree(content)
    real = writer._stage

    def interrupted(target, data):
        if target.name == "index.md":
            raise KeyboardInterrupt
        return real(target, data)

    monkeypatch.setattr(writer, "_stage", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write(content, {"data/a.json": "[]\n", "index.md": "# changed\n"})
    assert _tree(content) == before


def test_ctrl_c_during_the_swap_is_delivered_after_it(content, monkeypatch):
    real, sent = os.replace, []

    def replace_and_interrupt(src, dst):
        if not sent:
            sent.append(dst)
            os.kill(os.getpid(), signal.SIGINT)  # arrives between two renames
        real(src, dst)

    monkeypatch.setattr(writer.os, "replace", replace_and_interrupt)
    new = {"data/a.json": "[]\n", "index.md": "# changed\n"}
    with pytest.raises(KeyboardInterrupt):
        write(content, new)
    monkeypatch.undo()
    assert write(content, new) == []  # every file and the manifest were swapped in


def test_a_crash_between_renames_is_completed_by_the_next_build(content, monkeypatch):
    real = os.replace

    def crash_after_first(src, dst):
        real(src, dst)
        monkeypatch.setattr(writer.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error", dst)))

    monkeypatch.setattr(writer.os, "replace", crash_after_first)
    new = {"data/a.json": "[]\n", "index.md": "# changed\n"}
    with pytest.raises(GeneratorError):
        write(content, new)
    monkeypatch.undo()
    assert write(content, new) == ["index.md"]  # no false "edited by hand" for the file already swapped
    assert write(content, new) == []


def test_second_build_waits_for_the_lock(content):
    done = []
    with writer._lock(content):
        thread = threading.Thread(target=lambda: done.append(write(content, {**PAGES, "index.md": "# B\n"})))
        thread.start()
        time.sleep(0.3)
        assert not done and (content / "index.md").read_text() != "# B\n"
    thread.join(5)
    assert done == [["index.md"]]


def test_second_build_fails_clearly_when_the_lock_is_not_released(content, monkeypatch):
    monkeypatch.setattr(writer, "LOCK_WAIT", 0.2)
    errors = []

    def second():
        try:
            write(content, {**PAGES, "index.md": "# B\n"})
        except GeneratorError as exc:
            errors.append(str(exc))

    with writer._lock(content):
        thread = threading.Thread(target=second)
        thread.start()
        thread.join(5)
    assert errors and "another build is still writing it" in errors[0]
    assert (content / "index.md").read_text() == PAGES["index.md"]


# --- the stat record: unchanged files are not read, changed ones always are ------------------------------


def _recorded(tmp_path, monkeypatch):
    """Content written with a stat record, every stat old enough to be trusted."""
    monkeypatch.setattr(writer, "_RACY", 0)
    content, stats = tmp_path / "content", tmp_path / "stats.json"
    write(content, PAGES, stats=stats)
    assert sorted(json.loads(stats.read_text())) == sorted(PAGES)
    return content, stats


def test_files_whose_stat_is_recorded_are_not_looked_up(tmp_path, monkeypatch):
    content, stats = _recorded(tmp_path, monkeypatch)

    class Unreadable(dict):
        def __getitem__(self, path):
            raise AssertionError(f"{path} looked up")

    digests = {p: writer._hash(t.encode()) for p, t in PAGES.items()}
    assert write(content, Unreadable.fromkeys(PAGES), digests=digests, stats=stats) == []


def test_a_hand_edit_of_the_same_size_and_mtime_is_still_refused(tmp_path, monkeypatch):
    content, stats = _recorded(tmp_path, monkeypatch)
    page = content / "index.md"
    before = page.stat()
    page.write_text(PAGES["index.md"].replace("# A", "# B"), encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # only the ctime tells
    assert page.stat().st_size == before.st_size
    with pytest.raises(EditedPageError, match="edited by hand"):
        write(content, PAGES, stats=stats)


def test_a_deleted_generated_file_is_restored(tmp_path, monkeypatch):
    content, stats = _recorded(tmp_path, monkeypatch)
    (content / "data" / "a.json").unlink()
    assert write(content, PAGES, stats=stats) == ["data/a.json"]
    assert (content / "data" / "a.json").read_text() == PAGES["data/a.json"]


def test_a_stat_as_recent_as_a_timestamp_tick_is_not_recorded(tmp_path):
    stats = tmp_path / "stats.json"
    write(tmp_path / "content", PAGES, stats=stats)  # just written: an edit now could keep every stat field
    assert not stats.exists() or json.loads(stats.read_text()) == {}
