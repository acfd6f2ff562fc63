"""Hook overhead: `mkdocs build` of the generated site against the same pages built as a plain Material site.

    .venv/bin/python bench/hook.py [--runs 7] [--seeds 1 100]

For each archive size, a temporary project is generated once; then `mkdocs build --strict` runs alternately
with mkdocs.yml as it is (the hook regenerates: warm cache, nothing changed, nothing written) and with the hook
removed (same docs, theme, overrides, extensions and nav: the plain site). Alternating keeps drift in the
machine's load out of the ratio. Target (bench/README.md): with hook / plain <= 1.10.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import _common as c


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="builds of each kind (median)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 100], help="archive sizes to measure")
    args = parser.parse_args()
    print(f"{'seeds':>5} {'with hook s':>12} {'plain s':>8} {'ratio':>6}")
    for n in args.seeds:
        with tempfile.TemporaryDirectory(prefix=f"bench-hook-{n}-") as tmp:
            hook, plain = _measure(Path(tmp), n, args.runs)
        print(f"{n:>5} {hook:>12.3f} {plain:>8.3f} {hook / plain:>6.3f}  (target <= 1.10)", flush=True)
    return 0


def _measure(where: Path, n: int, runs: int) -> tuple[float, float]:
    seeds = [c.the_seed()] if n == 1 else c.archive(n)
    root = c.project(where, seeds)
    c.timed(c.generate(root), root)  # content/ and the cache as an author has them
    configs = {"hook": root / "mkdocs.yml", "plain": c.without_hook(root)}
    times: dict[str, list[float]] = {"hook": [], "plain": []}
    for _ in range(runs):
        for kind, config in configs.items():
            times[kind].append(c.timed(c.mkdocs(config, root / f"site-{kind}"), root))
    return statistics.median(times["hook"]), statistics.median(times["plain"])


if __name__ == "__main__":
    sys.exit(main())
