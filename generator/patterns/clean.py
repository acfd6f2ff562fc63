"""Publisher chrome, for the clean stage (clean.py, chrome.py): the chrome rules and the cue words of each
regex (CleanCue), related-headline boxes, credit lines, appeals for money, datelines, standfirsts and
hard-wrapped text."""

from __future__ import annotations

import re
from typing import NamedTuple

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
