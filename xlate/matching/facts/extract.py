"""`extract_facts`: every dimension run over one text, each stretch of text claimed once."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

from xlate.matching.facts.attribution import attributions, speakers
from xlate.matching.facts.clock import clock_times
from xlate.matching.facts.common import (
    NORMALISE,
    Claims,
    Hit,
    Words,
    base_lang,
    locative,
)
from xlate.matching.facts.dates import dates, relative_times
from xlate.matching.facts.entities import entities, generic_names
from xlate.matching.facts.numbers import quantities
from xlate.matching.facts.ordinals import ordinals
from xlate.matching.facts.periods import periods
from xlate.matching.facts.portfolios import portfolios
from xlate.model import Fact
from xlate.text.hanzi import DECIMAL_STOP

_ONCE = ("place", "name", "speaker", "attribution")


def extract_facts(text: str, lang: str) -> list[Fact]:
    """The checkable facts in `text` (one or more sentences in language `lang`), in order.

    `lang` is an ISO 639-1 code; `en`, `zh`, `ru` and `ur` have rules of their own and
    any other language is read with the English ones. Names, places, speakers and
    attribution classes are reported once each (a place once as where something happens,
    'in China', and once otherwise); numbers, dates and the rest once per mention.
    See the package docstring for the `value` formats.
    """
    lang = base_lang(lang)
    memo = _MEMO.get()
    if memo is None:
        return list(_extract(text, lang))
    found = memo.get((text, lang))
    if found is None:
        found = memo[(text, lang)] = _extract(text, lang)
    return list(found)


_MEMO: ContextVar[dict[tuple[str, str], tuple[Fact, ...]] | None] = ContextVar(
    "facts_memo", default=None
)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def reads_facts_once(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """`func` with each text's facts extracted once for the whole call, however many
    checks read them (`compare` reads a sentence's facts for its link, beside its
    neighbours and for the story's time frame; a long document outgrows `_extract`'s
    memo)."""

    @wraps(func)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if _MEMO.get() is not None:
            return func(*args, **kwargs)
        token = _MEMO.set({})
        try:
            return func(*args, **kwargs)
        finally:
            _MEMO.reset(token)

    return run


_CURRENCY = re.compile(
    r"\s+(?:dollars?|yen|yuan|renminbi|roubles?|rubles?|rupees?|ringgits?|euros?|pounds?"
    r"|baht|pesos?|dong|lira|francs?|dirhams?|riyals?)\b", re.I)


@lru_cache(maxsize=8192)
def _extract(text: str, lang: str) -> tuple[Fact, ...]:
    """`extract_facts`, memoised: `compare` reads a sentence's facts for its link, again
    through the translation and again beside its neighbours."""
    lang = base_lang(lang)
    norm = text.translate(NORMALISE)
    if lang == "zh":
        norm = DECIMAL_STOP.sub(".", norm)  # same length: offsets stay offsets
    claims = Claims(len(norm))
    words = Words(norm)
    hits: list[Hit] = []
    hits += periods(norm, lang, claims)  # before the dates: 'April to June 2025'
    hits += dates(norm, lang, claims)
    hits += clock_times(norm, lang, claims)
    hits += relative_times(norm, lang, claims, words)
    hits += portfolios(norm, lang, claims)  # before the places: 'Chinese Foreign Ministry'
    hits += entities(norm, lang, claims, words)
    hits += ordinals(norm, lang, claims, words)
    hits += quantities(norm, lang, claims, words)
    hits += generic_names(norm, lang, claims, words)
    hits += attributions(norm, lang, claims, words)
    money = Claims(len(norm))
    for hit in hits:
        if hit.kind == "money":
            money.take(hit.start, hit.end)
    # 'U.S. dollars', 'долларов США': the country names the currency, it is not a place;
    # nor is it in 'the US dollar rose' with no amount.
    hits = [h for h in hits if h.kind not in ("place", "name") or (
        money.free(h.start, h.end) and not (lang == "en" and _CURRENCY.match(norm, h.end)))]
    hits = speakers(norm, lang, hits)
    hits.sort(key=lambda h: (h.start, h.end))
    facts: list[Fact] = []
    seen: set[tuple[str, str, bool]] = set()
    for hit in hits:
        if hit.kind in _ONCE:
            # 'in China' is a fact of its own beside 'the China-Russia relationship'.
            where = hit.kind == "place" and locative(norm, hit.start, hit.end)
            if (hit.kind, hit.value, where) in seen:
                continue
            seen.add((hit.kind, hit.value, where))
        raw = text[hit.start:hit.end]
        lead = len(raw) - len(raw.lstrip())
        facts.append(Fact(hit.kind, raw.strip(), hit.value, hit.start + lead, hit.end))
    return tuple(facts)
