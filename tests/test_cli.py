"""The command line on broken input: one line on stderr naming the file, exit code 2, content/ untouched."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "zuckerberg-senate-hearing-2018"


def _tree(content: Path) -> dict[str, bytes]:
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    """A project with the real seed, built once, plus a hand-written page."""
    (tmp_path / "seeds").mkdir()
    for suffix in (".txt", ".yml"):
        shutil.copy(ROOT / "seeds" / f"{SEED}{suffix}", tmp_path / "seeds")
    assert main(["build", "--root", str(tmp_path)]) == 0
    (tmp_path / "content" / "hand-written.md").write_text("# Mine\n", encoding="utf-8")
    return tmp_path


BAD_TEXTS = {
    "empty": b"",
    "blank": b" \r\n\t\n",
    "binary": b"Headline\x00\x01\x02",
    "pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n",
    "undecodable": b"Headline \x81\x8d\x9d \xc3",
    "noise": bytes(range(1, 32)) * 20,
}
BAD_SIDECARS = {
    "syntax": ("event: {name: A, date: 2018-04-10\n", "line 2"),
    "unknown": ("event: {name: A}\nvenue: Hart building\n", "unknown key 'venue'"),
    "type": ("publisher: [a, b]\n", "'publisher' must be a non-empty string"),
    "date": ("event: {name: A, date: 10 April 2018}\n", "ISO date"),
    "erratum": ("errata: [{text: Federal Reserve Board, note: x}]\n", "does not occur in the seed"),
}


@pytest.mark.parametrize("kind", sorted(BAD_TEXTS))
def test_bad_seed_text_fails_cleanly(project, capsys, kind):
    before = _tree(project / "content")
    (project / "seeds" / f"{kind}.txt").write_bytes(BAD_TEXTS[kind])
    assert main(["build", "--root", str(project)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: seeds/{kind}.txt: ") and err.count("\n") == 1
    assert _tree(project / "content") == before


@pytest.mark.parametrize("kind", sorted(BAD_SIDECARS))
def test_bad_sidecar_fails_cleanly(project, capsys, kind):
    text, message = BAD_SIDECARS[kind]
    before = _tree(project / "content")
    shutil.copy(project / "seeds" / f"{SEED}.txt", project / "seeds" / f"{kind}.txt")
    (project / "seeds" / f"{kind}.yml").write_text(text, encoding="utf-8")
    assert main(["build", "--root", str(project)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and kind in err and message in err and err.count("\n") == 1
    assert _tree(project / "content") == before


def test_windows_1252_seed_builds_with_a_note(project, capsys):
    (project / "seeds" / "legacy.txt").write_bytes(b"Headline\nThe senator\x92s \x93question\x94 was long.\n")
    assert main(["build", "--root", str(project)]) == 0
    assert "seeds/legacy.txt: not valid UTF-8; decoded as Windows-1252" in capsys.readouterr().err


def test_edited_page_makes_build_refuse_and_check_report(project, capsys):
    generated = json.loads((project / "content" / ".generated.json").read_text(encoding="utf-8"))
    page = project / "content" / sorted(generated)[0]
    page.write_bytes(page.read_bytes() + b"\nedited\n")
    (project / "seeds" / f"{SEED}.txt").write_bytes((project / "seeds" / f"{SEED}.txt").read_bytes() + b"\nMore.\n")
    assert main(["check", "--root", str(project)]) == 1
    assert main(["build", "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert str(page) in err and "sidecar" in err and "--force" in err
    assert page.read_bytes().endswith(b"\nedited\n")
    assert main(["build", "--root", str(project), "--force"]) == 0
    assert not page.read_bytes().endswith(b"\nedited\n")
    assert (project / "content" / "hand-written.md").read_text() == "# Mine\n"
    assert main(["check", "--root", str(project)]) == 0


def test_process_exit_code_and_no_traceback(project):
    (project / "seeds" / "empty.txt").write_bytes(b"")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(project)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr == (
        "error: seeds/empty.txt: the text is empty (nothing but white space); paste the article into it\n"
    )


def test_two_concurrent_builds_leave_a_consistent_content(project):
    seed = project / "seeds" / f"{SEED}.txt"
    seed.write_bytes(seed.read_bytes() + b"\nA late paragraph.\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "generator", "build", "--root", str(project)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert all(rc == 0 for _, _, rc in results), results
    assert main(["check", "--root", str(project)]) == 0
    assert not [p for p in (project / "content").rglob("*.tmp")]


def test_build_with_workers_runs_each_seed_once_and_passes_on_their_notes(tmp_path):
    """`--jobs 2` on an archive large enough for worker processes: the command's report and a seed's note (here:
    decoded as Windows-1252) are printed once, by the command, as without workers."""
    from generator import workers

    (tmp_path / "seeds").mkdir()
    text = (ROOT / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    for i in range(workers.MIN_SEEDS):
        (tmp_path / "seeds" / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "seeds" / "07.txt").write_bytes(text.replace("’", "'").encode("cp1252", "replace") + b"\x93ok\x94\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(tmp_path), "--jobs", "2"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"built {workers.MIN_SEEDS} seed(s)")
    notes = [line for line in proc.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "07.txt" in notes[0] and "Windows-1252" in notes[0], proc.stderr


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_whole_number_of_at_least_one(jobs, capsys):
    with pytest.raises(SystemExit):
        main(["build", "--jobs", jobs])
    assert "--jobs" in capsys.readouterr().err
