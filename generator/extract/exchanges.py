"""Extract exchanges: each question put to the witness, who put it, and the witness's answer.

Needs: `Story.people` (roles and printed forms), `Story.paragraphs` (section, entry, speaker), `Story.sentences`,
`Story.quotes`, `Story.statement` / `Story.blocks`. Adds: `Story.exchanges`, in reading order.
Transcripts pair questioner turns with the witness turns after them; prose pairs a questioning sentence
("X asked ...", "Asked by X ...", "X presses her on ...") with the witness sentences that follow it. The asker is
named only when the text names them (a pronoun counts only when it resolves within its entry); answers the
text reports without an asker become exchanges with no questioner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from generator import patterns as pat
from generator.model import Exchange, Paragraph, Person, Story

_PRONOUN = re.compile(r"\b(he|she)\b", re.I)
_YOU = re.compile(r"\byou(?:r|rs|’re|'re)?\b", re.I)


@dataclass(frozen=True)
class _Unit:
    """One sentence in reading order, with where it sits and its quotations (offsets into `text`)."""

    para: str
    order: int  # paragraph index in reading order
    scope: tuple  # pronouns and pending questions never cross a scope (an entry, or a run of a section)
    text: str
    quotes: tuple[tuple[int, int], ...]


@dataclass
class _Draft:
    """An exchange being assembled (local and mutable; frozen into an `Exchange` at the end)."""

    questioner: str | None
    question: list[str]
    answer: list[str] = field(default_factory=list)
    quote: str | None = None
    sources: list[str] = field(default_factory=list)
    scope: tuple = ()
    order: int = 0
    section: str | None = None

    def answered(self, unit: _Unit, text: str, quote: str | None) -> None:
        self.answer.append(text)
        self.quote = self.quote or quote
        self.sources.append(unit.para)
        self.order = unit.order


def exchanges(story: Story) -> Story:
    """Fill `Story.exchanges` from transcript turns and from reported questions and answers."""
    cast = _Cast(story.people)
    statement = _statement_ids(story)
    drafts = _turn_exchanges(story, cast, statement) + _prose_exchanges(story, cast, statement)
    drafts.sort(key=lambda d: d.order)
    return replace(story, exchanges=tuple(_freeze(d) for d in _dedupe(drafts, cast)))


def _freeze(d: _Draft) -> Exchange:
    return Exchange(
        questioner=d.questioner, question=_join(d.question), answer=_join(d.answer),
        verbatim=d.quote is not None, answer_quote=d.quote, sources=tuple(dict.fromkeys(d.sources)),
    )


def _join(parts: list[str]) -> str:
    """Source fragments in order; one cut short at either end of its sentence is marked with an ellipsis."""
    marked = ("… " + p if p[:1].islower() else p for p in parts)
    return " ".join(
        p if re.search(r"[.!?\"”’:]$", p) or i == len(parts) - 1 else p + " …" for i, p in enumerate(marked)
    )


# --- who is who -------------------------------------------------------------------------------------


class _Cast:
    """The printed forms of each person, who testifies, and what honorifics say about gender."""

    def __init__(self, people: tuple[Person, ...]):
        surnames = [p.name.split()[-1] for p in people]
        forms: dict[str, str] = {}
        for p in people:
            for form in (p.name, *p.aliases, p.name.split()[-1]):
                if form != p.name.split()[-1] or surnames.count(form) == 1:
                    forms.setdefault(form, p.name)
        self.forms = forms
        self.regex = re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                                + r")(?![\w-])") if forms else None
        self.witnesses = [p.name for p in people if p.role == "witness"]
        self.gender = {p.name: _gender(p) for p in people}

    def label(self, speaker: str) -> str | None:
        """The person a transcript label ("SEN. DOE", "CHAIRMAN ROE", "SMITH") names."""
        words = speaker.title().split()
        return self.forms.get(speaker.title()) or next(
            (self.forms[w] for w in reversed(words) if w in self.forms), None
        )


def _gender(person: Person) -> str | None:
    for form in person.aliases:
        g = pat.PEOPLE_GENDER.get(form.split()[0])
        if g and len(form.split()) > 1:
            return g
    return None


def _statement_ids(story: Story) -> set[str]:
    ids = set(story.statement.paragraphs) if story.statement else set()
    ids |= {pid for b in story.blocks if b.kind == "statement" for pid in b.paragraphs}
    return ids | {p.id for p in story.paragraphs if p.section == "statement"}


# --- transcripts ----------------------------------------------------------------------------------


def _turn_exchanges(story: Story, cast: _Cast, statement: set[str]) -> list[_Draft]:
    """Questioner turn(s) then witness turn(s); a question with no witness answer after it is dropped."""
    done: list[_Draft] = []
    pending, current = None, None
    for order, p in enumerate(story.paragraphs):
        if p.section != "turn" or p.id in statement:
            pending = None if p.id in statement else pending
            continue
        who = cast.label(p.speaker) if p.speaker else None
        unit = _Unit(p.id, order, ("turns",), p.text, ())
        if who is None:
            continue  # "(CROSSTALK)" and the like: neither asks nor answers
        if who in cast.witnesses:
            if pending:
                current = _complete(done, pending, unit, p.text, p.text)
                pending = None
            elif current and current.order == order - 1:
                current.answered(unit, p.text, None)
        elif pending and pending.questioner == who:
            pending.question.append(p.text)
        else:
            pending, current = _Draft(who, [p.text], sources=[p.id], scope=unit.scope, order=order), None
    return done


def _complete(done: list[_Draft], q: _Draft, unit: _Unit, answer: str, quote: str | None) -> _Draft:
    """Attach an answer to a question, folding a follow-up that only presses the previous point."""
    last = done[-1] if done else None
    if last and last.questioner and last.questioner == q.questioner and last.scope == q.scope and _presses(last, q):
        last.question.extend(q.question)
        last.sources.extend(q.sources)
        last.answered(unit, answer, quote)
        return last
    q.answered(unit, answer, quote)
    done.append(q)
    return q


def _presses(last: _Draft, q: _Draft) -> bool:
    text = " ".join(q.question)
    return bool(pat.EXCHANGE_RESTATEMENT.match(text)) or bool(_stems(" ".join(last.question)) & _stems(text))


def _stems(text: str) -> set[str]:
    """Beginnings of the topic words; capitalised words (names, sentence openers) say nothing of the topic."""
    words = re.findall(r"\b[a-z]+\b", text)
    return {
        w[: pat.EXCHANGE_STEM] for w in words if len(w) >= pat.EXCHANGE_MIN_WORD and w not in pat.EXCHANGE_STOPWORDS
    }


# --- prose ------------------------------------------------------------------------------------------


def _units(story: Story, statement: set[str]) -> list[_Unit]:
    """The sentences of every narrative paragraph (not the statement, roster or transcript turns)."""
    # Sentences and quotations grouped by paragraph once: looking them up per paragraph was quadratic.
    sentences, quoted = _by_para(story.sentences), _by_para(story.quotes)
    runs = _runs(story)
    units = []
    for order, p in enumerate(story.paragraphs):
        if p.id in statement or p.section in ("roster", "turn", "statement"):
            continue
        scope = ("entry", p.entry) if p.entry is not None else ("section", p.section, runs[order])
        quotes = [(q.start, q.end) for q in quoted.get(p.id, ())] or _quote_spans(p.text)
        for start, end in _sentence_spans(sentences.get(p.id, ()), p):
            # a quotation may run past a sentence end ("replied: "It is a tool, senator. The ..."): clip it
            inner = tuple((max(s, start) - start, min(e, end) - start) for s, e in quotes if s < end and e > start)
            units.append(_Unit(p.id, order, scope, p.text[start:end], inner))
    return units


def _by_para(items) -> dict[str, list]:
    """Sentences or quotations by paragraph id, each list in the story's order."""
    grouped: dict[str, list] = {}
    for item in items:
        grouped.setdefault(item.para, []).append(item)
    return grouped


