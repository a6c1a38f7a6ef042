"""Whom a quoted pronoun points at: 'he said' kept word for word in a copy that moved it
behind another speaker's sentence gives the words to someone else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from xlate.matching.facts.common import base_lang
from xlate.matching.facts.common import table as _load
from xlate.model import Article, Fact, Link


def moved_referents(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """A pronoun speaker kept ('he said' -> 'he said') whose referent, the speaker named in
    the sentence just before, is another one in the copy ('Waqas Rafique told Dawn.com
    ...' then '"...," he said' -> 'According to Dawn, the victims include ...' then '"...,"
    he said'): changed, drift. One language only; a side whose sentence before names no
    speaker says nothing, nor does a sentence moved (its whole context changed by design)."""
    if base_lang(original.lang) != base_lang(republication.lang):
        return tuple(links)
    out: list[Link] = []
    for link in links:
        kept = [f for f in link.facts if f.kind == "speaker" and f.status == "kept"]
        if not kept or not (link.original and link.republication) or link.label == "moved":
            out.append(link)
            continue
        was = _referent(original, min(link.original))
        now = _referent(republication, min(link.republication))
        if not (was and now) or _same(was, now) or _named(
            was, republication.sentences[min(link.republication) - 1].text
        ):
            out.append(link)
            continue
        pronouns = _pronouns(original, link.original)
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
    """The third-person pronouns that speak in the sentences `ids`, as written, where no
    one else speaks there ('I' and 'we' in a quote are its speaker wherever it stands;
    'The judge said he expected' names its own)."""
    third = _third_person(base_lang(article.lang))
    speakers = [f for i in ids for f in _facts(article, i) if f.kind == "speaker"]
    if any(not f.value.startswith("speaker:pronoun") for f in speakers):
        return set()
    return {f.text for f in speakers if f.text.lower() in third}


@cache
def _third_person(lang: str) -> frozenset[str]:
    """The attribution table's third-person pronouns, lowercased ('he', 'она', '他')."""
    return frozenset(w.lower() for w in _load(lang, "attribution")["third_person"])


def _referent(article: Article, i: int) -> list[Fact]:
    """The speakers named in the sentence just before `i` (the one a reader takes 'he
    said' to continue)."""
    if i == 0:
        return []
    return [f for f in _facts(article, i - 1) if f.kind == "speaker"
            and not f.value.startswith(("speaker:pronoun", "speaker:role"))]


_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _same(was: list[Fact], now: list[Fact]) -> bool:
    """Whether the two sides name one speaker (by value, or by a word of the name:
    'Waqas Rafique' / 'DPO Rafique', or by its letters: 'JurinLaksanawisit' / 'Jurin
    Laksanawisit', a capture that lost a space)."""
    return any(
        a.value == b.value or _words(a.text) & _words(b.text)
        or _letters(a.text) == _letters(b.text)
        for a in was for b in now
    )


def _named(was: list[Fact], before: str) -> bool:
    """Whether the copy's sentence before still names the speaker by the last word of the
    name, if not as a speaker ('Reporting Al-Siddiq Al-Kabir from Istanbul, Reuters has
    said' for 'Sadiq al-Kabir ... said'), or by its letters with the spaces lost or put
    back: the pronoun may still point at him."""
    words, letters = _words(before), _letters(before)
    return any(
        found[-1].lower() in words or (len(key := _letters(f.text)) >= 8 and key in letters)
        for f in was if (found := _WORD.findall(f.text))
    )


def _letters(text: str) -> str:
    return "".join(_WORD.findall(text)).lower()
