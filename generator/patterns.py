"""Heuristics as named data: cue words, regular expressions and thresholds, grouped by stage.

Every cue is generic (a kind of chrome, an honorific, a reporting verb, a date word), never a sentence or a
name from one particular text. Each group says why it exists.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.casefold import fold

# ==================================================================================================
# clean — publisher chrome (owner: clean stage)
# ==================================================================================================
# Each rule is (reason, cues). A rule matches a whole line, or every sentence of a line, or a sentence
# glued to content with no space ("...all the difference.The chief executive"). Cues name a KIND of page
# furniture; a publisher's own wording never appears here.


class CleanCue(NamedTuple):
    """A chrome regex (matched case aside) and plain words, in lower case, one of which every line it matches
    holds. Trying every regex on every line made clean slow, though most lines are content: a regex is tried only
    on lines holding one of its words. A word starting with "^" must open the line or a sentence in it (after
    . ! or ?, so also after an entry number such as "1."); the others may stand anywhere, and each costs a scan
    of the whole text: prefer "^" words, and words rare in content. tests/test_clean.py checks that no word hides
    a match."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]


def _cue(regex: str, *words: str) -> CleanCue:
    return CleanCue(re.compile(regex, re.IGNORECASE), words)


_CLEAN_BUTTON_WORDS = ("share", "copy", "copied", "link", "this", "resize", "print", "email", "save", "tweet", "post",
                       "-", "|")
_CLEAN_BUTTON = "(" + "|".join(map(re.escape, _CLEAN_BUTTON_WORDS)) + ")"


CLEAN_CHROME: tuple[tuple[str, tuple[CleanCue, ...]], ...] = (
    # Skip links, accessibility menus, breadcrumbs ("Outlet | Section") and footer links are site navigation.
    ("navigation", (
        _cue(r"^skip to (main )?content$", "^skip to"),
        _cue(r"^accessibility( help)?$", "^accessibility"),
        _cue(r"^[\w&'’ ]{2,30} \| [\w&'’ ]{2,30}$", " | "),
        _cue(r"privacy policy$", "privacy policy"),
        _cue(r"^do not sell my personal information$", "^do not sell"),
        _cue(r"^terms (of|and) (use|service|conditions)$", "^terms "),
        _cue(r"^cookie (policy|settings|preferences)$", "^cookie "),
        _cue(r"^contact us$", "^contact us"),
        _cue(r"^(?-i:About [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3})$", "^about "),
    )),
    # Labels a live page puts above its feed; they describe the page, not the hearing.
    ("page label", (
        _cue(r"^live (reporting|updates|coverage|blog)$", "^live "),
        _cue(r"^all times (\w+ ){0,3}(uk|et|bst|gmt|utc|local)\b", "^all times "),
    )),
    ("participation prompt", (
        _cue(r"^(get involved|have your say|send us your (questions|comments|views))\.?$",
             "^get involved", "^have your say", "^send us your"),
    )),
    ("licence notice", (
        _cue(r"\blicen[cs]e is required\b", "is required"),
        _cue(r"^find out more about licen[cs]es\.?$", "^find out more"),
    )),
    ("advertisement", (
        _cue(r"^(advertisement|advert|sponsored( content)?|story continues below( advertisement)?)$",
             "^advert", "^sponsored", "^story continues below"),
    )),
    ("audio player", (
        _cue(r"^listen to (this )?(article|story)$", "^listen to"),
        _cue(r"^\(?\d+ min(ute)?s?( read| listen)?\)?$", " min"),
    )),
    ("browser warning", (
        _cue(r"^(ie|internet explorer) ?\d* is not supported\b", "^ie", "^internet explorer"),
        _cue(r"\bon (another|a different|a newer) browser\b", "browser"),
        _cue(r"\b(upgrade|update) your browser\b", "browser"),
        _cue(r"\benable javascript\b", "enable javascript"),
    )),
    ("newsletter prompt", (
        _cue(r"^sign up (for|to)\b.*\bnewsletters?\b", "^sign up"),
        _cue(r"^subscribe (to|for)\b.{0,60}$", "^subscribe"),
        _cue(r"^(get|receive) (our|the) .{0,40}newsletter", "^get ", "^receive "),
    )),
    # "By X" only when short and unpunctuated: a sentence starting "By Tuesday, ..." is content.
    ("byline", (
        _cue(r"^(?-i:(?:(?:Edited|Written|Reported|Compiled) )?(?:B|b)y [A-Z][^.!?]{0,80})$",
             "^by ", "^edited by ", "^written by ", "^reported by ", "^compiled by "),
        _cue(r"^(?-i:[A-Z][a-z]+) (covers|reports on|writes about) .{3,80} for ",
             " covers ", " reports on ", " writes about "),
        _cue(r"^this (page|blog|live page|coverage) (was|has been) (edited|written|compiled|produced) by\b", "^this "),
    )),
    ("timestamp", (
        _cue(r"^(updated|published|first published|last updated|last modified)\b.*\d",
             "^updated", "^published", "^first published", "^last updated", "^last modified"),
        _cue(r"/ updated\b", "/ updated"),
    )),
    ("capture-relative time", (
        _cue(r"^\d+\s?(s|m|mins?|h|hrs?|d|seconds?|minutes?|hours?|days?) ago$", " ago"),
    )),
    ("comment prompt", (
        _cue(r"^join (our|the) .{0,40}(comment|discussion|conversation|forum|community)", "^join "),
        _cue(r"\bfollow other .{0,30}readers\b", "follow other "),
        _cue(r"^(view|show|load|read|see) (the |all )?(discussion|comments)$",
             "^view ", "^show ", "^load ", "^read ", "^see "),
        _cue(r"^comments?( \(\d+\))?$", "^comment"),
        _cue(r"^(leave|post|add) a comment\b", "^leave a ", "^post a ", "^add a "),
    )),
    ("page-loading notice", (
        _cue(r"\ballow a moment for the .{0,30}to load\b", "allow a moment"),
        _cue(r"^loading( the)? (live ?blog|page|updates)", "^loading "),
    )),
    # A line made only of button words ("Share this -", "Copy link", "Share Resize", "Link copied").
    ("share button", (
        _cue(rf"^{_CLEAN_BUTTON}( {_CLEAN_BUTTON}){{0,4}}$", *("^" + word for word in _CLEAN_BUTTON_WORDS)),
    )),
    ("social embed", (
        _cue(r"^skip \w+ (post|content) by\b", "^skip "),
        _cue(r"^allow \w+ content\?$", "^allow "),
        _cue(r"^content from \w+ may use cookies\b", "^content from "),
        _cue(r"^accept to view it here\.?$", "^accept to view"),
        _cue(r"^accept and continue$", "^accept and continue"),
        _cue(r"^end of \w+ post by\b", "^end of "),
        _cue(r"^view more on (twitter|x|instagram|youtube|tiktok|threads|bluesky)$", "^view more on "),
    )),
    ("pagination", (
        _cue(r"^page \d+ of \d+$", "^page "),
        _cue(r"^(next|previous|older|newer) (page|posts|entries)$", "^next ", "^previous ", "^older ", "^newer "),
        _cue(r"^load more( updates| posts| entries)?$", "^load more"),
        _cue(r"^show (more|older) (updates|posts)$", "^show "),
    )),
    ("promotion", (
        _cue(r"^watch (live|now)\b.{0,40}$", "^watch "),
        _cue(r"^listen live\b", "^listen live"),
        _cue(r"^(download|get) (our|the) app\b", "^download ", "^get "),
    )),
    ("copyright", (
        _cue(r"^(©|copyright\b|\(c\) \d{4})", "^©", "^copyright", "^(c) "),
        _cue(r"^all rights reserved\.?$", "^all rights reserved"),
        _cue(r"^redistribution\b.*\bprohibited\b", "^redistribution"),
        _cue(r"\bis not responsible for the content of external (sites|websites)\b", "content of external "),
    )),
    ("transcription service", (
        _cue(r"^(rush transcripts?\b|transcript no\.|end of transcript\b|transcription (services? )?by\b)",
             "transcri"),
        _cue(r"\btranscript(ion)? service\b", "transcri"),
        _cue(r"^(?-i:[A-Z]+(?: [A-Z]+){0,3} TRANSCRIPTS?)$", "transcri"),
        _cue(r"\bspeaker names are spelled as heard\b", "spelled as heard"),
        _cue(r"\bmarks passages the transcriber could not hear\b", "transcri"),
    )),
    # A numbered or plain entry that only says goodbye; its factual lines ("The hearing has ended") stay.
    ("sign-off", (
        _cue(r"^(\d+\.\s+)?(that's|that’s|that is) (all|it) (from|for) (us|me|today|now|this)\b",
             "^that's ", "^that’s ", "^that is "),
        _cue(r"^(\d+\.\s+)?(we're|we’re|we are) (wrapping up|pausing|closing) (our|this)\b",
             "^we're ", "^we’re ", "^we are "),
        _cue(r"^this live (blog|page) (is now closed|has (now )?ended)\b", "^this live "),
        _cue(r"^thank(s| you) for (following|joining|reading)\b", "^thank"),
    )),
    ("related link", (_cue(r"\bread (our|the) full (story|report|article) here\b", " full "),)),
)

