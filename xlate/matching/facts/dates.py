"""Dates and relative time ("on Tuesday", "yesterday", "the day after", "上周",
"накануне", "گزشتہ روز") in en, zh, ru and ur (clock times: `clock.py`).

Month names and relative-time phrases live in `tables/<lang>/{dates,relative_time}.json`.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from xlate.matching.facts.common import (
    LANGS,
    Claims,
    Hit,
    alt,
    at_words,
    firsts_of,
    lookup,
    wordset,
)
from xlate.matching.facts.common import table as _load
from xlate.model import Fact

_EN_MONTHS: dict[str, int] = _load("en", "dates")["months"]
_EN_MONTH_NAMES = [m.capitalize() for m in _EN_MONTHS] + [m.upper() for m in _EN_MONTHS]
_EN_MONTH = rf"(?P<mon>{alt(_EN_MONTH_NAMES)})\b\.?"
_EN_FULL_MONTH = rf"(?P<mon>{alt(m.capitalize() for m in list(_EN_MONTHS)[:12])})\b"
_EN_WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu"
    r"|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
)
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)"
_RU_MONTH_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
RU_MONTH = (
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"
    r"|март(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)|август(?:а|е|у|ом)?)"
)
"""A Russian month name in any case, without a group."""
_RU_MONTH_ANY = rf"(?P<mon>{RU_MONTH})"
_RU_MONTH_PREFIX: dict[str, int] = _load("ru", "dates")["month_prefixes"]
_UR_MONTHS: dict[str, int] = _load("ur", "dates")["months"]
_UR_MONTH = rf"(?P<mon>{alt(_UR_MONTHS)})"
_UR_YEAR = _YEAR + r"ء?"
# Days written as words ('انیس اپریل', the nineteenth of April): the numbers table's 2-31.
_UR_DAYS: dict[str, int] = {
    w: n for w, n in _load("ur", "numbers")["words"].items() if 2 <= n <= 31
}
_UR_DAY_WORDS = alt(_UR_DAYS)
_ZH_SMALL = r"\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_ZH_YEAR = r"(?P<year>\d{4}|[〇零一二三四五六七八九]{4})"
_RU_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.))"

_DATE_RES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"(?=\d)\b(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
        re.compile(
            rf"(?=[A-Z])\b{_EN_WEEKDAY}{_EN_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\.\d|,\d)"
            rf"(?:,?\s+{_YEAR})?"
        ),
        re.compile(
            rf"(?=[A-Z\d])\b{_EN_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}"
            rf"(?:,?\s+{_YEAR})?"
        ),
        re.compile(rf"(?=[A-Z])\b{_EN_MONTH}(?:,?|\s+of)\s+{_YEAR}"),  # 'April of 2019'
        re.compile(rf"(?=[A-Z])\b{_EN_FULL_MONTH}(?!\s*\d)"),
    ),
    "ru": (
        re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b"),
        re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b"),
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:-?го)?\s+(?P<mon>{alt(_RU_MONTH_GEN.split())})\b"
            rf"(?:\s+{_YEAR}{_RU_YEAR_WORD}?)?",
            re.I,
        ),
        re.compile(rf"\b{_RU_MONTH_ANY}\s+{_YEAR}{_RU_YEAR_WORD}?", re.I),
        re.compile(rf"\b{_RU_MONTH_ANY}\b", re.I),
        re.compile(rf"\b{_YEAR}{_RU_YEAR_WORD}(?!\w)", re.I),
    ),
    "ur": (
        re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b"),
        re.compile(
            # A day glued to the word before it ('گئی14 ستمبر') is typing, not a longer number.
            # So is a year glued to its month ('30 ستمبر2024'): ر does not join.
            rf"(?<![\d.A-Za-z])(?P<day>\d{{1,2}}|(?<!\w)(?:یکم|{_UR_DAY_WORDS}))\s*{_UR_MONTH}"
            rf"(?![^\W\d])(?:[\s،,]*{_UR_YEAR})?"
        ),
        re.compile(rf"(?<!\w){_UR_MONTH}\s+(?P<day>\d{{1,2}})(?![\d.])(?:[\s،,]+{_UR_YEAR})?"),
        re.compile(rf"(?<!\w){_UR_MONTH}[\s،,]*{_UR_YEAR}"),
        # A month alone only before a postposition: مارچ کیا is 'marched', جون also 'Jon'.
        re.compile(rf"(?<!\w){_UR_MONTH}(?=\s+(?:میں|کو|سے|تک|کے|کی|کا)(?!\w))"),
        re.compile(rf"(?<![\w.,]){_YEAR}ء"),
    ),
    "zh": (
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        # Taiwan's Minguo years: 民国114年3月5日, 114学年度 (the academic year 2025).
        re.compile(
            r"民国 ?(?P<roc>\d{2,3}) ?年"
            r"(?: ?(?P<mon>1[0-2]|0?[1-9]) ?月(?: ?(?P<day>\d{1,2}) ?[日号])?)?"
        ),
        re.compile(r"(?<!\d)(?P<roc>1[0-2]\d) ?学年度"),
        re.compile(
            rf"(?:{_ZH_YEAR} ?年 ?)?(?<![\d个上下本这])"
            r"(?P<mon>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月"
            rf"(?: ?(?P<day>{_ZH_SMALL}) ?[日号])?"
        ),
        re.compile(rf"(?<!\d){_ZH_YEAR} ?年(?!代)"),
    ),
}
_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_MAY_CONTEXT = re.compile(
    r"\b(?:in|since|until|till|by|last|next|this|early|late|mid|of|from|during|before|after"
    r"|through|throughout|and|between)[\s-]+$"
)
def _zh_small(text: str) -> int:
    """Chinese numerals up to 99 (months and days) without cn2an."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)
    return _ZH_DIGIT[text]


