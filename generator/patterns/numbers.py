"""Figures for the "by the numbers" page, for extract/numbers.py: number words and scales, the kinds of figure
and their cue words, and what makes a number a label, a conversion or a span of time rather than a figure."""

from __future__ import annotations

import re

# Numbers written as words ("twenty years", "Forty-one thousand"); values for telling duplicates apart.
NUMBERS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
NUMBERS_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_NU_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NU_WORD = (r"(?:" + _NU_TENS + r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|"
            r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen|(?:a|one) hundred)")
# A number opens with its first digit and then looks behind it (not after a letter, "." "," or "-"): a pattern that
# opens with a character class is tried only where that class matches, one that opens with a check at every
# position. The same matches as "(?<![\w.,-])\d{1,3}..." and "(?<![\w.,-])\d+...", nearly twice as fast.
_NU_DIGITS = r"\d(?<![\w.,-]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
# The look-ahead on the first character lets the engine leave most positions at once instead of trying every
# alternative there: the same matches, twice as fast.
_NU_AMOUNT = r"(?=[\dtfsenoa])(?:" + _NU_DIGITS + r"|\b" + _NU_WORD + r")"
_NU_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"

# Kinds of figure, most specific first; a span taken by one is not read again.
NUMBERS_PATTERNS = (
    # Money: "$7.8m", "$85 million", "£17".
    ("money", re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|m|k)\b|\s(?:million|billion|trillion|thousand)\b)?")),
    ("percent", re.compile(_NU_AMOUNT + r"\s?(?:%|per ?cent\b)", re.I)),
    ("ratio", re.compile(r"\b\d+ in \d+\b")),  # "1 in 3 teen girls"
    ("scaled", re.compile(_NU_AMOUNT + r"\s(?:million|billion|trillion|thousand)\b", re.I)),
    ("duration", re.compile(_NU_AMOUNT + r"(?: and a half)?\s" + _NU_TIME_UNIT + r"\b", re.I)),
    # Round quantities in words: "thousands of apps", "tens of thousands".
    ("vague", re.compile(r"\b(?:(?:tens|hundreds) of )?(?:thousands|millions|billions)\b", re.I)),
    ("count", re.compile(_NU_DIGITS)),
)
# Speed, not sense: what each kind above cannot match without. numbers.py tries a kind only on a sentence that
# has all its cues (trying a number word at every position is slow), and reads no further in a sentence with
# no digit and no word of the cues of the kinds that need none (most sentences). A cue is a digit ("digit"), a
# digit or a number word ("amount", NUMBERS_AMOUNT_WORDS), or one of its words (NUMBERS_CUE_WORDS) in the
# lower-cased sentence.
NUMBERS_KIND_CUES = {
    "money": ("currency", "digit"),
    "percent": ("percent", "amount"),
    "ratio": ("in", "digit"),
    "scaled": ("scale", "amount"),
    "duration": ("unit", "amount"),
    "vague": ("scales",),
    "count": ("digit",),
}
NUMBERS_CUE_WORDS = {
    "currency": ("$", "£", "€"),
    "percent": ("%", "per cent", "percent"),
    "in": (" in ",),
    "scale": ("illion", "thousand"),
    "scales": ("illions", "thousands"),
    "unit": ("second", "minute", "hour", "day", "week", "month", "year"),
}
# Every number word of _NU_WORD has one of these.
NUMBERS_AMOUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                        "twelve", "teen", "twenty", "thirty", "forty", "fifty", "hundred")
# A plain number is a figure only when it counts something: "44 legislators", "430 people".
NUMBERS_COUNT_NEXT = re.compile(r"\s+([a-z]+s|people|children)\b")
# What a figure counts, past up to two describing words: "two billion monthly users" vs "two billion people".
NUMBERS_COUNTED_THING = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]+s|people|children)\b")
# The unit of a duration, so "48 hours" and "two days" are told apart when looking for duplicates.
NUMBERS_TIME_UNIT = re.compile(r"\b(second|minute|hour|day|week|month|year)s?\b", re.I)
# Not figures: a span in time ("two years ago", "three days before"), "in two years", "the past six months".
# Matched where the figure ends (numbers.py passes the position), so it needs no "^".
NUMBERS_OFFSET_AFTER = re.compile(r"\s+(?:ago|before|after|later|earlier|old|from now)\b(?! the [A-Z])")
# ... unless the words before make it a length: "for up to 180 days before", "the 90 days before an election".
NUMBERS_LENGTH_BEFORE = re.compile(r"\b(?:the|up to|for|within|under|over|nearly|almost)\s+$", re.I)
NUMBERS_SPAN_BEFORE = re.compile(r"\b(?:in|first|last|past|next|coming|recent)\s+$", re.I)
# Names and labels that contain a number: "Section 230", "No. 5", "Page 1 of 2".
NUMBERS_LABEL_BEFORE = re.compile(r"\b(?:section|article|title|rule|chapter|part|page|no\.|number|item|room|floor|"
                                  r"district|route|flight|ward|grade|level)\s+$", re.I)
# A figure in brackets right after another is a conversion ("$22 (£17)"), not a new fact.
NUMBERS_CONVERSION_BEFORE = re.compile(r"[$£€]\s?\d[\d,.]*\s?(?:bn|m|k|million|billion)?\s*\($", re.I)
# Speed, not sense: NUMBERS_LABEL_BEFORE, NUMBERS_SPAN_BEFORE and NUMBERS_LENGTH_BEFORE are a word of at most this
# many characters ("district") then spaces; numbers.py reads only that much before the spaces ahead of a figure.
# Keep it at least as long as their longest word.
NUMBERS_BEFORE_REACH = 8