# Lines that introduce a list of related headlines; the headline lines that follow are removed with them.
CLEAN_RELATED_HEAD = (
    _cue(r"^(related( coverage| stories| articles| content)?|more on this story|what to read next|read more|"
         r"recommended( stories)?|most read|you may also like|more from [\w ]{2,30})\s*:?$",
         "^related", "^more on this story", "^what to read next", "^read more", "^recommended", "^most read",
         "^you may also like", "^more from "),
)
CLEAN_RELATED_MAX_HEADLINES = 3  # a related box rarely lists more; bounds the damage of a wrong guess

# Credit lines are metadata: kept in Story.credits, not in the paragraphs.
CLEAN_CREDIT = (
    _cue(r"\bcontributed (reporting )?to this (report|story|article)\b", "contribut"),
    _cue(r"^additional reporting\b", "^additional reporting"),
    _cue(r"^(reporting|writing) by [A-Z].{0,80}\bediting by\b", "^reporting by ", "^writing by "),
)

# Appeals for money run over several lines, most of which carry no cue of their own, so they are found as a
# block: from one cue line to the last cue line at most CLEAN_APPEAL_GAP lines later, at least two cue lines.
CLEAN_APPEAL_CUES = (
    _cue(r"^(your|every) (support|donation|contribution|gift)s?\b", "^your ", "^every "),
    _cue(r"\bpaywalls?\b", "paywall"),
    _cue(r"\b(keep|fund|support) (our|quality) (reporting|journalism)\b(?! is)", "reporting", "journalism"),
    _cue(r"\b(donate|make a (donation|contribution))\b", "donat", "contribut"),
    _cue(r"^help keep\b.{0,40}\bfree\b", "^help keep"),
)
CLEAN_APPEAL_GAP = 2
CLEAN_APPEAL_LONE_MAX_WORDS = 12  # a lone cue line is an appeal only when short ("Support our journalism")

# A capture-relative time before an entry time: "2h ago / 8:52 PM UTC" -> keep "8:52 PM UTC".
CLEAN_RELATIVE_TIME_PREFIX = _cue(r"^\s*\d+\s?(s|m|mins?|h|hrs?|d|seconds?|minutes?|hours?|days?) ago\s*/\s*", " ago")

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

