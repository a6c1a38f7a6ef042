"""A person in Chinese whose name is cut to the surname and whose title changes
(赵立坚副司长 -> 赵副主任, 赵副局长: the deputy director-general Zhao Lijian made some
deputy director Zhao): a name changed (drift), the text no longer names him. The same
title with the name told shorter (赵立坚副司长 -> 赵副司长) is the polite short form, and a
title garbled beside the whole name (华春莹司长 -> 华春莹导演) still names her: neither is
reported.

A person is a common surname (`tables/zh/titles.json`), up to two characters of given
name, and a title right after; the persons of one surname are paired in their order on
the two sides when both sides name as many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from xlate.matching.facts.common import key, table
from xlate.model import Fact


@cache
def _person() -> re.Pattern[str]:
    data = table("zh", "titles")
    titles = "|".join(sorted(data.get("titles", ()), key=len, reverse=True))
    return re.compile(rf"([{data.get('surnames', '')}])[\u3400-\u9fff]{{0,2}}?({titles})")


def _persons(text: str) -> list[re.Match[str]]:
    return list(_person().finditer(text)) if table("zh", "titles") else []


def retitled(
    original: Sequence[Fact], republication: Sequence[Fact], texts: tuple[str, str],
    pairs: dict[int, int],
) -> tuple[list[Fact], list[Fact], dict[int, int]]:
    """The fact lists with each Chinese person whose title changed added as a name on
    both sides, and `pairs` (original index -> republication index) with those pairs."""
    a, b = _persons(texts[0]), _persons(texts[1])
    found: list[tuple[Fact, Fact]] = []
    for surname in {m.group(1) for m in a}:
        mine = [m for m in a if m.group(1) == surname]
        theirs = [m for m in b if m.group(1) == surname]
        if len(mine) != len(theirs):
            continue
        for x, y in zip(mine, theirs, strict=True):
            if x.group(2) != y.group(2) and _given(x) != _given(y) and not _covered(
                x, original
            ) and not _covered(y, republication):
                found.append((_fact(x), _fact(y)))
    if not found:
        return list(original), list(republication), pairs
    old_o, old_r = list(original), list(republication)
    o_facts = sorted([*old_o, *(f for f, _ in found)], key=lambda f: (f.start, f.end))
    r_facts = sorted([*old_r, *(g for _, g in found)], key=lambda f: (f.start, f.end))
    o_at = {id(f): i for i, f in enumerate(o_facts)}
    r_at = {id(f): j for j, f in enumerate(r_facts)}
    out = {o_at[id(old_o[i])]: r_at[id(old_r[j])] for i, j in pairs.items()}
    out.update({o_at[id(f)]: r_at[id(g)] for f, g in found})
    return o_facts, r_facts, out


def _given(m: re.Match[str]) -> str:
    """The given name between the surname and the title (立坚 of 赵立坚副司长)."""
    return m.string[m.end(1):m.start(2)]


def _covered(m: re.Match[str], facts: Sequence[Fact]) -> bool:
    """Whether a name or speaker fact already stands on the person's words."""
    return any(f.start < m.end() and m.start() < f.end and f.kind in ("name", "speaker")
               for f in facts)


def _fact(m: re.Match[str]) -> Fact:
    return Fact("name", m.group(), f"name:{key(m.group())}", m.start(), m.end())
