"""Merging aliases: the mentions of one individual, grouped by surname and first name."""

from __future__ import annotations

from generator.extract.people.mentions import Mention


def group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions sharing a surname are one person, unless their first names disagree."""
    groups: list[list[Mention]] = []
    longest: list[tuple[str, ...]] = []  # `fullest` of each group, kept up to date rather than recomputed
    by_surname: dict[str, list[int]] = {}  # surname -> its groups, oldest first: only those can take a mention
    for m in mentions:
        home = next((i for i in by_surname.get(m.tokens[-1], ()) if _same(longest[i], m)), None)
        if home is None:
            by_surname.setdefault(m.tokens[-1], []).append(len(groups))
            groups.append([m])
            longest.append(m.tokens)
        else:
            groups[home].append(m)
            if len(m.tokens) > len(longest[home]):  # strictly longer: `max` keeps the first of equals
                longest[home] = m.tokens
    return _merge_short_groups(groups)


def _same(full: tuple[str, ...], m: Mention) -> bool:
    """`m` (of the same surname) fits a group whose fullest name is `full`."""
    return len(full) == 1 or len(m.tokens) == 1 or full[0][0] == m.tokens[0][0]


def _merge_short_groups(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A surname-only group joins a full-name group found later ("Mr Doe" before "John Doe")."""
    merged: list[list[Mention]] = []
    for g in groups:
        full = [o for o in merged if o[0].tokens[-1] == g[0].tokens[-1]]
        if full and (len(fullest(g)) == 1 or len(fullest(full[0])) == 1) and len(full) == 1:
            full[0].extend(g)
        else:
            merged.append(g)
    return merged


def fullest(mentions: list[Mention]) -> tuple[str, ...]:
    """The longest name the mentions of one person give (the first of equals)."""
    return max((m.tokens for m in mentions), key=len)
