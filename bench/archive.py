"""An archive of N seeds built into one site: generator time, MkDocs time, their ratio, and one-seed edits.

    .venv/bin/python bench/archive.py [--sizes 10 100 500] [--runs 3] [--edit-runs 5]

For each N, a temporary project holds N seeds (the seed and the practice texts over and over, each variant with
its own slug). Medians of `--runs` (cold, MkDocs) or `--edit-runs` (the rest) runs, each in a fresh process:
  - generator, cold: `python -m generator build` with empty content/ and no cache (what CI does on a clone),
    with its default of one worker process per CPU, and with `--jobs 1` (one process);
  - mkdocs: `mkdocs build --strict` of the generated content/ with the generator hook removed (MkDocs' share);
  - generator after a one-line sidecar edit of one seed (warm cache: only that seed is regenerated), in a fresh
    process: Python start-up, imports and compiling the stages' regexes and templates included;
  - the same edit in a process that has built once already, as under `mkdocs serve` (the hook calls
    `pipeline.build` in MkDocs' long-lived process): the regeneration alone;
  - generator with nothing changed (the floor: hashing the inputs, loading the cache, comparing the files).
Targets (bench/README.md): generator/mkdocs <= 0.10 at N = 500; one-seed edit <= 2 % of the cold generator time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import _common as c

sys.path.insert(0, str(c.ROOT))
from generator import workers  # noqa: E402  (after the path: the working tree's generator)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 500], help="numbers of seeds")
    parser.add_argument("--runs", type=int, default=3, help="runs of the cold and MkDocs builds (median)")
    parser.add_argument("--edit-runs", type=int, default=5, help="runs of the edits and no-op builds (median)")
    args = parser.parse_args()
    print(f"CPUs: {workers.cpus()}")
    print(f"{'N':>5} {'generator s':>12} {'1 process s':>12} {'mkdocs s':>9} {'gen/mkdocs':>11} {'1 proc/mkdocs':>14} "
          f"{'1 edit s':>9} {'edit/full':>10} {'warm edit s':>12} {'warm/full':>10} {'no-op s':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-archive-{n}-") as tmp:
            row = _measure(c.project(Path(tmp), c.archive(n)), args.runs, args.edit_runs)
        print(f"{n:>5} {row['cold']:>12.2f} {row['cold1']:>12.2f} {row['mkdocs']:>9.2f} "
              f"{row['cold'] / row['mkdocs']:>11.3f} {row['cold1'] / row['mkdocs']:>14.3f} "
              f"{row['edit']:>9.3f} {row['edit'] / row['cold']:>9.1%} {row['warm']:>12.3f} "
              f"{row['warm'] / row['cold']:>9.1%} {row['noop']:>8.3f}", flush=True)
    return 0


def _measure(root: Path, runs: int, edit_runs: int) -> dict[str, float]:
    plain = c.without_hook(root)

    def cold(*options: str) -> float:
        c.reset(root)
        return c.timed(c.generate(root) + list(options), root)

    row = {"cold1": c.median_of(runs, lambda: cold("--jobs", "1")), "cold": c.median_of(runs, cold)}
    row["mkdocs"] = c.median_of(runs, lambda: c.timed(c.mkdocs(plain, root / "site"), root))
    edits = iter(range(edit_runs))
    row["edit"] = c.median_of(edit_runs, lambda: _edit_one(root, next(edits)))
    row["warm"] = _warm_edits(root, edit_runs)
    row["noop"] = c.median_of(edit_runs, lambda: c.timed(c.generate(root), root))
    return row


def _edit_one(root: Path, n: int) -> float:
    """A one-line change to the first seed's sidecar, then a build: only that seed should be regenerated."""
    _touch_sidecar(root, n)
    return c.timed(c.generate(root), root)


def _touch_sidecar(root: Path, n: int) -> None:
    sidecar = sorted((root / "seeds").glob("*.yml"))[0]
    lines = [line for line in sidecar.read_text(encoding="utf-8").splitlines() if not line.startswith("publisher:")]
    sidecar.write_text("\n".join(lines + [f"publisher: Bench edit {n}"]) + "\n", encoding="utf-8")


# One process: an edit and a build (which imports the stages and compiles their regexes and templates, as the
# first rebuild under `mkdocs serve` does), then per run a sidecar edit and a timed `pipeline.build`, as the MkDocs
# hook does on each later rebuild. Prints the times as JSON.
_WARM = """
import json, sys, time
from pathlib import Path
root, runs = Path(sys.argv[1]), int(sys.argv[2])
sys.path.insert(0, str(root))
sys.path.insert(0, {bench!r})
from generator import pipeline
from archive import _touch_sidecar
_touch_sidecar(root, 99)
pipeline.build(root)
times = []
for n in range(runs):
    _touch_sidecar(root, 100 + n)
    start = time.perf_counter()
    pipeline.build(root)
    times.append(time.perf_counter() - start)
print(json.dumps(times))
"""


def _warm_edits(root: Path, runs: int) -> float:
    code = _WARM.format(bench=str(Path(__file__).parent))
    proc = subprocess.run([c.PYTHON, "-c", code, str(root), str(runs)], env=c.ENV, capture_output=True, text=True,
                          check=True, timeout=3600)
    return sorted(json.loads(proc.stdout.splitlines()[-1]))[runs // 2]


if __name__ == "__main__":
    sys.exit(main())
