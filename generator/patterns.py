"""Heuristics as named data: cue words, regular expressions and thresholds, grouped by stage.

Every cue is generic (a kind of chrome, an honorific, a reporting verb, a date word), never a sentence or a
name from one particular text. Each group says why it exists.
"""

from __future__ import annotations

import re  # noqa: F401  (used by the groups below)


# ==================================================================================================
# clean — publisher chrome (owner: clean stage)
# ==================================================================================================
# Each rule is (reason, patterns). A rule matches a whole line, or every sentence of a line, or a sentence
# glued to content with no space ("...all the difference.Facebook founder"). Cues name a KIND of page
# furniture; a publisher's own wording never appears here.


def _clean_cues(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


CLEAN_CHROME: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    # Skip links, accessibility menus, breadcrumbs ("Outlet | Section") and footer links are site navigation.
    ("navigation", _clean_cues(
        r"^skip to (main )?content$", r"^accessibility( help)?$", r"^[\w&'’ ]{2,30} \| [\w&'’ ]{2,30}$",
        r"privacy policy$", r"^do not sell my personal information$", r"^terms (of|and) (use|service|conditions)$",
        r"^cookie (policy|settings|preferences)$", r"^contact us$", r"^(?-i:About [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3})$",
    )),
    # Labels a live page puts above its feed; they describe the page, not the hearing.
    ("page label", _clean_cues(r"^live (reporting|updates|coverage|blog)$", r"^all times (\w+ ){0,3}(uk|et|bst|gmt|utc|local)\b")),
    ("participation prompt", _clean_cues(r"^(get involved|have your say|send us your (questions|comments|views))\.?$")),
    ("licence notice", _clean_cues(r"\blicen[cs]e is required\b", r"^find out more about licen[cs]es\.?$")),
    ("advertisement", _clean_cues(r"^(advertisement|advert|sponsored( content)?|story continues below( advertisement)?)$")),
    ("audio player", _clean_cues(r"^listen to (this )?(article|story)$", r"^\(?\d+ min(ute)?s?( read| listen)?\)?$")),
    ("browser warning", _clean_cues(
        r"^(ie|internet explorer) ?\d* is not supported\b", r"\bon (another|a different|a newer) browser\b",
        r"\b(upgrade|update) your browser\b", r"\benable javascript\b",
    )),
    ("newsletter prompt", _clean_cues(
        r"^sign up (for|to)\b.*\bnewsletters?\b", r"^subscribe (to|for)\b.{0,60}$", r"^(get|receive) (our|the) .{0,40}newsletter",
    )),
    # "By X" only when short and unpunctuated: a sentence starting "By Tuesday, ..." is content.
    ("byline", _clean_cues(
        r"^(?-i:(?:(?:Edited|Written|Reported|Compiled) )?(?:B|b)y [A-Z][^.!?]{0,80})$",
        r"^(?-i:[A-Z][a-z]+) (covers|reports on|writes about) .{3,80} for ",
        r"^this (page|blog|live page|coverage) (was|has been) (edited|written|compiled|produced) by\b",
    )),
    ("timestamp", _clean_cues(r"^(updated|published|first published|last updated|last modified)\b.*\d", r"/ updated\b")),
    ("capture-relative time", _clean_cues(r"^\d+\s?(s|m|mins?|h|hrs?|d|seconds?|minutes?|hours?|days?) ago$")),
    ("comment prompt", _clean_cues(
        r"^join (our|the) .{0,40}(comment|discussion|conversation|forum|community)",
        r"\bfollow other .{0,30}readers\b", r"^(view|show|load|read|see) (the |all )?(discussion|comments)$",
        r"^comments?( \(\d+\))?$", r"^(leave|post|add) a comment\b",
    )),
    ("page-loading notice", _clean_cues(r"\ballow a moment for the .{0,30}to load\b", r"^loading( the)? (live ?blog|page|updates)")),
    ("share button", _clean_cues(r"^(share|copy|copied|link|this|resize|print|email|save|tweet|post|-|\|)( (share|copy|copied|link|this|resize|print|email|save|tweet|post|-|\|)){0,4}$")),
    ("social embed", _clean_cues(
        r"^skip \w+ (post|content) by\b", r"^allow \w+ content\?$", r"^content from \w+ may use cookies\b",
        r"^accept to view it here\.?$", r"^accept and continue$", r"^end of \w+ post by\b",
        r"^view more on (twitter|x|instagram|facebook|youtube|tiktok|threads|bluesky)$",
    )),
    ("pagination", _clean_cues(
        r"^page \d+ of \d+$", r"^(next|previous|older|newer) (page|posts|entries)$",
        r"^load more( updates| posts| entries)?$", r"^show (more|older) (updates|posts)$",
    )),
    ("promotion", _clean_cues(r"^watch (live|now)\b.{0,40}$", r"^listen live\b", r"^(download|get) (our|the) app\b")),
    ("copyright", _clean_cues(
        r"^(©|copyright\b|\(c\) \d{4})", r"^all rights reserved\.?$", r"^redistribution\b.*\bprohibited\b",
        r"\bis not responsible for the content of external (sites|websites)\b",
    )),
    ("transcription service", _clean_cues(
        r"^(rush transcripts?\b|transcript no\.|end of transcript\b|transcription (services? )?by\b)",
        r"\btranscript(ion)? service\b", r"^(?-i:[A-Z]+(?: [A-Z]+){0,3} TRANSCRIPTS?)$",
        r"\bspeaker names are spelled as heard\b", r"\bmarks passages the transcriber could not hear\b",
    )),
    # A numbered or plain entry that only says goodbye; its factual lines ("The hearing has ended") stay.
    ("sign-off", _clean_cues(
        r"^(\d+\.\s+)?(that's|that’s|that is) (all|it) (from|for) (us|me|today|now|this)\b",
        r"^(\d+\.\s+)?(we're|we’re|we are) (wrapping up|pausing|closing) (our|this)\b",
        r"^this live (blog|page) (is now closed|has (now )?ended)\b", r"^thank(s| you) for (following|joining|reading)\b",
    )),
    ("related link", _clean_cues(r"\bread (our|the) full (story|report|article) here\b")),
)

