"""Shared by the tests that a stage's cue words (patterns/: the plain words a pattern cannot match without,
looked for before the pattern is tried) hide no match: the texts and their variants, and a stage's outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import strategies as st

from generator.clean import clean
from generator.extract import extract
from generator.model import Story
from generator.segment import segment
from generator.sidecar import sidecar

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
VARIANTS = {"as-is": str, "upper": str.upper, "glued": lambda t: t.replace(".\n", ".").replace("\n\n", " ")}
# How a drawn match is spelled: re.IGNORECASE reads "ı" and "İ" as "i" and "ſ" as "s", lower() does not.
SPELLING_LIST = [str, str.upper, str.lower, str.title, lambda t: t.replace("i", "ı").replace("s", "ſ"),
                 lambda t: t.replace("i", "İ")]
SPELLINGS = st.sampled_from(SPELLING_LIST)


def extracted(path: Path, variant: str) -> Story:
    """The text (in a variant) through clean, segment and extract; the sidecar's errata need the text as it is."""
    meta = replace(sidecar(path.with_suffix(".yml")), errata=())
    text = VARIANTS[variant](path.read_text(encoding="utf-8"))
    return extract(segment(clean(Story(slug="t", path=path.name, text=text, sha256="0", meta=meta))))


def outcome(stage: Callable[[Story], Story], story: Story) -> Story | type[Exception]:
    """What the stage makes of the story, or the kind of error it ends in: the cue words must not change either
    (whether the stage should fail at all is another test's business)."""
    try:
        return stage(story)
    except Exception as error:  # noqa: BLE001
        return type(error)


def unchanged_by_cues(stage: Callable[[Story], Story], story: Story, try_everything) -> bool:
    """Whether the stage makes the same of the story with its cue words as with `try_everything(monkeypatch)`."""
    with pytest.MonkeyPatch.context() as patch:
        try_everything(patch)
        every = outcome(stage, story)
    return outcome(stage, story) == every


def unchanged_in_text(stage: Callable[[Story], Story], path: Path, variant: str, try_everything) -> bool:
    """As `unchanged_by_cues`, for a whole text (in a variant), on which the stage must not fail at all."""
    story = extracted(path, variant)
    found = stage(story)
    with pytest.MonkeyPatch.context() as patch:
        try_everything(patch)
        return stage(story) == found
