"""Where the generator's time goes: each stage's time on one synthetic text, in-process.

    .venv/bin/python bench/stages.py [--size 1000000] [--runs 5] [--profile STAGE]

Runs the stages one by one on a synthetic text (the practice texts concatenated in shuffled order, as in
throughput.py), then what the pipeline does with the pages (store: digest them and write the cache entry;
write: into an empty content/), and prints the median time of each, its share, and the in-process rate (no
Python start-up: throughput.py measures the whole command). Each run is a fresh process, after the imports: a
second run in the same process would find the text's own regexes and parsed pages in Python's caches.
`--profile STAGE` adds a cProfile of one stage (ingest clean segment people statement exchanges timeline
glossary numbers versions render verify store write).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import json
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c

sys.path.insert(0, str(c.ROOT))

from generator import cache  # noqa: E402  (after the path: the working tree's generator)
from generator.clean import clean  # noqa: E402
from generator.ingest import ingest  # noqa: E402
from generator.render import render  # noqa: E402
from generator.segment import segment  # noqa: E402
from generator.sidecar import sidecar  # noqa: E402
from generator.verify import verify_story  # noqa: E402
from generator.write import write  # noqa: E402

EXTRACTORS = ("people", "statement", "exchanges", "timeline", "glossary", "numbers", "versions")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of synthetic text")
    parser.add_argument("--runs", type=int, default=5, help="runs (median)")
    parser.add_argument("--profile", metavar="STAGE", help="also profile one stage")
    parser.add_argument("--once", metavar="TEXT", help=argparse.SUPPRESS)  # one run in this process, as JSON
    args = parser.parse_args()
    if args.once:
        print(json.dumps(_times(_steps(Path(args.once)))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        text = Path(tmp) / "bench.txt"
        text.write_bytes(c.synthetic(args.size))
        runs = [json.loads(subprocess.run([c.PYTHON, __file__, "--once", str(text)], env=c.ENV, check=True,
                                          capture_output=True, text=True).stdout) for _ in range(args.runs)]
        _report(args.size, {name: statistics.median(run[name] for run in runs) for name in runs[0]}, args.runs)
        if args.profile:
            _profile(_steps(text), args.profile)
    return 0


def _steps(text: Path) -> list[tuple[str, object]]:
    """(name, function of the previous result) for every stage, in the pipeline's order."""
    steps = [("ingest", lambda _: ingest(text, sidecar(None), text.name)), ("clean", clean), ("segment", segment)]
    steps += [(name, getattr(importlib.import_module(f"generator.extract.{name}"), name)) for name in EXTRACTORS]
    steps.append(("render", lambda story: (story, render(story))))
    steps.append(("verify", _verified))
    # What the pipeline does next with a seed's pages: digest and cache them, then write them into content/.
    out = Path(tempfile.mkdtemp(prefix="run-", dir=text.parent))  # each run its own: a second would write nothing
    steps.append(("store", lambda pages: (cache.store(out / "cache", "bench", cache.Rendered(pages, {})), pages)[1]))
    steps.append(("write", lambda pages: write(out / "content", pages)))
    return steps


def _verified(done: tuple) -> dict[str, str]:
    story, pages = done
    verify_story(story, pages, "")
    return pages


def _times(steps) -> dict[str, float]:
    result, times = None, {}
    for name, step in steps:
        start = time.perf_counter()
        result = step(result)
        times[name] = time.perf_counter() - start
    return times


def _report(size: int, times: dict[str, float], runs: int) -> None:
    total = sum(times.values())
    print(f"{size:,} bytes, median of {runs} runs, in-process:")
    for name, seconds in times.items():
        print(f"  {name:10} {seconds:7.3f} s  {seconds / total:6.1%}")
    print(f"  {'total':10} {total:7.3f} s  {size / 1e6 / total:.2f} MB/s (no start-up)")


def _profile(steps, stage: str) -> None:
    result, profile = None, cProfile.Profile()
    for name, step in steps:
        result = profile.runcall(step, result) if name == stage else step(result)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(20)
    print(f"\nmost own time in {stage} (cProfile):")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


if __name__ == "__main__":
    sys.exit(main())