def month_number(text: str, lang: str) -> int:
    """The number of a month told in digits or as a name of `lang` ('Sept.', 'марта',
    '十一')."""
    if text.isdigit():
        return int(text)
    if lang == "en":
        return _EN_MONTHS[text.lower().rstrip(".")]
    if lang == "ru":
        low = text.lower()
        return _RU_MONTH_PREFIX.get(low[:3]) or _RU_MONTH_PREFIX[low[:2]]
    if lang == "ur":
        return _UR_MONTHS[text]
    return _zh_small(text)


def _date_value(m: re.Match[str], lang: str) -> str | None:
    groups = m.groupdict()
    year_text, mon_text, day_text = groups.get("year"), groups.get("mon"), groups.get("day")
    year = month = day = None
    if roc := groups.get("roc"):
        year_text = str(int(roc) + 1911)
    if year_text:
        year = int("".join(str(_ZH_DIGIT[c]) if c in _ZH_DIGIT else c for c in year_text))
        if not 1800 <= year <= 2199:
            return None
    if mon_text:
        month = month_number(mon_text, lang)
        if not 1 <= month <= 12:
            return None
    if day_text:
        day = (1 if day_text == "یکم" else _UR_DAYS.get(day_text) or (
            _zh_small(day_text) if lang == "zh" else int(day_text)))
        if not 1 <= day <= 31:
            return None
    if month is None:
        return f"{year:04d}" if year else None
    left = f"{year:04d}" if year else "-"
    return f"{left}-{month:02d}-{day:02d}" if day else f"{left}-{month:02d}"


# A fiscal or season year written as a range: 2018-19, 2018/19, 2018–2019.
_YEAR_RANGE = re.compile(
    r"(?<![\d.,])(?P<a>(?:19|20)\d\d)\s?[-–/]\s?(?P<b>(?:19|20)?\d\d)(?![\d,]|\.\d)"
)


