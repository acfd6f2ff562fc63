"""Command line: build, check, extract, verify, evaluate. `main(argv) -> int`; catches GeneratorError only."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from generator import __version__, pipeline, workers
from generator.errors import GeneratorError
from generator.verify import verify


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted: content/ was left as it was", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate an explainer site (content/) from hearing coverage in seeds/; see README.md.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="regenerate content/ from every seed in seeds/")
    p.add_argument("--root", type=Path, default=Path("."), help="project directory (default: .)")
    p.add_argument("--force", action="store_true", help="overwrite generated pages even if edited by hand")
    p.add_argument("--jobs", type=_positive, metavar="N",
                   help="regenerate up to N seeds at once, each in its own process (default: one per CPU)")
    p.set_defaults(run=_build)

    p = sub.add_parser("check", help="exit 1 and list the files if content/ is not what build would write")
    p.add_argument("--root", type=Path, default=Path("."), help="project directory (default: .)")
    p.set_defaults(run=_check)

    p = sub.add_parser("verify", help="check every quotation in content/, as it is, against the seeds")
    p.add_argument("--root", type=Path, default=Path("."), help="project directory (default: .)")
    p.set_defaults(run=_verify)

    p = sub.add_parser("extract", help="print the JSON export of one text to stdout")
    p.add_argument("text", type=Path, help="a plain-text file of hearing coverage")
    p.add_argument("--meta", type=Path, help="editorial sidecar (default: TEXT with .yml, if present)")
    p.set_defaults(run=_extract)

    p = sub.add_parser("evaluate", help="score the extraction of a text (or a directory of texts) against gold")
    p.add_argument("target", type=Path, help="NAME.txt, or a directory: every NAME.txt with NAME.gold.yml beside it")
    p.add_argument("--gold", type=Path, help="gold annotation (default: NAME.gold.yml beside the text)")
    p.add_argument("--meta", type=Path, help="editorial sidecar (default: NAME.yml beside the text, if present)")
    p.add_argument("--json", action="store_true", help="print the scores, misses and false hits as JSON")
    p.set_defaults(run=_evaluate)
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _build(args) -> int:
    # Stage warnings (e.g. "decoded as Windows-1252") reach the user as one "note:" line each.
    notes = logging.StreamHandler(sys.stderr)
    notes.setFormatter(logging.Formatter("note: %(message)s"))
    logging.getLogger("generator").addHandler(notes)
    try:
        changed = pipeline.build(args.root, force=args.force, jobs=args.jobs or workers.cpus())
    finally:
        logging.getLogger("generator").removeHandler(notes)
    seeds = len(pipeline.seeds(args.root))
    print(f"built {seeds} seed(s) into {args.root / 'content'}: {len(changed)} file(s) changed")
    for path in changed:
        print(f"  {path}")
    return 0


def _check(args) -> int:
    changed = pipeline.build(args.root, dry_run=True)
    if changed:
        print("content/ is out of date; run `python -m generator build`. Differs:", file=sys.stderr)
        for path in changed:
            print(f"  {path}", file=sys.stderr)
        return 1
    print("content/ is up to date")
    return 0


def _verify(args) -> int:
    checked = verify(args.root)
    print(f"{checked} quotation(s) checked in {args.root / 'content'}: all verbatim in the source")
    return 0


# `extract` and `evaluate` import what only they need: a `build` of a cached archive should not pay for them.
def _extract(args) -> int:
    from generator.export import export

    sys.stdout.write(export(pipeline.story(args.text, args.meta)))
    return 0


def _evaluate(args) -> int:
    from generator.evaluate import run as run_evaluation

    sys.stdout.write(run_evaluation(args.target, args.gold, args.meta, as_json=args.json))
    return 0
