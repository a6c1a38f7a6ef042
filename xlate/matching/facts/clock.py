"""Clock times ('5 p.m.', '1344 GMT', '下午5时许', 'около 17:00', '5 بجے', '5 بج کر 20
منٹ') in en, zh, ru and ur: value `clock:17:00` (24-hour, its zone when named),
`clock:~17:00` with a hedge.

Hedge words and the afternoon marks live in `tables/<lang>/dates.json` (`clock_hedges`,
`clock_afternoon`).
"""

from __future__ import annotations

import re
from typing import Any

from xlate.matching.facts.common import LANGS, Claims, Hit, alt
from xlate.matching.facts.common import table as _load

TIME_RES = {
    "en": re.compile(
        r"(?=\d)(?:\b[0-2]\d[0-5]\d\s*(?:GMT|UTC)\b"
        r"|\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:]))",
        re.I,
    ),
    "zh": re.compile(
        r"(?:上午|下午|晚上|早上|凌晨|中午|傍晚)?(?<!\d)\d{1,2}(?:[点时](?:\d{1,2}分|半)?|:\d{2}(?!\d))"
    ),
    "ru": re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|\b\d{1,2}\s+(?:утра|вечера|ночи)\b", re.I),
    "ur": re.compile(  # '5 بج کر 20 منٹ' (5:20), '3 بجکر57 منٹ'
        r"(?<![\d:])\d{1,2}\s*بج\s*کر\s*\d{1,2}\s*منٹ"
        r"|(?<![\d:])\d{1,2}(?::\d{2})?\s*بجے|(?<![\d:])\d{1,2}:\d{2}(?![\d:])"
    ),
}


def _clock_rules(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, str]:
    data: dict[str, Any] = _load(lang, "dates")
    hedges: dict[str, list[str]] = data.get("clock_hedges", {})
    sep, end = ("", "") if lang == "zh" else (r"\s+", r"(?!\w)")
    before, after = hedges.get("before"), hedges.get("after")
    return (
        re.compile(rf"(?<!\w)(?:{alt(before)})(?:\s+at)?{sep}$", re.I) if before else None,
        re.compile(rf"\s*(?:{alt(after)}){end}") if after else None,
        alt(data.get("clock_afternoon", [])),
    )


# 'about 5 p.m.', '下午5时许', 'около 17:00': a hedge makes a clock time another claim.
CLOCK = "clock:"
"""How a clock time's value starts (`clock:17:00`)."""
_CLOCK = {lang: _clock_rules(lang) for lang in LANGS}


def _clock_value(text: str, lang: str) -> str | None:
    """`17:00`, `13:44 GMT`: 24-hour time, its zone when named."""
    digits = re.findall(r"\d+", text)
    if len(digits[0]) == 4:
        hour, minute = int(digits[0][:2]), int(digits[0][2:])
    else:
        hour = int(digits[0])
        minute = int(digits[1]) if len(digits) > 1 else 30 if "半" in text else 0
    afternoon = _CLOCK[lang][2]
    if afternoon and re.search(afternoon, text, re.I) and hour < 12:
        hour += 12
    elif re.search(r"a\.?m\b|ночи", text, re.I) and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    zone = " GMT" if re.search(r"GMT|UTC", text) else ""
    return f"{hour:02d}:{minute:02d}{zone}"


def clock_times(norm: str, lang: str, claims: Claims) -> list[Hit]:
    """Clock times (value `clock:17:00`, `clock:~17:00` with a hedge, `clock:13:44 GMT`)."""
    before, after, _ = _CLOCK[lang]
    hits: list[Hit] = []
    for m in TIME_RES[lang].finditer(norm):
        value = _clock_value(m.group(), lang)
        start, end = m.start(), m.end()
        claims.take(start, end)  # its numbers are not counts
        if value is None:
            continue
        hedge = before.search(norm, max(0, start - 24), start) if before else None
        tail = after.match(norm, end) if after else None
        if hedge and claims.free(hedge.start(), start):
            start = hedge.start()
        if tail:
            end = tail.end()
        if hedge or tail:
            claims.take(start, end)
            value = "~" + value
        hits.append(Hit(start, end, "time", CLOCK + value))
    return hits
