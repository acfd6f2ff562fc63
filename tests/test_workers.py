"""Regenerating many seeds at once: the same results, errors and notes as one process, in seed order."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from generator import cache, pipeline, workers
from generator.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
MANY = workers.MIN_SEEDS


def _square_and_note(n: int) -> tuple[int, int]:  # module level: a worker process imports it by name
    if n % 10 == 3:
        logging.getLogger("generator.test").warning("seed %d noted", n)
    return n * n, os.getpid()


def _fail_from(n: int, first_bad: int) -> int:
    if n >= first_bad:
        raise InputError(f"seed {n} is bad")
    return n


def test_worker_results_and_notes_come_back_in_order(caplog):
    with caplog.at_level(logging.WARNING, logger="generator"):
        results = workers.run(_square_and_note, [(n,) for n in range(MANY)], jobs=2)
    assert [square for square, _ in results] == [n * n for n in range(MANY)]
    assert os.getpid() not in {pid for _, pid in results}
    assert [r.getMessage() for r in caplog.records] == [f"seed {n} noted" for n in range(MANY) if n % 10 == 3]


def test_the_first_failing_seed_in_order_raises_its_own_error():
    with pytest.raises(InputError, match="seed 20 is bad"):
        workers.run(_fail_from, [(n, 20) for n in range(MANY)], jobs=2)


def test_few_seeds_stay_in_this_process(monkeypatch):
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", None)  # would raise if a pool were started
    results = workers.run(_square_and_note, [(n,) for n in range(MANY - 1)], jobs=8)
    assert {pid for _, pid in results} == {os.getpid()}


def test_an_archive_built_by_workers_is_the_archive_built_in_one_process(tmp_path):
    texts = sorted(FIXTURES.glob("*.txt"))
    for project in ("one", "two"):
        (tmp_path / project / "seeds").mkdir(parents=True)
        for i in range(MANY):
            text = texts[i % len(texts)]
            shutil.copy(text, tmp_path / project / "seeds" / f"{i:02d}-{text.name}")
            if text.with_suffix(".yml").exists():
                shutil.copy(text.with_suffix(".yml"), tmp_path / project / "seeds" / f"{i:02d}-{text.stem}.yml")
    one = pipeline.pages(tmp_path / "one")
    assert pipeline.pages(tmp_path / "two", jobs=2) == one
    assert len(list((tmp_path / "two" / cache.DIRECTORY).glob("*.json"))) == MANY  # each worker cached its seeds
