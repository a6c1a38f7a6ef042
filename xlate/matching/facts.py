"""Fact extraction and comparison ("fact drift") for English, Chinese, Russian and Urdu.

`extract_facts` finds numbers, percentages, money, ordinals, dates, places, names and
attribution verbs in one language and gives each a language-independent `value`, so that
`check_facts` can tell which facts of an original survived in a republication (even a
translated one), which changed, which were dropped and which were introduced.

Value formats (`Fact.value`):

- number: `[approx]N[ unit]`, e.g. `15`, `>20`, `~20`, `15 year`, `2.448e11`
  (N is plain below a million, else `<mantissa>e<exponent>`; approx is `>`, `>=`, `<`,
  `<=` or `~`; units: year month week day hour minute person country km kg t m km/h mph)
- percent: `[approx]N%`, or `Npp` for percentage points
- money: `[approx]N CUR` with CUR in USD CNY RUB RUPEE EUR GBP JPY HKD
- ordinal: `80th`, `1st`, `22nd`
- date: ISO with missing parts left out: `2025-09-02`, `--09-02`, `2025-09`, `--09`, `2025`
- place: `place:<key>` (gazetteer key such as `place:beijing`, else the lowercased name)
- name: `name:<key>` (dictionary key such as `name:xi jinping`, else the lowercased name)
- attribution: `attr:<class>` with class say, stress, claim, announce, deny, accuse, urge,
  warn or pledge

The same fact gives the same value in every language: `244.8 billion U.S. dollars`,
`2448亿美元`, `244,8 млрд долларов США` and `۲۴۴٫۸ ارب امریکی ڈالر` are all `2.448e11 USD`.
Places and names come from `xlate/data/places.tsv` and `names.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from xlate.model import Fact, FactCheck, FactKind

__all__ = ["check_facts", "check_texts", "extract_facts"]

_DATA = Path(__file__).resolve().parent.parent / "data"

# One-to-one character mapping, so offsets in the normalised text are offsets in the input:
# Urdu and Arabic-Indic digits, full-width forms, Arabic separators, odd spaces, and the
# Arabic letter forms that Urdu text often uses instead of the Urdu ones.
_NORMALISE = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        "\u066a": "%",
        "\uff05": "%",
        "\uff0e": ".",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0647": "\u06c1",
        "\u2019": "'",
    }
)

_LANGS = ("en", "zh", "ru", "ur")


def _base_lang(lang: str) -> str:
    """`zh-Hans` -> `zh`; languages without rules of their own use the English ones."""
    base = (lang or "").lower().replace("_", "-").split("-")[0]
    return base if base in _LANGS else "en"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _key(text: str) -> str:
    return " ".join(text.lower().split())


# --------------------------------------------------------------------------- numbers

_APPROX_PRE: dict[str, dict[str, str]] = {
    "en": {
        "more than": ">", "over": ">", "above": ">", "exceeding": ">", "in excess of": ">",
        "upwards of": ">", "just over": ">", "at least": ">=", "no less than": ">=",
        "less than": "<", "fewer than": "<", "under": "<", "below": "<", "just under": "<",
        "up to": "<=", "no more than": "<=", "nearly": "~", "almost": "~", "about": "~",
        "around": "~", "approximately": "~", "roughly": "~", "some": "~", "close to": "~",
        "an estimated": "~", "estimated": "~",
    },
    "zh": {
        "超过": ">", "逾": ">", "超": ">", "多于": ">", "高于": ">", "大于": ">",
        "至少": ">=", "不少于": ">=", "约": "~", "大约": "~", "近": "~", "将近": "~", "接近": "~",
        "约为": "~", "大概": "~", "不到": "<", "不足": "<", "少于": "<", "低于": "<",
        "小于": "<", "最多": "<=",
    },
    "ru": {
        "более чем": ">", "более": ">", "свыше": ">", "больше чем": ">", "больше": ">",
        "чуть более": ">", "не менее чем": ">=", "не менее": ">=", "как минимум": ">=",
        "по меньшей мере": ">=", "менее чем": "<", "менее": "<", "меньше": "<",
        "чуть менее": "<", "не более": "<=", "около": "~", "почти": "~", "примерно": "~",
        "приблизительно": "~", "порядка": "~",
    },
    "ur": {
        "تقریباً": "~", "تقریبا": "~", "لگ بھگ": "~", "قریباً": "~", "قریب": "~",
        "کم از کم": ">=", "زائد از": ">",
    },
}
# After the number (and its scale word), before any unit.
_APPROX_MID: dict[str, dict[str, str]] = {
    "en": {"-plus": ">", "+": ">", "-odd": "~"},
    "zh": {"余": ">", "多": ">"},
    "ru": {"с лишним": ">", "с небольшим": ">"},
    "ur": {"سے زائد": ">", "سے زیادہ": ">", "سے اوپر": ">", "سے کم": "<"},
}
# After the unit.
_APPROX_POST: dict[str, dict[str, str]] = {
    "en": {"or more": ">", "or so": "~", "or less": "<="},
    "zh": {
        "以上": ">", "有余": ">", "多": ">", "左右": "~", "上下": "~", "以下": "<", "以内": "<",
    },
    "ru": {"с лишним": ">", "с небольшим": ">"},
    "ur": {"سے زائد": ">", "سے زیادہ": ">", "سے اوپر": ">", "سے کم": "<"},
}
_CUR_PRE: dict[str, dict[str, str]] = {
    "en": {
        "US$": "USD", "$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP",
        "GBP": "GBP", "Rs.": "RUPEE", "Rs": "RUPEE", "PKR": "RUPEE", "INR": "RUPEE",
        "RMB": "CNY", "CNY": "CNY", "RUB": "RUB", "¥": "JPY", "HK$": "HKD",
    },
    "zh": {
        "US$": "USD", "$": "USD", "￥": "CNY", "¥": "CNY", "人民币": "CNY", "€": "EUR",
        "£": "GBP",
    },
    "ru": {"$": "USD", "€": "EUR", "£": "GBP"},
    "ur": {"$": "USD", "Rs.": "RUPEE", "Rs": "RUPEE", "€": "EUR", "£": "GBP"},
}
_CUR_POST: dict[str, dict[str, str]] = {
    "en": {
        "dollars": "USD", "dollar": "USD", "U.S. dollars": "USD", "US dollars": "USD",
        "American dollars": "USD", "USD": "USD", "yuan": "CNY", "Chinese yuan": "CNY",
        "renminbi": "CNY", "RMB": "CNY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rouble": "RUB", "Russian rubles": "RUB", "rupees": "RUPEE", "rupee": "RUPEE",
        "Pakistani rupees": "RUPEE", "Indian rupees": "RUPEE", "euros": "EUR", "euro": "EUR",
        "pounds sterling": "GBP", "yen": "JPY", "Hong Kong dollars": "HKD",
    },
    "zh": {
        "美元": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "卢布": "RUB",
        "卢比": "RUPEE", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "港元": "HKD",
        "港币": "HKD",
    },
    "ru": {},  # stems, see _CUR_POST_RU
    "ur": {
        "امریکی ڈالر": "USD", "ڈالرز": "USD", "ڈالر": "USD", "یوآن": "CNY", "یوان": "CNY",
        "روبل": "RUB", "روبلز": "RUB", "روپے": "RUPEE", "روپیہ": "RUPEE", "روپوں": "RUPEE",
        "روپئے": "RUPEE", "یورو": "EUR", "پاؤنڈ": "GBP", "پونڈ": "GBP", "پاؤنڈز": "GBP",
    },
}
_CUR_POST_RU = (
    (r"(?:американск\w+\s+)?долл(?:ар\w*|\.)(?:\s+США)?", "USD"),
    (r"юан\w*", "CNY"),
    (r"рубл\w*|руб\.", "RUB"),
    (r"рупи\w+", "RUPEE"),
    (r"евро", "EUR"),
    (r"фунт\w*\s+стерлинг\w*", "GBP"),
    (r"иен\w*", "JPY"),
)
_UNITS: dict[str, dict[str, str | None]] = {
    "en": {
        "years": "year", "year": "year", "yrs": "year", "yr": "year", "months": "month",
        "month": "month", "weeks": "week", "week": "week", "days": "day", "day": "day",
        "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute",
        "people": "person", "persons": "person", "countries": "country",
        "nations": "country", "km": "km", "kilometers": "km", "kilometres": "km",
        "kilometer": "km", "kilometre": "km", "kg": "kg", "kilograms": "kg",
        "kph": "km/h", "km/h": "km/h", "kilometers per hour": "km/h",
        "kilometres per hour": "km/h", "mph": "mph", "miles per hour": "mph",
        "kilogram": "kg", "tons": "t", "tonnes": "t", "ton": "t", "tonne": "t",
        "metric tons": "t", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    },
    "zh": {
        "年": "year", "个月": "month", "个星期": "week", "星期": "week", "周": "week",
        "天": "day", "个小时": "hour", "小时": "hour", "分钟": "minute", "人": "person",
        "个国家": "country", "国": "country", "公里": "km", "千米": "km", "公斤": "kg",
        "千克": "kg", "吨": "t", "米": "m", "公里/小时": "km/h", "公里每小时": "km/h",
        # Measure words: no unit of their own, but they show a Chinese numeral is a count.
        "个": None, "名": None, "位": None, "项": None, "次": None, "家": None, "座": None,
        "架": None, "艘": None, "条": None, "件": None, "种": None, "批": None, "所": None,
        "份": None, "倍": None, "场": None, "轮": None, "周岁": "year", "岁": "year",
    },
    "ru": {},  # stems, see _UNITS_RU
    "ur": {
        "سال": "year", "برس": "year", "ماہ": "month", "مہینے": "month", "مہینوں": "month",
        "مہینہ": "month", "ہفتے": "week", "ہفتوں": "week", "دن": "day", "دنوں": "day",
        "روز": "day", "گھنٹے": "hour", "گھنٹوں": "hour", "منٹ": "minute", "افراد": "person",
        "لوگ": "person", "لوگوں": "person", "اشخاص": "person", "ممالک": "country",
        "ملکوں": "country", "ملک": "country", "کلومیٹر": "km", "کلوگرام": "kg", "ٹن": "t",
        "سالوں": "year", "سالہ": "year", "برسوں": "year", "ایام": "day",
        "کلومیٹر فی گھنٹہ": "km/h", "میل فی گھنٹہ": "mph",
        "میٹر": "m",
    },
}
_UNITS_RU = (
    (r"год(?:а|у)?|лет|летн\w+", "year"),
    (r"месяц\w*", "month"),
    (r"недел\w+", "week"),
    (r"д(?:ень|ня|ней|ням|нях|невн\w+)|сут(?:ок|ки)", "day"),
    (r"час(?:а|ов)?", "hour"),
    (r"минут\w*", "minute"),
    (r"человек", "person"),
    (r"стран\w*", "country"),
    (r"км/ч|километр\w*\s+в\s+час", "km/h"),
    (r"км|километр\w*", "km"),
    (r"кг|килограмм\w*", "kg"),
    (r"тонн\w*", "t"),
    (r"метр(?:а|ов)?", "m"),
)
_SCALES: dict[str, dict[str, int]] = {
    "en": {
        "thousand": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9,
        "bn": 10**9, "trillion": 10**12, "tn": 10**12, "lakh": 10**5, "lakhs": 10**5,
        "crore": 10**7, "crores": 10**7, "k": 10**3,
    },
    "ur": {
        "ہزار": 10**3, "لاکھ": 10**5, "ملین": 10**6, "ملیئن": 10**6, "کروڑ": 10**7,
        "ارب": 10**9, "بلین": 10**9, "کھرب": 10**11, "ٹریلین": 10**12,
    },
}
_ZH_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "兆": 10**12}
# Longest prefix first: миллиард before милли(он).
_RU_SCALE = (("триллион", 10**12), ("миллиард", 10**9), ("милли", 10**6), ("тыс", 10**3),
             ("млрд", 10**9), ("трлн", 10**12), ("млн", 10**6))

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_RU_WORDS: dict[str, int] = {}
for _forms, _n in (
    ("два две двух двум двумя", 2), ("три трёх трех трём трем тремя", 3),
    ("четыре четырёх четырех четырём четырем четырьмя", 4), ("сорок сорока", 40),
    ("семь семи", 7),
    ("девяносто девяноста", 90), ("сто ста", 100), ("двести двухсот", 200),
):
    for _f in _forms.split():
        _RU_WORDS[_f] = _n
for _base, _n in (
    ("пять", 5), ("шесть", 6), ("восемь", 8), ("девять", 9), ("десять", 10),
    ("одиннадцать", 11), ("двенадцать", 12), ("тринадцать", 13), ("четырнадцать", 14),
    ("пятнадцать", 15), ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18),
    ("девятнадцать", 19), ("двадцать", 20), ("тридцать", 30),
):
    _RU_WORDS[_base] = _n
    _RU_WORDS[_base[:-1] + "и"] = _n
    _RU_WORDS[_base[:-1] + "ью"] = _n
_RU_WORDS["восьми"] = 8
for _base, _oblique, _n in (
    ("пятьдесят", "пятидесяти", 50), ("шестьдесят", "шестидесяти", 60),
    ("семьдесят", "семидесяти", 70), ("восемьдесят", "восьмидесяти", 80),
):
    _RU_WORDS[_base] = _n
    _RU_WORDS[_oblique] = _n
_UR_WORDS = {
    "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "دس": 10,
    "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15, "سولہ": 16, "سترہ": 17,
    "اٹھارہ": 18, "انیس": 19, "بیس": 20, "اکیس": 21, "بائیس": 22, "تئیس": 23, "چوبیس": 24,
    "پچیس": 25, "چھبیس": 26, "ستائیس": 27, "اٹھائیس": 28, "انتیس": 29, "تیس": 30,
    "اکتیس": 31, "بتیس": 32, "تینتیس": 33, "چونتیس": 34, "پینتیس": 35, "چھتیس": 36,
    "سینتیس": 37, "اڑتیس": 38, "انتالیس": 39, "چالیس": 40, "اکتالیس": 41, "بیالیس": 42,
    "تینتالیس": 43, "چوالیس": 44, "پینتالیس": 45, "چھیالیس": 46, "سینتالیس": 47,
    "اڑتالیس": 48, "انچاس": 49, "پچاس": 50, "ساٹھ": 60, "ستر": 70, "نوے": 90,
}
_WORDS: dict[str, dict[str, int]] = {"en": _EN_WORDS, "ru": _RU_WORDS, "ur": _UR_WORDS}

_LATIN_CYR = "A-Za-zА-Яа-яЁё"
_NUM = {
    # en, zh, ur: comma groups thousands; ru: space or dot groups thousands, comma is decimal.
    "en": rf"(?<![{_LATIN_CYR}\d.,])(?<!\d:)(?<![{_LATIN_CYR}]-)"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?)(?![\d:])",
    "ru": rf"(?<![{_LATIN_CYR}\d.,])(?<!\d:)(?<![{_LATIN_CYR}]-)"
    r"(?:\d{1,3}(?: \d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.])(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d:])",
}
_NUM["zh"] = _NUM["en"].replace(rf"(?<![{_LATIN_CYR}\d.,])", r"(?<![A-Za-z\d.,])")
_NUM["ur"] = _NUM["en"]
_ZH_NUMERAL = "零〇一二三四五六七八九十两百千万亿"
_ZH_NUMERAL_RE = re.compile(rf"[零〇一二三四五六七八九十两][{_ZH_NUMERAL}]*")


@dataclass(frozen=True)
class _QuantityRules:
    num: re.Pattern[str]
    words: re.Pattern[str] | None
    scale: re.Pattern[str] | None
    approx_pre: re.Pattern[str]
    approx_mid: re.Pattern[str]
    approx_post: re.Pattern[str]
    cur_pre: re.Pattern[str]
    percent: re.Pattern[str]
    currency: re.Pattern[str]
    unit: re.Pattern[str]


def _number_words_re(table: dict[str, int]) -> str:
    """Well-formed number words only: 'twenty-five', 'two hundred and five', not 'three one'."""

    def alt(low: int, high: int) -> str:
        return _alt(w for w, n in table.items() if low <= n <= high and (n < 20 or n % 10 == 0))

    units, teens, tens, hundreds = alt(1, 9), alt(10, 19), alt(20, 99), alt(100, 999)
    small = rf"(?:{tens})(?:[-\s](?:{units}))?|(?:{teens})|(?:{units})"
    if "hundred" in table:
        return rf"(?:{small})(?:\s+hundred(?:\s+(?:and\s+)?(?:{small}))?)?\b"
    if hundreds:
        return rf"(?:(?:{hundreds})(?:\s+(?:{small}))?|{small})(?!\w)"
    return rf"(?:{_alt(table)})(?!\w)"


def _suffix_re(table: dict[str, str] | dict[str, str | None], *, sep: str) -> re.Pattern[str]:
    end = "" if sep == " ?" else r"(?!\w)"  # Chinese words run on without spaces
    return re.compile(rf"{sep}(?P<x>{_alt(table)}){end}")


def _named_re(
    pairs: Sequence[tuple[str, str]], *, sep: str
) -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {f"g{i}": value for i, (_, value) in enumerate(pairs)}
    body = "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(pairs))
    return re.compile(rf"{sep}(?:{body})(?!\w)", re.I), groups


_RU_CUR_RE, _RU_CUR_GROUPS = _named_re(_CUR_POST_RU, sep=r"\s*")
_RU_UNIT_RE, _RU_UNIT_GROUPS = _named_re(_UNITS_RU, sep=r"(?:\s+|\s*-\s*)")
_RU_UNIT_TAIL = re.compile(r"\s+подряд\b", re.I)


def _quantity_rules(lang: str) -> _QuantityRules:
    i = re.I
    words = _WORDS.get(lang)
    if lang == "zh":
        scale: re.Pattern[str] | None = re.compile(r" ?[十百千万亿兆]+")
    elif lang == "ru":
        scale = re.compile(
            r"\s*(?P<x>(?:тыс|млн|млрд|трлн)\.?|тысяч\w*|миллиард\w*|миллион\w*|триллион\w*)"
            r"(?!\w)",
            i,
        )
    else:
        table = _SCALES[lang]
        attached = "|".join(k for k in table if len(k) == 1)
        spaced = _alt(k for k in table if len(k) > 1)
        scale = re.compile(
            rf"(?:\s*(?P<x>{spaced})(?!\w)|(?P<y>{attached})(?![\w']))" if attached
            else rf"\s*(?P<x>{spaced})(?!\w)",
            i,
        )
    words_re = re.compile(_number_words_re(words), i) if words else None
    sep = " ?" if lang == "zh" else r"\s*"
    if lang == "zh":
        percent = re.compile(r" ?(?:(?P<pct>%)|(?P<pp>个百分点))")
    elif lang == "ru":
        percent = re.compile(
            r"\s*(?:(?P<pp>процентн\w+\s+пункт\w*|п\.\s?п\.)|(?P<pct>%|процент\w*|проц\.))", i
        )
    elif lang == "ur":
        percent = re.compile(r"\s*(?P<pct>%|فیصد)(?!\w)")
    else:
        percent = re.compile(
            r"\s*(?:(?P<pp>percentage\s+points?)\b|(?P<pct>%|per\s?cent\b|pct\b))", i
        )
    if lang == "ru":
        currency, unit = _RU_CUR_RE, _RU_UNIT_RE
    else:
        currency = _suffix_re(_CUR_POST[lang], sep=sep if lang == "zh" else r"\s*")
        units = _UNITS[lang]
        if lang == "en":
            unit = re.compile(
                r"(?:\s+|-)(?:(?:consecutive|straight|successive|full|whole|long)\s+)?"
                rf"(?P<x>{_alt(units)})(?!\w)",
                i,
            )
        elif lang == "zh":
            unit = re.compile(rf" ?(?P<x>{_alt(units)})")
        else:
            unit = _suffix_re(units, sep=r"\s*")
    pre_sep = "" if lang == "zh" else r"\s+"
    mid_sep = {"zh": " ?", "en": ""}.get(lang, r"\s+")
    return _QuantityRules(
        num=re.compile(r"(?=\d)" + _NUM[lang]),
        words=words_re,
        scale=scale,
        approx_pre=re.compile(
            rf"(?<!\w)(?P<x>{_alt(_APPROX_PRE[lang])}){pre_sep}$"
            if lang != "zh"
            else rf"(?P<x>{_alt(_APPROX_PRE['zh'])}) ?$",
            i,
        ),
        approx_mid=re.compile(rf"{mid_sep}(?P<x>{_alt(_APPROX_MID[lang])})", i),
        approx_post=re.compile(rf"{sep}(?P<x>{_alt(_APPROX_POST[lang])})", i),
        cur_pre=re.compile(rf"(?<![A-Za-z])(?P<x>{_alt(_CUR_PRE[lang])})\s*$"),
        percent=percent,
        currency=currency,
        unit=unit,
    )


_QUANTITY = {lang: _quantity_rules(lang) for lang in _LANGS}


def _fmt(number: Decimal) -> str:
    """A canonical spelling: plain below a million, else mantissa and exponent (2.448e11)."""
    number = number.normalize()
    if abs(number) < 10**6:
        text = format(number, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite by construction
    mantissa = str(digits[0]) + ("." + "".join(map(str, digits[1:])) if len(digits) > 1 else "")
    return f"{'-' if sign else ''}{mantissa}e{len(digits) - 1 + exponent}"


def _parse_digits(text: str, lang: str) -> Decimal | None:
    text = text.replace(" ", "")
    if lang == "ru":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _parse_words(text: str, table: dict[str, int]) -> Decimal | None:
    """Sum/multiply number words: 'twenty-five' 25, 'two hundred' 200, 'двадцать пять' 25."""
    total = 0
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word == "and":
            continue
        n = table.get(word)
        if n is None:
            return None
        if n == 100 and total:
            total *= 100
        else:
            total += n
    return Decimal(total) if total else None


def _parse_zh(text: str) -> Decimal | None:
    import cn2an  # heavy import; only Chinese numerals need it

    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        return None


# ----------------------------------------------------------------------------- dates

_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_EN_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_EN_FULL_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
_EN_WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu"
    r"|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
)
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)"
_RU_MONTH_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_RU_MONTH_ANY = (
    r"(?P<mon>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"
    r"|март(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)|август(?:а|е|у|ом)?)"
)
_RU_MONTH_PREFIX = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "ма": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
_UR_MONTHS = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}
_UR_MONTH = rf"(?P<mon>{_alt(_UR_MONTHS)})"
_UR_YEAR = _YEAR + r"ء?"
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
        re.compile(rf"(?=[A-Z])\b{_EN_MONTH},?\s+{_YEAR}"),
        re.compile(rf"(?=[A-Z])\b{_EN_FULL_MONTH}(?!\s*\d)"),
    ),
    "ru": (
        re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b"),
        re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b"),
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:-?го)?\s+(?P<mon>{_alt(_RU_MONTH_GEN.split())})\b"
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
            rf"(?<![\w.])(?P<day>\d{{1,2}}|یکم)\s*{_UR_MONTH}(?!\w)(?:[\s،,]+{_UR_YEAR})?"
        ),
        re.compile(rf"(?<!\w){_UR_MONTH}\s+(?P<day>\d{{1,2}})(?![\d.])(?:[\s،,]+{_UR_YEAR})?"),
        re.compile(rf"(?<!\w){_UR_MONTH}[\s،,]+{_UR_YEAR}"),
        # A month alone only before a postposition: مارچ کیا is 'marched', جون also 'Jon'.
        re.compile(rf"(?<!\w){_UR_MONTH}(?=\s+(?:میں|کو|سے|تک|کے|کی|کا)(?!\w))"),
        re.compile(rf"(?<![\w.,]){_YEAR}ء"),
    ),
    "zh": (
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
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
_TIME_RES = {
    "en": re.compile(
        r"(?=\d)(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:]))",
        re.I,
    ),
    "zh": re.compile(
        r"(?:上午|下午|晚上|早上|凌晨|中午|傍晚)?(?<!\d)\d{1,2}(?:[点时](?:\d{1,2}分|半)?|:\d{2}(?!\d))"
    ),
    "ru": re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|\b\d{1,2}\s+(?:утра|вечера|ночи)\b", re.I),
    "ur": re.compile(r"(?<![\d:])\d{1,2}(?::\d{2})?\s*بجے|(?<![\d:])\d{1,2}:\d{2}(?![\d:])"),
}


def _zh_small(text: str) -> int:
    """Chinese numerals up to 99 (months and days) without cn2an."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)
    return _ZH_DIGIT[text]


