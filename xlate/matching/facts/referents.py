"""Whom a quoted pronoun points at: 'he said' kept word for word in a copy that moved it
behind another speaker's sentence gives the words to someone else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from xlate.matching.facts.common import base_lang
from xlate.model import Article, Fact, Link

_LOOK_BACK = 3
"""How many sentences back a pronoun's speaker is looked for."""


def moved_referents(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """A pronoun speaker kept ('he said' -> 'he said') whose referent, the nearest speaker
    named in the sentences before, is another one in the copy ('Waqas Rafique told Dawn.com
    ...' then '"...," he said' -> 'According to Dawn, the victims include ...' then '"...,"
    he said'): changed, drift. One language only; a side that names no speaker before
    the pronoun (within three sentences) says nothing."""
    if base_lang(original.lang) != base_lang(republication.lang):
        return tuple(links)
    out: list[Link] = []
    for link in links:
        kept = [f for f in link.facts if f.kind == "speaker" and f.status == "kept"]
        if not kept or not (link.original and link.republication):
            out.append(link)
            continue
        pronouns = _pronouns(original, link.original)
        was = _referent(original, min(link.original))
        now = _referent(republication, min(link.republication))
        if not (was and now) or _same(was, now):
            out.append(link)
            continue
        facts = tuple(
            replace(f, status="changed", severity="drift", reason="pronoun points elsewhere")
            if f in kept and f.original in pronouns else f
            for f in link.facts
        )
        out.append(replace(link, facts=facts))
    return tuple(out)


def _facts(article: Article, i: int) -> list[Fact]:
    from xlate.matching.facts import extract_facts

    return extract_facts(article.sentences[i].text, article.lang)


def _pronouns(article: Article, ids: tuple[int, ...]) -> set[str]:
    """The pronouns that speak in the sentences `ids`, as written."""
    return {f.text for i in ids for f in _facts(article, i)
            if f.value.startswith("speaker:pronoun")}


def _referent(article: Article, i: int) -> list[Fact]:
    """The speakers named in the nearest sentence before `i` that names one; where its
    reporting verb's speaker was not found ('Kolivand, in an interview to Tasnim, said'),
    the names of that sentence."""
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        facts = _facts(article, j)
        named = [f for f in facts if f.kind == "speaker"
                 and not f.value.startswith(("speaker:pronoun", "speaker:role"))]
        if not named and any(f.kind == "attribution" for f in facts) and not any(
            f.kind == "speaker" for f in facts
        ):
            named = [f for f in facts if f.kind == "name"]
        if named:
            return named
    return []


def _same(was: list[Fact], now: list[Fact]) -> bool:
    """Whether the two sides name one speaker (by value, or by a word of the name:
    'Waqas Rafique' / 'DPO Rafique')."""
    def words(f: Fact) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", f.text)}

    return any(a.value == b.value or words(a) & words(b) for a in was for b in now)
