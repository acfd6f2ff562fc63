"""Questions put to the witness and the answers, for extract/exchanges/: question and answer verbs, asked
clauses, restatements and continuations, statement cues, and words too common to tie two questions together."""

from __future__ import annotations

import re

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
