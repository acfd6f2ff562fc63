"""Dated events, for extract/timeline.py: month and weekday names, absolute and relative date patterns, and
the cue words that let a sentence without a date skip them."""

from __future__ import annotations

import re

# Month names and the abbreviations outlets print ("Oct. 17", "Sept 3"); values are month numbers.
TIMELINE_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
TIMELINE_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Only an abbreviation takes a full stop ("Oct."); after a full name the stop ends the sentence.
# The look-aheads on first letters let the engine leave most positions at once instead of trying every name
# there: the same matches, twice as fast.
_TL_MONTH = r"(?=[adfjmnos])(?P<month>" + "|".join(m if len(m) > 4 or m in ("may", "june", "july") else m + r"\.?"
                                                  for m in sorted(TIMELINE_MONTHS, key=len, reverse=True)) + r")"
_TL_WEEKDAY = r"(?:(?=[mtwfs])(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_TL_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
_TL_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Absolute dates, most specific first: a span taken by one is not read again by a later one.
# Each pattern's name says how to resolve it (see extract/timeline.py).
TIMELINE_ABSOLUTE = (
    # March 12, 2025
    ("day", re.compile(r"\b" + _TL_WEEKDAY + _TL_MONTH + r"\s+" + _TL_DAY + r",?\s+" + _TL_YEAR, re.I)),
    ("day", re.compile(r"\b" + _TL_WEEKDAY + _TL_DAY + r"\s+" + _TL_MONTH + r",?\s+" + _TL_YEAR, re.I)),  # 14 June 2022
    ("month", re.compile(r"\b" + _TL_MONTH + r"\s+(?:of\s+)?" + _TL_YEAR, re.I)),  # March 2020, December of 2020
    ("day_no_year", re.compile(r"\b" + _TL_DAY + r"\s+" + _TL_MONTH + r"(?![\w-])", re.I)),  # on 3 August
    ("day_no_year", re.compile(r"\b" + _TL_MONTH + r"\s+" + _TL_DAY + r"\b(?!:)", re.I)),  # on March 12
    ("last_month_name", re.compile(r"\blast\s+" + _TL_MONTH + r"(?!\w)", re.I)),  # last August
    # A bare month needs a preposition: "May" alone is usually the verb.
    ("month_no_year", re.compile(
        r"\b(?:in|since|by|until|from|through|during|early|late|mid-?)\s+" + _TL_MONTH + r"(?!\w)", re.I
    )),
    # A year, with the word before it that gives its sense ("in 2014", "since 2022", "a 2022 brochure").
    ("year", re.compile(
        r"(?<![©\w$£€])(?:(?:in|since|from|until|by|during|before|after|of|a|an|the)\s+)?" + _TL_YEAR, re.I
    )),
)
# A copyright notice's year dates the page, not an event.
TIMELINE_NOT_A_YEAR = re.compile(r"(©|\(c\)|copyright)\s*$", re.I)
# Speed, not sense: the longest word above ("copyright") has this many characters; timeline.py reads only that much
# before the spaces ahead of a year. Keep it at least as long as the longest word.
TIMELINE_NOT_A_YEAR_REACH = 9

# Relative date words, resolved against the sidecar's event date; (name, pattern). The name selects the rule.
TIMELINE_RELATIVE = (
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("same_day", re.compile(r"\b(?:this (?:morning|afternoon|evening)|earlier today|tonight)\b", re.I)),
    # "closed up 4.5 per cent for the day": the day being reported is the event day.
    ("same_day", re.compile(r"\b(?:for|on) the day\b", re.I)),
    # Live-blog immediacy: "X just responded", "has just announced".
    ("same_day", re.compile(r"\bjust\s+[a-z]+ed\b", re.I)),
    # "on Tuesday" only: a bare weekday ("declined to comment Tuesday") repeats the hearing day too often.
    ("weekday", re.compile(r"\bon\s+(?P<weekday>" + "|".join(TIMELINE_WEEKDAYS) + r")\b", re.I)),
    ("end_of", re.compile(r"\bby the end of (?:this|the) (?P<unit>month|year)\b", re.I)),
    ("ago", re.compile(
        r"\b(?:(?:about|around|roughly|nearly|almost|some|more than|less than)\s+)?"
        r"(?:a|one)\s+(?P<unit>week|month|year)\s+ago\b",
        re.I,
    )),
    ("last", re.compile(r"\blast\s+(?P<unit>week|month|year)\b", re.I)),
    ("this", re.compile(r"\bthis\s+(?P<unit>month|year)\b", re.I)),
    ("next", re.compile(r"\bnext\s+(?P<unit>week|month|year)\b", re.I)),
    # A deadline counted from the event: "the record will remain open for two weeks", "have two weeks to".
    ("deadline", re.compile(r"\bopen for\s+(?P<count>\d+|[a-z]+)\s+(?P<unit>days?|weeks?)\b", re.I)),
    ("deadline", re.compile(r"\b(?:have|has|get)\s+(?P<count>\d+|[a-z]+)\s+(?P<unit>days?|weeks?)\s+to\b", re.I)),
)
# Speed, not sense: words (in lower case) that the patterns above cannot match without, each list named like
# a named group of the patterns or like a kind; a pattern needs a word from each list named like its groups or
# kind (and a "month" group needs TIMELINE_MONTH_CUE). timeline.py reads once which cues a sentence has and
# tries only the patterns whose cues are all there: most sentences have no date at all. This relies on every
# named group listed here being mandatory in its patterns, and on every pattern having a cue; keep it so.
TIMELINE_CUES = {
    # named groups
    "year": ("19", "20"),
    "weekday": ("day",),
    "unit": ("day", "week", "month", "year"),
    # kinds whose groups say too little (or that have none)
    "yesterday": ("yesterday",),
    "same_day": ("morning", "afternoon", "evening", "today", "tonight", "the day", "just"),
    "last_month_name": ("last",),
    "ago": ("ago",),
    "last": ("last",),
    "next": ("next",),
    "end_of": ("end of",),
    "deadline": ("open for", "have", "has", "get"),
    "this": ("this",),
    "undated": ("coming", "future"),  # TIMELINE_UNDATED
}
# A month name read as a date is capitalised (timeline.py rejects "may" the verb), so its cue is a capital and
# the next two letters of a month in any case: "Mar" but not "market", "DEC" but not "decision".
TIMELINE_MONTH_CUE = re.compile(r"J(?i:an|un|ul)|F(?i:eb)|M(?i:ar|ay)|A(?i:pr|ug)|S(?i:ep)|O(?i:ct)|N(?i:ov)|D(?i:ec)")
# Counts written as words in deadlines ("two weeks").
TIMELINE_COUNT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30, "sixty": 60, "ninety": 90,
}
# Words that put a bare month or weekday after the event rather than before it.
TIMELINE_FUTURE_CUES = re.compile(r"\b(will|would|due|expected|scheduled|plans? to|next)\b", re.I)
# Undated but worth listing (not resolvable to a calendar date).
TIMELINE_UNDATED = re.compile(r"\b(?:in the coming (?:days|weeks|months|years)|in the (?:near )?future)\b", re.I)
# A sentence about the hearing itself: it describes the hearing-day event taken from the sidecar.
TIMELINE_HEARING_CUES = re.compile(
    r"\b(hearing|testif\w*|testimony|questioned|questioning|questions from|sworn in|committees?|subcommittee|panel)\b",
    re.I,
)
