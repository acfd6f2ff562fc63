"""Two builds of the same sources, in different directories, give byte-identical content/ and site/."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1523318400"  # fixed, as the Makefile's site target sets it from the last commit


def _copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in ("mkdocs.yml", "site_overrides", "generator", "seeds"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.gold.yml"))
        else:
            shutil.copy(src, dest / name)
    (dest / "content").mkdir()
    (dest / "content" / "hand-written.md").write_text("# Notes\n\nWritten by hand.\n", encoding="utf-8")
    return dest


def _build(project: Path) -> None:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project),
               PYTHONHASHSEED="random")
    for cmd in (["-m", "generator", "build", "--root", "."], ["-m", "mkdocs", "build", "--strict", "-q"]):
        proc = subprocess.run([sys.executable, *cmd], cwd=project, env=env, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def _tree(top: Path) -> dict[str, bytes]:
    return {p.relative_to(top).as_posix(): p.read_bytes() for p in sorted(top.rglob("*")) if p.is_file()}


def test_two_builds_in_different_directories_are_byte_identical(tmp_path):
    first, second = _copy(tmp_path / "one"), _copy(tmp_path / "a" / "different" / "place")
    _build(first)
    _build(second)
    for part in ("content", "site"):
        a, b = _tree(first / part), _tree(second / part)
        assert sorted(a) == sorted(b), part
        differ = [name for name in a if a[name] != b[name]]
        assert not differ, f"{part}: differ between the two builds: {differ[:10]}"
        leaked = [name for name in a if str(first).encode() in a[name]]
        assert not leaked, f"{part}: the build directory's absolute path leaks into {leaked[:5]}"
    assert (first / "site" / "hand-written" / "index.html").exists()
