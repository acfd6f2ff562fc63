"""Cues for the segment stage (segment.py): entry times and headlines, summary and roster labels, date lines,
transcript turns and stage directions, remarks given in full, and the abbreviations that end no sentence."""

from __future__ import annotations

import re

# Entry times as live blogs print them: "4:52 p.m. ET", "8:52 PM UTC", "Posted at 18:05", "18:05 BST".
SEGMENT_TIME = re.compile(
    r"^(?:(?:posted|updated|published) at )?\d{1,2}[:.]\d{2}\s?(?:a\.m\.|p\.m\.|am|pm)?"
    r"(?:\s?(?:ET|EST|EDT|CT|PT|UTC|GMT|BST|CET|local( time)?))?$",
    re.IGNORECASE,
)
# UK-style numbered entries: "3. Senator asks for a ban" followed by an (indented) body.
SEGMENT_NUMBERED_ENTRY = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")

# Labels over a summary; they name the part of the page and are not paragraphs.
SEGMENT_SUMMARY_LABELS = frozenset({
    "summary", "what to know", "what we know", "key points", "key events", "key takeaways", "highlights",
    "the latest", "latest", "catch up", "in brief", "at a glance",
})
# Transcript labels over a list of participants (the roster); later stages read party/state from it.
SEGMENT_ROSTER_LABEL = re.compile(
    r"^(speakers|witness(es)?|panel(ists)?|participants|present|members( present)?|senators?|representatives?)\s*:$",
    re.IGNORECASE,
)
# Bare date lines ("Tuesday 27 February 2024", "JUNE 14, 2022", "Oct. 17, 2023") carry no content of their own.
_SEGMENT_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
    r"|nov(ember)?|dec(ember)?)\.?"
)
_SEGMENT_WEEKDAY = r"((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
SEGMENT_DATE_LINE = re.compile(
    rf"^{_SEGMENT_WEEKDAY}(\d{{1,2}}(st|nd|rd|th)?\s+{_SEGMENT_MONTH}|{_SEGMENT_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?)"
    r"\s+\d{4}$",
    re.IGNORECASE,
)
SEGMENT_BULLET = re.compile(r"^[•·▪●◦‣∙*–-]\s+")
# Transcript turns: an upper-case label ("SEN. ROE:", "CHAIRMAN ROE:", "DOE:") or an honorific and a
# name ("Sen. Roe:"); at most six words so that a sentence ending in a colon is never taken for a label.
SEGMENT_TURN = re.compile(
    r"^(?P<label>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,5}"
    r"|(?:Sen|Senator|Rep|Representative|Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Chair)\.?(?: [A-Z][a-z'’\-]+){1,2})"
    r":\s+(?P<text>\S.*)$"
)
# Transcript stage directions are kept as (speakerless) turns: they are the transcriber's words, not chrome.
SEGMENT_STAGE_DIRECTION = re.compile(
    r"^\((crosstalk|inaudible|laughter|applause|recess|break|off mic|gavel|pause)[^)]*\)$", re.I
)
SEGMENT_TRANSCRIPT_MIN_TURNS = 3  # below this, "LABEL: text" lines are more likely captions than a transcript

# Entry headlines: a short line after the entry time. Without a final full stop up to the strict limit; when
# most entries of the page have such a headline, any line up to the loose limit after a time is one.
SEGMENT_HEADLINE_STRICT_WORDS = 16
SEGMENT_HEADLINE_LOOSE_WORDS = 20

# Words in a title or removed chrome that say the page is a live blog ("- as it happened", "Live updates").
SEGMENT_LIVEBLOG_CUES = re.compile(
    r"\b(as it happened|live updates|live blog|liveblog|live reporting|live coverage)\b", re.I
)

# A block of remarks given in full: "Here are X's opening remarks in full:", "Read the full text of X's statement:".
SEGMENT_BLOCK_INTRO = re.compile(
    r"\b(remarks|statement|testimony|speech)\b.*\b(in full|in its entirety)\b"
    r"|\bfull text\b.*\b(remarks|statement|testimony|speech)\b",
    re.I,
)
SEGMENT_BLOCK_SPEAKER = re.compile(
    r"(?P<speaker>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+(?:\w+\s+){0,2}(remarks|statement|testimony|speech)\b"
)

# Abbreviations whose full stop does not end a sentence (honorifics, titles, initials handled separately).
# Not "No." (number): a boundary needs a capital after it, so "No. 5" never splits, while "No. We paid" must.
SEGMENT_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr", "prof",
    "rev", "hon", "inc", "co", "corp", "ltd", "vs", "v", "e.g", "i.e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "mt", "approx", "dept", "est", "fig",
})
# "10 a.m. ET": a time's full stop followed by a zone does not end the sentence.
SEGMENT_TIME_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "UTC", "GMT", "BST"})