def _date_value(m: re.Match[str], lang: str) -> str | None:
    groups = m.groupdict()
    year_text, mon_text, day_text = groups.get("year"), groups.get("mon"), groups.get("day")
    year = month = day = None
    if year_text:
        year = int("".join(str(_ZH_DIGIT[c]) if c in _ZH_DIGIT else c for c in year_text))
        if not 1800 <= year <= 2199:
            return None
    if mon_text:
        if mon_text.isdigit():
            month = int(mon_text)
        elif lang == "en":
            month = _EN_MONTHS[mon_text.lower().rstrip(".")]
        elif lang == "ru":
            low = mon_text.lower()
            month = _RU_MONTH_PREFIX.get(low[:3]) or _RU_MONTH_PREFIX[low[:2]]
        elif lang == "ur":
            month = _UR_MONTHS[mon_text]
        else:
            month = _zh_small(mon_text)
        if not 1 <= month <= 12:
            return None
    if day_text:
        day = 1 if day_text == "یکم" else _zh_small(day_text) if lang == "zh" else int(day_text)
        if not 1 <= day <= 31:
            return None
    if month is None:
        return f"{year:04d}" if year else None
    left = f"{year:04d}" if year else "-"
    return f"{left}-{month:02d}-{day:02d}" if day else f"{left}-{month:02d}"


