"""Stage 2, clean: separate content from publisher chrome.

Needs: `Story.text`. Adds: `title`, `standfirst`, `credits`, `removed` (what was cut and why) and `content`
(the remaining lines, with chrome glued onto a content line cut off).

Each line gets a verdict: content, chrome (with a reason), credit, or content with a chrome prefix/suffix cut
off. A few scans of the whole text first tell which cues each line may match at all, so that most lines (content)
are tried against no pattern. Rules that need context (appeal blocks, related-link boxes, reporter names under
entry headlines) run as later passes over the verdicts. The first content line is the title, the next one the
standfirst when it reads like one. Content lines keep their indentation: segment reads it for numbered entries.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, NamedTuple

from generator import patterns as pt
from generator.model import Removed, Story


class _Verdict(NamedTuple):
    reason: str | None = None  # None: content
    chrome: str = ""  # the removed text (all of the line, or the cut part)
    keep: str | None = None  # content left after a cut; None when the whole line goes


_CONTENT = _Verdict()


def clean(story: Story) -> Story:
    """Cut chrome from `story.text`; fill title, standfirst, credits, removed and content."""
    lines = [(n, line.rstrip()) for n, line in enumerate(story.text.split("\n"), 1) if line.strip()]
    unwrapped = _unwrapped(lines)
    wrapped, lines = len(unwrapped) < len(lines), unwrapped
    texts = [text.strip() for _, text in lines]
    cues = _line_cues(texts)
    verdicts = [_verdict(text, cues[i]) if i in cues else _CONTENT for i, text in enumerate(texts)]
    verdicts = _appeal_blocks(texts, verdicts, cues)
    verdicts = _related_boxes(lines, verdicts, cues, wrapped=wrapped)
    verdicts = _reporter_names(texts, lines, verdicts)
    kept = [
        line if v.keep is None else (line[0], _kept_text(line[1], v))
        for line, v in zip(lines, verdicts, strict=True)
        if v.reason is None or v.keep
    ]
    title, standfirst, kept = _headline(kept, lines, verdicts)
    removed = tuple(Removed(v.chrome, v.reason, n) for (n, _), v in zip(lines, verdicts, strict=True) if v.reason)
    credits = tuple(r.text for r in removed if r.reason == "credit")
    return replace(story, title=title, standfirst=standfirst, credits=credits, removed=removed, content=tuple(kept))


# --- hard-wrapped paragraphs --------------------------------------------------------------------


def _unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In a hard-wrapped text, the lines of each paragraph joined back with a space (numbered by the first)."""
    wraps = _wraps(lines)
    if not wraps:
        return lines
    result: list[tuple[int, str]] = []
    for i, (n, text) in enumerate(lines):
        if i - 1 in wraps:
            result[-1] = (result[-1][0], result[-1][1] + " " + text.strip())
        else:
            result.append((n, text))
    return result


def _wraps(lines: list[tuple[int, str]]) -> set[int]:
    """Rows whose line break is a wrap; none unless the whole text reads as hard-wrapped."""
    width = max((len(text) for _, text in lines), default=0)
    low, high = pt.CLEAN_WRAP_WIDTH
    if not low <= width <= high:
        return set()
    wraps = {i for i in range(len(lines) - 1) if _wraps_on(lines[i], lines[i + 1], width)}
    mid_sentence = sum(not pt.CLEAN_WRAP_SENTENCE_END.search(lines[i][1]) for i in wraps)
    if (
        len(wraps) < pt.CLEAN_WRAP_MIN_BREAKS
        or len(wraps) < pt.CLEAN_WRAP_MIN_SHARE * len(lines)
        or mid_sentence < pt.CLEAN_WRAP_MID_SENTENCE_SHARE * len(wraps)
    ):
        return set()
    return wraps