def _part_rules(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    parts: dict[str, dict[str, str]] = _load(lang, "dates").get("month_parts", {})
    before, after = parts.get("before", {}), parts.get("after", {})
    sep, end = ("", "") if lang == "zh" else (r"\s*", r"(?!\w)")
    return (
        re.compile(rf"(?<!\w)(?P<p>{alt(before)})(?:\s+|-)$", re.I) if before else None,
        re.compile(rf"{sep}(?P<p>{alt(after)}){end}", re.I) if after else None,
        before | after,
    )


# 'early July', 'mid-July', 'в конце июля', '7月初', 'جولائی کے آخر': the part of a month.
_MONTH_PARTS = {lang: _part_rules(lang) for lang in LANGS}
_MONTH_ONLY = re.compile(r"(?:\d{4}|-)-\d\d")


def _month_part(norm: str, lang: str, start: int, end: int) -> tuple[int, int, str]:
    """A month without its day widened over the words that say which part of it."""
    before, after, names = _MONTH_PARTS[lang]
    m = before.search(norm, max(0, start - 20), start) if before else None
    if m:
        return m.start(), end, lookup(names, m.group("p"))
    m = after.match(norm, end) if after else None
    if m:
        return start, m.end(), lookup(names, m.group("p"))
    return start, end, ""


def dates(norm: str, lang: str, claims: Claims) -> list[Hit]:
    """Dates (value ISO with missing parts left out; a part of a month after it: `-07
    early`) and year ranges (`2018/19`)."""
    hits: list[Hit] = []
    for m in _YEAR_RANGE.finditer(norm):
        first, second = m.group("a"), m.group("b")[-2:]
        if (int(first[-2:]) + 1) % 100 == int(second):
            claims.take(m.start(), m.end())
            hits.append(Hit(m.start(), m.end(), "date", f"{first}/{second}"))
    for pattern in _DATE_RES[lang]:
        for m in pattern.finditer(norm):
            start = m.start()
            if m.group(0) == "May" and not _MAY_CONTEXT.search(norm, max(0, start - 12), start):
                continue  # 'May' alone is usually the verb
            if not claims.free(start, m.end()):
                continue
            value = _date_value(m, lang)
            if value is None:
                continue
            end = m.end()
            if _MONTH_ONLY.fullmatch(value):
                start, end, part = _month_part(norm, lang, start, end)
                if part and claims.free(start, end):
                    value = f"{value} {part}"
                else:
                    start, end = m.start(), m.end()
            claims.take(start, end)
            hits.append(Hit(start, end, "date", value))
    if lang == "zh":
        hits += _zh_bare_days(norm, claims, hits)
    else:
        hits += _range_days(norm, claims, hits)
    return hits


DAY_DATE = re.compile(r"(\d{4}|-)-(\d\d)-(\d\d)")
"""A date's value that names a day: year (or `-`), month, day (`2025-09-02`, `--09-02`)."""
_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|—|to|and|through|till|until)\s*(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$|\d{4}\b|(?:in|at|on|of|for|this|last|next|when|while|after"
    r"|before|the|a|and|as|with|to|from|by|is|was|will|were|are)\b))"
)
_RANGE_BEFORE = re.compile(
    r"(?<![\d.,:])(?P<day>\d{1,2})(?:st|nd|rd|th|-?го)?\s*(?:-|–|—|to|and|по|и|سے|تا|اور)\s*$"
)


def _range_days(norm: str, claims: Claims, found: list[Hit]) -> list[Hit]:
    """The other day of a range of days in one month ('July 14 to 16', 'Jan. 5 and 6',
    '14-16 июля', 'с 14 по 16 июля', '14 سے 16 جولائی'): a date of that month, not a number."""
    hits = []
    for hit in found:
        day = DAY_DATE.fullmatch(hit.value)
        if not day:
            continue
        after = _RANGE_AFTER.match(norm, hit.end)
        before = _RANGE_BEFORE.search(norm, max(0, hit.start - 12), hit.start)
        for m in (after, before):
            if m and 1 <= int(m["day"]) <= 31 and claims.free(m.start("day"), m.end("day")):
                claims.take(m.start("day"), m.end("day"))
                value = f"{day[1]}-{day[2]}-{int(m['day']):02d}"
                hits.append(Hit(m.start("day"), m.end("day"), "date", value))
    return hits


_ZH_BARE_DAY = re.compile(r"(?<![\d.年月号])(?P<day>[1-9]|[12]\d|3[01])日(?![内前后以起])")
_MONTH_OF = re.compile(r"(\d{4}|-)-(\d\d)")


def _zh_bare_days(norm: str, claims: Claims, found: list[Hit]) -> list[Hit]:
    """'3日' in Chinese news: a day of the month last named before it in the text
    ('新华社北京1月3日电……毛宁3日宣布' is the 3rd of January), `---03` (a day of a month
    not named) when none is."""
    months = sorted((h.end, month[0]) for h in found if (month := _MONTH_OF.match(h.value)))
    ends = [end for end, _ in months]
    hits = []
    for m in _ZH_BARE_DAY.finditer(norm):
        if not claims.free(m.start(), m.end()):
            continue
        last = bisect.bisect_right(ends, m.start())
        claims.take(m.start(), m.end())
        left = months[last - 1][1] if last else "--"
        hits.append(Hit(m.start(), m.end(), "date", f"{left}-{int(m['day']):02d}"))
    return hits


def _relative_re(lang: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern for a language's relative-time phrases and patterns (named groups)."""
    data: dict[str, Any] = _load(lang, "relative_time")
    phrases: dict[str, str] = data.get("phrases", {})
    groups = {f"g{i}": value for i, (_, value) in enumerate(data.get("patterns", []))}
    parts = [f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(data.get("patterns", []))]
    if phrases:
        parts.append(f"(?P<phrase>{alt(phrases)})")
    body = "|".join(parts)
    end = "" if lang == "zh" else r"(?!\w)"
    return re.compile(rf"(?:{body}){end}", re.I), groups, phrases


_RELATIVE = {lang: _relative_re(lang) for lang in LANGS}
# Word starts that can begin a phrase or one alternative of a pattern.
_RELATIVE_FIRSTS = {
    lang: firsts_of([*phrases, *(alt for p, _ in table_patterns for alt in p.split("|"))])
    for lang, (_, _, phrases) in _RELATIVE.items()
    for table_patterns in [_load(lang, "relative_time").get("patterns", [])]
}


@dataclass(frozen=True)
class _Spans:
    """A stretch of time before or after something: 'almost a week after', 'two days ago',
    '近一周后', 'через неделю', 'ایک ہفتے بعد' (`tables/<lang>/relative_time.json`, `spans`)."""

    patterns: tuple[re.Pattern[str], ...]
    hedges: dict[str, str]
    counts: dict[str, Any]
    units: dict[str, str]
    directions: dict[str, str]
    before_count: dict[str, str]
    comparison: re.Pattern[str] | None  # 'up from $3 billion a year earlier': a base
    to_now: re.Pattern[str] | None  # 'over the past five months', '过去五个月'


def _span_rules(lang: str) -> _Spans:
    data: dict[str, Any] = _load(lang, "relative_time")["spans"]
    sep, end = (" ?", "") if lang == "zh" else (r"\s+", r"(?!\w)")
    hedge = rf"(?:(?P<h>{alt(data['hedges'])}){sep})?"
    count = rf"(?:(?P<n>{alt(data['counts'])}|\d{{1,3}}(?:\.\d)?){sep})?"
    unit = rf"(?P<u>{alt(data['units'])})"
    direction = rf"(?P<d>{alt(data['directions'])})"
    patterns = []
    before_count: dict[str, str] = data.get("before_count", {})
    if before_count:  # 'через неделю (после)', 'за день до'
        patterns.append(
            rf"{hedge}(?P<pre>{alt(before_count)}){sep}{count}{unit}(?:{sep}{direction})?{end}"
        )
    patterns.append(rf"{hedge}{count}{unit}{sep}{direction}{end}")
    base, lead = data.get("comparison_before"), data.get("to_now")
    start = "" if lang == "zh" else r"(?<!\w)"
    return _Spans(
        tuple(re.compile(p, re.I) for p in patterns), data["hedges"], data["counts"],
        data["units"], data["directions"], before_count,
        re.compile(rf"(?<!\w)(?:{alt(base)})\s(?:[^.,;:!?]|\d[.,]\d){{0,24}}$", re.I)
        if base else None,
        re.compile(rf"{start}(?:{alt(lead)}){sep}{count}{unit}{end}", re.I) if lead else None,
    )


_SPANS = {lang: _span_rules(lang) for lang in LANGS}
_SPAN_CUE = {lang: re.compile(alt([*rules.directions, *rules.before_count]), re.I)
             for lang, rules in _SPANS.items()}


def _span_value(m: re.Match[str], lang: str) -> str | None:
    """`after:1 week`, `~after:1 week`, `after:some day`; one day without a hedge is
    `day:after` / `day:before`, as 'the day after' and 'the day before' are. A count of
    two or more is left to the numbers ('two years' is a figure with its unit)."""
    rules, g = _SPANS[lang], m.groupdict()
    direction = lookup(rules.directions, g["d"]) if g.get("d") else None
    if g.get("pre"):
        pre = lookup(rules.before_count, g["pre"])
        if pre == "before" and direction != "before":
            return None  # 'за неделю' alone is 'within a week'
        direction = direction or pre
    unit = lookup(rules.units, g["u"])
    if direction is None or unit is None:
        return None
    n = g.get("n")
    if n:
        count = lookup(rules.counts, n) or n
        if n[0].isdigit() or (isinstance(count, int) and count > 1):
            return None  # 'two years ago', '60 years later': a figure (numbers.py) says it
    elif lang == "ru" or (lang == "en" and g["u"].lower().endswith("s")):
        count = 1 if lang == "ru" else "some"  # 'неделю спустя', 'days after'
    else:
        return None
    hedge = lookup(rules.hedges, g["h"]) if g.get("h") else ""
    if count == 1 and unit == "day" and not hedge:
        return f"day:{direction}"
    return f"{hedge}{direction}:{count} {unit}"


def _to_now(norm: str, lang: str, claims: Claims) -> list[Hit]:
    """A stretch up to now: 'over the past five months' (`past:5 month`), '过去五个月',
    'за последние пять месяцев', 'گزشتہ پانچ ماہ'; in zh and ur only with its count
    ('گزشتہ سال' is last year, '近年' recent years)."""
    rules, hits = _SPANS[lang], []
    for m in rules.to_now.finditer(norm) if rules.to_now else ():
        n = m.group("n")
        if not claims.free(m.start(), m.end()) or (n is None and lang in ("zh", "ur")):
            continue
        count = (lookup(rules.counts, n) or n) if n else 1
        claims.take(m.start(), m.end())
        hits.append(Hit(m.start(), m.end(), "time", f"past:{count} {lookup(rules.units, m['u'])}"))
    return hits


def _spans(norm: str, lang: str, claims: Claims) -> list[Hit]:
    if not _SPAN_CUE[lang].search(norm):
        return []  # most sentences have no 'after', 'ago', 'спустя', 'بعد'
    hits: list[Hit] = []
    rules = _SPANS[lang]
    for pattern in rules.patterns:
        for m in pattern.finditer(norm):
            if lang != "zh" and m.start() and norm[m.start() - 1].isalnum():
                continue
            if rules.comparison and rules.comparison.search(norm, max(0, m.start() - 30),
                                                            m.start()):
                continue
            value = _span_value(m, lang)
            if value and claims.free(m.start(), m.end()):
                claims.take(m.start(), m.end())
                hits.append(Hit(m.start(), m.end(), "time", value))
    return hits


# 'Today's accident', '今天的事故', 'آج کا حادثہ': a time that names the event it belongs to.
_POSSESSIVE = {
    lang: re.compile(p) for lang in LANGS if (p := _load(lang, "relative_time").get("possessive"))
}
_POSSESSIVE_END = re.compile("|".join(f"(?:{p.pattern})$" for p in _POSSESSIVE.values()))


def possessive(fact: Fact) -> bool:
    """Whether a relative time names its event ('Today's accident', '昨天的会议')."""
    return fact.kind == "time" and _POSSESSIVE_END.search(fact.text) is not None


# 'the February 20 assembly polls', '2月20日的选举', '20 فروری کے انتخابات': a date before
# its event's noun (after a determiner, in English) names the event. Russian puts the date
# after the noun (выборы 20 февраля), where it cannot be told from a date of the clause.
_EVENT_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b|的|\s+(?:کا|کی|کے)(?!\w)(?!\s+(?:روز|دن)(?!\w))")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.I)
_NOT_NOUN = wordset(
    "and or to through till until in at on of from by for with as is was are were has had "
    "have will would when after before"
)


def names_an_event(fact: Fact, text: str | None) -> bool:
    """Whether a date stands before the noun of its event ('the February 20 assembly
    polls', '2月20日的选举', '20 فروری کے انتخابات'): it names the event, not when a
    thing was done."""
    if fact.kind != "date" or not text or fact.start < 0:
        return False
    after = _EVENT_AFTER.match(text, fact.end)
    if not after:
        return False
    if after.group(1) is None:
        return True
    return after.group(1) not in _NOT_NOUN and bool(
        _DETERMINER_BEFORE.search(text[max(0, fact.start - 12):fact.start])
    )


# 'the same period last year', '去年同期': the base of a year-on-year comparison, no time.
_SAME_PERIOD = {
    lang: re.compile("|".join(p), re.I)
    for lang in LANGS if (p := _load(lang, "relative_time").get("same_period"))
}
_TITLE_FOLLOWS = re.compile(
    r" (?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]"
)


def relative_times(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    """Weekdays, yesterday/today/tomorrow, this/last/next week, month or year, the day
    after or before, a stretch before or after: values `weekday:2`, `day:-1`, `week:+1`,
    `day:after`, `~after:1 week` ... A possessive ('Today's') is part of the fact's text."""
    pattern, groups, phrases = _RELATIVE[lang]
    if lang == "zh":
        found: Iterable[re.Match[str]] = pattern.finditer(norm)
    else:
        found = at_words(pattern, _RELATIVE_FIRSTS[lang], norm, words)
    hits = _spans(norm, lang, claims) + _to_now(norm, lang, claims)
    if lang in _SAME_PERIOD:
        for m in _SAME_PERIOD[lang].finditer(norm):
            claims.take(m.start(), m.end())
    possessive_re = _POSSESSIVE.get(lang)
    for m in found:
        name = m.lastgroup or ""
        value = lookup(phrases, m.group()) if name == "phrase" else groups.get(name)
        if value and value.startswith("weekday") and _TITLE_FOLLOWS.match(norm, m.end()):
            continue  # the Sunday Telegraph, Friday Night Lights: a name
        if lang == "en" and value in _ONE_DAY and m.group()[:1].isupper() and (
            named := _TITLE_BEFORE.search(norm, max(0, m.start() - 30), m.start())
        ):
            claims.take(named.start(), m.end())  # India Today, USA Today: an outlet's name
            continue
        start, end = m.start(), m.end()
        if value and value.startswith("season:"):
            if lang == "en" and not m.group().split()[-1].islower():
                continue  # Summer Davos, the Winter Olympics: a name
            start, end, value = _season_hedge(norm, lang, start, end, value)
        if value and claims.free(start, end):
            owner = possessive_re.match(norm, end) if possessive_re else None
            end = owner.end() if owner else end
            claims.take(start, end)
            hits.append(Hit(start, end, "time", value))
    return hits


_SEASON_HEDGE = {
    lang: (re.compile(rf"(?:(?<!\w)|(?<=[\u4e00-\u9fff]))(?:{alt(rules.hedges)})\s*$", re.I),
           re.compile(rf"\s*(?:{alt(after)})" if (after := _load(
               lang, "relative_time").get("season_hedges_after")) else r"(?!)"))
    for lang, rules in _SPANS.items()
}


def _season_hedge(norm: str, lang: str, start: int, end: int, value: str) -> tuple[int, int, str]:
    """A season with its hedge ('around the summer', '夏季左右', 'примерно летом',
    'تقریباً گرمیوں میں'): value `~season:summer`; the hedge is part of the fact's text."""
    before, after = _SEASON_HEDGE[lang]
    window = max(0, start - 20)
    found = before.search(norm[window:start])
    if found and lookup(_SPANS[lang].hedges, found.group().strip()) == "~":
        return window + found.start(), end, "~" + value
    tail = after.match(norm, end)
    return (start, tail.end(), "~" + value) if tail else (start, end, value)


def names_a_day_or_week(fact: Fact) -> bool:
    """Whether a relative time names one day or week ('on Monday', 'yesterday', 'the day
    after', 'last week'): a time a copy that loses it tells less precisely."""
    return fact.kind == "time" and (
        fact.value.startswith(("weekday:", "week:")) or fact.value in _ONE_DAY
    )


_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&.-]*\s+$")
RELATIVE_DAYS = frozenset({"day:-1", "day:0", "day:+1"})
"""A time's value that is a day told relative to the story ('yesterday', 'today')."""
_ONE_DAY = RELATIVE_DAYS | {"day:after", "day:before", "day:2nd", "day:3rd"}
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_NAMED_WEEKDAY = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")


def same_day(time: Fact, date: Fact) -> bool:
    """Whether a weekday ('в среду', `weekday:3`) and a day date ('23 марта') may name one
    day: a date without its year may fall on any weekday; with it, on one only."""
    found = DAY_DATE.fullmatch(date.value) if date.kind == "date" else None
    if not found or not time.value.startswith("weekday:"):
        return False
    named = _NAMED_WEEKDAY.match(date.text)  # 'Tuesday, May 10' names its weekday
    if named:
        return time.value == f"weekday:{_WEEKDAYS.index(named.group(1).lower()[:3]) + 1}"
    if found.group(1) == "-":
        return True
    try:
        day = datetime.date(*(int(g) for g in found.groups()))
    except ValueError:
        return False
    return f"weekday:{day.isoweekday()}" == time.value