# -------------------------------------------------------------------------- ordinals

_EN_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
_RU_ORDINAL_STEMS = {
    "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "девят": 9, "десят": 10, "двадцат": 20, "тридцат": 30, "сороков": 40,
    "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80,
    "девяност": 90, "сот": 100,
}
_RU_ADJ_ENDINGS = "ый|ий|ая|ое|ого|ому|ом|ой|ую|ые|ых|ым|ыми|ья|ье|ьего|ьему|ьем|ьей|ью|ьи|ьих"
_UR_ORDINAL_WORDS = {
    "تیسرا": 3, "تیسری": 3, "تیسرے": 3, "چوتھا": 4, "چوتھی": 4, "چوتھے": 4, "پانچواں": 5,
    "پانچویں": 5, "چھٹا": 6, "چھٹے": 6, "ساتواں": 7, "ساتویں": 7, "آٹھواں": 8, "آٹھویں": 8,
    "نواں": 9, "نویں": 9, "دسواں": 10, "دسویں": 10,
}
_ORDINAL_RES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b"),
        re.compile(
            rf"(?:(?P<tens>{_alt(_EN_TENS)})-)?(?P<w>{_alt(_EN_ORDINAL_WORDS)})\b", re.I
        ),
    ),
    "zh": (
        re.compile(rf"第\s*(?P<n>\d+|[{_ZH_NUMERAL}]+)"),
        re.compile(rf"(?P<n>\d+|[{_ZH_NUMERAL}]+)\s*(?:周年|世纪)"),
    ),
    "ru": (
        re.compile(
            r"\b(?P<n>\d+)\s*-\s*(?:летие|летия|летию|летием|летии|ый|ий|ая|ое|ого|ому|ом|ой"
            r"|ую|ые|ых|ым|й|я|е|го|му|м|х)\b",
            re.I,
        ),
        re.compile(rf"(?P<w>{_alt(_RU_ORDINAL_STEMS)})(?:{_RU_ADJ_ENDINGS})\b", re.I),
    ),
    "ur": (
        re.compile(r"(?<![\w.])(?P<n>\d+)\s*(?:ویں|واں|وی)(?!\w)"),
        re.compile(rf"(?P<w>{_alt(_UR_ORDINAL_WORDS)})(?!\w)"),
    ),
}


