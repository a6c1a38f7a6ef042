"""A person in Chinese whose name is cut to the surname and whose title changes
(赵立坚副司长 -> 赵副主任, 赵副局长: the deputy director-general Zhao Lijian made some
deputy director Zhao): a name changed (drift), the text no longer names him. The same
title with the name told shorter (赵立坚副司长 -> 赵副司长) is the polite short form, and a
title garbled beside the whole name (华春莹司长 -> 华春莹导演) still names her: neither is
reported. A foreign name after a title spelt another way (外长洛钦 -> 外交部长罗钦) is a
name changed too, and so is a name cut to the bare surname where Chinese gives a person
the whole name: a transcript's speaker (赵立坚: -> 赵:) or after a title (副司长赵立坚。 ->
副司长赵。).

A person is a common surname (`tables/zh/titles.json`), up to two characters of given
name, and a title right after; the persons of one surname are paired in their order on
the two sides when both sides name as many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from xlate.matching.facts.common import alt, key, table
from xlate.matching.facts.respelling import respelt
from xlate.model import Fact, FactKind


def _titles() -> str:
    """The titles as one alternation, longest first."""
    return alt(table("zh", "titles").get("titles", ()))


@cache
def _person() -> re.Pattern[str]:
    surnames = table("zh", "titles").get("surnames", "")
    return re.compile(rf"([{surnames}])[\u3400-\u9fff]{{0,2}}?({_titles()})")


def _persons(text: str) -> list[re.Match[str]]:
    return list(_person().finditer(text)) if table("zh", "titles") else []


@cache
def _foreigner() -> re.Pattern[str]:
    chars = re.escape("".join(sorted(table("zh", "transliteration")["characters"])))
    return re.compile(rf"(?:{_titles()})([{chars}]{{2,4}})")


@cache
def _bare() -> re.Pattern[str]:
    surnames = table("zh", "titles").get("surnames", "")
    return re.compile(
        rf"(?:^|(?<=[。！？!?\n])|(?:{_titles()}))([{surnames}][\u3400-\u9fff]{{0,2}})"
        r"(?=[:：,，。！？!?])"
    )


def _named(text: str) -> list[tuple[int, int]]:
    """Persons named at a sentence's start or after a title, closed by punctuation (赵立坚:
    a transcript's speaker; 副司长赵立坚。): the surname and given name, or the surname
    alone."""
    return [m.span(1) for m in _bare().finditer(text)] if table("zh", "titles") else []


def _foreigners(text: str) -> list[tuple[int, int]]:
    """Foreign names after a title (外长洛钦, 总统普京): runs of transliteration
    characters too short to be read as a name on their own."""
    if not table("zh", "titles"):
        return []
    return [m.span(1) for m in _foreigner().finditer(text)]


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
                x.span(), original
            ) and not _covered(y.span(), republication):
                found.append((span_fact(texts[0], *x.span()), span_fact(texts[1], *y.span())))
    a_cut, b_cut = _named(texts[0]), _named(texts[1])
    if len(a_cut) == len(b_cut):  # 副司长赵立坚。 -> 副司长赵。: no longer names him
        found += [
            (span_fact(texts[0], *x, _kind(texts[0], x)),
             span_fact(texts[1], *y, _kind(texts[1], y)))
            for x, y in zip(a_cut, b_cut, strict=True)
            if x[1] - x[0] > 1 and y[1] - y[0] == 1 and texts[0][x[0]] == texts[1][y[0]]
            and not _covered(x, original) and not _covered(y, republication)
        ]
    a_far, b_far = _foreigners(texts[0]), _foreigners(texts[1])
    if len(a_far) == len(b_far):  # 外长洛钦 -> 外交部长罗钦: one name spelt another way
        found += [
            (span_fact(texts[0], *x), span_fact(texts[1], *y))
            for x, y in zip(a_far, b_far, strict=True)
            if respelt(texts[0][slice(*x)], texts[1][slice(*y)])
            and not _covered(x, original) and not _covered(y, republication)
        ]
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


def _covered(span: tuple[int, int], facts: Sequence[Fact]) -> bool:
    """Whether a name or speaker fact already stands on the person's words."""
    return any(f.start < span[1] and span[0] < f.end and f.kind in ("name", "speaker")
               for f in facts)


def _kind(text: str, span: tuple[int, int]) -> FactKind:
    """A transcript's speaker label (赵立坚:) speaks; else a name."""
    return "speaker" if text[span[1]:span[1] + 1] in (":", "：") else "name"


def span_fact(text: str, start: int, end: int, kind: FactKind = "name") -> Fact:
    """The name (or place) `text[start:end]` as a fact, valued by its key."""
    return Fact(kind, text[start:end], f"{kind}:{key(text[start:end])}", start, end)