# Lines that introduce a list of related headlines; the headline lines that follow are removed with them.
CLEAN_RELATED_HEAD = _clean_cues(
    r"^(related( coverage| stories| articles| content)?|more on this story|what to read next|read more|"
    r"recommended( stories)?|most read|you may also like|more from [\w ]{2,30})\s*:?$",
)
CLEAN_RELATED_MAX_HEADLINES = 3  # a related box rarely lists more; bounds the damage of a wrong guess

# Credit lines are metadata: kept in Story.credits, not in the paragraphs.
CLEAN_CREDIT = _clean_cues(
    r"\bcontributed (reporting )?to this (report|story|article)\b", r"^additional reporting\b",
    r"^(reporting|writing) by [A-Z].{0,80}\bediting by\b",
)

# Appeals for money run over several lines, most of which carry no cue of their own, so they are found as a
# block: from one cue line to the last cue line at most CLEAN_APPEAL_GAP lines later, at least two cue lines.
CLEAN_APPEAL_CUES = _clean_cues(
    r"^(your|every) (support|donation|contribution|gift)s?\b", r"\bpaywalls?\b",
    r"\b(keep|fund|support) (our|independent|quality) (reporting|journalism)\b(?! is)",
    r"\b(donate|make a (donation|contribution))\b", r"^help keep\b.{0,40}\bfree\b",
)
CLEAN_APPEAL_GAP = 2
CLEAN_APPEAL_LONE_MAX_WORDS = 12  # a lone cue line is an appeal only when short ("Support our journalism")

# A capture-relative time before an entry time: "2h ago / 8:52 PM UTC" -> keep "8:52 PM UTC".
CLEAN_RELATIVE_TIME_PREFIX = re.compile(r"^\s*\d+\s?(s|m|mins?|h|hrs?|d|seconds?|minutes?|hours?|days?) ago\s*/\s*", re.I)

# Sentence boundaries inside a line: after . ! ? (and closing quotes), with or without a space before a
# capital. The no-space case is chrome glued onto content by a careless copy.
CLEAN_GLUED_BOUNDARY = re.compile(r"(?<=[a-z0-9][.!?])(?=[A-Z][a-z])")
CLEAN_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘(])")

# A reporter's name on its own line (entry bylines in live blogs, sign-offs in wire copy).
CLEAN_NAME_LINE = re.compile(
    r"^(?:[A-Z][a-z'’\-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’\-]+){1,3}|[A-Z'’\-]{2,}(?: [A-Z'’\-]{2,}){1,3})$"
)