_RU_DECADE = re.compile(r"\s+год(?:ы|ов|ах|ам|ами)\b", re.I)


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_value(m: re.Match[str], lang: str) -> int | None:
    groups = m.groupdict()
    if groups.get("n"):
        n = groups["n"]
        if n.isdigit():
            return int(n)
        value = _parse_zh(n)
        # 第一/第二 stand with 'first'/'second', which are too often not ordinals at all.
        if value is None or value != value.to_integral() or value < 3:
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
    return n if n >= 3 else None


# --------------------------------------------------------------------- attributions

_ATTRIBUTION: dict[str, dict[str, str]] = {
    "en": {
        "say": r"said|says|say|saying|told|tells|added|adds|adding|noted|notes|noting|stated"
        r"|stating|according\s+to|pointed\s+out|explained|remarked|commented|replied|wrote"
        r"|reported",
        "stress": r"stressed|stresses|stressing|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing"
        r"|underscored|underscores|underscoring|underlined|reaffirmed|reaffirms|reaffirming"
        r"|reiterated|reiterates|highlighted",
        "claim": r"claimed|claims|claiming|allegedly|insisted|insists|insisting|asserted"
        r"|asserts|contended",
        "announce": r"announced|announces|announcing|declared|declares|declaring|unveiled",
        "deny": r"denied|denies|denying|rejected|rejects|refuted|dismissed",
        # Chinese and Urdu use one word (指控, الزام) for 'alleged' and 'accused'.
        "accuse": r"accused|accuses|accusing|alleged|alleges|allegations?|accusations?"
        r"|blamed|blames|condemned|condemns",
        "urge": r"urged|urges|urging|called\s+for|calls\s+for|calling\s+for|called\s+on"
        r"|calls\s+on|demanded|demands|appealed",
        "warn": r"warned|warns|warning\s+that|cautioned",
        "pledge": r"pledged|pledges|pledging|vowed|vows|promised",
    },
    "zh": {
        "stress": r"强调|重申|着重指出",
        "claim": r"声称|宣称|坚称|辩称",
        "say": r"表示|指出|介绍|说道|写道|告诉|据报道|据悉|据了解|据称|据介绍|根据"
        r"|(?<![小学传听据来就果其要])说(?=[，,：:“\"「。])"
        r"|(?<![名声宣号自对简堪指俗坚辩])称(?![为号赞之作呼谓])",
        "announce": r"宣布|宣告|公布",
        "deny": r"否认|驳斥",
        "accuse": r"指责|指控|谴责",
        "urge": r"敦促|呼吁|促请",
        "warn": r"警告",
        "pledge": r"承诺(?=将|要|会|不|继续|向|把)|誓言|誓将",
    },
    "ru": {
        "say": r"заявил[аи]?|заявляет|заявляют|сказал[аи]?|говорит|говорят|говорил[аи]?"
        r"|отметил[аи]?|отмечает|отмечают|сообщил[аи]?|сообщает|сообщают|добавил[аи]?"
        r"|пояснил[аи]?|рассказал[аи]?|указал[аи]?|по\s+словам|по\s+данным|согласно"
        r"|прокомментировал[аи]?|комментирует|добавляет|добавляют|уверил[аи]?|заверил[аи]?"
        r"|ответил[аи]?|написал[аи]?|пишет|заявив|отметив|добавив|сообщив|пояснив|указав"
        # Translators render a neutral 'says' as утверждает far more often than 'claims'.
        r"|утверждает|утверждают|утверждал[аи]?",
        "stress": r"подчеркнул[аи]?|подч[её]ркивает|подч[её]ркивают|подтвердил[аи]?"
        r"|акцентировал[аи]?|подчеркнув|подтвердив",
        "claim": r"настаивает|настаивают|настаивал[аи]?|якобы",
        "announce": r"объявил[аи]?|объявляет|объявляют|анонсировал[аи]?",
        "deny": r"опроверг(?:ла|ли)?|отрицает|отрицают|отрицал[аи]?|отверг(?:ла|ли)?",
        "accuse": r"обвинил[аи]?|обвиняет|обвиняют|обвинени[яей]|осудил[аи]?",
        "urge": r"призвал[аи]?|призывает|призывают|потребовал[аи]?|призвав|потребовав",
        "warn": r"предупредил[аи]?|предупреждает|предупреждают|предупредив",
        "pledge": r"пообещал[аи]?|обещал[аи]?|обещает|обязал(?:ся|ась|ись)|поклял(?:ся|ась|ись)",
    },
    "ur": {
        "say": r"کہا|کہنا|کہتے|کہتی|بتایا|کے\s+مطابق|نشاندہی|لکھا",
        "stress": r"زور\s+دیا|زور\s+دیتے|اعادہ|تاکید",
        "claim": r"دعویٰ|دعوی|دعوے",
        "announce": r"اعلان",
        "deny": r"تردید|انکار|مسترد",
        "accuse": r"الزام|مذمت",
        "urge": r"مطالبہ|اپیل",
        "warn": r"خبردار|انتباہ|متنبہ",
        "pledge": r"عزم|وعدہ|عہد",
    },
}