# Hard-wrapped texts (saved from PDFs or e-mails) break every paragraph at a fixed width. A line break is a wrap
# when the line is full (the next line's first word would not have fitted in the widest line); the text is
# hard-wrapped only when its widest line is that narrow and enough of its breaks are such wraps, most of them
# mid-sentence. Texts with one paragraph per line have much longer lines and are never touched.
CLEAN_WRAP_WIDTH = (40, 100)  # the widest line of a hard-wrapped text, in characters
CLEAN_WRAP_MIN_BREAKS = 3
CLEAN_WRAP_MIN_SHARE = 0.25  # of all non-blank lines, the share that wrap on into the next
CLEAN_WRAP_MID_SENTENCE_SHARE = 0.5  # of the wraps, the share that do not end with a sentence
CLEAN_WRAP_SENTENCE_END = re.compile(r"[.!?:][\"”’')\]]*$")


# ==================================================================================================
# segment — paragraphs, entries, turns, sentences, quotations, blocks (owner: segment stage)
# ==================================================================================================

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
# ==================================================================================================
# people — who the story names (owner: extract/people.py)
# ==================================================================================================

# One word of a personal name as printed: "Doe", "O'Brien", "McDonald", "Smith-Jones", an initial "J.".
# Written as its capital, then the rest (PEOPLE_NAME_REST), so that a pattern can look at what comes before the
# capital after reading it: a pattern that opens with a character class is tried only where that class matches.
PEOPLE_NAME_REST = r"(?:(?<=M)a?c[A-Z][a-z]+|[a-z]+(?:[-'’][A-Z][a-z]+)*|\.)"
PEOPLE_NAME_WORD = rf"[A-Z]{PEOPLE_NAME_REST}"