# The line after the headline is a standfirst unless it is the story itself: a wire dateline
# ("WASHINGTON (AP) —") starts the body, and a standfirst is one or two sentences.
CLEAN_DATELINE = re.compile(r"^[A-Z][A-Z .,'’\-]{2,40}(\([A-Za-z.]+\))?\s*[—–-]+\s")
CLEAN_STANDFIRST_MAX_WORDS = 45


# ==================================================================================================
# segment — paragraphs, entries, turns, sentences, quotations, blocks (owner: segment stage)
# ==================================================================================================

# Entry times as live blogs print them: "4:52 p.m. ET", "8:52 PM UTC", "Posted at 18:05", "18:05 BST".
SEGMENT_TIME = re.compile(
    r"^(?:(?:posted|updated|published) at )?\d{1,2}[:.]\d{2}\s?(?:a\.m\.|p\.m\.|am|pm)?"
    r"(?:\s?(?:ET|EST|EDT|CT|PT|UTC|GMT|BST|CET|local( time)?))?$",
    re.IGNORECASE,
)
# UK-style numbered entries: "3. Independent senator asks..." followed by an (indented) body.
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
_SEGMENT_MONTH = r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
_SEGMENT_WEEKDAY = r"((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
SEGMENT_DATE_LINE = re.compile(
    rf"^{_SEGMENT_WEEKDAY}(\d{{1,2}}(st|nd|rd|th)?\s+{_SEGMENT_MONTH}|{_SEGMENT_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?)\s+\d{{4}}$", re.IGNORECASE
)
SEGMENT_BULLET = re.compile(r"^[•·▪●◦‣∙*–-]\s+")
# Transcript turns: an upper-case label ("SEN. ORTIZ:", "CHAIRMAN WELLS:", "KOVAC:") or an honorific and a
# name ("Sen. Ortiz:"); at most six words so that a sentence ending in a colon is never taken for a label.
SEGMENT_TURN = re.compile(
    r"^(?P<label>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,5}"
    r"|(?:Sen|Senator|Rep|Representative|Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Chair)\.?(?: [A-Z][a-z'’\-]+){1,2})"
    r":\s+(?P<text>\S.*)$"
)
# Transcript stage directions are kept as (speakerless) turns: they are the transcriber's words, not chrome.
SEGMENT_STAGE_DIRECTION = re.compile(r"^\((crosstalk|inaudible|laughter|applause|recess|break|off mic|gavel|pause)[^)]*\)$", re.I)
SEGMENT_TRANSCRIPT_MIN_TURNS = 3  # below this, "LABEL: text" lines are more likely captions than a transcript

# Entry headlines: a short line after the entry time. Without a final full stop up to the strict limit; when
# most entries of the page have such a headline, any line up to the loose limit after a time is one.
SEGMENT_HEADLINE_STRICT_WORDS = 16
SEGMENT_HEADLINE_LOOSE_WORDS = 20

# Words in a title or removed chrome that say the page is a live blog ("- as it happened", "Live updates").
SEGMENT_LIVEBLOG_CUES = re.compile(r"\b(as it happened|live updates|live blog|liveblog|live reporting|live coverage)\b", re.I)

# A block of remarks given in full: "Here are X's opening remarks in full:", "Read the full text of X's statement:".
SEGMENT_BLOCK_INTRO = re.compile(r"\b(remarks|statement|testimony|speech)\b.*\b(in full|in its entirety)\b|\bfull text\b.*\b(remarks|statement|testimony|speech)\b", re.I)
SEGMENT_BLOCK_SPEAKER = re.compile(r"(?P<speaker>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+(?:\w+\s+){0,2}(remarks|statement|testimony|speech)\b")

# Abbreviations whose full stop does not end a sentence (honorifics, titles, initials handled separately).
# Not "No." (number): a boundary needs a capital after it, so "No. 5" never splits, while "No. We paid" must.
SEGMENT_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr", "prof",
    "rev", "hon", "inc", "co", "corp", "ltd", "vs", "v", "e.g", "i.e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "mt", "approx", "dept", "est", "fig",
})
# "10 a.m. ET": a time's full stop followed by a zone does not end the sentence.
SEGMENT_TIME_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "UTC", "GMT", "BST"})


