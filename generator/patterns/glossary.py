"""Terms a reader may need explained, for extract/glossary/: heads of descriptions, name and term-of-art
patterns, the gazetteer of terms of art, and the cues that let a finder skip most sentences."""

from __future__ import annotations

import re

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
# Matched ignoring case: a regex in lower case, searched as written in the folded text (words.py `Caseless`).
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
