"""Regenerating many seeds at once: worker processes for a cold build of an archive.

A cold build of a large archive (CI on a fresh clone) is nearly all stage work on seeds that do not depend on
each other, and Python runs it on one core. `run` gives each seed to one of a few worker processes and returns
the results in seed order, so the pages, the first error (in seed order) and the notes come out as from one
process. Few seeds (an edit, a single explainer) are done in this process: a worker costs about 0.3 s to start
(it imports the stages), more than a small seed takes.

Workers are started fresh ("spawn"), never forked from a process that may run threads (MkDocs' server does). A
fresh worker imports the main module of the program that started it, so only the command line, whose main
module allows that, asks for workers; the MkDocs hook and library callers keep to their own process.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
from collections.abc import Callable, Sequence

MIN_SEEDS = 32  # fewer seeds to regenerate than this: one process (see the docstring)
_CHUNK = 4  # seeds a worker takes at once: fewer round trips, and still an even share at the end


def cpus() -> int:
    """The CPUs this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(function: Callable, calls: Sequence[tuple], jobs: int) -> list:
    """`function(*args)` for each `args` of `calls`, in order; in up to `jobs` worker processes when there are
    at least MIN_SEEDS calls. `function` must be importable by name (a module-level function)."""
    workers = min(jobs, len(calls) // _CHUNK)
    if len(calls) < MIN_SEEDS or workers < 2:
        return [function(*args) for args in calls]
    import multiprocessing  # here: most builds never start a worker
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a fresh interpreter, never a fork of a process that may run threads (MkDocs' server does).
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start)
    try:
        results = []
        for result, notes in pool.map(_call, [(function, args) for args in calls], chunksize=_CHUNK):
            for name, level, message in notes:  # a worker's notes, logged here as if the seed ran here
                logging.getLogger(name).log(level, "%s", message)
            results.append(result)
    except BaseException:  # a seed's error or Ctrl-C: the seeds not started yet are not worth waiting for
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def _start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (cli.py), once
    gc.disable()  # as pipeline.build does for its own process: a worker lives for one build
    logging.getLogger("generator").propagate = False  # its notes go back to the parent (see _call), not stderr


def _call(task: tuple) -> tuple:
    function, args = task
    notes = _Notes()
    logger = logging.getLogger("generator")
    logger.addHandler(notes)
    try:
        return function(*args), notes.kept
    finally:
        logger.removeHandler(notes)


class _Notes(logging.Handler):
    """The records a seed logs in a worker, as (logger name, level, message), to be logged again by the parent."""

    def __init__(self):
        super().__init__()
        self.kept: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.kept.append((record.name, record.levelno, record.getMessage()))
