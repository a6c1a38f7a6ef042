"""Periods of a year: quarters, halves and month ranges ("the second quarter of 2025",
"2H 2025", "April to June 2025", "the first five months", "2024年一季度", "上半年", "1-3月",
"前5个月", "во втором квартале", "январь-март", "پہلی سہ ماہی", "جنوری تا مارچ")
in en, zh, ru and ur.

A period's value is its year and its months, `2025:04..06`, so a quarter told as its
months is the same fact. The year is `` when not given ("the second half of the year"),
`y+0`, `y-1`, `y+1` when told relative to the story ("this year's first quarter",
"去年四季度"). A fiscal year's quarter is no calendar quarter: `fy2025:q1`.
Words live in `tables/<lang>/dates.json` (`periods`). `told_relative`: a year or month
given by the calendar on one side and relative to the story on the other;
`relative_for_date`: a day told by the calendar and relative to the story or by its
weekday; `made_vague`: a day, week or month made 'recently'; `story_frame`: a time the
copy tells in another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from xlate.matching.facts.clock import CLOCK
from xlate.matching.facts.common import LANGS, Claims, Hit, alt, lookup
from xlate.matching.facts.common import table as _load
from xlate.matching.facts.dates import DAY_DATE, RELATIVE_DAYS, RU_MONTH, month_number, same_day
from xlate.model import Article, Fact, FactStatus, Link

PERIOD = ".."
"""What a period's value holds between its first and last month (`2025:04..06`)."""
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"