# ==================================================================================================
# statement — the witness's opening statement (owner: extract/statement.py)
# ==================================================================================================

# The chair's words that hand the floor to a witness in a transcript.
STATEMENT_RECOGNITION = re.compile(
    r"\b(you'?re|you’re|you are) (now )?recogni[sz]ed\b|\bthe floor is yours\b|\bplease proceed\b|"
    r"\b(begin|proceed with|give) your (opening )?(statement|testimony|remarks)\b|\byou may (begin|proceed)\b",
    re.IGNORECASE,
)
STATEMENT_MIN_PARAGRAPHS = 2  # a "statement" of one paragraph is an answer, not prepared remarks
STATEMENT_MIN_WORDS = 150  # prepared remarks run to minutes; a long answer rarely reaches this


# ==================================================================================================
# timeline — dated events (owner: extract/timeline.py)
# ==================================================================================================

# Month names and the abbreviations outlets print ("Oct. 17", "Sept 3"); values are month numbers.
TIMELINE_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
TIMELINE_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Only an abbreviation takes a full stop ("Oct."); after a full name the stop ends the sentence.
_TL_MONTH = r"(?P<month>" + "|".join(m if len(m) > 4 or m in ("may", "june", "july") else m + r"\.?"
                                     for m in sorted(TIMELINE_MONTHS, key=len, reverse=True)) + r")"
_TL_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_TL_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
_TL_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Absolute dates, most specific first: a span taken by one is not read again by a later one.
# Each pattern's name says how to resolve it (see extract/timeline.py).
TIMELINE_ABSOLUTE = (
    ("day", re.compile(r"\b" + _TL_WEEKDAY + _TL_MONTH + r"\s+" + _TL_DAY + r",?\s+" + _TL_YEAR, re.I)),  # March 12, 2025
    ("day", re.compile(r"\b" + _TL_WEEKDAY + _TL_DAY + r"\s+" + _TL_MONTH + r",?\s+" + _TL_YEAR, re.I)),  # 14 June 2022
    ("month", re.compile(r"\b" + _TL_MONTH + r"\s+(?:of\s+)?" + _TL_YEAR, re.I)),  # March 2020, December of 2020
    ("day_no_year", re.compile(r"\b" + _TL_DAY + r"\s+" + _TL_MONTH + r"(?![\w-])", re.I)),  # on 3 August
    ("day_no_year", re.compile(r"\b" + _TL_MONTH + r"\s+" + _TL_DAY + r"\b(?!:)", re.I)),  # on March 12
    ("last_month_name", re.compile(r"\blast\s+" + _TL_MONTH + r"(?!\w)", re.I)),  # last August
    # A bare month needs a preposition: "May" alone is usually the verb.
    ("month_no_year", re.compile(r"\b(?:in|since|by|until|from|through|during|early|late|mid-?)\s+" + _TL_MONTH + r"(?!\w)", re.I)),
    # A year, with the word before it that gives its sense ("in 2014", "since 2022", "a 2022 brochure").
    ("year", re.compile(r"(?<![©\w$£€])(?:(?:in|since|from|until|by|during|before|after|of|a|an|the)\s+)?" + _TL_YEAR, re.I)),
)
# A copyright notice's year dates the page, not an event.
TIMELINE_NOT_A_YEAR = re.compile(r"(©|\(c\)|copyright)\s*$", re.I)

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
    ("ago", re.compile(r"\b(?:(?:about|around|roughly|nearly|almost|some|more than|less than)\s+)?(?:a|one)\s+(?P<unit>week|month|year)\s+ago\b", re.I)),
    ("last", re.compile(r"\blast\s+(?P<unit>week|month|year)\b", re.I)),
    ("this", re.compile(r"\bthis\s+(?P<unit>month|year)\b", re.I)),
    ("next", re.compile(r"\bnext\s+(?P<unit>week|month|year)\b", re.I)),
    # A deadline counted from the event: "the record will remain open for two weeks", "have two weeks to".
    ("deadline", re.compile(r"\bopen for\s+(?P<count>\d+|[a-z]+)\s+(?P<unit>days?|weeks?)\b", re.I)),
    ("deadline", re.compile(r"\b(?:have|has|get)\s+(?P<count>\d+|[a-z]+)\s+(?P<unit>days?|weeks?)\s+to\b", re.I)),
)
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
