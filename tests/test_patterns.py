"""The patterns package: each stage's heuristics in their own module, all of them readable as `patterns.NAME`."""

import pkgutil
from importlib import import_module

from generator import patterns


def test_every_public_name_of_every_group_is_a_name_of_the_package():
    """Stages read `patterns.NAME` whichever group holds it, so a heuristic added to a group but not to the
    package's list would be an AttributeError at run time, on the first text that reaches it."""
    groups = [import_module(f"{patterns.__name__}.{m.name}") for m in pkgutil.iter_modules(patterns.__path__)]
    assert len(groups) >= 8
    missing = [f"{group.__name__}.{name}" for group in groups for name, value in _own(group)
               if getattr(patterns, name, None) is not value]
    assert missing == []


def _own(group):
    """The public constants, functions and classes a group defines (not what it imports, such as `re`)."""
    for name, value in vars(group).items():
        if not name.startswith("_") and (name.isupper() or getattr(value, "__module__", None) == group.__name__):
            yield name, value
