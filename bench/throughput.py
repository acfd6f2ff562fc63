"""Generator throughput: seconds per MB of seed text, end to end, and how the time grows with the size.

    .venv/bin/python bench/throughput.py [--runs 5] [--big-runs 3] [--max-size BYTES] [--profile]

Each size is one seed in a temporary project, built cold (no cache, empty content/) by
`python -m generator build` in a fresh process. A tiny text measured in the same run gives the fixed cost
(Python start-up, imports, writing the files), which is subtracted before dividing by the size. The synthetic
texts are the practice texts (tests/fixtures) concatenated in shuffled order. The growth exponent is
log(time ratio) / log(size ratio) from 100 kB to 5 MB: 1.0 is linear. `--profile` adds the functions with the
most own time on the 1 MB text (in-process, cProfile). Targets: >= 2 MB/s, exponent <= 1.1 (bench/README.md).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

import _common as c

SIZES = {"10 kB": 10_000, "100 kB": 100_000, "1 MB": 1_000_000, "5 MB": 5_000_000}
TINY = b"Senator Jane Roe asked the witness about data.\n\n\"We will fix it,\" he said.\n"


def main() -> int:
    args = _args()
    sizes = {k: v for k, v in SIZES.items() if v <= args.max_size}
    texts = {"tiny": TINY, "seed": c.SEED.read_bytes()} | {k: c.synthetic(v) for k, v in sizes.items()}
    sidecars = {"seed": c.SEED.with_suffix(".yml").read_bytes()}
    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp:
        times = {name: _median(Path(tmp) / str(i), text, sidecars.get(name), _runs(args, text))
                 for i, (name, text) in enumerate(texts.items())}
        _report(texts, times)
        if args.profile:
            _profile(Path(tmp) / "profile", c.synthetic(min(args.max_size, 1_000_000)))
    return 0


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per size below 1 MB (median)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs per size of 1 MB and more (median)")
    parser.add_argument("--profile", action="store_true", help="also profile the 1 MB text in-process")
    parser.add_argument("--max-size", type=int, default=5_000_000, help="skip synthetic texts above this (bytes)")
    return parser.parse_args()


def _runs(args: argparse.Namespace, text: bytes) -> int:
    return args.big_runs if len(text) >= 1_000_000 else args.runs


def _median(where: Path, text: bytes, sidecar: bytes | None, runs: int) -> float:
    root = c.project(where, [("bench", text, sidecar)])

    def once() -> float:
        c.reset(root)
        return c.timed(c.generate(root), root)

    return c.median_of(runs, once)


def _report(texts: dict[str, bytes], times: dict[str, float]) -> None:
    fixed = times["tiny"]
    print(f"fixed cost (tiny text, {len(texts['tiny'])} B): {fixed:.3f} s median")
    print(f"{'text':>8} {'bytes':>10} {'median s':>9} {'minus fixed':>12} {'s per MB':>9} {'MB/s':>7}")
    for name, text in texts.items():
        if name == "tiny":
            continue
        net = max(times[name] - fixed, 1e-9)
        mb = len(text) / 1e6
        print(f"{name:>8} {len(text):>10} {times[name]:>9.3f} {net:>12.3f} {net / mb:>9.3f} {mb / net:>7.2f}")
    largest = list(texts)[-1]
    if largest in ("seed", "10 kB", "100 kB"):
        return
    small, big = texts["100 kB"], texts[largest]
    ratio = (times[largest] - fixed) / (times["100 kB"] - fixed)
    exponent = math.log(ratio) / math.log(len(big) / len(small))
    print(f"growth exponent 100 kB -> {largest}: {exponent:.2f} (time ratio {ratio:.1f} for size ratio "
          f"{len(big) / len(small):.1f}; target <= 1.1 up to 5 MB)")
    rate = (len(big) / 1e6) / (times[largest] - fixed)
    print(f"throughput at {largest}: {rate:.2f} MB/s (target >= 2)")


def _profile(where: Path, text: bytes) -> None:
    root = c.project(where, [("bench", text, None)])
    sys.path.insert(0, str(root))
    from generator import pipeline  # the copy's code: the same source as the working tree

    profile = cProfile.Profile()
    profile.runcall(pipeline.pages, root)
    shutil.rmtree(root / ".cache", ignore_errors=True)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(15)
    print("\nmost own time on the largest text up to 1 MB (cProfile, in-process):")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-2500:])


if __name__ == "__main__":
    sys.exit(main())