def _attribution_re(lang: str) -> re.Pattern[str]:
    body = "|".join(f"(?P<{cls}>{pattern})" for cls, pattern in _ATTRIBUTION[lang].items())
    if lang == "zh":
        return re.compile(body)
    return re.compile(rf"(?:{body})(?!\w)", re.I)  # tried at word starts only


_ATTRIBUTION_RES = {lang: _attribution_re(lang) for lang in _LANGS}

# The letters each word-start pattern can begin with, to skip the other words cheaply.
_FIRSTS: dict[re.Pattern[str], frozenset[str]] = {
    _ATTRIBUTION_RES[lang]: frozenset(
        alt[0].lower() for spec in _ATTRIBUTION[lang].values() for alt in spec.split("|")
    )
    for lang in ("en", "ru", "ur")
}
for _lang in ("en", "ru", "ur"):
    _words_re = _QUANTITY[_lang].words
    if _words_re is not None:
        _FIRSTS[_words_re] = frozenset(w[0] for w in _WORDS[_lang])
_FIRSTS[_ORDINAL_RES["en"][1]] = frozenset(w[0] for w in (*_EN_ORDINAL_WORDS, *_EN_TENS))
_FIRSTS[_ORDINAL_RES["ru"][1]] = frozenset(w[0] for w in _RU_ORDINAL_STEMS)
_FIRSTS[_ORDINAL_RES["ur"][1]] = frozenset(w[0] for w in _UR_ORDINAL_WORDS)


# ------------------------------------------------------------- places and names

_RU_ENDINGS = _wordset(
    """а я у ю е и ы й ь о ой ей ом ем ью ии ия ию ие ам ям ах ях ами ями ая ую ый ий ое ее ые
    ого его ому ему ым им ых их ыми ими ов ев"""
)
_TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+")
_UR_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_JOINERS = re.compile(r"[ \-'.\u200c]{1,2}")


@dataclass(frozen=True)
class _Entry:
    kind: FactKind
    value: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    by_first: dict[str, tuple[_Entry, ...]]
    zh: dict[str, tuple[str, ...]]
    zh_values: dict[str, _Entry]
    known: frozenset[str]


def _norm_token(token: str, lang: str) -> str:
    return _UR_MARKS.sub("", token) if lang == "ur" else token


@cache
def _lexicon(lang: str) -> _Lexicon:
    """The gazetteer and the names dictionary for one language, indexed for lookup."""
    column = {"en": 1, "zh": 2, "ru": 3, "ur": 4}[lang]
    by_first: dict[str, list[_Entry]] = {}
    zh: dict[str, list[str]] = {}
    zh_values: dict[str, _Entry] = {}
    known: set[str] = set()
    for file, kind, prefix in (("names.tsv", "name", "name:"), ("places.tsv", "place", "place:")):
        for line in (_DATA / file).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            value = prefix + cells[0]
            known.add(value)
            forms = cells[column] if len(cells) > column else ""
            for form in filter(None, (f.strip() for f in forms.split("|"))):
                if lang == "zh":
                    zh.setdefault(form[0], []).append(form)
                    zh_values.setdefault(form, _Entry(kind, value, (form,)))  # type: ignore[arg-type]
                    continue
                parts = tuple(
                    _norm_token(t, lang).translate(_NORMALISE) for t in _TOKEN.findall(form)
                )
                if form.endswith("-") and parts:
                    parts = (*parts[:-1], parts[-1] + "-")
                if not parts:
                    continue
                variants = [parts]
                if lang == "ru" and parts[0][:1].islower():
                    variants.append((parts[0][:1].upper() + parts[0][1:], *parts[1:]))
                for variant in variants:
                    entry = _Entry(kind, value, variant)  # type: ignore[arg-type]
                    by_first.setdefault(variant[0].rstrip("-"), []).append(entry)
    return _Lexicon(
        by_first={
            k: tuple(sorted(v, key=lambda e: -len(e.parts))) for k, v in by_first.items()
        },
        zh={k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in zh.items()},
        zh_values=zh_values,
        known=frozenset(known),
    )


def _ru_stems(token: str) -> list[str]:
    stems = [token]
    for k in (1, 2, 3):
        if len(token) > k + 1 and token[-k:] in _RU_ENDINGS:
            stems.append(token[:-k])
    return stems


def _part_matches(token: str, part: str, lang: str) -> bool:
    if lang != "ru":
        return token == part
    if part.endswith("-"):  # a stem that is a different word on its own (Кита, Росси)
        stem = part[:-1]
        return token != stem and token.startswith(stem) and token[len(stem):] in _RU_ENDINGS
    return token == part or (token.startswith(part) and token[len(part):] in _RU_ENDINGS)


# Places that are also first names; followed by a capitalised word they are people.
_FIRST_NAMES = _wordset("Jordan Chad Georgia Paris Sydney Houston Sofia Samara Florence Kelly")

# After 中方/美方 these make a word of 方 (方案 plan, 方面 aspect); before them, 其/今 do.
_ZH_FANG = frozenset("案面法式向针便圆")
_ZH_SIDE_BEFORE = frozenset("其今")

# Chinese two-country abbreviations (中俄 = China-Russia) that English spells out.
_ZH_PAIR_PARTS = {
    "中": "china", "俄": "russia", "美": "us", "巴": "pakistan", "印": "india", "日": "japan",
    "韩": "south korea", "朝": "north korea", "乌": "ukraine", "欧": "europe", "非": "africa",
    "英": "uk", "法": "france", "德": "germany",
}
_ZH_PAIRS = _wordset(
    """中俄 俄中 中美 美中 中巴 巴中 中印 印中 中日 日中 中韩 韩中 中朝 朝中 中欧 中非 中英
    中法 中德 俄美 美俄 俄乌 乌俄 美日 日美 美韩 韩美 朝韩 韩朝
    印巴 巴印 美乌 俄白"""
)
_ZH_PAIR_PARTS["白"] = "belarus"


# ----------------------------------------------------------------- generic names

_STOP_CAPS = _wordset(
    """The A An In On At By For From To Of And But Or As If When While After Before Since This
    That These Those He She It They We I You His Her Its Their Our My Your There Here What
    Which Who Whom Whose Why How Also However Meanwhile Moreover Mr Mrs Ms Dr Sir President
    Vice Prime Minister Premier Chairman Chairwoman General Secretary Foreign Defense
    Defence State Councilor Councillor Ambassador Spokesperson Spokesman Spokeswoman Senator
    Governor Mayor Chief Deputy Director Head Leader Supreme King Queen Prince Princess
    Commander Colonel Lieutenant Captain Professor Minister Ministry Affairs Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Sept Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov
    Dec Today Yesterday Tomorrow According Under Over With Without During Both All Some Many
    Most Several Such Other Another Each Every No Not"""
)
_RU_STOP_CAPS = _wordset(
    """В Во На С Со К Ко По О Об Из У За От До Для При Как Но И А Или Это Этот Эта Эти Он Она
    Они Мы Я Вы Его Ее Её Их Также Однако Президент Премьер Министр Председатель Глава
    Генеральный Секретарь Посол Губернатор Мэр Директор Лидер"""
)
_CAP_TOKEN = re.compile(r"[A-ZА-ЯЁ][\w'’-]*")
_CAP_LATIN = re.compile(r"[A-Z][A-Za-z'’-]*")
_CONNECTORS = frozenset(["of", "the", "for", "de", "da", "von", "der", "bin", "al", "du", "la"])
_PLACE_PREPOSITIONS = frozenset({"in", "at"})


# --------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: FactKind
    value: str


