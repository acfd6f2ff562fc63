"""Docs drift: every command, flag and page type the generator has is named in the README, and CI runs its test
command."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from generator.cli import _parser
from generator.render import PAGES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_command_and_flag_is_in_the_readme():
    for name, parser in _commands().items():
        assert f"generator {name}" in README, name
        for action in parser._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert flag in README, f"{name} {flag}"


def test_every_page_is_in_the_readme():
    for page in PAGES:
        assert f"{page}.md" in README, page


def test_ci_runs_the_readme_test_command():
    command = re.search(r"^make (\w+)\s+#.*run every test", README, re.M)
    assert command, "the README names its test command"
    assert f"make {command.group(1)}" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
