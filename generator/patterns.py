"""Heuristics as named data: cue words, regular expressions and thresholds, grouped by stage.

Every cue is generic (a kind of chrome, an honorific, a reporting verb, a date word), never a sentence or a
name from one particular text. Each group says why it exists.
"""

from __future__ import annotations

import re  # noqa: F401  (used by the groups below)