class _Claims:
    """Character spans already taken, so one stretch of text yields one fact."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return start < end and self._taken.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def extract_facts(text: str, lang: str) -> list[Fact]:
    """The checkable facts in `text` (one or more sentences in language `lang`), in order.

    `lang` is an ISO 639-1 code; `en`, `zh`, `ru` and `ur` have rules of their own and
    any other language is read with the English ones. Names, places and attribution
    classes are reported once each; numbers, dates and the rest once per mention.
    See the module docstring for the `value` formats.
    """
    lang = _base_lang(lang)
    norm = text.translate(_NORMALISE)
    claims = _Claims(len(norm))
    words = list(_TOKEN.finditer(norm))
    hits: list[_Hit] = []
    hits += _dates(norm, lang, claims)
    for m in _TIME_RES[lang].finditer(norm):  # clock times are not facts, nor their numbers
        claims.take(m.start(), m.end())
    hits += _entities(norm, lang, claims, words)
    hits += _ordinals(norm, lang, claims, words)
    hits += _quantities(norm, lang, claims, words)
    hits += _generic_names(norm, lang, claims, words)
    hits += _attributions(norm, lang, claims, words)
    money = _Claims(len(norm))
    for hit in hits:
        if hit.kind == "money":
            money.take(hit.start, hit.end)
    # 'U.S. dollars', 'долларов США': the country names the currency, it is not a place.
    hits = [h for h in hits if h.kind not in ("place", "name") or money.free(h.start, h.end)]
    hits.sort(key=lambda h: (h.start, h.end))
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if hit.kind in ("place", "name", "attribution"):
            if (hit.kind, hit.value) in seen:
                continue
            seen.add((hit.kind, hit.value))
        facts.append(Fact(hit.kind, text[hit.start:hit.end].strip(), hit.value))
    return facts


def _dates(norm: str, lang: str, claims: _Claims) -> list[_Hit]:
    hits: list[_Hit] = []
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
            claims.take(start, m.end())
            hits.append(_Hit(start, m.end(), "date", value))
    return hits


def _ordinals(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    hits: list[_Hit] = []
    for pattern in _ORDINAL_RES[lang]:
        # Patterns for ordinal words carry a 'w' group and are tried at word starts.
        by_word = "w" in pattern.groupindex
        for m in _at_words(pattern, norm, words) if by_word else pattern.finditer(norm):
            if not claims.free(m.start(), m.end()):
                continue
            n = _ordinal_value(m, lang)
            if n is None:
                continue
            if lang == "ru" and (n >= 1000 or _RU_DECADE.match(norm, m.end())):
                claims.take(m.start(), m.end())  # 1980-е, 80-е годы: decades, not ordinals
                continue
            claims.take(m.start(), m.end())
            hits.append(_Hit(m.start(), m.end(), "ordinal", _ordinal_text(n)))
    return hits


@dataclass
class _Quantity:
    start: int
    end: int
    number: Decimal
    approx: str = ""
    kind: FactKind = "number"
    suffix: str = ""


def _quantity_candidates(
    norm: str, lang: str, rules: _QuantityRules, words: list[re.Match[str]]
) -> list[tuple[int, int, Decimal, bool]]:
    """(start, end, number, written in words) for every number-like stretch."""
    found: list[tuple[int, int, Decimal, bool]] = []
    for m in rules.num.finditer(norm):
        number = _parse_digits(m.group(), lang)
        if number is not None:
            found.append((m.start(), m.end(), number, False))
    if lang == "zh":
        for m in _ZH_NUMERAL_RE.finditer(norm):
            text = m.group()
            # Trailing scale characters belong to the scale step, not to the numeral.
            core = text.rstrip("万亿")
            if not core:
                continue
            number = _parse_zh(core)
            if number is not None:
                found.append((m.start(), m.start() + len(core), number, True))
    elif rules.words is not None:
        table = _WORDS[lang]
        for m in _at_words(rules.words, norm, words):
            number = _parse_words(m.group(), table)
            if number is not None:
                found.append((m.start(), m.end(), number, True))
    found.sort(key=lambda c: (c[0], -c[1]))
    return found


_KEYED: dict[int, dict[str, str | None]] = {}


def _lookup(table: dict[str, str] | dict[str, str | None], text: str) -> str | None:
    """`table[text]` with case and spacing ignored (tables are module constants)."""
    keyed = _KEYED.get(id(table))
    if keyed is None:
        keyed = _KEYED[id(table)] = {_key(k): v for k, v in table.items()}
    return keyed.get(_key(text))


def _symbol(table: dict[str, str], text: str) -> str:
    return _lookup(table, text) or ""


def _quantities(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    rules = _QUANTITY[lang]
    hits: list[_Hit] = []
    if lang == "zh":
        for m in re.finditer(rf"百分之(?P<n>[{_ZH_NUMERAL}点]+|\d+(?:\.\d+)?)", norm):
            n = m.group("n")
            number = _parse_digits(n, lang) if n[0].isdigit() else _parse_zh(n)
            if number is not None and claims.free(m.start(), m.end()):
                q = _Quantity(m.start(), m.end(), number, kind="percent", suffix="%")
                _approx_before(norm, q, rules, lang)
                hits.append(_emit(q, claims))
    for start, end, number, in_words in _quantity_candidates(norm, lang, rules, words):
        if not claims.free(start, end) or (lang == "zh" and start and norm[start - 1] in "第数几"):
            continue  # 第二次 is an ordinal we do not report; 数十年 'decades' is no count
        q = _Quantity(start, end, number)
        if _extend(norm, q, rules, lang, in_words):
            hits.append(_emit(q, claims))
    return hits


def _extend(norm: str, q: _Quantity, rules: _QuantityRules, lang: str, in_words: bool) -> bool:
    """Grow a bare number into its scale, unit, currency and approximation; False to skip."""
    pos = q.end
    scaled = False
    if rules.scale is not None:
        m = rules.scale.match(norm, pos)
        if m:
            q.number *= _scale_of(m, lang)
            pos, scaled = m.end(), True
    if in_words and lang == "en" and not scaled and q.number == 1:
        return False
    m = rules.approx_mid.match(norm, pos)
    if m:
        q.approx = _symbol(_APPROX_MID[lang], m.group("x"))
        pos = m.end()
    matched_suffix = False
    m = rules.percent.match(norm, pos)
    if not m and lang == "ur" and norm[q.start - 1:q.start] == "%":
        q.kind, q.suffix, q.start = "percent", "%", q.start - 1  # %80: typed right-to-left
        matched_suffix = True
    elif m:
        q.kind, q.suffix = "percent", "pp" if m.groupdict().get("pp") else "%"
        pos = m.end()
        matched_suffix = True
    else:
        code = _match_table(rules.currency, norm, pos, lang, "currency")
        if code:
            q.kind, q.suffix, pos = "money", f" {code[0]}", code[1]
            matched_suffix = True
        else:
            unit = _match_table(rules.unit, norm, pos, lang, "unit")
            if unit:
                if lang == "zh" and unit[0] == "country" and norm[q.start:q.end] == "两":
                    return False  # 两国 is 'both countries', which English does not count
                q.suffix = f" {unit[0]}" if unit[0] else ""
                pos = unit[1]
                matched_suffix = True
                if lang == "ru":
                    tail = _RU_UNIT_TAIL.match(norm, pos)
                    pos = tail.end() if tail else pos
    if matched_suffix:
        m = rules.approx_post.match(norm, pos)
        if m:
            q.approx = q.approx or _symbol(_APPROX_POST[lang], m.group("x"))
            pos = m.end()
    if in_words and (q.number < 2 or (lang == "zh" and not (matched_suffix or scaled))):
        return False  # bare Chinese numerals are mostly words (一些, 十分, 三中全会)
    if not matched_suffix and not scaled and lang in ("en", "ru") and norm[pos:pos + 1].isalpha():
        return False  # 1990s, 5G, COVID19
    if lang == "zh" and not in_words and norm[pos:pos + 1] in ("月", "日", "号", "点", "时"):
        return False  # a date part we could not read as a date
    q.end = pos
    if q.kind == "number":
        _currency_before(norm, q, rules, lang)
    _approx_before(norm, q, rules, lang)
    if (
        q.kind == "number" and not q.suffix and not q.approx and not scaled and not in_words
        and re.fullmatch(r"1[89]\d\d|2[01]\d\d", norm[q.start:q.end])
    ):
        q.kind = "date"  # a year on its own
    return True


def _currency_before(norm: str, q: _Quantity, rules: _QuantityRules, lang: str) -> None:
    """A currency sign or code right before the number ($5, Rs 3) makes it money."""
    cur = rules.cur_pre.search(norm, max(0, q.start - 6), q.start)
    code = _CUR_PRE[lang].get(cur.group("x")) if cur else None
    if cur and code:
        q.kind, q.suffix, q.start = "money", " " + code, cur.start()


_ZH_APPROX_LAST = frozenset(w[-1] for w in _APPROX_PRE["zh"])


def _approx_before(norm: str, q: _Quantity, rules: _QuantityRules, lang: str) -> None:
    before = norm[q.start - 1:q.start] if q.start else ""
    if q.approx or not (
        before in _ZH_APPROX_LAST or before == " " if lang == "zh" else before.isspace()
    ):
        return  # cheap test first: most numbers have no approximation word before them
    m = rules.approx_pre.search(norm, max(0, q.start - 24), q.start)
    if not m:
        return
    if lang == "zh" and m.group("x") == "近" and norm[m.start() - 1:m.start()] in ("最", "附"):
        return
    symbol = _symbol(_APPROX_PRE[lang], m.group("x"))
    if symbol:
        q.approx, q.start = symbol, m.start("x")


def _scale_of(m: re.Match[str], lang: str) -> int:
    text = m.group().strip()
    if lang == "zh":
        factor = 1
        for char in text:
            factor *= _ZH_SCALE[char]
        return factor
    if lang == "ru":
        low = text.lower()
        return next((factor for prefix, factor in _RU_SCALE if low.startswith(prefix)), 1)
    return _SCALES[lang][text.lower()]


def _match_table(
    pattern: re.Pattern[str], norm: str, pos: int, lang: str, what: str
) -> tuple[str | None, int] | None:
    m = pattern.match(norm, pos)
    if not m:
        return None
    if lang == "ru":
        groups = _RU_CUR_GROUPS if what == "currency" else _RU_UNIT_GROUPS
        name = m.lastgroup
        return (groups[name], m.end()) if name else None
    table = _CUR_POST[lang] if what == "currency" else _UNITS[lang]
    return _lookup(table, m.group("x")), m.end()


def _emit(q: _Quantity, claims: _Claims) -> _Hit:
    claims.take(q.start, q.end)
    return _Hit(q.start, q.end, q.kind, f"{q.approx}{_fmt(q.number)}{q.suffix}")


def _entities(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    """Gazetteer places and dictionary names; in zh/ru/ur text also those left in Latin
    script (WHO, EU, New York)."""
    if lang == "zh":
        hits = _zh_entities(norm, _lexicon("zh"), claims)
    else:
        hits = _word_entities(norm, lang, claims, words)
    if lang != "en":
        latin = [w for w in words if w.group()[0].isascii()]
        hits += _word_entities(norm, "en", claims, latin)
    return hits


def _word_entities(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    lexicon = _lexicon(lang)
    hits: list[_Hit] = []
    tokens = [(m.start(), m.end(), _norm_token(m.group(), lang)) for m in words]
    i = 0
    while i < len(tokens):
        found = _match_at(tokens, i, norm, lexicon, lang)
        if found is None:
            i += 1
            continue
        entry, n = found
        start, end = tokens[i][0], tokens[i + n - 1][1]
        if (
            lang == "en" and n == 1 and tokens[i][2] in _FIRST_NAMES and i + 1 < len(tokens)
            and norm[end:tokens[i + 1][0]] == " " and tokens[i + 1][2][:1].isupper()
        ):
            i += 1  # Jordan Spieth, Chad Smith: a person, left to the name rules
            continue
        if len(tokens[i + n - 1][2]) == 1 and norm[end:end + 1] == ".":
            end += 1  # U.S.
        if claims.free(start, end):
            claims.take(start, end)
            hits.append(_Hit(start, end, entry.kind, entry.value))
        i += n
    return hits


def _match_at(
    tokens: list[tuple[int, int, str]], i: int, norm: str, lexicon: _Lexicon, lang: str
) -> tuple[_Entry, int] | None:
    first = tokens[i][2]
    if lang == "ru":
        candidates: Sequence[_Entry] = sorted(
            (e for stem in _ru_stems(first) for e in lexicon.by_first.get(stem, ())),
            key=lambda e: -len(e.parts),
        )
    else:
        candidates = lexicon.by_first.get(first, ())
    for entry in candidates:
        n = len(entry.parts)
        if i + n > len(tokens) or not _part_matches(first, entry.parts[0], lang):
            continue
        ok = True
        for j in range(1, n):
            gap = norm[tokens[i + j - 1][1]:tokens[i + j][0]]
            if not _JOINERS.fullmatch(gap) or not _part_matches(
                tokens[i + j][2], entry.parts[j], lang
            ):
                ok = False
                break
        if ok:
            return entry, n
    return None


def _zh_entities(norm: str, lexicon: _Lexicon, claims: _Claims) -> list[_Hit]:
    hits: list[_Hit] = []
    i = 0
    while i < len(norm):
        form = next((f for f in lexicon.zh.get(norm[i], ()) if norm.startswith(f, i)), None)
        if form and form.endswith("方") and norm[i + len(form):i + len(form) + 1] in _ZH_FANG:
            form = None  # 其中方案 'among them, the plan', not 中方 'the Chinese side'
        if form and norm[i - 1:i] in _ZH_SIDE_BEFORE and len(form) == 2 and form[1] == "方":
            form = None
        pair = norm[i:i + 2]
        if pair in _ZH_PAIRS and (form is None or len(form) <= 2):
            follower = next(
                (f for f in lexicon.zh.get(norm[i + 1], ()) if norm.startswith(f, i + 1)), None
            )
            if follower is None or len(follower) < 2:
                if claims.free(i, i + 2):
                    claims.take(i, i + 2)
                    for char in pair:
                        hits.append(_Hit(i, i + 2, "place", "place:" + _ZH_PAIR_PARTS[char]))
                i += 2
                continue
        if form is None:
            i += 1
            continue
        entry = lexicon.zh_values[form]
        if claims.free(i, i + len(form)):
            claims.take(i, i + len(form))
            hits.append(_Hit(i, i + len(form), entry.kind, entry.value))
        i += len(form)
    return hits


def _generic_names(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    """Capitalised word runs the dictionaries do not know: names, or places after in/at.

    Chinese and Urdu text is searched for Latin-script names left untranslated.
    """
    hits: list[_Hit] = []
    stop = _RU_STOP_CAPS if lang == "ru" else _STOP_CAPS
    cap = _CAP_TOKEN if lang in ("en", "ru") else _CAP_LATIN
    i = 0
    while i < len(words):
        run = _capitalised_run(norm, words, i, claims, cap) if words[i].group()[0].isupper() else []
        if not run:
            i += 1
            continue
        i += len(run)
        first = run[0]
        if _at_sentence_start(norm, first.start()) and first.group() not in stop:
            run = run[1:]  # any word is capitalised there
        while run and (run[0].group() in stop or run[0].group() in _CONNECTORS):
            run = run[1:]
        while run and (run[-1].group() in stop or run[-1].group() in _CONNECTORS):
            run = run[:-1]
        if not run:
            continue
        name = " ".join(w.group() for w in run)
        start, end = run[0].start(), run[-1].end()
        before = norm[max(0, start - 6):start].split()
        if (
            lang == "en" and run[0] is first and before and before[-1] in _PLACE_PREPOSITIONS
            and len(run) <= 3 and not name.isupper()
        ):
            claims.take(start, end)
            hits.append(_Hit(start, end, "place", "place:" + _name_key(name)))
        elif norm.count(" ", start, end) >= 1:  # two words at least, not one hyphenated word
            claims.take(start, end)
            hits.append(_Hit(start, end, "name", "name:" + _name_key(name)))
    return hits


# British and American spellings of words common in names of organisations, so that a
# house-style edit (Centre -> Center) is not reported as a changed name.
_SPELLING = {
    "centre": "center", "organisation": "organization", "defence": "defense",
    "programme": "program", "labour": "labor", "theatre": "theater", "honour": "honor",
    "harbour": "harbor", "neighbourhood": "neighborhood", "favour": "favor",
}


def _name_key(name: str) -> str:
    """The value of a name no dictionary knows: one spelling for British and American
    words, and Russian words cut to their stem so that case forms match (Марии Петровой,
    Мария Петрова)."""
    return " ".join(_stem(_SPELLING.get(word, word)) for word in _key(name).split())


def _stem(word: str) -> str:
    if not "\u0400" <= word[:1] <= "\u04ff":
        return word
    for k in (3, 2, 1):
        if len(word) - k >= 3 and word[-k:] in _RU_ENDINGS:
            return word[:-k]
    return word


def _capitalised_run(
    norm: str, words: list[re.Match[str]], i: int, claims: _Claims, cap: re.Pattern[str]
) -> list[re.Match[str]]:
    run: list[re.Match[str]] = []
    for j in range(i, len(words)):
        w = words[j]
        if not claims.free(w.start(), w.end()):
            break
        if run and norm[run[-1].end():w.start()] not in (" ", "-"):
            break
        if cap.fullmatch(w.group()) or (
            run and w.group() in _CONNECTORS and j + 1 < len(words)
            and cap.fullmatch(words[j + 1].group())
        ):
            run.append(w)
        else:
            break
    return run


def _at_sentence_start(norm: str, start: int) -> bool:
    window = norm[max(0, start - 20):start]
    before = window.rstrip(" \t\"'“”‘’«»([")
    if not before:
        return start <= 20
    return before[-1] in ".!?。！？:;\n" or before.endswith(("—", "–", " -"))


def _at_words(
    pattern: re.Pattern[str], norm: str, words: list[re.Match[str]]
) -> Iterator[re.Match[str]]:
    """`pattern` matched at each word start that can begin it: much faster than a scan."""
    firsts = _FIRSTS[pattern]
    for word in words:
        if word.group()[0].lower() in firsts:
            m = pattern.match(norm, word.start())
            if m:
                yield m


def _attributions(
    norm: str, lang: str, claims: _Claims, words: list[re.Match[str]]
) -> list[_Hit]:
    hits: list[_Hit] = []
    pattern = _ATTRIBUTION_RES[lang]
    found = pattern.finditer(norm) if lang == "zh" else _at_words(pattern, norm, words)
    for m in found:
        if lang == "en" and not _reports_speech(norm, m):
            continue
        if m.lastgroup and claims.free(m.start(), m.end()):
            hits.append(_Hit(m.start(), m.end(), "attribution", "attr:" + m.lastgroup))
    return hits


# English verbs that report speech only in a reporting frame: "airlines have added
# flights" is not an attribution; '", he added.' and "she added that" are.
_AMBIGUOUS_EN = frozenset({"added", "adds", "adding"})
_FRAME_AFTER = re.compile(r"\s*(?:[,.:;\"'“”‘’]|$|that\b|in\s+a\s+statement\b)", re.I)
_FRAME_BEFORE = re.compile(r"[,\"'“”‘’]\s*(?:\w+\s+){0,3}$")


def _reports_speech(text: str, m: re.Match[str]) -> bool:
    if m.group().lower() not in _AMBIGUOUS_EN:
        return True
    return bool(
        _FRAME_AFTER.match(text, m.end()) or _FRAME_BEFORE.search(text, 0, m.start())
    )


# ---------------------------------------------------------------------- comparison

_UNIT_OF = re.compile(r"^[<>=~]*[\d.e-]+(?P<unit>.*)$")


def _slot(fact: Fact) -> str:
    """Which facts may stand for one another when their values differ."""
    if fact.kind == "number":
        m = _UNIT_OF.match(fact.value)
        return "number:" + (m.group("unit").strip() if m else "")
    if fact.kind == "date":
        return "date:year" if re.fullmatch(r"\d{4}", fact.value) else "date:day"
    if fact.kind == "percent":
        return "percent:pp" if fact.value.endswith("pp") else "percent"
    return fact.kind


def _compatible(a: Fact, b: Fact) -> bool:
    """Values that say the same with one side less precise: '--09-02' and '2025-09-02'
    (a date without its year), '52' and '52 year' (a number without its unit)."""
    if a.kind == "date":
        full, partial = (a.value, b.value) if b.value.startswith("--") else (b.value, a.value)
        return (
            partial.startswith("--") and not full.startswith("-") and len(full) > 4
            and full[4:] == partial[1:]
        )
    if a.kind == "number":
        count_a, _, unit_a = a.value.partition(" ")
        count_b, _, unit_b = b.value.partition(" ")
        return count_a == count_b and not (unit_a and unit_b)
    return False


def _script(text: str) -> str | None:
    for char in text:
        if "a" <= char.lower() <= "z":
            return "latin"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u4e00" <= char <= "\u9fff":
            return "han"
    return None


_SCRIPTS = {"en": "latin", "ru": "cyrillic", "zh": "han", "ur": "arabic"}


def _comparable(facts: Sequence[Fact], other: Sequence[Fact], other_lang: str | None) -> list[bool]:
    """Names and places outside the dictionaries cannot be matched across scripts.

    Such a fact counts only when the other side is written in its script: the other
    side's language says so, or (language unknown) one of its facts is in that script.
    """
    scripts = {s for f in other if (s := _script(f.text))}
    other_script = _SCRIPTS.get(_base_lang(other_lang)) if other_lang else None
    known = _lexicon("en").known
    result = []
    for fact in facts:
        if fact.kind not in ("name", "place") or fact.value in known:
            result.append(True)
            continue
        script = _script(fact.text)
        if other_script is not None:
            result.append(script == other_script or script in scripts)
        else:
            result.append(not scripts or script in scripts)
    return result


def check_facts(
    original: Sequence[Fact],
    republication: Sequence[Fact],
    *,
    original_lang: str | None = None,
    republication_lang: str | None = None,
) -> list[FactCheck]:
    """Compare the facts of one aligned link: kept, changed, dropped or introduced.

    A fact is kept when the other side has one of the same kind and value (a date
    without its year also keeps a full date of the same day, and a number without a
    unit the same number with one), changed when a fact of
    the same kind and slot (numbers with the same unit, dates of the same precision,
    any two places, names or attributions) is left over on both sides, and otherwise
    dropped or introduced. Names and places the dictionaries do not know are left
    out when the other side is written in another script, since they cannot be
    matched there; pass the languages so this works even when the other side has no
    lettered fact to tell its script by. Results follow the original's order, then
    the republication's.
    """
    o_ok = _comparable(original, republication, republication_lang)
    r_ok = _comparable(republication, original, original_lang)
    o_facts = [f for f, ok in zip(original, o_ok, strict=True) if ok]
    r_facts = [f for f, ok in zip(republication, r_ok, strict=True) if ok]
    partner: dict[int, int] = {}
    used: set[int] = set()
    for same in (lambda a, b: a.value == b.value, _compatible):
        for i, fact in enumerate(o_facts):
            if i in partner:
                continue
            for j, other in enumerate(r_facts):
                if j not in used and other.kind == fact.kind and same(fact, other):
                    partner[i] = j
                    used.add(j)
                    break
    kept = set(partner)
    for i, fact in enumerate(o_facts):
        if i in partner:
            continue
        slot = _slot(fact)
        for j, other in enumerate(r_facts):
            if j not in used and other.kind == fact.kind and _slot(other) == slot:
                partner[i] = j
                used.add(j)
                break
    checks: list[FactCheck] = []
    for i, fact in enumerate(o_facts):
        if i in partner:
            other = r_facts[partner[i]]
            status = "kept" if i in kept else "changed"
            checks.append(FactCheck(fact.kind, fact.text, other.text, status))  # type: ignore[arg-type]
        else:
            checks.append(FactCheck(fact.kind, fact.text, None, "dropped"))
    for j, other in enumerate(r_facts):
        if j not in used:
            checks.append(FactCheck(other.kind, None, other.text, "introduced"))
    return checks


def check_texts(
    original: str, republication: str, *, original_lang: str, republication_lang: str
) -> list[FactCheck]:
    """`check_facts` on the facts extracted from two texts."""
    return check_facts(
        extract_facts(original, original_lang),
        extract_facts(republication, republication_lang),
        original_lang=original_lang,
        republication_lang=republication_lang,
    )