def _wraps_on(line: tuple[int, str], following: tuple[int, str], width: int) -> bool:
    """The next line comes right under this full one, and does not start a turn, bullet or entry time."""
    (n, text), (m, next_text) = line, following
    next_text = next_text.strip()
    starts_anew = pt.SEGMENT_TURN.match(next_text) or pt.SEGMENT_BULLET.match(next_text)
    full = len(text) + 1 + len(next_text.split()[0]) > width
    return m == n + 1 and full and not (starts_anew or pt.SEGMENT_TIME.match(next_text))


# --- which cues a line may match -------------------------------------------------------------------
# Trying every cue on every line made clean the slowest stage, although most lines are content. An anchored cue
# can only match where a line, sentence or glued piece starts, and mostly opens with fixed words ("copy link");
# any other cue only matches text holding one of its fixed words ("privacy policy"). Both are read from the
# regex's own parse tree, so nothing is guessed. A few scans of the whole text find them and tell, for each
# line, the few cues worth trying; a line with none is content without trying a pattern.


class _Cue(NamedTuple):
    use: str  # chrome | credit | appeal | relative (capture-relative time prefix) | related (head of a box)
    reason: str
    pattern: re.Pattern[str]


_CUES = (  # in the order of patterns.py: for chrome the first matching rule gives the reason
    *(_Cue("chrome", reason, p) for reason, cues in pt.CLEAN_CHROME for p in cues),
    *(_Cue("credit", "credit", p) for p in pt.CLEAN_CREDIT),
    *(_Cue("appeal", "appeal for money", p) for p in pt.CLEAN_APPEAL_CUES),
    _Cue("relative", "capture-relative time", pt.CLEAN_RELATIVE_TIME_PREFIX),
    *(_Cue("related", "related link", p) for p in pt.CLEAN_RELATED_HEAD),
)
_MAX_SPELLINGS = 64  # a fixed opening is spelled out ("(share|copy)( this)?" -> 4 texts) up to this many ways
_MAX_WORDS = 3  # inner words per cue at most: each costs one search of the whole text
_MIN_WORD = 3  # shorter inner words ("by", "-") are in most lines; a cue without better ones is tried everywhere


def _parsed(pattern: re.Pattern[str]) -> list[tuple[Any, Any]]:
    return list(re._parser.parse(pattern.pattern, pattern.flags))  # the regex module's own parser


def _anchored(pattern: re.Pattern[str]) -> bool:
    first = _parsed(pattern)[:1]
    return pattern.pattern.startswith("^") and first == [(re._constants.AT, re._constants.AT_BEGINNING)]


def _spellings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every text a parsed regex part can match, lower-cased, when there are few ("x", "[cs]", "(a|b)c?")."""
    out = {""}
    for op, arg in items:
        alternatives = _item_spellings(op, arg)
        if alternatives is None:
            return None
        out = {a + b for a in out for b in alternatives}
        if len(out) > _MAX_SPELLINGS:
            return None
    return out


def _item_spellings(op: Any, arg: Any) -> set[str] | None:
    sre = re._constants
    if op is sre.LITERAL:
        return {chr(arg).lower()}
    if op is sre.AT:  # ^ $ \b match no text
        return {""}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
        return {chr(code).lower() for _, code in arg}
    if op is sre.SUBPATTERN:
        return _spellings(arg[-1])
    if op is sre.BRANCH:
        branches = [_spellings(branch) for branch in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op is sre.MAX_REPEAT and arg[1] <= 1:  # x? or x{1}
        inner = _spellings(arg[2])
        return None if inner is None else inner | ({""} if arg[0] == 0 else set())
    return None


def _openings(pattern: re.Pattern[str]) -> set[str] | None:
    """The fixed texts every match of an anchored cue opens with ("share", "copy link", "-"); None when it
    opens with a varying part ("\\d+ min")."""
    out = _opening(_parsed(pattern)[1:])
    return None if "" in out else out


def _opening(items: list[tuple[Any, Any]]) -> set[str]:
    """The fixed texts a parsed regex part opens with ({""} when it opens with a class such as \\d)."""
    out = {""}
    for op, arg in items:
        fixed = _item_spellings(op, arg)
        longer = {a + b for a in out for b in (fixed if fixed is not None else _item_opening(op, arg))}
        if len(longer) > _MAX_SPELLINGS:
            break
        out = longer
        if fixed is None:  # what follows a varying part is not at a fixed place
            break
    return out


def _item_opening(op: Any, arg: Any) -> set[str]:
    sre = re._constants
    if op is sre.SUBPATTERN:
        return _opening(arg[-1])
    if op is sre.BRANCH:
        return set().union(*(_opening(branch) for branch in arg[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
        return _opening(arg[2])
    return {""}


def _inner_words(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A few words one of which every match contains: the set whose shortest word is longest (the rarest)."""
    telling = [w for w in _word_sets(items) if len(w) <= _MAX_WORDS and min(map(len, w)) >= _MIN_WORD]
    return min(telling, key=lambda words: (-min(map(len, words)), len(words)), default=None)