def _words(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = _load(lang, "dates").get("periods", {})
    return data


def _month_word(lang: str) -> str:
    """One month name of `lang`, without a group."""
    if lang == "ru":
        return RU_MONTH
    if lang == "zh":
        return r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
    months = _load(lang, "dates")["months"]
    names = [m.capitalize() for m in months] if lang == "en" else list(months)
    return f"(?:{alt(names)})" + (r"\b\.?" if lang == "en" else "")


def _rules(lang: str) -> list[re.Pattern[str]]:
    words = _words(lang)
    if not words:
        return []
    nth, rel = alt([*words["ordinals"], *words.get("half_ordinals", {})]), alt(words["years"])
    m1, m2 = (f"(?P<m{i}>{_month_word(lang)})" for i in (1, 2))
    to = alt(words["range"])
    quarter, half = alt(words["quarter"]), alt(words["half"])
    k = rf"(?P<k>{alt(words['month_counts'])}|\d{{1,2}})"  # the first k months
    if lang == "en":
        head = rf"(?:(?:{_YEAR}|(?P<rel0>{rel})(?:'s)?)\s+)?"
        tail = (rf"(?:\s+(?:of|in)\s+(?P<fy>fiscal\s+(?:year\s+)?)?"
                rf"(?:{_YEAR.replace('year', 'year2')}|(?P<rel>{rel})))?")
        return [
            re.compile(rf"\b{head}(?P<n>{nth})[\s-]+(?P<q>{quarter}|{half}){tail}\b", re.I),
            # 'the last quarter of the year' is its fourth ('the last quarter' alone may be
            # the one before)
            re.compile(rf"\b(?P<n>last)\s+(?P<q>{quarter}|{half}){tail.removesuffix('?')}\b",
                       re.I),
            re.compile(rf"\b(?:(?P<q>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<q2>[QH]))"
                       rf"(?:\s*{_YEAR})?\b"),
            re.compile(rf"\b(?P<from>between\s+|from\s+)?{m1}\s*(?P<to>and|{to})\s*{m2}"
                       rf"(?:,?\s+{_YEAR})?"),
            re.compile(rf"\b(?:first|initial)\s+{k}\s+months{tail}\b", re.I),
            re.compile(rf"\b(?:first|initial)\s+(?P<kq>two|three)\s+quarters{tail}\b", re.I),
            # Reuters' 'the three months to June', 'six months ended June 30, 2025'
            re.compile(rf"\b{k}\s+months\s+(?:to|ended|ending|through)\s+{m2}"
                       rf"(?:\s+\d{{1,2}}\b)?(?:,?\s+{_YEAR})?"),
        ]
    if lang == "zh":
        year = rf"(?:{_YEAR} ?年|(?P<rel0>{rel}))"
        return [
            re.compile(rf"{year}?第?(?<!前)(?P<n>{nth})(?P<q>{quarter})"),  # not 前三季度
            re.compile(rf"(?:{year}第?|第)(?P<n>{nth})(?P<q>季)(?!度)"),
            re.compile(rf"{year}?(?P<n>{nth})(?P<q>{half})"),
            re.compile(rf"(?:{_YEAR} ?年)?{m1}(?:月份?)? ?(?:{to}) ?{m2}月份?"),
            re.compile(rf"{year}?前{k}个?月"),
            re.compile(rf"{year}?前(?P<kq>[二两三])个?季度"),
        ]
    if lang == "ru":
        tail = rf"(?:\s+(?:{_YEAR}\s*(?:года|году|г\.)?|(?P<rel>{rel})\s+года|(?P<of>года)))?"
        return [
            re.compile(rf"(?<!\w)(?P<n>{nth})\w*\s+(?P<q>{quarter}|{half})\w*{tail}(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?P<from>с\s+)?{m1}\s*(?P<to>по|{to})\s*{m2}(?!\w){tail}",
                       re.I),
            re.compile(rf"(?<!\w)перв\w*\s+{k}\s+месяц\w*{tail}(?!\w)", re.I),
        ]
    year = rf"(?:{_YEAR}ء?|(?P<rel0>{rel}))"
    return [
        re.compile(rf"(?:{year}\s+(?:کی|کے)\s+)?(?P<n>{nth})\s+(?P<q>{quarter}|{half})(?!\w)"),
        re.compile(rf"(?<!\w){m1}\s*(?:{to})\s*{m2}(?:\s+تک)?(?:[\s،,]+{_YEAR}ء?)?(?!\w)"),
        re.compile(rf"(?:{year}\s+(?:کے|کی)\s+)?(?:پہلے|ابتدائی)\s+{k}\s+(?:ماہ|مہینوں|مہینے)(?!\w)"),
    ]


_RULES = {lang: _rules(lang) for lang in LANGS}
_NEEDS_YEAR = ("half", "половин")
_FISCAL = re.compile(r"fiscal|financial|\bFY|مالی|финансов", re.I)


def _is_half(unit: str, lang: str) -> bool:
    return any(unit.lower().startswith(w.lower()) for w in _words(lang).get("half", []))


def _value(m: re.Match[str], lang: str, fiscal: bool) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    words = _words(lang)
    year = g.get("year") or g.get("year2") or ""
    rel = g.get("rel0") or g.get("rel")
    if rel:
        year = lookup(words["years"], rel) or ""
    if "kq" in g:  # the first two or three quarters
        return f"{year}:01{PERIOD}{3 * lookup(words['month_counts'], g['kq']):02d}"
    if "k" in g:  # the first k months, or k months to a month
        count = int(g["k"]) if g["k"].isdigit() else lookup(words["month_counts"], g["k"])
        last = month_number(g["m2"], lang) if "m2" in g else count
        first = last - count + 1
        return f"{year}:{first:02d}{PERIOD}{last:02d}" if 2 <= count <= 11 and first >= 1 else None
    if "m1" in g:
        first, last = month_number(g["m1"], lang), month_number(g["m2"], lang)
        return f"{year}:{first:02d}{PERIOD}{last:02d}" if first < last else None
    n_text, unit = g.get("n") or g.get("n2", ""), (g.get("q") or g.get("q2", ""))
    half = unit.upper() == "H" or _is_half(unit, lang)
    ordinals = words.get("half_ordinals", words["ordinals"]) if half else words["ordinals"]
    last = 2 if half else 4
    n = int(n_text) if n_text.isdigit() else last if n_text.lower() == "last" else (
        lookup(ordinals, n_text))
    if not isinstance(n, int) or n > last:
        return None
    if fiscal:
        return f"fy{year}:{'h' if half else 'q'}{n}"
    size = 6 if half else 3
    return f"{year}:{(n - 1) * size + 1:02d}{PERIOD}{n * size:02d}"


def periods(norm: str, lang: str, claims: Claims) -> list[Hit]:
    """Quarters, halves and month ranges (value `2025:04..06`, `:07..12`, `y-1:10..12`,
    `fy2025:q1`). A half needs its year ('the first half' of a match is no period)."""
    hits: list[Hit] = []
    for pattern in _RULES[lang]:
        for m in pattern.finditer(norm):
            start, end = m.start(), m.end()
            if not claims.free(start, end):
                continue
            g = m.groupdict()
            if (g.get("to") or "").lower() in ("and", "по") and not g.get("from"):
                continue  # 'April and June' is two months; 'between April and June' a range
            unit = g.get("q") or g.get("q2") or ""
            yearless = not any(g.get(k) for k in ("year", "year2", "rel", "rel0", "of"))
            if yearless and unit.lower().startswith(_NEEDS_YEAR):
                continue  # 'the first half' of a match, 'вторая половина' of a day
            fiscal = bool(g.get("fy") or _FISCAL.search(norm, max(0, start - 24), start))
            value = _value(m, lang, fiscal)
            if value is None:
                continue
            claims.take(start, end)
            hits.append(Hit(start, end, "date", value))
    return hits


def in_year_range(fact: Fact, other_text: str | None) -> bool:
    """A year the other text gives inside a range of years ('2019, 2020, 2021' / '2019–2021',
    '2019年至2021年', 'с 2019 по 2021 год', '2019 سے 2021')."""
    if not other_text or fact.kind != "date" or not re.fullmatch(r"\d{4}", fact.value):
        return False
    year = int(fact.value)
    return any(int(m[1]) < year < int(m[2]) for m in _YEAR_RANGE.finditer(other_text))


_YEAR_RANGE = re.compile(
    r"((?:19|20)\d\d)\s*(?:年|гг?\.?|года?)?\s*(?:[-–—~]|to|through|until|till|至|到|по|до|سے|تا)\s*"
    r"((?:19|20)\d\d)(?!\d)", re.I)


def same_year(a: str, b: str) -> bool:
    """Whether two periods' years may be one: equal, one not given, or one told relative
    to the story ('this year's first quarter' / 'Q1 2025')."""
    return a == b or not a or not b or (a[0] == "y") != (b[0] == "y")


BARE_YEAR = re.compile(r"\d{4}")
"""A date's value that is a year alone (`2025`; `match` also finds a dated value's year)."""
BARE_MONTH = re.compile(r"(?:\d{4}|-)-\d\d")
"""A date's value that is a month, with its year or without (`2025-04`, `--04`)."""
RELATIVE_YEARS = frozenset({"year:-1", "year:0", "year:+1"})
"""A time's value that is a year told relative to the story ('last year', 'this year')."""


def _year_level(fact: Fact) -> bool:
    """A bare year, a year told relative to the story ('this year') or a period."""
    return (fact.kind == "date" and (bool(BARE_YEAR.fullmatch(fact.value))
                                     or PERIOD in fact.value or fact.value.startswith("fy"))
            ) or (fact.kind == "time" and fact.value in RELATIVE_YEARS)


def _frame(article: Article) -> set[str]:
    """The years and periods an article gives anywhere, and the years its dates and
    periods carry."""
    from xlate.matching.facts import extract_facts

    found: set[str] = set()
    for sentence in article.sentences:
        for fact in extract_facts(sentence.text, article.lang):
            if _year_level(fact):
                found.add(fact.value)
            if fact.kind == "date" and BARE_YEAR.match(fact.value):
                found.add(fact.value[:4])  # '2025-07-15', '2025:04..06': the year 2025
    return found


def _when(fact: Fact) -> str:
    """A date or time's value, a day date without its year ('2026-01-15' = '--01-15')."""
    return fact.value[-5:] if DAY_DATE.fullmatch(fact.value) else fact.value


def _times(article: Article) -> set[str]:
    """The dates and times an article gives (`_when`) outside its dateline."""
    from xlate.matching.facts import extract_facts
    from xlate.matching.facts.datelines import dateline_facts

    found: set[str] = set()
    for n, sentence in enumerate(article.sentences):
        facts, end = (
            dateline_facts(sentence.text, article.lang) if n < 3  # where `first_dateline` looks
            else (extract_facts(sentence.text, article.lang), 0)
        )
        found.update(_when(f) for f in facts if f.start >= end and f.kind in ("date", "time"))
    return found


def _in_frame(value: str, frame: set[str]) -> bool:
    if value in frame:
        return True
    year, _, months = value.partition(":")
    return PERIOD in value and any(
        other.partition(":")[2] == months and same_year(year, other.partition(":")[0])
        for other in frame
    )


def story_frame(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """A year or period left out where the copy gives it elsewhere, or brought in where the
    original gives it elsewhere ('今年一季度' opening a point of a story about the first
    quarter), tells the story's time frame, not a new fact; so does a day date left out
    that is the original's dateline date ('4月12日' on a story datelined 4月12日): style.
    So is any date or time left out (brought in) where the copy (the original) tells it
    in another sentence: moved ('A court early Thursday approved ...' / 'The court
    approved the warrant early Thursday', two sentences on), or the story's day said
    once instead of twice."""
    from xlate.matching.facts.datelines import dateline_facts
    from xlate.matching.facts.nearby import facts_by_status

    def timed(link: Link) -> bool:
        return bool(link.original and link.republication) and any(
            f.severity == "drift" and f.status in ("dropped", "introduced")
            and f.kind in ("date", "time") for f in link.facts)

    if not any(timed(link) for link in links):
        return tuple(links)
    frames = {"dropped": _frame(republication), "introduced": _frame(original)}
    told = {"dropped": _times(republication), "introduced": _times(original)}
    told_days = {v.partition(" ")[0] for v in told["dropped"]}  # '--03 late' is in March
    head, end = dateline_facts(original.sentences[0].text, original.lang)
    story_days = {f.value[-5:] for f in head if f.start < end and f.kind == "date"
                  and len(f.value) >= 7 and PERIOD not in f.value}
    out: list[Link] = []
    for link in links:
        if not timed(link):
            out.append(link)
            continue
        values = facts_by_status(link, original, republication)
        checks = []
        for check in link.facts:
            fact = values.get((check.status, check.original or check.republication or ""))
            if check.severity == "drift" and fact and fact.kind in ("date", "time"):
                if _year_level(fact) and _in_frame(fact.value, frames[check.status]):
                    check = replace(check, severity="style", reason="the story's year")
                elif check.status == "dropped" and fact.value[-5:] in story_days:
                    check = replace(check, severity="style", reason="the story's date")
                elif _when(fact) in told[check.status] or (
                    check.status == "dropped"
                    and _on_story_day(fact.value, story_days) & told_days
                ):
                    check = replace(check, severity="style", reason="told elsewhere")
            checks.append(check)
        out.append(replace(link, facts=tuple(checks)))
    return tuple(out)


_RELATIVE_MONTHS = frozenset({"month:-1", "month:0", "month:+1"})


def _on_story_day(value: str, story_days: set[str]) -> set[str]:
    """What a day or month told relative to the story is on the story's dateline date
    ('MM-DD'): 'last month' on 04-14 is '--03', 'yesterday' '04-13' (as `_when` gives)."""
    if len(story_days) != 1 or value not in RELATIVE_DAYS | _RELATIVE_MONTHS:
        return set()
    month, day = map(int, next(iter(story_days)).split("-"))
    step = int(value.partition(":")[2])
    if value in _RELATIVE_MONTHS:
        return {f"--{(month - 1 + step) % 12 + 1:02d}"}
    return {  # in a leap year and in another: the day before 03-01 is 02-29 or 02-28
        (date(year, month, min(day, 28 if month == 2 and year % 4 else day))
         + timedelta(days=step)).strftime("%m-%d")
        for year in (2000, 2001)
    }


def told_relative(
    checks: list[tuple[FactStatus, Fact | None, Fact | None]],
) -> list[tuple[Fact, str]]:
    """A bare year dropped where 'this year' / 'last year' / 'next year' came in, or a
    month ('in April') where 'last month' / 'this month' came in (or the other way round):
    the same year or month told relative to the story's date; and a date or period
    dropped or added beside a kept one of the same value ('the second half of 2025 (2H
    2025)' -> 'the second half of the year'), or a day date in brackets after a weekday
    the copy keeps ('Friday (Aug 5)' -> 'Friday'): said twice, not changed; and the
    relative year of a month the copy keeps left out ('December last year' -> 'December')."""
    found: list[tuple[Fact, str]] = []
    for bare, relative, reason in (
        (BARE_YEAR, RELATIVE_YEARS, "year as relative year"),
        (BARE_MONTH, _RELATIVE_MONTHS, "month as relative month"),
    ):
        told = [(s, f) for s, a, b in checks if s in ("dropped", "introduced")
                and (f := a or b) and (bare.fullmatch(f.value) or f.value in relative)]
        for status in ("dropped", "introduced"):
            mine = [f for s, f in told if s == status]
            theirs = {f.kind for s, f in told if s != status}
            found += [(f, reason) for f in mine if {f.kind, *theirs} == {"date", "time"}]
    kept = {a.value for s, a, b in checks if s == "kept" and a and a.kind == "date"}
    kept |= {b.value for s, a, b in checks if s == "kept" and b and b.kind == "date"}
    found += [(f, "said twice") for s, a, b in checks if s in ("dropped", "introduced")
              and (f := a or b) and f.kind == "date" and f.value in kept]
    # 'Since December last year' -> 'Since December', 去年12月 -> 12月: the year of a month
    # the copy keeps, left out.
    months = [a for s, a, _ in checks if s == "kept" and a and BARE_MONTH.fullmatch(a.value)]
    found += [(a, "year of a kept month") for s, a, _ in checks if s == "dropped" and a
              and a.value in RELATIVE_YEARS and any(
                  0 <= a.start - m.end <= 4 or 0 <= m.start - a.end <= 1 for m in months)]
    # 'reported Friday (Aug 5)' -> 'on Friday reported': the date glossing a weekday the
    # copy keeps, tells another way ('said on Saturday (June 4)' -> 'said yesterday') or
    # leaves out with it (周五(9月30日) cut: one day dropped, told by the weekday).
    days = [a for s, a, _ in checks if a and a.value.startswith("weekday:")]
    found += [(a, "said twice") for s, a, _ in checks if s == "dropped" and a
              and a.kind == "date" and any(0 < a.start - w.end <= 3 and same_day(w, a)
                                           for w in days)]
    # 'آج (جمعرات کو)', 'today (Thursday)': the weekday glossing a day told relative to the
    # story, left out with it or alone.
    glossed = [a for s, a, _ in checks if a and a.value in RELATIVE_DAYS]
    found += [(a, "said twice") for s, a, _ in checks if s == "dropped" and a
              and a.value.startswith("weekday:") and any(0 < a.start - d.end <= 3 for d in glossed)]
    return found


_VAGUE = frozenset({"recent", "day:recent"})


def made_vague(checks: list[tuple[FactStatus, Fact | None, Fact | None]]) -> list[Fact]:
    """A day, week or month left out where the copy brings in 'recently' (近日, недавно,
    حال ہی میں): the time made vague ('Kishida on Wednesday dropped out' -> 'who recently
    announced', '今天(8月29日)' -> '近日', 'this week' -> 'recently')."""
    def vague(fact: Fact | None) -> bool:  # not the adjective: 'the yen's recent moves'
        return fact is not None and fact.value in _VAGUE and fact.text.lower() != "recent"

    brought = any(s == "introduced" and vague(b) for s, _, b in checks)
    return [a for s, a, b in checks if a and a.kind in ("date", "time") and (
        (s == "dropped" and brought) or (s == "changed" and vague(b))
    ) and (a.value.startswith(("--", "weekday:", "week:")) or DAY_DATE.fullmatch(a.value)
           or a.value in RELATIVE_DAYS | _RELATIVE_MONTHS)]


def relative_for_date(
    checks: list[tuple[FactStatus, Fact | None, Fact | None]],
    texts: dict[str, str | None],
) -> list[tuple[Fact, str]]:
    """A day date dropped where 'today' / 'yesterday' / 'tomorrow' came in (or the other
    way round): the same day told relative to the story's date. A weekday dropped or
    changed where the one day date on the other side may name it ('on Tuesday' -> 'on May
    10', 'last Wednesday' -> 'last week on Sept. 16'; with its year, only the date that fell
    on that weekday; not a date in brackets, a credit's): the same day told by the
    calendar. So is a clock hour read as so many hours ('0—24时' -> '0至24小时', a round
    trip through another language). `texts`: each status's sentence text."""
    found: list[tuple[Fact, str]] = []
    dates = [f for s, a, b in checks if s != "changed" and (f := a or b)
             and f.kind == "date" and (len(f.value) >= 7 or f.value.startswith("---"))]
    days = [f for s, a, b in checks if s != "changed" and (f := a or b) and f.kind == "time"
            and f.value in RELATIVE_DAYS]
    if dates and days:
        found += [(f, "date as relative day") for f in dates + days]
    # Each side's facts without an equal opposite; a time changed is on both sides.
    sides: list[tuple[str, Fact]] = [
        (s, f) for s, a, b in checks if s in ("dropped", "introduced") and (f := a or b)]
    sides += [
        (side, f) for s, a, b in checks if s == "changed" and a and b and a.kind == "time"
        and not b.value.startswith("weekday:")  # 'Monday' -> 'Tuesday' stays drift
        for side, f in (("dropped", a), ("introduced", b))
    ]
    for s, f in sides:
        if f.value.startswith("weekday:"):
            named = [d for t, d in sides if t != s and same_day(f, d)
                     and not bracketed(d, texts[t])]
            alone = sum(g.value.startswith("weekday:") for t, g in sides if t == s) == 1
            found += [(g, "weekday as date") for g in [f, *named] if alone and len(named) == 1]
        hours = _clock_hours(f)
        if hours:
            same = [g for t, g in sides if t != s and g.kind == "number" and g.value == hours]
            found += [(g, "clock as hours") for g in [f, *same] if same]
    return found


def bracketed(fact: Fact, text: str | None) -> bool:
    """Whether `fact` stands inside brackets of `text` ('(UrduPoint - May 21st, 2021)')."""
    before = (text or "")[:max(0, fact.start)]
    return before.count("(") > before.count(")")


_CLOCK_HOUR = re.compile(re.escape(CLOCK) + r"(\d+):00")


def _clock_hours(fact: Fact) -> str | None:
    """A whole clock hour as a count of hours ('24时', `clock:24:00` -> `24 hour`)."""
    found = _CLOCK_HOUR.fullmatch(fact.value)
    return f"{int(found.group(1))} hour" if found else None
