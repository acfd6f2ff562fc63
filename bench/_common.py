"""Shared by the bench scripts: temporary project copies, synthetic corpora, timing. Not a benchmark itself.

Everything is built in temporary directories, never in the working tree's content/ or .cache/.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "zuckerberg-senate-hearing-2018.txt"
# Python caches compiled bytecode, as it does by default: a shell that sets PYTHONDONTWRITEBYTECODE would make
# every run recompile the generator and measure that instead (about 50 ms a run).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV |= {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1523318400"}


def practice() -> list[tuple[str, bytes, bytes | None]]:
    """(name, text, sidecar) of every practice text, in a stable order."""
    out = []
    for text in sorted(FIXTURES.glob("*.txt")):
        sidecar = text.with_suffix(".yml")
        out.append((text.stem, text.read_bytes(), sidecar.read_bytes() if sidecar.exists() else None))
    return out


def synthetic(size: int, seed: int = 7) -> bytes:
    """About `size` bytes of coverage: the practice texts concatenated in shuffled order, cut at a line end."""
    texts, rng, out, total = [t for _, t, _ in practice()], random.Random(seed), [], 0
    while total < size:
        rng.shuffle(texts)
        for text in texts:
            out.append(text.rstrip(b"\n") + b"\n\n")
            total += len(out[-1])
    data = b"".join(out)[:size]
    return data[: data.rfind(b"\n") + 1] if b"\n" in data else data


def project(where: Path, seeds: list[tuple[str, bytes, bytes | None]]) -> Path:
    """A project copy: code, theme, config and the given seeds; content/ empty, no cache."""
    root = where / "project"
    for name in ("generator", "site_overrides"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    for name, text, sidecar in seeds:
        (root / "seeds" / f"{name}.txt").write_bytes(text)
        if sidecar is not None:
            (root / "seeds" / f"{name}.yml").write_bytes(sidecar)
    return root


def the_seed(name: str = SEED.stem) -> tuple[str, bytes, bytes]:
    return name, SEED.read_bytes(), SEED.with_suffix(".yml").read_bytes()


def archive(n: int) -> list[tuple[str, bytes, bytes | None]]:
    """`n` seeds: the seed, then the practice texts over and over, each variant with its own slug."""
    sources = [the_seed()] + practice()
    return [(f"{i:04d}-{name}", text, sidecar) for i, (name, text, sidecar) in
            ((i, sources[i % len(sources)]) for i in range(n))]


def reset(root: Path, *, cache: bool = True) -> None:
    """Back to a cold start: no generated pages (and, by default, no cache)."""
    shutil.rmtree(root / "content")
    (root / "content").mkdir()
    if cache:
        shutil.rmtree(root / ".cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)


def timed(cmd: list[str], cwd: Path, timeout: float = 3600) -> float:
    """Wall time of one command; a failure stops the benchmark (a fast wrong answer measures nothing)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return elapsed


def generate(root: Path) -> list[str]:
    return [PYTHON, "-m", "generator", "build", "--root", str(root)]


def mkdocs(config: Path, site: Path) -> list[str]:
    return [PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)]


def without_hook(root: Path) -> Path:
    """The same config minus the generator hook: what a plain MkDocs/Material build of content/ costs."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    plain = root / "mkdocs.plain.yml"
    plain.write_text(text.replace("hooks:\n  - generator/mkdocs_hook.py\n", "hooks: []\n"), encoding="utf-8")
    assert "mkdocs_hook" not in plain.read_text(encoding="utf-8"), "hook entry not found in mkdocs.yml"
    return plain


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))