def _runs(story: Story) -> list[int]:
    """For each paragraph, where the run of same-section paragraphs containing it begins (one pass)."""
    starts: list[int] = []
    for order, p in enumerate(story.paragraphs):
        same = order > 0 and story.paragraphs[order - 1].section == p.section
        starts.append(starts[-1] if same else order)
    return starts


def _sentence_spans(sentences: list, p: Paragraph) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in sentences]
    if spans:
        return spans
    cuts = [m.end() for m in pat.PEOPLE_SENTENCE_END.finditer(p.text)]
    spans = [(a, a + len(p.text[a:b].rstrip())) for a, b in zip([0, *cuts], [*cuts, len(p.text)], strict=True)]
    return [(a, b) for a, b in spans if b > a]


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations when the segment stage gave none: any opening mark to the next closing one."""
    return [(m.start(1), m.end(1)) for m in re.finditer(r"[“\"‘](?=\S)([^“”\"]+?)[”\"’](?!\w)", text)]


def _masked(unit: _Unit) -> str:
    """The sentence with its quotations blanked, so names and verbs inside quotes are not read as narrative."""
    chars = list(unit.text)
    for s, e in unit.quotes:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _prose_exchanges(story: Story, cast: _Cast, statement: set[str]) -> list[_Draft]:
    reader = _Reader(story, cast, statement)
    for unit in _units(story, statement):
        reader.read(unit)
    return reader.done


@dataclass(frozen=True)
class _Ref:
    """A reference to a person in a sentence: a printed form, or a pronoun resolved (or not: name None)."""

    start: int
    end: int
    name: str | None
    pronoun: bool


class _Reader:
    """Reads narrative sentences in order, pairing questions with the witness's answers."""

    def __init__(self, story: Story, cast: _Cast, statement: set[str]):
        self.cast, self.done = cast, []
        self.statement = _letters(" ".join(story.paragraph(i).text for i in statement))
        self.entry = {p.id: p.entry for p in story.paragraphs}
        self.section = {p.id: p.section for p in story.paragraphs}
        self.pending: _Draft | None = None  # a question still waiting for its answer
        self.current: _Draft | None = None  # the last answered exchange, which a next sentence may continue
        self.subjects: list[tuple[int, str]] = []  # (paragraph order, name) of recent sentence subjects
        self.prev: _Unit | None = None
        self.prev_used = False
        self.soft: _Draft | None = None  # the last sentence, if a lawmaker's remark the witness may answer
        self.stated: set[tuple] = set()  # entries (or paragraphs) about the prepared statement

    def read(self, unit: _Unit) -> None:
        if self.prev is None or self.prev.scope != unit.scope:
            self.pending, self.current, self.subjects = None, None, []
        if self.pending and self.pending.order < unit.order - 1:
            self.pending = None  # a question is answered in its own paragraph or the next, or not at all
        if pat.EXCHANGE_STATEMENT_CUES.search(unit.text):
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
            self.soft = self._draft(subject, unit, unit.text)
        if subject:
            self.subjects.append((unit.order, subject))
        self.prev, self.prev_used = unit, bool(used)

    def _stated_key(self, unit: _Unit) -> tuple:
        entry = self.entry.get(unit.para)
        return ("entry", entry) if entry is not None else ("para", unit.para)

    # --- references ---

    def _refs(self, unit: _Unit) -> list[_Ref]:
        text = _masked(unit)
        found = []
        if self.cast.regex:
            found = [
                _Ref(m.start(), m.end(), self.cast.forms[m.group(1)], False) for m in self.cast.regex.finditer(text)
            ]
        found += [_Ref(m.start(), m.end(), self._resolve(m.group(1), unit), True) for m in _PRONOUN.finditer(text)]
        return sorted(found, key=lambda r: r.start)

    def _resolve(self, pronoun: str, unit: _Unit) -> str | None:
        """The most recent compatible subject in this entry (this or the previous paragraph), else None.

        Right after a question, the one who answers is the witness: "Ms Doe asks Ms Smith ... She says yes".
        """
        gender = "m" if pronoun.lower() == "he" else "f"
        fits = lambda name: self.cast.gender.get(name) in (None, gender)  # noqa: E731
        if self.pending and not self.pending.answer:
            witness = next((w for w in self.cast.witnesses if fits(w)), None)
            if witness:
                return witness
        recent = [n for order, n in reversed(self.subjects) if order >= unit.order - 1]
        return next((n for n in recent if fits(n)), None)

    def _witness_speaks(self, unit: _Unit, refs: list[_Ref], after: int = 0) -> _Ref | None:
        """The witness reference that reports speech: the subject, or followed by a reporting verb."""
        text = _masked(unit)
        for i, r in enumerate(refs):
            if r.start < after or r.name not in self.cast.witnesses:
                continue
            follows = re.match(r"\s+(?:[\w’'-]+\s+){0,2}?" + pat.EXCHANGE_ANSWER_VERBS.pattern, text[r.end:], re.I)
            if (i == 0 and after == 0) or follows:
                return r
        return None

    # --- the three kinds of sentence ---

    def _asked(self, unit: _Unit, refs: list[_Ref]) -> bool:
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
            self.current = _complete(self.done, draft, unit, answer, quote)
        else:
            draft.answered(unit, answer, quote)
            self.done.append(draft)
            self.current = draft
        self.pending = None
        return True

    def _question(self, unit: _Unit, refs: list[_Ref]) -> bool:
        """A lawmaker asking, pressing or challenging, or speaking to the witness ("you") in quotes."""
        if not refs or refs[0].name is None or refs[0].name in self.cast.witnesses:
            return False
        who, after = refs[0].name, _masked(unit)[refs[0].end:]
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

    def _leads(self, unit: _Unit, who: str) -> bool:
        """The sentence before, in the same paragraph and about the same lawmaker, sets up the question."""
        prev = self.prev
        return bool(prev and prev.para == unit.para and not self.prev_used and self.subjects
                    and self.subjects[-1] == (unit.order, who))

    def _self_answered(self, unit: _Unit, refs: list[_Ref], verb_end: int) -> None:
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
        self.current = _complete(self.done, self.pending, unit, answer, quote)
        self.pending = None

    def _answer(self, unit: _Unit, refs: list[_Ref]) -> bool:
        w = self._witness_speaks(unit, refs)
        if w is None:
            return False
        quote = self._quote(unit, 0)
        asked = self.pending or (self.soft if self.soft and self.soft.sources[-1] == unit.para else None)
        if asked:
            self.current = _complete(self.done, asked, unit, unit.text, quote)
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

    def _continues(self, unit: _Unit, w: _Ref) -> bool:
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

    def _unprompted(self, unit: _Unit, w: _Ref, quote: str | None) -> bool:
        """An answer reported without its question, outside anything about the prepared statement."""
        if self._stated_key(unit) in self.stated or pat.EXCHANGE_STATEMENT_CUES.search(unit.text):
            return False
        if quote and len(quote.split()) >= pat.EXCHANGE_MIN_STATEMENT_WORDS and _letters(quote) in self.statement:
            return False  # words from the opening statement, quoted again: not an answer
        attached = r"^\s+(?:(?:has|had|have|also|then|later|again)\s+)?" + pat.EXCHANGE_ANSWER_VERBS.pattern
        return bool(re.match(attached, _masked(unit)[w.end:], re.I))

    def _quote(self, unit: _Unit, after: int) -> str | None:
        inner = [unit.text[s:e] for s, e in unit.quotes if s >= after]
        return inner[0] if inner else None

    def _draft(self, who: str | None, unit: _Unit, *question: str) -> _Draft:
        return _Draft(who, list(question), sources=[unit.para], scope=unit.scope, order=unit.order,
                      section=self.section.get(unit.para))


def _opens_quote(unit: _Unit) -> bool:
    return bool(unit.quotes) and unit.quotes[0][0] <= 2


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _dedupe(drafts: list[_Draft], cast: _Cast) -> list[_Draft]:
    """The same exchange told twice (in the summary and again in an entry) is kept once."""
    kept: list[_Draft] = []
    # Only a draft with the same questioner can be a twin; each keeps its stems, read once.
    asked_by: dict[str, list[tuple[_Draft, set[str]]]] = {}
    for d in drafts:
        stems = _stems(" ".join(d.question)) if d.questioner else set()
        same = asked_by.setdefault(d.questioner, []) if d.questioner else []
        twin = next((k for k, known in same if k.section != d.section and len(known & stems) >= 2), None)
        if twin is None:
            kept.append(d)
            same.append((d, stems))
        else:
            twin.sources.extend(d.sources)
            twin.quote = twin.quote or d.quote
    return kept
