"""The witness's opening statement, for extract/statement.py: the chair's words that hand the floor to the
witness, and how long prepared remarks run."""

from __future__ import annotations

import re

# The chair's words that hand the floor to a witness in a transcript.
STATEMENT_RECOGNITION = re.compile(
    r"\b(you'?re|you’re|you are) (now )?recogni[sz]ed\b|\bthe floor is yours\b|\bplease proceed\b|"
    r"\b(begin|proceed with|give) your (opening )?(statement|testimony|remarks)\b|\byou may (begin|proceed)\b",
    re.IGNORECASE,
)
STATEMENT_MIN_PARAGRAPHS = 2  # a "statement" of one paragraph is an answer, not prepared remarks
STATEMENT_MIN_WORDS = 150  # prepared remarks run to minutes; a long answer rarely reaches this
