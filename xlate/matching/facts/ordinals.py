"""Ordinals: "80th", "eightieth", "第80", "三是" (a list's third point), "80-й", "80ویں".
'First' and 'second' are read too, though they are often no rank ('at first', 'a second
look', 'دوسرا' 'other'): one dropped or added is style (`severity`), one changed
to another rank is drift.

Ordinal words live in `tables/<lang>/ordinals.json`.
"""

from __future__ import annotations

import re

from xlate.matching.facts.common import Claims, Hit, alt, at_words, firsts_of
from xlate.matching.facts.common import table as _load
from xlate.matching.facts.numbers import MAX_DIGITS, ZH_NUMERAL, parse_zh

_EN_ORDINAL_WORDS: dict[str, int] = _load("en", "ordinals")["words"]
_EN_TENS: dict[str, int] = _load("en", "ordinals")["tens"]
_RU_ORDINAL_STEMS: dict[str, int] = _load("ru", "ordinals")["stems"]
_UR_ORDINAL_WORDS: dict[str, int] = _load("ur", "ordinals")["words"]
_RU_ADJ_ENDINGS = "ый|ий|ая|ое|ого|ому|ом|ой|ую|ые|ых|ым|ыми|ья|ье|ьего|ьему|ьем|ьей|ью|ьи|ьих"
_ORDINAL_RES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b"),
        re.compile(
            rf"(?:(?P<tens>{alt(_EN_TENS)})-)?(?P<w>{alt(_EN_ORDINAL_WORDS)})\b", re.I
        ),
    ),
    "zh": (
        re.compile(rf"第\s*(?P<n>\d++|[{ZH_NUMERAL}]++)"),
        # A point of a list, '一是 ..., 二是 ...' (first, second): the rank 第一 gives.
        re.compile(r"(?:^|(?<=[。;；,，:：\s“\"「（(]))(?P<n>[一二三四五六七八九十]{1,2})是"),
        # Starting only where a run starts keeps the scan linear in a long run of digits.
        re.compile(rf"(?<![\d{ZH_NUMERAL}])(?P<n>\d++|[{ZH_NUMERAL}]++)\s*(?:周年|世纪)"),
    ),
    "ru": (
        re.compile(
            r"\b(?P<n>\d+)\s*-\s*(?:летие|летия|летию|летием|летии|ый|ий|ая|ое|ого|ому|ом|ой"
            r"|ую|ые|ых|ым|й|я|е|го|му|м|х)\b",
            re.I,
        ),
        re.compile(rf"(?P<w>{alt(_RU_ORDINAL_STEMS)})(?:{_RU_ADJ_ENDINGS})\b", re.I),
    ),
    "ur": (
        re.compile(r"(?<![\w.])(?P<n>\d+)\s*(?:ویں|واں|وی)(?!\w)"),
        re.compile(rf"(?P<w>{alt(_UR_ORDINAL_WORDS)})(?!\w)"),
    ),
}


_FIRSTS = {
    "en": firsts_of([*_EN_ORDINAL_WORDS, *_EN_TENS]),
    "ru": firsts_of(_RU_ORDINAL_STEMS),
    "ur": firsts_of(_UR_ORDINAL_WORDS),
}
_RU_DECADE = re.compile(r"\s+год(?:ы|ов|ах|ам|ами)\b", re.I)


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_value(m: re.Match[str], lang: str) -> int | None:
    groups = m.groupdict()
    if groups.get("n"):
        n = groups["n"]
        if len(n) > MAX_DIGITS:
            return None  # a run of digits, not an ordinal (and int() refuses 4,301 digits)
        if n.isdigit():
            return int(n)
        value = parse_zh(n)
        if value is None or value != value.to_integral() or value < 1:
            return None
        return int(value)
    word = groups["w"].lower()
    if lang == "en":
        tens = groups.get("tens")
        n = _EN_ORDINAL_WORDS[word] + (_EN_TENS[tens.lower()] if tens else 0)
    elif lang == "ru":
        n = _RU_ORDINAL_STEMS[word]
    else:
        n = _UR_ORDINAL_WORDS[groups["w"]]
    return n


def ordinals(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    hits: list[Hit] = []
    for pattern in _ORDINAL_RES[lang]:
        # Patterns for ordinal words carry a 'w' group and are tried at word starts.
        by_word = "w" in pattern.groupindex
        found = at_words(pattern, _FIRSTS[lang], norm, words) if by_word else None
        for m in found if found is not None else pattern.finditer(norm):
            if not claims.free(m.start(), m.end()):
                continue
            n = _ordinal_value(m, lang)
            if n is None:
                continue
            if lang == "ru" and (n >= 1000 or _RU_DECADE.match(norm, m.end())):
                claims.take(m.start(), m.end())  # 1980-е, 80-е годы: decades, not ordinals
                continue
            claims.take(m.start(), m.end())
            hits.append(Hit(m.start(), m.end(), "ordinal", _ordinal_text(n)))
    return hits

