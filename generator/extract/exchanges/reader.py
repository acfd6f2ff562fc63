"""The prose reader: pairs questioning sentences with the witness sentences that answer them."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.extract.exchanges.cast import Cast
from generator.extract.exchanges.draft import Draft, Unit, complete
from generator.extract.exchanges.prose import units
from generator.model import Story
from generator.patterns import exchanges as pat
from generator.patterns import people as people_pat

# "he" or "she" in any case, i.e. \b(he|she)\b with re.I, written to open with a character class (see
# patterns.people_any_word): the engine then tries only the positions holding one of those letters
_PRONOUN = re.compile(r"([hHsSſ](?<=\b.)(?:(?<=[hH])[eE]|(?<=[sSſ])[hH][eE]))\b")
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_YOU = re.compile(r"\byou(?:r|rs|’re|'re)?\b", re.I)
# a reporting verb after a name, past up to two words ("Doe later said", "Doe, 38, said")
_SPEECH_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?" + pat.EXCHANGE_ANSWER_VERBS.pattern, re.I)
# a reporting verb right after a name ("Doe said", "Doe has told")
_ATTACHED_SPEECH = re.compile(r"\s+(?:(?:has|had|have|also|then|later|again)\s+)?" + pat.EXCHANGE_ANSWER_VERBS.pattern,
                              re.I)


def prose_exchanges(story: Story, cast: Cast, statement: set[str]) -> list[Draft]:
    reader = _Reader(story, cast, statement)
    for unit in units(story, statement):
        reader.read(unit)
    return reader.done


class _Ref(NamedTuple):
    """A reference to a person in a sentence: a printed form, or a pronoun resolved (or not: name None)."""

    start: int
    end: int
    name: str | None
    pronoun: bool


class _Reader:
    """Reads narrative sentences in order, pairing questions with the witness's answers."""

    def __init__(self, story: Story, cast: Cast, statement: set[str]):
        self.cast, self.done = cast, []
        self.story, self.statement_ids = story, statement
        self.entry = {p.id: p.entry for p in story.paragraphs}
        self.section = {p.id: p.section for p in story.paragraphs}
        self.pending: Draft | None = None  # a question still waiting for its answer
        self.current: Draft | None = None  # the last answered exchange, which a next sentence may continue
        self.subjects: list[tuple[int, str]] = []  # (paragraph order, name) of recent sentence subjects
        self.prev: Unit | None = None
        self.prev_used = False
        self.soft: tuple[str, Unit] | None = None  # the last sentence and its subject, if a lawmaker's remark the
        # witness may answer (made a draft only if answered: most are not)
        self.stated: set[tuple] = set()  # entries (or paragraphs) about the prepared statement

    @functools.cached_property
    def statement(self) -> str:
        """The letters of the opening statement, to recognise its words quoted again (read if a quote needs it)."""
        # In reading order: a quote may run across two paragraphs (a set's order changes from run to run).
        return _letters(" ".join(p.text for p in self.story.paragraphs if p.id in self.statement_ids))

    def read(self, unit: Unit) -> None:
        if self.prev is None or self.prev.scope != unit.scope:
            self.pending, self.current, self.subjects = None, None, []
        if self.pending and self.pending.order < unit.order - 1:
            self.pending = None  # a question is answered in its own paragraph or the next, or not at all
        if _about_statement(unit.text):
            self.stated.add(self._stated_key(unit))
        refs = self._refs(unit)
        used = self._asked(unit, refs) or self._question(unit, refs) or self._answer(unit, refs)
        subject = refs[0].name if refs else None
        self.soft = None
        if not used and subject and subject not in self.cast.witnesses:
            if self.pending and subject != self.pending.questioner:
                self.pending = None  # the story has moved on to someone else
            self.current = None  # and the answer before is over
            # "Doe said a researcher had shown ... Smith said he had not seen it": a lawmaker's remark
            # answered by the witness in the very next sentence is a question too
            self.soft = (subject, unit)
        if subject:
            self.subjects.append((unit.order, subject))
        self.prev, self.prev_used = unit, bool(used)

    def _stated_key(self, unit: Unit) -> tuple:
        entry = self.entry.get(unit.para)
        return ("entry", entry) if entry is not None else ("para", unit.para)

    # --- references ---

    def _refs(self, unit: Unit) -> list[_Ref]:
        text, forms, regex = unit.plain, self.cast.forms, self.cast.regex
        named = [_Ref(m.start(), m.end(), forms[m.group(1)], False) for m in regex.finditer(text)] if regex else []
        pronouns = [_Ref(m.start(), m.end(), self._resolve(m.group(1), unit), True) for m in _PRONOUN.finditer(text)]
        return sorted(named + pronouns, key=_start) if named and pronouns else named or pronouns

    def _resolve(self, pronoun: str, unit: Unit) -> str | None:
        """The most recent compatible subject in this entry (this or the previous paragraph), else None.

        Right after a question, the one who answers is the witness: "Ms Doe asks Ms Smith ... She says yes".
        """
        gender = "m" if pronoun.lower() == "he" else "f"
        fits = lambda name: self.cast.gender.get(name) in (None, gender)  # noqa: E731
        if self.pending and not self.pending.answer:
            witness = next((w for w in self.cast.witnesses if fits(w)), None)
            if witness:
                return witness
        for order, name in reversed(self.subjects):  # newest first, back to the previous paragraph
            if order < unit.order - 1:
                break
            if fits(name):
                return name
        return None

    def _witness_speaks(self, unit: Unit, refs: list[_Ref], after: int = 0) -> _Ref | None:
        """The witness reference that reports speech: the subject, or followed by a reporting verb."""
        for i, r in enumerate(refs):
            if r.start < after or r.name not in self.cast.witnesses:
                continue
            follows = _SPEECH_AFTER.match(unit.plain, r.end)
            if (i == 0 and after == 0) or follows:
                return r
        return None

    # --- the three kinds of sentence ---

    def _asked(self, unit: Unit, refs: list[_Ref]) -> bool:
        """ "Asked (by X) about ..., Y said ..." and "In answer to a question about ..., Y said ..." """
        if not pat.EXCHANGE_ASKED_CLAUSE.match(unit.text):
            return False
        w = next((r for r in refs if r.name in self.cast.witnesses and r.start > 0), None)
        if w is None:
            return False
        asker = next(
            (r.name for r in refs if r.start < w.start and not r.pronoun and r.name not in self.cast.witnesses), None
        )
        draft = self._draft(asker, unit, unit.text[: w.start].rstrip(" ,"))
        answer = unit.text[w.start:]
        quote = self._quote(unit, w.start)
        if asker:
            self.current = complete(self.done, draft, unit, answer, quote)
        else:
            draft.answered(unit, answer, quote)
            self.done.append(draft)
            self.current = draft
        self.pending = None
        return True

    def _question(self, unit: Unit, refs: list[_Ref]) -> bool:
        """A lawmaker asking, pressing or challenging, or speaking to the witness ("you") in quotes."""
        if not refs or refs[0].name is None or refs[0].name in self.cast.witnesses:
            return False
        who, after = refs[0].name, unit.plain[refs[0].end:]
        verb = pat.EXCHANGE_QUESTION_VERBS.search(after)
        if not verb and not any(_YOU.search(unit.text[s:e]) for s, e in unit.quotes):
            return False
        if self.pending and self.pending.questioner == who and not self.pending.answer:
            self.pending.question.append(unit.text)
            self.pending.sources.append(unit.para)
            self.pending.order = unit.order
        else:
            lead = [self.prev.text] if self._leads(unit, who) else []
            self.pending = self._draft(who, unit, *lead, unit.text)
        self._self_answered(unit, refs, refs[0].end + (verb.end() if verb else 0))
        return True

    def _leads(self, unit: Unit, who: str) -> bool:
        """The sentence before, in the same paragraph and about the same lawmaker, sets up the question."""
        prev = self.prev
        return bool(prev and prev.para == unit.para and not self.prev_used and self.subjects
                    and self.subjects[-1] == (unit.order, who))

    def _self_answered(self, unit: Unit, refs: list[_Ref], verb_end: int) -> None:
        """ "X asked whether ..., to which Y replied: ..." or "X won Y's support for ...": answered in one."""
        w = self._witness_speaks(unit, refs, after=verb_end)
        if w:
            cut = unit.text.rfind(", ", 0, w.start)
            cut = cut if cut > 0 else w.start
            self.pending.question[-1] = unit.text[:cut]
            answer, quote = unit.text[cut:].lstrip(", "), self._quote(unit, cut)
        elif pat.EXCHANGE_SELF_ANSWERED.search(unit.text):
            answer, quote = unit.text, None
        else:
            return
        self.current = complete(self.done, self.pending, unit, answer, quote)
        self.pending = None

    def _answer(self, unit: Unit, refs: list[_Ref]) -> bool:
        w = self._witness_speaks(unit, refs)
        if w is None:
            return False
        quote = self._quote(unit, 0)
        asked = self.pending or self._remark(unit)
        if asked:
            self.current = complete(self.done, asked, unit, unit.text, quote)
            self.pending = None
        elif self._continues(unit, w):
            self.current.answered(unit, unit.text, quote)
        elif self._unprompted(unit, w, quote):
            question = [self.prev.text] if self.prev and self.prev.para == unit.para and not self.prev_used else []
            self.current = self._draft(None, unit, *question)
            self.current.answered(unit, unit.text, quote)
            self.done.append(self.current)
        else:
            return False
        return True

    def _remark(self, unit: Unit) -> Draft | None:
        """The lawmaker's remark right before, in the same paragraph, as the question this sentence answers."""
        if self.soft and self.soft[1].para == unit.para:
            who, remark = self.soft
            return self._draft(who, remark, remark.text)
        return None

    def _continues(self, unit: Unit, w: _Ref) -> bool:
        """More of the same answer: the same paragraph; or the next one when it opens with more quoted words,
        goes on "under further questioning", or (inside a live-blog entry) goes on with "he said"."""
        c = self.current
        if not (c and c.scope == unit.scope):
            return False
        if c.order == unit.order:
            return self.prev_used
        in_entry = self.entry.get(unit.para) is not None
        goes_on = _opens_quote(unit) or pat.EXCHANGE_CONTINUATION.match(unit.text) or (in_entry and w.pronoun)
        return c.order == unit.order - 1 and bool(goes_on)

    def _unprompted(self, unit: Unit, w: _Ref, quote: str | None) -> bool:
        """An answer reported without its question, outside anything about the prepared statement."""
        if self._stated_key(unit) in self.stated:  # (`read` has added this sentence's own entry if it is about it)
            return False
        if quote and len(quote.split()) >= pat.EXCHANGE_MIN_STATEMENT_WORDS and _letters(quote) in self.statement:
            return False  # words from the opening statement, quoted again: not an answer
        return bool(_ATTACHED_SPEECH.match(unit.plain, w.end))

    def _quote(self, unit: Unit, after: int) -> str | None:
        inner = [unit.text[s:e] for s, e in unit.quotes if s >= after]
        return inner[0] if inner else None

    def _draft(self, who: str | None, unit: Unit, *question: str) -> Draft:
        return Draft(who, list(question), sources=[unit.para], scope=unit.scope, order=unit.order,
                      section=self.section.get(unit.para))


def _start(ref: _Ref) -> int:
    return ref.start


def _about_statement(text: str) -> bool:
    return (people_pat.people_may_match(text, pat.EXCHANGE_STATEMENT_WORDS)
            and bool(pat.EXCHANGE_STATEMENT_CUES.search(text)))


def _opens_quote(unit: Unit) -> bool:
    return bool(unit.quotes) and unit.quotes[0][0] <= 2


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())