def _word_sets(items: list[tuple[Any, Any]]) -> Iterator[set[str]]:
    """Word sets one of which every match contains: each run of fixed text, the spellings of each fixed choice
    ("(donate|make a donation)"), and the best set of each group that is not fixed."""
    run = ""
    for op, arg in items:
        fixed = _item_spellings(op, arg)
        if fixed is not None and len(fixed) == 1:
            run += fixed.pop()
            continue
        yield {run}
        run = ""
        nested = fixed if fixed is not None else _nested_words(op, arg)
        if nested:
            yield nested
    yield {run}


def _nested_words(op: Any, arg: Any) -> set[str] | None:
    sre = re._constants
    if op is sre.SUBPATTERN:
        return _inner_words(arg[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
        return _inner_words(arg[2])
    if op is sre.BRANCH:
        branches = [_inner_words(branch) for branch in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    return None


def _cue_index() -> tuple[dict[str, frozenset[int]], frozenset[int], dict[str, frozenset[int]], frozenset[int]]:
    """(opening -> cues, cues tried where lines start, inner word -> cues, cues tried on every line); a cue is
    an index into _CUES."""
    openings, varying, words, everywhere = defaultdict(set), set(), defaultdict(set), set()
    for i, cue in enumerate(_CUES):
        anchored = _anchored(cue.pattern)
        opening = _openings(cue.pattern) if anchored else None
        inner = None if opening else _inner_words(_parsed(cue.pattern))
        if opening:
            for word in opening:
                openings[word].add(i)
        elif anchored and cue.use != "appeal" and not (inner and len(inner) == 1):
            varying.add(i)  # cheaper to try where lines start than 2+ searches; appeals count in any sentence
        elif inner:
            for word in inner:
                words[word].add(i)
        else:
            everywhere.add(i)
    # a line opening with "copy link" opens with "copy" too: the longest opening found there names all of them
    longest = {w: frozenset().union(*(ids for start, ids in openings.items() if w.startswith(start))) for w in openings}
    return longest, frozenset(varying), _searched(words), frozenset(everywhere)


def _searched(words: dict[str, set[int]]) -> dict[str, frozenset[int]]:
    """The inner words to search for: a word holding another ("your browser", "browser") needs no search."""
    out: dict[str, set[int]] = {}
    for word in sorted(words, key=len):
        holder = next((w for w in out if w in word), word)
        out.setdefault(holder, set()).update(words[word])
    return {word: frozenset(ids) for word, ids in out.items()}


def _trie(words: Iterable[str]) -> str:
    """One regex for many words, shaped as a trie (few branches to try at each position), longest match first."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    branches += [""] if "" in node else []  # a word may end here: after the longer ones
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_OPENING_CUES, _VARYING_CUES, _WORD_CUES, _EVERY_LINE = _cue_index()
_EVERY_CUE = frozenset(range(len(_CUES)))
# Fixed openings are looked for, in the lower-cased text, wherever a line or a sentence (after . ! ? and
# spaces) may start. A line with a piece glued on after . ! ? (case aside: "said.We're") gets every cue. One
# search per starting character: the regex engine finds a single character much faster than any of a set.
_OPENINGS = tuple(
    re.compile(re.escape(start) + r"(?:(?<=[a-z0-9][.!?])(?=[a-z][a-z])|\s*(?=(" + _trie(_OPENING_CUES) + ")))")
    for start in "\n.!?"
)
# Anchored cues that open with a varying part ("\d+ min") are tried where lines start, in the text as it is
# ($: a line end); sentences later in a line get them all (_mid_line).
_VARYING = re.compile(
    "\n(?=" + "|".join(f"(?:{_CUES[i].pattern.pattern[1:]})" for i in sorted(_VARYING_CUES)) + ")",
    re.IGNORECASE | re.MULTILINE,
)
# re's IGNORECASE matches these to "i" and "s", lower() does not: spelled so before lower-casing.
_CASE_TRAPS = "\u0130\u0131\u017f"
_UNTRAPPED = str.maketrans(_CASE_TRAPS, "iis")


def _line_cues(texts: list[str]) -> dict[int, _LineCues]:
    """For each line that may match a cue, the cues to try; the other lines match none."""
    flat = "\n" + "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=1))
    hits: dict[int, set[int]] = defaultdict(set)
    for match in _VARYING.finditer(flat):
        hits[bisect.bisect(starts, match.end()) - 1].update(_VARYING_CUES)
    if any(char in flat for char in _CASE_TRAPS):
        flat = flat.translate(_UNTRAPPED)
    flat = flat.lower()  # one character for one: positions still point into the lines
    for match in itertools.chain.from_iterable(opening.finditer(flat) for opening in _OPENINGS):
        opening = match.group(1)
        hits[bisect.bisect(starts, match.end()) - 1].update(_OPENING_CUES[opening] if opening else _EVERY_CUE)
    for word, cues in _WORD_CUES.items():
        at = flat.find(word)
        while at >= 0:  # one hit per line is enough: go on from the next line
            row = bisect.bisect(starts, at) - 1
            hits[row].update(cues)
            at = flat.find(word, starts[row + 1])
    for row in range(len(texts)) if _EVERY_LINE else ():
        hits[row].update(_EVERY_LINE)
    return {row: _line_cues_of(frozenset(ids)) for row, ids in hits.items()}


class _LineCues(NamedTuple):
    """The cues worth trying on a line, by use, in the order of patterns.py."""

    ids: frozenset[int]
    chrome: tuple[tuple[str, re.Pattern[str]], ...]
    credit: tuple[re.Pattern[str], ...]
    appeal: tuple[re.Pattern[str], ...]
    related: bool


@functools.cache
def _line_cues_of(ids: frozenset[int]) -> _LineCues:
    cues = [_CUES[i] for i in sorted(ids)]
    return _LineCues(
        ids=ids,
        chrome=tuple((cue.reason, cue.pattern) for cue in cues if cue.use == "chrome"),
        credit=tuple(cue.pattern for cue in cues if cue.use == "credit"),
        appeal=tuple(cue.pattern for cue in cues if cue.use == "appeal"),
        related=any(cue.use == "related" for cue in cues),
    )


# --- one line on its own --------------------------------------------------------------------------


def _verdict(line: str, cues: _LineCues) -> _Verdict:
    reason = (
        _credit(line, cues)
        or _chrome_reason(line, cues)
        or _all_sentences_reason(line, cues)
        or _lone_appeal(line, cues)
    )
    if reason:
        return _Verdict(reason, line)
    return _relative_time_cut(line) or _glued_cut(line, cues) or _CONTENT


def _credit(line: str, cues: _LineCues) -> str | None:
    return "credit" if cues.credit and any(p.search(line) for p in cues.credit) else None


def _chrome_reason(text: str, cues: _LineCues) -> str | None:
    text = text.strip()
    for reason, pattern in cues.chrome:
        if pattern.search(text):
            return reason
    return None


def _sentences(line: str) -> list[str]:
    pieces = pt.CLEAN_SENTENCE_BOUNDARY.split(line)
    return [s for piece in pieces for s in pt.CLEAN_GLUED_BOUNDARY.split(piece) if s.strip()]


def _all_sentences_reason(line: str, cues: _LineCues) -> str | None:
    """A line of several sentences, each of them chrome ("IE 11 is not supported. For an optimal ...")."""
    sentences = _sentences(line) if cues.chrome else []
    if len(sentences) < 2:
        return None
    first = _chrome_reason(sentences[0], cues)
    return first if first and all(_chrome_reason(s, _mid_line(cues)) for s in sentences[1:]) else None


def _mid_line(cues: _LineCues) -> _LineCues:
    """The cues for a sentence that starts inside a line: with every varying anchored cue."""
    return _line_cues_of(cues.ids | _VARYING_CUES)


def _is_appeal(text: str, cues: _LineCues) -> bool:
    text = text.strip()
    return any(p.search(text) for p in cues.appeal)


def _lone_appeal(line: str, cues: _LineCues) -> str | None:
    short = bool(cues.appeal) and len(line.split()) <= pt.CLEAN_APPEAL_LONE_MAX_WORDS
    return "appeal for money" if short and all(_is_appeal(s, cues) for s in _sentences(line)) else None


def _relative_time_cut(line: str) -> _Verdict | None:
    """"2h ago / 8:52 PM UTC": the capture-relative part is chrome, the entry time is kept."""
    match = pt.CLEAN_RELATIVE_TIME_PREFIX.match(line)
    if not match:
        return None
    return _Verdict("capture-relative time", match.group(0).strip(" /"), line[match.end():])


def _glued_cut(line: str, cues: _LineCues) -> _Verdict | None:
    """Chrome glued with no space onto the start or end of a content sentence."""
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    first, last = pieces[0], pieces[-1]
    reason = _chrome_reason(first, cues) or ("appeal for money" if _is_appeal(first, cues) else None)
    if reason:
        return _Verdict(reason, first.strip(), line[len(first):])
    reason = _chrome_reason(last, cues)
    if reason:
        return _Verdict(reason, last.strip(), line[: len(line) - len(last)])
    return None


def _kept_text(raw: str, verdict: _Verdict) -> str:
    """The content part of a line, keeping the original indentation of the line."""
    if verdict.keep is None:
        return raw
    indent = raw[: len(raw) - len(raw.lstrip())]
    return indent + verdict.keep.strip()


# --- passes that need neighbouring lines ----------------------------------------------------------


def _appeal_blocks(
    texts: list[str], verdicts: list[_Verdict], cues: dict[int, _LineCues]
) -> list[_Verdict]:
    """A run of appeal lines (cue lines at most CLEAN_APPEAL_GAP apart, two or more) is chrome throughout."""
    cue_rows = [i for i in sorted(cues) if cues[i].appeal and any(_is_appeal(s, cues[i]) for s in _sentences(texts[i]))]
    result = list(verdicts)
    for block in _runs(cue_rows, pt.CLEAN_APPEAL_GAP):
        if len(block) < 2:
            continue
        for i in range(block[0], block[-1] + 1):
            result[i] = _appeal_row(texts[i], result[i], is_last=i == block[-1])
    return result


def _runs(rows: list[int], gap: int) -> list[list[int]]:
    runs: list[list[int]] = []
    for row in rows:
        if runs and row - runs[-1][-1] <= gap:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _appeal_row(line: str, verdict: _Verdict, *, is_last: bool) -> _Verdict:
    """Inside an appeal block every line goes, except content glued onto the block's last line."""
    if verdict.reason and verdict.reason != "appeal for money":
        return verdict
    if is_last and verdict.keep:
        return verdict
    if is_last:
        glued = _glued_appeal_cut(line)
        if glued:
            return glued
    return _Verdict("appeal for money", line)


def _glued_appeal_cut(line: str) -> _Verdict | None:
    pieces = pt.CLEAN_GLUED_BOUNDARY.split(line)
    if len(pieces) < 2:
        return None
    tail = pieces[-1]
    return _Verdict("appeal for money", line[: len(line) - len(tail)].strip(), tail)


def _related_boxes(
    lines: list[tuple[int, str]], verdicts: list[_Verdict], cues: dict[int, _LineCues], *, wrapped: bool
) -> list[_Verdict]:
    """"RELATED COVERAGE" and the headline lines that follow it, up to a blank line or a real sentence (in a
    hard-wrapped text blank lines part every paragraph, so only a real sentence ends the box)."""
    result = list(verdicts)
    for i in sorted(i for i, line_cues in cues.items() if line_cues.related):
        n, text = lines[i]
        if result[i].reason or not any(p.match(text.strip()) for p in pt.CLEAN_RELATED_HEAD):
            continue
        result[i] = _Verdict("related link", text.strip())
        for j in range(i + 1, min(i + 1 + pt.CLEAN_RELATED_MAX_HEADLINES, len(lines))):
            nj, next_text = lines[j]
            if (nj != n + (j - i) and not wrapped) or result[j].reason or not _headline_like(next_text.strip()):
                break
            result[j] = _Verdict("related link", next_text.strip())
    return result


def _headline_like(text: str) -> bool:
    return not text.endswith((".", "!", "?", ":", ".”", '."')) and len(text.split()) <= 20


def _reporter_names(texts: list[str], lines: list[tuple[int, str]], verdicts: list[_Verdict]) -> list[_Verdict]:
    """A bare name under an entry headline (time, headline, name) or above a reporter's bio is a byline."""
    result = list(verdicts)
    content = [i for i, v in enumerate(result) if v.reason is None or v.keep]
    for k, i in enumerate(content):
        text = texts[i]
        if not pt.CLEAN_NAME_LINE.match(text):
            continue
        after_headline = k >= 2 and pt.SEGMENT_TIME.match(_content_text(lines, result, content[k - 2]))
        above_bio = i + 1 < len(lines) and result[i + 1].reason == "byline"
        if after_headline or above_bio:
            result[i] = _Verdict("byline", text)
    return result


def _content_text(lines: list[tuple[int, str]], verdicts: list[_Verdict], i: int) -> str:
    return _kept_text(lines[i][1], verdicts[i]).strip()


# --- headline and standfirst ----------------------------------------------------------------------


def _headline(
    kept: list[tuple[int, str]], lines: list[tuple[int, str]], verdicts: list[_Verdict]
) -> tuple[str | None, str | None, list[tuple[int, str]]]:
    """The first content line is the title; the next is the standfirst when nothing was removed between and it
    sits right under the title or reads like a headline (no final full stop): otherwise it is the story itself."""
    if not kept or not _title_like(kept[0][1].strip()):
        return None, None, kept
    (title_line, title), rest = kept[0], kept[1:]
    if rest and _is_standfirst(rest[0], title_line, lines, verdicts):
        return title.strip(), rest[0][1].strip(), rest[1:]
    return title.strip(), None, rest


def _is_standfirst(
    candidate: tuple[int, str], title_line: int, lines: list[tuple[int, str]], verdicts: list[_Verdict]
) -> bool:
    n, text = candidate[0], candidate[1].strip()
    placed = n == title_line + 1 or not text.endswith((".", "!", "?"))
    return placed and _standfirst_like(text) and not _removed_between(lines, verdicts, title_line, n)


def _title_like(text: str) -> bool:
    return not (
        text.endswith(":")
        or pt.SEGMENT_DATE_LINE.match(text)
        or pt.SEGMENT_TIME.match(text)
        or pt.SEGMENT_TURN.match(text)
        or pt.SEGMENT_BULLET.match(text)
    )


def _standfirst_like(text: str) -> bool:
    return (
        _title_like(text)
        and text.casefold() not in pt.SEGMENT_SUMMARY_LABELS
        and not pt.CLEAN_DATELINE.match(text)
        and len(text.split()) <= pt.CLEAN_STANDFIRST_MAX_WORDS
    )


def _removed_between(lines: list[tuple[int, str]], verdicts: list[_Verdict], first: int, last: int) -> bool:
    for (n, _), v in zip(lines, verdicts, strict=True):
        if n >= last:  # lines are in order: nothing further can lie between
            return False
        if v.reason and n > first:
            return True
    return False