def people_any_word(words, not_after: str) -> str:
    """A regex for any of `words` (longest first) not preceded by a character of the class `not_after`.

    Speed, not sense: the words are grouped by first letter and the look-behind is written after it, so the
    pattern opens with literal letters: the engine skips every position that holds none of them (a leading
    look-behind is tried at every position) and tries only the words of the letter it finds.
    "(?<![\\w.])(?:Mrs|Mr|Dr)" reads "M(?<![\\w.].)(?:rs|r)|D(?<![\\w.].)(?:r)": the same matches, several times faster.
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    groups = (f"{re.escape(first)}(?<!{not_after}.)(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return f"(?:{'|'.join(groups)})"


# Honorifics printed before a name, longest first so "Subcommittee Chairwoman" wins over "Chairwoman".
# The value is the role the honorific implies: None means it says nothing about the role ("Mr", "Dr"),
# "lawmaker" means a member of Congress whose chamber the story decides (a chair may be either).
PEOPLE_HONORIFICS = {
    "Subcommittee Chairwoman": "lawmaker", "Subcommittee Chairman": "lawmaker", "Subcommittee Chair": "lawmaker",
    "Ranking Member": "lawmaker", "Chairwoman": "lawmaker", "Chairman": "lawmaker",
    "Congresswoman": "representative", "Congressman": "representative", "Representative": "representative",
    "Rep.": "representative", "Senator": "senator", "Sen.": "senator",
    "Mrs.": None, "Mrs": None, "Miss": None, "Mr.": None, "Mr": None, "Ms.": None, "Ms": None,
    "Dr.": None, "Dr": None,
}
# What an honorific says about gender, so "he"/"she" can be resolved without guessing.
PEOPLE_GENDER = {"Mr": "m", "Mr.": "m", "Ms": "f", "Ms.": "f", "Mrs": "f", "Mrs.": "f", "Miss": "f",
                 "Congressman": "m", "Congresswoman": "f", "Chairman": "m", "Chairwoman": "f",
                 "Subcommittee Chairwoman": "f", "Subcommittee Chairman": "m"}

# Nouns that describe a person's job or relation when printed next to a name ("special counsel John
# Doe", "Jane Roe, chief executive of ...", "his college roommate, John Smith"). They are what makes a
# bare capitalised pair a person rather than a company or a place.
PEOPLE_TITLE_NOUNS = (
    "ceo", "chief executive", "executive", "founder", "co-founder", "cofounder", "president", "chair",
    "chairman", "chairwoman", "director", "counsel", "official", "officer", "spokesman", "spokeswoman",
    "spokesperson", "mp", "lawmaker", "legislator", "analyst", "researcher", "scientist", "professor",
    "adviser", "advisor", "aide", "attorney", "lawyer", "secretary", "commissioner", "boss", "head",
    "economist", "whistleblower", "candidate", "governor", "mayor", "judge", "prosecutor", "ambassador",
    "regulator", "administrator", "activist", "advocate", "expert", "engineer", "employee", "manager",
    "roommate", "colleague", "partner", "friend", "wife", "husband", "brother", "sister", "son", "daughter",
    "father", "mother", "member", "witness", "chief", "owner", "investor", "critic",
)
# Of those, the ones that make a person a public official (role "official").
PEOPLE_OFFICIAL_NOUNS = (
    "counsel", "official", "commissioner", "secretary", "attorney general", "inspector general", "prosecutor",
    "ambassador", "regulator", "administrator", "governor", "mayor", "judge",
)
# Journalists are not people of the story: a name described by one of these is skipped.
PEOPLE_PRESS_NOUNS = ("reporter", "correspondent", "editor", "writer", "journalist", "columnist", "producer",
                      "photographer", "contributor")
# Possessives that only a person has ("John Doe's presidential campaign").
PEOPLE_POSSESSED = re.compile(r"^['’]s (?:(?:presidential|election|re-?election|political) )?"
                              r"(?:campaign|administration|presidency)\b")
# A relative "who" right after a name is a person cue: companies and places take "which".
PEOPLE_WHO = re.compile(r"^,\s+who\b")

# Words that capitalise like names but are not ("The Senate", "On Tuesday", "Kansas"): a bare capitalised run
# containing one of these is not a personal name.
PEOPLE_NOT_NAME = frozenset(
    "The A An In On At By For From With To Of And But Or Asked As After Before When While Under His Her Their "
    "Its Our Your This That These Those It He She They We I You Senate House Congress Committee Subcommittee "
    "Panel Capitol Washington U.S. US American Americans Federal National Republican Democrat Democratic "
    "Republicans Democrats Independent Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December Inc Ltd LLC Health Labs "
    "Capital Group Company Corp Association Center Centre Council Commission Agency Department Act Bill "
    "University College Institute Foundation News Post Times Press Network Digital Data Technology".split()
)

# Party words in prose ("Republican Senator ...", "a New Jersey Democrat", "an independent from Alaska").
PEOPLE_PARTY_WORDS = {"democrat": "D", "democratic": "D", "republican": "R", "gop": "R", "independent": "I"}
# A party word preceded by one of these belongs to another country's party ("Liberal Democrat MP").
PEOPLE_FOREIGN_PARTY = re.compile(r"\b(liberal|social|christian|new|free|labour|labor)\s+$", re.I)
# Party–state tags: "D-Ore.", "R-S.C.", "(R., Kan.)", "(D-MD)", "(R-WYO)", "R-Texas", "I-Vt.".
PEOPLE_TAG = re.compile(r"^(?:,\s*|\s*\(\s*)(?P<party>[DRI])(?:\.,?\s*|\s*[-–]\s*)"
                        r"(?P<state>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.)*)\)?")
# Cues that the subject of a sentence is the one testifying (not a questioner).
PEOPLE_TESTIMONY = re.compile(
    r"\b(testif(?:y|ied|ies|ying)|testimony|opening (?:statement|remarks)|sworn in|faced .{0,40}questions|"
    r"(?:was|been|being) questioned|questioned by|appear(?:ed|s)? before|answered questions)\b", re.I)
# Speed, not sense: every cue above contains one of these words (in lower case); a paragraph without any is not
# searched. Most paragraphs have none, and looking for a word is much faster than trying the cues at every position.
# Keep them implied by the cues.
PEOPLE_TESTIMONY_WORDS = ("testi", "opening", "sworn", "faced", "questioned", "appear", "answered")


def people_may_match(text: str, words) -> bool:
    """Whether a case-insensitive pattern that cannot match without one of `words` (in lower case) may match.

    Speed, not sense (see PEOPLE_TESTIMONY_WORDS). The text is folded as the pattern compares letters (the long s
    and the Turkish i's read as "s" and "i"), so the words are found wherever the pattern could match.
    """
    low = fold(text)
    return any(word in low for word in words)

# US states: full names, then AP-style abbreviations and postal codes, keyed without dots or spaces and in
# capitals, so "S.C.", "SC", "Ore.", "ORE", "Wyo.", "WYO" and "Texas" all find their state.
PEOPLE_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
_AP_STATES = (  # AP stylebook abbreviations, in PEOPLE_STATES order (None: AP spells the name out)
    "Ala.", None, "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", None, None, "Ill.",
    "Ind.", None, "Kan.", "Ky.", "La.", None, "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", None, "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Tex.", None, "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
)
_POSTAL_STATES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)
# Older and longer forms seen in tags ("R-Tenn", "D-Ore", "R-Ind", "R-Wyo" in capitals are covered by AP).
_EXTRA_STATES = {"CALIF": "California", "PENN": "Pennsylvania", "WISC": "Wisconsin", "WVA": "West Virginia"}


def _state_key(text: str) -> str:
    return re.sub(r"[.\s]", "", text).upper()


PEOPLE_STATE_CODES = {
    **{_state_key(s): s for s in PEOPLE_STATES},
    **{_state_key(a): s for a, s in zip(_AP_STATES, PEOPLE_STATES, strict=True) if a},
    **{p: s for p, s in zip(_POSTAL_STATES, PEOPLE_STATES, strict=True)},
    **_EXTRA_STATES,
}

# Where a sentence ends when the segment stage has not split sentences: after . ! ? (and a closing quote)
# before a capital, but not after an honorific or a state abbreviation ("Sen. Doe", "D-Ore., said").
# The look-behinds come after the stop and include it ("Mr." rather than "Mr" before it): a pattern that opens with
# a character class is tried only where it matches, one that opens with look-behinds at every position.
PEOPLE_SENTENCE_END = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bMrs.)(?<!\bDr.)(?<!\bSen.)(?<!\bRep.)(?<!\bSt.)(?<![A-Z].)(?<!\b[ap]\.m.)"
    r"[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])"
)



# ==================================================================================================
# exchanges — questions put to the witness and the answers (owner: extract/exchanges.py)
# ==================================================================================================

# A lawmaker doing one of these to the witness is putting a question, even without a question mark:
# plain asking, pressing and challenging verbs, and the "is not satisfied" kind of stance that a live blog
# uses to say a lawmaker pushed back.
EXCHANGE_QUESTION_VERBS = re.compile(
    r"\b(ask(?:s|ed)?|asking|press(?:es|ed)?|wants? to know|wanted to know|question(?:s|ed)|quizz(?:es|ed)|"
    r"grill(?:s|ed)|challeng(?:es|ed)|push(?:es|ed) back|zero(?:es|ed) in|return(?:s|ed) to|insist(?:s|ed)|"
    r"demand(?:s|ed)|(?:is|was) not (?:satisfied|convinced)|unconvinced|sceptical|skeptical|"
    r"(?:won|secured|extracted|got)\b[^.]{0,40}['’]s (?:support|backing|agreement|commitment|promise))\b",
    re.I,
)
# A sentence that carries its own answer: "won the witness's support", i.e. the question and the reply are
# told in one breath, so no separate answer sentence follows.
EXCHANGE_SELF_ANSWERED = re.compile(r"\b(won|secured|extracted|got)\b[^.]{0,40}['’]s (support|backing|agreement|"
                                    r"commitment|promise)\b", re.I)
# "Asked by Senator X whether ..., Y said": the asker is in the clause, or unnamed ("Asked whether ...",
# "Asked by another senator ..."). "In answer to a question about ..." is the same with no asker.
EXCHANGE_ASKED_CLAUSE = re.compile(r"^\W*(asked\b|in (?:answer|response|reply) to (?:a )?questions?\b|"
                                   r"when asked\b|pressed on\b)", re.I)
# Verbs that report what the witness said; a witness sentence with one of them and some content is an answer.
# Not "answered" or "agreed": "as he answered questions", "agreed to testify" report no words.
EXCHANGE_ANSWER_VERBS = re.compile(
    r"\b(say|says|said|repl(?:y|ies|ied)|respond(?:s|ed)?|tell|tells|told|explain(?:s|ed)?|"
    r"acknowledg(?:es|ed)|conced(?:es|ed)|admit(?:s|ted)?|insist(?:s|ed)|den(?:y|ies|ied)|"
    r"correct(?:s|ed)|add(?:s|ed)|repeat(?:s|ed)|disclos(?:es|ed)|confirm(?:s|ed)|warn(?:s|ed)|"
    r"names|named|describ(?:es|ed)|put it)\b",
    re.I,
)
# A follow-up that opens like this restates the previous point ("So you're taking their word for it"):
# it is folded into the exchange it follows rather than counted as a new question.
EXCHANGE_RESTATEMENT = re.compile(r"^\W*(so|then|and so)\b", re.I)
# A witness sentence opening like this goes on with the answer before it, even in a new paragraph.
EXCHANGE_CONTINUATION = re.compile(r"^\W*(under (further|more|repeated) questioning|(when|if) pressed( further)?|"
                                   r"pressed (further|again)|asked again|on follow-up)\b", re.I)
# Entries or sentences about the witness's prepared remarks: what the witness says there is the statement,
# not an answer to a question.
EXCHANGE_STATEMENT_CUES = re.compile(
    r"\b(opening (?:statement|remarks)|prepared (?:statement|remarks)|written (?:statement|testimony|version)|"
    r"sworn in|delivering the statement)\b", re.I)
# Speed, not sense: every cue above contains one of these words (in lower case); a sentence without any is not
# searched (see people_may_match). Keep them implied by the cues.
EXCHANGE_STATEMENT_WORDS = ("opening", "prepared", "written", "sworn", "delivering")
# Words too common to show that two questions are about the same point.
EXCHANGE_STOPWORDS = frozenset(
    "about above after again against also although among because been before being below between both could "
    "does doing down during each every from further have having here hers herself himself into itself just "
    "more most much must never nothing once only other ought over same says said should some such than that "
    "their theirs them themselves then there these they this those through under until very were what when "
    "where which while whom whose will with would your yours asked asks whether company senator senators "
    "witness told tell know wants want make made said says well".split()
)
EXCHANGE_MIN_WORD = 5  # shorter words ("data", "said") are too common to tie two questions together
EXCHANGE_MIN_STATEMENT_WORDS = 4  # a quote this long found in the opening statement is the statement re-quoted
EXCHANGE_STEM = 5  # compare word beginnings, so "answered" meets "answer" and "clinics" meets "clinic"


# ==================================================================================================
# numbers — figures for a "by the numbers" page (owner: extract/numbers.py)
# ==================================================================================================

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


# ==================================================================================================
# glossary — terms a reader may need explained (owner: extract/glossary.py)
# ==================================================================================================

# Head nouns of a description that makes a name an organisation, a law or a thing worth explaining
# ("Brightwell, a data *broker*", "Section 230, the 1996 US *law*"). People's descriptions ("a Democrat from ...",
# "the chief executive of ...") have other heads, which keeps people out of the glossary.
GLOSSARY_KINDS = frozenset({
    "firm", "company", "start-up", "startup", "fund", "group", "nonprofit", "non-profit", "charity", "organisation",
    "organization", "agency", "regulator", "watchdog", "broker", "maker", "manufacturer", "platform", "app",
    "service", "network", "newsletter", "publication", "outlet", "council", "panel", "board", "law", "bill", "act",
    "statute", "rule", "regulation", "provision", "program", "programme", "feature", "setting", "tool", "product",
    "check", "term", "standard", "boundary", "signal", "counter", "software", "system", "practice", "technique",
    "process", "measure", "coalition", "association", "union", "body", "commission", "committee", "consultancy",
    "provider", "bank", "insurer", "subsidiary", "technology", "code", "database", "marketplace", "exchange",
})
# Words that end the head of a description: "a data broker *based* in Ohio", "a company *that* connects".
GLOSSARY_HEAD_BREAKS = frozenset({
    "that", "which", "who", "whose", "with", "of", "in", "on", "at", "for", "from", "to", "by", "based",
    "affiliated", "responsible", "around", "hidden", "where", "when", "used", "known", "owned", "run", "behind",
})
# Words that cannot start a lowercase term: the term of art is the noun phrase after them.
GLOSSARY_STOPWORDS = frozenset({
    "the", "a", "an", "to", "on", "in", "of", "for", "with", "by", "about", "at", "from", "and", "or", "but", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "its", "their", "his", "her", "our", "your", "my",
    "this", "that", "these", "those", "which", "who", "it", "they", "we", "he", "she", "i", "you", "as", "into",
    "called", "named", "so", "not", "no", "any", "every", "each", "some", "all", "more", "most", "new", "own",
})
# Names of institutions end in one of these ("Federal Trade Commission", "Youth Digital Wellbeing Act").
GLOSSARY_INSTITUTION_HEADS = frozenset({
    "Committee", "Subcommittee", "Commission", "Agency", "Administration", "Bureau", "Department", "Council", "Act",
    "Center", "Centre", "Institute", "Authority", "Board", "Office", "Service", "Foundation", "Court",
})
# A run of capitalised words, the way names of organisations are printed; small words may join them.
_GLOSSARY_NAME_REST = r"[\w&'’.-]*(?:,?\s+(?:(?:and|of|for|on|the|&)\s+)*(?:[A-Z][\w&'’-]*|\d+))*"
GLOSSARY_NAME = r"[A-Z]" + _GLOSSARY_NAME_REST
# A capital that starts a word. The check on the character before comes after the capital: a pattern that opens
# with a character class is tried only where that class matches, one that opens with a check is tried at every
# position (several times slower).
GLOSSARY_WORD_CAPITAL = r"[A-Z](?<![\w-].)"
GLOSSARY_NAME_RUN = re.compile(GLOSSARY_WORD_CAPITAL + _GLOSSARY_NAME_REST)
# "Brightwell, a data-mining firm ...", "Section 230, the 1996 US law ..." (apposition after a name):
# the description after the comma; the name is the run of capitalised words that ends at the comma.
# Dots inside abbreviations ("between 10 p.m. and 7 a.m.", "a U.S. law") do not end the description.
GLOSSARY_APPOSITION = re.compile(r",\s+(?P<def>(?:a|an|the)\s+(?:[^,.;:()]|\.(?=[A-Za-z]\.)|(?<=\.[A-Za-z])\.)+)")
GLOSSARY_NAME_AT_END = re.compile(GLOSSARY_WORD_CAPITAL + _GLOSSARY_NAME_REST + r"$")
# "age assurance, the industry's term for ...", "a watermark - an inaudible signal ...", "voice cloning - software".
# After a comma the description needs an article; after a dash it may go without one.
# The name's words are taken possessively (`*+`, `{0,5}+`): what follows a word is never part of one, so giving
# letters or words back to look for the comma or dash finds nothing, and is the slow part of a failing try.
_GLOSSARY_LOWER_WORDS = r"(?P<name>[a-z][a-z-]*+(?:\s++[a-z][a-z-]*+){0,5}+)"
GLOSSARY_TERM_OF_ART = (
    re.compile(r"(?<![\w'’-])" + _GLOSSARY_LOWER_WORDS + r",\s+(?P<def>(?:a|an|the)\s+[^,.;:()]+)"),
    re.compile(r"(?<![\w'’-])" + _GLOSSARY_LOWER_WORDS + r"\s+[-–—]\s+(?P<def>(?:(?:a|an|the)\s+)?[a-z][^,.;:()]+)"),
)
# "software development kits, or SDKs, small pieces of code ..." (a term, its acronym, then what it is).
GLOSSARY_OR_ACRONYM = re.compile(
    r"(?<![\w'’-])(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}),\s+or\s+(?P<acronym>[A-Z]{2,6}s?),\s+(?P<def>[^,.;:()]+)"
)
# "The Federal Communications Commission (FCC), the US regulator ..." (an acronym in brackets after its name).
GLOSSARY_PAREN_ACRONYM = re.compile(r"(?P<name>" + GLOSSARY_NAME + r")\s+\((?P<acronym>[A-Z]{2,6})\)(?P<rest>.*)")
# A short quoted term of art after a determiner: its "duty of care" provision, considered it "a closed case".
GLOSSARY_QUOTED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this)\s+[“\"‘'](?P<term>[a-z][a-z -]{1,40}?)[”\"’']"
    r"|[“\"‘'](?:a|an)\s+(?P<inner>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)[”\"’']"
)
# "... announced on Monday: "live consent", a check in which ..." (a quoted term explained by apposition).
GLOSSARY_QUOTED_APPOSITION = re.compile(
    r"[“\"‘'](?P<name>[a-z][a-z -]{1,40}?)[”\"’'],\s+(?P<def>(?:a|an|the)\s+[^,.;:()]+)"
)
# Evaluative openings mark a quoted phrase, not a term of art: a "more proactive role", a "very good" year.
GLOSSARY_QUOTE_NOT_TERM = frozenset({"more", "most", "less", "least", "very", "so", "too", "much", "really", "just"})
# "the data-mining company Brightwell", "the tech newsletter Night Owl" (the kind before the name).
GLOSSARY_KIND_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?P<def>(?:[\w-]+\s+){0,2}?(?P<kind>[a-z-]+))\s+(?P<name>" + GLOSSARY_NAME + r")"
)
# "Acme CEO Jane Roe", "Acme founder and CEO ...": the name before a company title is a company.
GLOSSARY_COMPANY_TITLE = re.compile(
    r"(?P<name>" + GLOSSARY_NAME + r")\s+"
    r"(?:CEO|chief executive|founder|co-founder|boss|chairman|chairwoman|president)\b"
)
# "the joint Senate Commerce and Judiciary committees": one committee per name joined by "and".
GLOSSARY_COMMITTEES = re.compile(
    r"(?P<chamber>Senate|House)\s+(?P<names>[A-Z]\w+(?:,?\s+(?:and\s+)?[A-Z]\w+)*)\s+committees\b"
)
# "names the two platforms as Brightwell and Oakmere": names given for a kind of thing.
GLOSSARY_NAMED_AS = re.compile(
    r"\b(?P<kind>[a-z-]+)s\s+as\s+(?P<names>[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z][\w-]*)"
)
# A bare acronym worth explaining: 2–6 capitals ("FBI", "HIPAA"), not one every reader knows.
# Not inside a word or an abbreviation: checked after the first capital, as in GLOSSARY_WORD_CAPITAL.
GLOSSARY_ACRONYM = re.compile(r"(?P<acronym>[A-Z](?<![\w.&-].)[A-Z]{1,5})(?:s\b)?(?![\w.&-]|\.\w)")
GLOSSARY_COMMON_ACRONYMS = frozenset({
    "US", "UK", "EU", "UN", "USA", "CEO", "CFO", "CTO", "COO", "AI", "TV", "ID", "PM", "AM", "ET", "EDT", "EST",
    "CT", "PT", "PST", "PDT", "UTC", "GMT", "BST", "MP", "MPs", "OK", "NOW", "II", "III", "IV", "LLC", "INC", "PDF",
    "URL", "PR", "IT", "DC", "NY", "LA", "Q", "A", "I", "PS", "ICYMI", "FAQ", "UPDATE", "LIVE", "BREAKING",
    "AP", "AFP", "UPI",  # news agencies in datelines and credits: the source, not the story
})
# Words that open a capitalised run without being part of the name ("Your Safety Council").
GLOSSARY_NAME_OPENERS = frozenset({"The", "A", "An", "Your", "Our", "Their", "His", "Her", "Its", "My", "This", "That"})

# A gazetteer of terms of art that general readers commonly need explained in coverage of tech, privacy,
# competition, health, finance, elections and law. Texts rarely define them: a reporter assumes the reader knows
# what a "data broker" or a "private right of action" is, so no sentence pattern finds them. One concept a line;
# " | " separates spellings and near-synonyms that one glossary entry explains together. Matching ignores case,
# treats hyphen and space alike and accepts a plural s. "{demonym}" stands for a nationality adjective
# ("Russian interference"). Left out on purpose: words every reader knows (subpoena, lawsuit, hack, privacy,
# settlement, bipartisan, artificial intelligence) and self-explaining phrases (location data, written testimony,
# terms of service, opening statement): listing them would bury the entries that do need explaining.
GLOSSARY_LEXICON = (
    # privacy and personal data
    "data broker", "data mining", "data scraping | web scraping", "data breach", "data portability",
    "data minimisation | data minimization", "data retention", "data localisation | data localization",
    "targeted advertising | targeted ads | targeted adverts | behavioural advertising | behavioral advertising",
    "microtargeting", "surveillance advertising | surveillance capitalism", "opt out | opt-out", "opt in | opt-in",
    "personally identifiable information", "protected health information", "de-identified data | de-identification",
    "anonymisation | anonymization | anonymised data | anonymized data", "pseudonymisation | pseudonymization",
    "biometric data | biometric identifiers", "facial recognition", "device fingerprinting", "tracking pixel",
    "third-party cookie | tracking cookie", "shadow profile", "dark pattern", "privacy by design",
    "right to be forgotten", "data protection officer", "differential privacy", "end-to-end encryption",
    "encryption", "backdoor", "warrantless surveillance", "national security letter", "geofence warrant",
    # platforms, software and online speech
    "app developer | third-party app | third-party developer", "software development kit",
    "application programming interface", "content moderation", "recommendation algorithm",
    "algorithmic amplification", "algorithmic bias", "engagement-based ranking", "infinite scroll", "autoplay",
    "shadow ban | shadowban | shadow banning", "echo chamber", "filter bubble", "clickbait", "sponsored content",
    "programmatic advertising", "real-time bidding", "ad exchange", "walled garden", "interoperability",
    "net neutrality", "open source", "cloud computing", "age verification | age estimation | age assurance",
    "parental consent", "child sexual abuse material", "sextortion", "cyberbullying", "doxxing | doxing",
    "deepfake | deep fake", "synthetic media", "voice cloning", "watermark | watermarking", "generative ai",
    "large language model", "machine learning", "chatbot", "training data", "robocall", "caller id spoofing",
    "spoofed call", "ransomware", "malware", "spyware", "phishing", "zero-day", "botnet", "credential stuffing",
    "two-factor authentication | multi-factor authentication", "denial-of-service attack", "bug bounty",
    "supply chain attack",
    # competition and antitrust
    "monopoly | monopolies", "monopsony", "antitrust", "anticompetitive | anti-competitive", "market power",
    "self-preferencing", "network effect", "vertical integration", "killer acquisition", "predatory pricing",
    "price fixing", "collusion", "cartel", "consumer welfare standard", "divestiture", "gatekeeper platform",
    # health
    "telehealth | telemedicine", "electronic health record | electronic medical record", "prior authorisation | "
    "prior authorization", "pharmacy benefit manager", "formulary", "biosimilar", "orphan drug", "off-label",
    "informed consent", "public option", "single-payer", "surprise billing | surprise medical bill",
    "price transparency", "value-based care", "fee-for-service", "mental health parity", "health savings account",
    # finance
    "cryptocurrency", "stablecoin", "blockchain", "decentralised finance | decentralized finance",
    "insider trading", "short selling | short seller", "stock buyback | share buyback", "private equity",
    "hedge fund", "venture capital", "payday loan", "buy now, pay later", "overdraft fee", "money laundering",
    "know your customer", "capital requirements", "systemic risk", "fiduciary duty", "market manipulation",
    "pump and dump", "wash trading", "margin call", "derivatives",
    # elections and campaigns
    "election interference | interference in elections | foreign interference | {demonym} interference | "
    "election meddling | {demonym} meddling",
    "fake news | misinformation | disinformation", "influence operation | influence campaign",
    "coordinated inauthentic behaviour | coordinated inauthentic behavior", "astroturfing", "troll farm",
    "dark money", "super pac", "political action committee", "gerrymandering", "voter suppression",
    "ballot harvesting", "mail-in ballot | mail-in voting | absentee ballot", "opposition research",
    # government, courts and Congress
    "special counsel | independent counsel | special prosecutor", "inspector general", "solicitor general",
    "private right of action", "right to repair", "consent decree", "class action", "safe harbour | safe harbor",
    "duty of care", "due process", "qualified immunity", "sovereign immunity", "preemption | pre-emption",
    "statute of limitations", "amicus brief", "injunction", "cease and desist", "rulemaking", "regulatory capture",
    "revolving door", "sunset clause", "executive privilege", "contempt of congress", "whistleblower",
    "deferred prosecution agreement", "attorney-client privilege", "filibuster", "cloture", "unanimous consent",
    "continuing resolution", "omnibus bill", "earmark", "markup",
)
# A nationality adjective for "{demonym}" above ("Russian", "Chinese", "North Korean"); case matters here.
GLOSSARY_DEMONYM = r"(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ch)"
# Names of hurricanes and storms are events readers may not place ("after hurricane Katrina", "Storm Ciara").
GLOSSARY_NAMED_EVENT = re.compile(
    r"\b(?P<kind>[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Ss]torm|[Ss]uperstorm|[Ss]torm)"
    r"\s+(?P<name>[A-Z][a-z]+)\b"
)
# Hashtags name campaigns ("the #metoo movement"); "the Me Too movement" names one without the hash.
GLOSSARY_HASHTAG = re.compile(r"(?<![\w#&/])#(?P<tag>[A-Za-z]\w{1,40})(?P<movement>\s+movement\b)?")
GLOSSARY_MOVEMENT = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+movement\b")
# "the right-to-repair fight, the push by farmers ...": a hyphenated cause named by the campaign around it.
GLOSSARY_CAUSE = re.compile(
    r"\bthe\s+(?P<name>[a-z]+(?:-[a-z]+){1,4})\s+(?:fight|push|debate|movement|campaign|battle|crusade|cause)\b"
    r"(?:,\s+(?P<def>(?:a|an|the)\s+[^,.;:()]+))?"
)
# ... but not a measure or a time ("the two-day debate", "the long-running fight", "the Ohio-based campaign").
GLOSSARY_NOT_CAUSE = re.compile(
    r"(?:^|-)(?:one|two|three|four|five|six|seven|eight|nine|ten|day|week|month|year|hour|minute|long|old|based|"
    r"awaited|running|standing|term|time|last|first)(?:-|$)"
)
# "a private right of action for health data, which would let patients ...": a proposal defined by what it
# would do. Only "which would": "which allows", "which lets" describe products as often as terms of art.
GLOSSARY_PROPOSAL = re.compile(
    r"\b(?:a|an|the)\s+(?P<name>[a-z][a-z-]*(?:\s+(?:of\s+)?[a-z][a-z-]*){0,3}?)"
    r"(?:\s+(?:for|on|against|over)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})?,\s+(?P<def>which\s+would\s+[^,.;:()]+)"
)
# "Which platforms received the data?" answered by "Brightwell and Oakmere, Senator.": names of that kind.
GLOSSARY_WHICH_QUESTION = re.compile(r"^\W*(?:which|what)\s+(?P<kind>[a-z-]+?)s?\s+[^?]*\?\W*$", re.I)
GLOSSARY_NAME_LIST = re.compile(
    r"^(?P<names>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?(?:,\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)*"
    r"(?:,?\s+and\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)?)(?:,\s+(?P<vocative>[\w.’' ]{2,20}))?[.!]?$"
)
# One-word answers that are not names ("No.", "Both, Senator.").
GLOSSARY_NOT_ANSWER_NAMES = frozenset({
    "Yes", "No", "Both", "Neither", "None", "All", "Some", "Several", "Many", "Correct", "Right", "Absolutely",
    "Senator", "Congressman", "Congresswoman", "Sir", "Madam", "Chairman", "Chairwoman", "Thank", "Thanks", "I",
})
# "its intake questionnaire" ... "our intake questionnaire": a compound the text keeps giving an owner, in more
# than one voice (narrator and witness, questioner and witness), names a thing the story is about.
GLOSSARY_POSSESSIVES = ("his", "her", "its", "our", "your", "my", "their")
# Matched ignoring case: a regex in lower case, which glossary/words.py `Caseless` compiles for that.
GLOSSARY_POSSESSED_COMPOUND = (
    r"\b(?P<owner>" + "|".join(GLOSSARY_POSSESSIVES) + r")\s+(?P<term>[a-z][a-z-]+\s+[a-z][a-z-]+)(?![\w-])"
)
GLOSSARY_POSSESSED_MIN = 2  # mentions, with at least this many different owners
# Words that cannot be part of such a compound: rank and order words, verbs and other small words.
GLOSSARY_POSSESSED_NOT = frozenset({
    "top", "own", "first", "last", "next", "only", "best", "biggest", "main", "other", "same", "whole", "entire",
    "previous", "latest", "new", "old", "current", "former", "future", "full", "very", "many", "few", "several",
    "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "may", "might", "must",
    "do", "does", "did", "has", "have", "had", "not", "and", "or", "but", "to", "that", "which", "who", "it",
})
# The parts of every hearing, which its coverage keeps giving owners ("his opening statement", "my time").
GLOSSARY_POSSESSED_NOT_TERMS = frozenset({
    "opening statement", "opening remarks", "closing statement", "closing remarks", "prepared remarks",
    "first question", "last question", "final question", "follow-up question", "home state",
})

# Speed, not sense: text a pattern above cannot match without. The finders try a pattern only in the sentences
# where its cue is (glossary/words.py `Units.scan`): these patterns try a run of words at every position, which
# is slow, while their cue opens with a rare character or word and is quick to look for. A cue must stay implied
# by its pattern, and must not open with a space (the finders join the sentences with line breaks). Cues that
# depend on which matches a finder keeps are kept with the finder. A tuple of cues is found where any of them is:
# plain words are found faster one by one than as one alternation, tried at every letter one of them starts with.
GLOSSARY_CUES = {
    GLOSSARY_OR_ACRONYM: re.compile(r",\s+or\s"),
    GLOSSARY_NAMED_AS: re.compile(r"as\s+[A-Z]"),
    GLOSSARY_PAREN_ACRONYM: re.compile(r"\([A-Z]{2,6}\)"),
    GLOSSARY_QUOTED: re.compile(r"[“\"‘'](?:(?<=\s.)[a-z]|an?\s)"),  # after a space, or "a ..." inside
    GLOSSARY_CAUSE: re.compile(r"-[a-z]+\s+(?:fight|push|debate|movement|campaign|battle|crusade|cause)\b"),
    GLOSSARY_PROPOSAL: re.compile(r"which\s+would"),
    GLOSSARY_COMPANY_TITLE: re.compile(r"CEO|chief executive|founder|boss|chairman|chairwoman|president"),
    GLOSSARY_NAMED_EVENT: tuple(re.compile(word) for word in ("urricane", "yphoon", "yclone", "torm")),
    GLOSSARY_HASHTAG: re.compile(r"#"),
    GLOSSARY_MOVEMENT: re.compile(r"movement"),
    GLOSSARY_COMMITTEES: re.compile(r"committees"),
}
