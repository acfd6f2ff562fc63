"""The people a transcript names: its roster lines and its speaker labels."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generator.extract.people.mentions import NAME, ROLE_HINTS, Mention, describe, name_tokens, text_mentions
from generator.model import Paragraph
from generator.patterns import people as pat

_HONORIFIC = "|".join(re.escape(h) for h in sorted(pat.PEOPLE_HONORIFICS, key=len, reverse=True))
_LABEL = re.compile(rf"\s*(?:(?P<hon>{_HONORIFIC})\s+)?(?P<name>{NAME})\s*")
_LEADING_NAME = re.compile(rf"\s*(?P<name>{NAME})")


def roster_mentions(para: Paragraph) -> list[Mention]:
    """A speaker-list line ("SEN. THOMAS WELLS (D-MD), CHAIRMAN"): whoever it names is a person."""
    text = para.text.title() if para.text.isupper() else para.text
    found = text_mentions(text, para.id)
    if not found:
        m = _LEADING_NAME.match(text)
        tokens = name_tokens(m.group("name")) if m else ()
        found = [describe(text, para.id, 0, len(" ".join(tokens)), None, tokens)] if tokens else []
    # A roster lists members and witnesses; whoever is not a member is a witness.
    return [m if m.role in ROLE_HINTS else replace(m, role="witness") for m in found]


def label_mention(para: Paragraph) -> Mention | None:
    """A transcript label ("SEN. DOE", "SMITH") names the speaker; its role comes from the honorific."""
    read = _read_label(para.speaker)
    return Mention(read[0], read[1], para.id, read[2], gender=read[3]) if read else None


@functools.lru_cache(maxsize=1024)  # a transcript prints the same few labels on every turn
def _read_label(speaker: str) -> tuple[tuple[str, ...], str, str | None, str | None] | None:
    """(name words, label as printed, role, gender) of a transcript label, or None when it names nobody."""
    label = speaker.title() if speaker.isupper() else speaker
    m = _LABEL.fullmatch(label)
    tokens = name_tokens(m.group("name")) if m else ()
    if not tokens:
        return None
    hon = m.group("hon")
    return tokens, label.strip(), pat.PEOPLE_HONORIFICS.get(hon) if hon else None, pat.PEOPLE_GENDER.get(hon or "")
