"""Numbers, percentages and money: digits, number words, scale words, units, currencies
and approximations ("more than 20", "20余", "более 20") in en, zh, ru and ur.

Tables per language live in `tables/<lang>/numbers.json`; this module holds the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from xlate.matching.facts.common import (
    LANGS,
    Claims,
    Hit,
    alt,
    at_words,
    firsts_of,
    lookup,
)
from xlate.matching.facts.common import table as _load
from xlate.model import FactKind


def _tables(name: str) -> dict[str, Any]:
    return {lang: _load(lang, "numbers").get(name, {}) for lang in LANGS}


_APPROX_PRE: dict[str, dict[str, str]] = _tables("approx_before")
_APPROX_MID: dict[str, dict[str, str]] = _tables("approx_middle")
_APPROX_POST: dict[str, dict[str, str]] = _tables("approx_after")
_CUR_PRE: dict[str, dict[str, str]] = _tables("currency_before")
_CUR_POST: dict[str, dict[str, str]] = _tables("currency_after")
_UNITS: dict[str, dict[str, str | None]] = _tables("units")
_GLUED = r"(?:km2|km/h|km|kg|kph|mph)"
_SCALES: dict[str, dict[str, int]] = _tables("scales")
_WORDS: dict[str, dict[str, int]] = {k: v for k, v in _tables("words").items() if v}
_CUR_POST_RU = tuple(tuple(p) for p in _load("ru", "numbers")["currency_after_patterns"])
_UNITS_RU = tuple(tuple(p) for p in _load("ru", "numbers")["unit_patterns"])
_ZH_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "兆": 10**12}
# Longest prefix first: миллиард before милли(он).
_RU_SCALE = (("триллион", 10**12), ("миллиард", 10**9), ("милли", 10**6), ("тыс", 10**3),
             ("млрд", 10**9), ("трлн", 10**12), ("млн", 10**6))
# A Chinese numeral longer than this is a run of characters, not a number (and parsing
# it would take time quadratic in its length).
_ZH_NUMERAL_MAX = 24
# Digits beyond this are not a quantity anyone reports (and int() refuses 4,301 digits).
MAX_DIGITS = 40

_LATIN_CYR = "A-Za-zА-Яа-яЁё"
_NUM = {
    # en, zh, ur: comma groups thousands; ru: space or dot groups thousands, comma is decimal.
    # A number after a full stop is none ('v1.5'), but for the rupee's 'Rs.93,960'.
    "en": rf"(?:(?<=Rs\.)|(?<![{_LATIN_CYR}\d.,]))(?<!\d:)(?<![{_LATIN_CYR}]-)"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d|[,.]\d)|\d+(?:\.\d+)?)(?![\d:])",
    "ru": rf"(?<![{_LATIN_CYR}\d.,])(?<!\d:)(?<![{_LATIN_CYR}]-)"
    r"(?:\d{1,3}(?: \d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.])(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d:])",
}
_NUM["zh"] = _NUM["en"].replace(rf"(?<![{_LATIN_CYR}\d.,])", r"(?<![A-Za-z\d.,])")
# Urdu also writes the decimal point as a word: 28 اعشاریہ 75 = 28.75.
_NUM["ur"] = _NUM["en"].replace(r"|\d+(?:\.\d+)?)", r"|\d+(?:(?:\.|\s*اعشاریہ\s*)\d+)?)")
ZH_NUMERAL = "零〇一二三四五六七八九十两百千万亿"
_ZH_NUMERAL_RE = re.compile(rf"[零〇一二三四五六七八九十两][{ZH_NUMERAL}]*")
_ZH_EITHER = frozenset(a + b for a, b in zip("一二三四五六七八", "二三四五六七八九", strict=True))


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

    def band(low: int, high: int) -> str:
        return alt(w for w, n in table.items() if low <= n <= high and (n < 20 or n % 10 == 0))

    units, teens, tens, hundreds = band(1, 9), band(10, 19), band(20, 99), band(100, 999)
    small = rf"(?:{tens})(?:[-\s](?:{units}))?|(?:{teens})|(?:{units})"
    if "hundred" in table:
        return rf"(?:{small})(?:\s+hundred(?:\s+(?:and\s+)?(?:{small}))?)?\b"
    if hundreds:
        return rf"(?:(?:{hundreds})(?:\s+(?:{small}))?|{small})(?!\w)"
    return rf"(?:{alt(table)})(?!\w)"


def _suffix_re(table: dict[str, str] | dict[str, str | None], *, sep: str) -> re.Pattern[str]:
    end = "" if sep == " ?" else r"(?!\w)"  # Chinese words run on without spaces
    return re.compile(rf"{sep}(?P<x>{alt(table)}){end}")


def _named_re(
    pairs: Sequence[tuple[str, str]], *, sep: str
) -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {f"g{i}": value for i, (_, value) in enumerate(pairs)}
    body = "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(pairs))
    return re.compile(rf"{sep}(?:{body})(?!\w)", re.I), groups


_RU_CUR_RE, _RU_CUR_GROUPS = _named_re(_CUR_POST_RU, sep=r"\s*")
_RU_UNIT_RE, _RU_UNIT_GROUPS = _named_re(_UNITS_RU, sep=r"(?:\s+|\s*-\s*)")
_RU_UNIT_TAIL = re.compile(r"\s+подряд\b", re.I)


# An Urdu scale word ends before the next word however it is typed: its last letter does
# not join, so '3 ہزارفٹ' (3,000 feet) and '2 ہزار972' are common; but not its plural
# (ہزاروں), its '-pati' (کروڑپتی) or Hazara (ہزارہ).
_UR_SCALE_END = r"(?!وں|ہ(?!\w)|ی(?!\w)|پتی)"


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
        spaced = alt(k for k in table if len(k) > 1)
        joint = r"(?:\s*|-)" if lang == "en" else r"\s*"  # '500-billion-euro fund'
        end = _UR_SCALE_END if lang == "ur" else r"(?!\w)"
        scale = re.compile(
            rf"(?:{joint}(?P<x>{spaced}){end}|(?P<y>{attached})(?![\w']))" if attached
            else rf"{joint}(?P<x>{spaced}){end}",
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
        currency = _suffix_re(
            _CUR_POST[lang], sep={"zh": sep, "en": r"(?:\s*|-)"}.get(lang, r"\s*"))
        units = _UNITS[lang]
        if lang == "en":
            unit = re.compile(
                # "40 km", "40-km", and the abbreviations written on the number: "40km".
                rf"(?:\s+|-|(?={_GLUED}(?!\w)))"
                r"(?:(?:consecutive|straight|successive|full|whole|long)\s+)?"
                rf"(?P<x>{alt(units)})(?!\w)",
                i,
            )
        elif lang == "zh":
            unit = re.compile(rf" ?(?P<x>{alt(units)})")
        else:
            unit = _suffix_re(units, sep=r"\s*")
    pre_sep = "" if lang == "zh" else r"\s+"
    mid_sep = {"zh": " ?", "en": "", "ur": r"\s*"}.get(lang, r"\s+")
    # Urdu writers type a figure and its hedge together: '500سےزائد'.
    glued = (lambda pattern: pattern.replace(r"\s+", r"\s*")) if lang == "ur" else str
    return _QuantityRules(
        num=re.compile(r"(?=\d)" + _NUM[lang]),
        words=words_re,
        scale=scale,
        approx_pre=re.compile(
            rf"(?<!\w)(?P<x>{alt(_APPROX_PRE[lang])}){pre_sep}$"
            if lang != "zh"
            else rf"(?P<x>{alt(_APPROX_PRE['zh'])}) ?$",
            i,
        ),
        approx_mid=re.compile(rf"{mid_sep}(?P<x>{glued(alt(_APPROX_MID[lang]))})", i),
        approx_post=re.compile(rf"{sep}(?P<x>{glued(alt(_APPROX_POST[lang]))})", i),
        cur_pre=re.compile(rf"(?<![A-Za-z])(?P<x>{alt(_CUR_PRE[lang])})\s*$"),
        percent=percent,
        currency=currency,
        unit=unit,
    )


_QUANTITY = {lang: _quantity_rules(lang) for lang in LANGS}
_WORD_FIRSTS = {lang: firsts_of(words) for lang, words in _WORDS.items()}


def _symbol(mapping: dict[str, str], text: str) -> str:
    found = lookup(mapping, text)
    if found is None:  # the table's words typed together: 'سےزائد'
        if id(mapping) not in _UNSPACED:
            _UNSPACED[id(mapping)] = {"".join(k.split()): v for k, v in mapping.items()}
        found = lookup(_UNSPACED[id(mapping)], "".join(text.split()))
    return found or ""


_UNSPACED: dict[int, dict[str, str]] = {}


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
    if len(text) > MAX_DIGITS:
        return None
    if lang == "ru":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "").replace("اعشاریہ", ".")
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


def parse_zh(text: str) -> Decimal | None:
    import cn2an  # heavy import; only Chinese numerals need it

    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        return None


@dataclass
class _Quantity:
    start: int
    end: int
    number: Decimal
    approx: str = ""
    kind: FactKind = "number"
    suffix: str = ""


# '1,1 billion', '1, 1 billion dollars': a decimal comma (European style, or a stray space
# after it) before a scale word; a thousands group has three digits, and '20, 30 million'
# is a list.
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3})(?:,(\d{1,2})|, (\d))(?![\d.,])")


def _quantity_candidates(
    norm: str, lang: str, rules: _QuantityRules, words: list[re.Match[str]]
) -> list[tuple[int, int, Decimal, bool]]:
    """(start, end, number, written in words) for every number-like stretch."""
    found: list[tuple[int, int, Decimal, bool]] = []
    for m in rules.num.finditer(norm):
        number = _parse_digits(m.group(), lang)
        if number is not None:
            found.append((m.start(), m.end(), number, False))
    if rules.scale is not None and "," in norm:
        for m in _DECIMAL_COMMA.finditer(norm):
            if rules.scale.match(norm, m.end()):
                found.append((m.start(), m.end(), Decimal(f"{m[1]}.{m[2] or m[3]}"), False))
    if lang == "zh":
        for m in _ZH_NUMERAL_RE.finditer(norm):
            text = m.group()
            # Trailing scale characters belong to the scale step, not to the numeral.
            core = text.rstrip("万亿")
            if not core or len(core) > _ZH_NUMERAL_MAX or core in _ZH_EITHER:
                continue  # 三四名, 五六个: 'three or four', no figure
            number = parse_zh(core)
            if number is not None:
                found.append((m.start(), m.start() + len(core), number, True))
    elif rules.words is not None:
        if lang == "ur":  # 'ایک' is 'a' but 'ایک لاکھ' one lakh
            found += [(m.start(), m.end(), Decimal(1), True) for m in _UR_ONE.finditer(norm)]
        for m in at_words(rules.words, _WORD_FIRSTS[lang], norm, words):
            number = _parse_words(m.group(), _WORDS[lang])
            if number is not None:
                found.append((m.start(), m.end(), number, True))
    found.sort(key=lambda c: (c[0], -c[1]))
    return found



def quantities(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    rules = _QUANTITY[lang]
    hits: list[Hit] = []
    if lang == "zh":
        for m in re.finditer(rf"百分之(?P<n>[{ZH_NUMERAL}点]+|\d+(?:\.\d+)?)", norm):
            n = m.group("n")
            if len(n) > _ZH_NUMERAL_MAX:
                continue
            number = _parse_digits(n, lang) if n[0].isdigit() else parse_zh(n)
            if number is not None and claims.free(m.start(), m.end()):
                q = _Quantity(m.start(), m.end(), number, kind="percent", suffix="%")
                _approx_before(norm, q, rules, lang)
                hits.append(_emit(q, claims))
    for start, end, number, in_words in _quantity_candidates(norm, lang, rules, words):
        if not claims.free(start, end) or (lang == "zh" and start and norm[start - 1] in "第数几"):
            continue  # 第二次 is an ordinal (ordinals.py); 数十年 'decades' is no count
        q = _Quantity(start, end, number)
        if _extend(norm, q, rules, lang, in_words):
            hits.append(_emit(q, claims))
    return _speeds(norm, hits) if lang == "en" else hits


_SPEED_AFTER = re.compile(r"\s*\((?P<inner>[^()]{1,40})\)\s*(?:per|an|a)\s+hour\b", re.I)
_SPEED = {" km": " km/h", " mi": " mph"}


def _speeds(norm: str, hits: list[Hit]) -> list[Hit]:
    """'350 kilometres (217 miles) per hour': a speed, on both sides of the conversion."""
    out = list(hits)
    for n, hit in enumerate(hits):
        unit = next((u for u in _SPEED if hit.value.endswith(u)), None)
        m = _SPEED_AFTER.match(norm, hit.end) if unit else None
        if m is None or unit is None:
            continue
        out[n] = replace(hit, value=hit.value[: -len(unit)] + _SPEED[unit])
        for k, inner in enumerate(hits):
            other = next((u for u in _SPEED if inner.value.endswith(u)), None)
            if other and m.start("inner") <= inner.start < m.end("inner"):
                out[k] = replace(inner, value=inner.value[: -len(other)] + _SPEED[other])
    return out


def _extend(norm: str, q: _Quantity, rules: _QuantityRules, lang: str, in_words: bool) -> bool:
    """Grow a bare number into its scale, unit, currency and approximation; False to skip."""
    pos = q.end
    scaled = False
    if rules.scale is not None:
        m = rules.scale.match(norm, pos)
        if m and m.group().lower() in ("b", "m") and not rules.cur_pre.search(
            norm, max(0, q.start - 6), q.start
        ):  # 'm' is millions after a currency or before a unit: '$3m', '5m people'
            if m.group().lower() == "m" and not (
                rules.unit.match(norm, m.end()) or rules.currency.match(norm, m.end())
            ):
                q.suffix, q.end = " m", m.end()  # 'a throw of 88.67m,' is metres
                _before(norm, q, rules, lang)
                return True
            if m.group().lower() == "b":
                m = None  # '$2.78b' is billions; 'grade 5b' is no amount
        if m:
            q.number *= _scale_of(m, lang)
            pos, scaled = m.end(), True
            if lang in _PARTS:
                pos = _compound(norm, q, pos, _scale_of(m, lang), lang)
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
    if matched_suffix or lang == "zh":
        m = rules.approx_post.match(norm, pos) or (
            _ZH_MEASURE_HEDGE.match(norm, pos) if lang == "zh" else None)
        if m:
            q.approx = q.approx or _symbol(_APPROX_POST[lang], m.group("x"))
            pos = m.end()
    if in_words and (
        (q.number < 2 and lang != "en") or (lang == "zh" and not (matched_suffix or scaled))
    ):
        return False  # bare Chinese numerals are mostly words (一些, 十分, 三中全会)
    if not matched_suffix and not scaled and lang in ("en", "ru") and norm[pos:pos + 1].isalpha():
        return False  # 1990s, 5G, COVID19
    if lang == "zh" and not (in_words or matched_suffix) and norm[pos:pos + 1] in (
        "月", "日", "号", "点", "时"
    ):
        return False  # a date part we could not read as a date
    q.end = pos
    _before(norm, q, rules, lang)
    if in_words and lang == "en" and q.number == 1 and not (scaled or q.approx):
        return False  # 'one of', 'one day': 'one' counts only as 'at least one'
    if (
        q.kind == "number" and not q.suffix and not q.approx and not scaled and not in_words
        and re.fullmatch(r"1[89]\d\d|2[01]\d\d", norm[q.start:q.end])
    ):
        q.kind = "date"  # a year on its own
    return True


_ZH_MEASURE_HEDGE = re.compile(r"[\u4e00-\u9fff](?P<x>左右|上下|以上|以内)")
"""A Chinese hedge after a measure word the unit table does not hold: '3000万亩左右'."""


def _before(norm: str, q: _Quantity, rules: _QuantityRules, lang: str) -> None:
    """The currency and approximation written before the number."""
    if q.kind == "number":
        _currency_before(norm, q, rules, lang)
    _approx_before(norm, q, rules, lang)


_UR_ONE = re.compile(r"(?<!\w)ایک(?=\s*(?:ہزار|لاکھ|کروڑ|ارب|کھرب|ملین|بلین|ٹریلین)(?!\w))")
# The next part of a figure written as digits with scale words: Urdu '2 لاکھ 50 ہزار',
# Russian '15 млн 906 тыс. 724'.
_PARTS = {
    "ur": re.compile(  # a scale word may have the next part's digits typed against it
        r"\s*(\d{1,3})(?:\s*(ہزار|لاکھ|کروڑ|ارب)(?=\d)|(?:\s*(ہزار|لاکھ|کروڑ|ارب))?(?!\S*\d))"
    ),
    "ru": re.compile(r"\s+(\d{1,3})(?:\s*(тыс|млн|млрд)\.?)?(?![\w.,]*\d)"),
}


def _compound(norm: str, q: _Quantity, pos: int, factor: int, lang: str) -> int:
    """'1 ہزار 597' is 1,597, '2 لاکھ 50 ہزار' 250,000 and '15 млн 906 тыс. 724' 15,906,724:
    a figure written as digits with its scale words, each part smaller than the scale
    before it."""
    while m := _PARTS[lang].match(norm, pos):
        word = next((g for g in m.groups()[1:] if g), None)
        scale = _scale_of(word, lang) if word else 1
        part = int(m[1]) * scale
        if part >= factor:
            break
        q.number += part
        pos = m.end()
        if not word:
            break
        factor = scale
    return pos


def _currency_before(norm: str, q: _Quantity, rules: _QuantityRules, lang: str) -> None:
    """A currency sign or code right before the number ($5, Rs 3) makes it money."""
    cur = rules.cur_pre.search(norm, max(0, q.start - 6), q.start)
    code = _CUR_PRE[lang].get(cur.group("x")) if cur else None
    if cur and code:
        q.kind, q.suffix, q.start = "money", " " + code, cur.start()


_ZH_APPROX_LAST = frozenset(w[-1] for w in _APPROX_PRE["zh"])


_APPROX_LAST_WORDS = {
    lang: frozenset(w.split()[-1].lower() for w in table) for lang, table in _APPROX_PRE.items()
}


def _approx_before(norm: str, q: _Quantity, rules: _QuantityRules, lang: str) -> None:
    before = norm[q.start - 1:q.start] if q.start else ""
    if q.approx or not (
        before in _ZH_APPROX_LAST or before == " " if lang == "zh" else before.isspace()
    ):
        return  # cheap tests first: most numbers have no approximation word before them
    end = q.start
    if lang != "zh":
        words = norm[max(0, q.start - 24):q.start].split()
        if lang == "en" and words[-2:-1] == ["than"] and words[-1].lower() == "the":
            end = norm.lower().rindex("the", 0, q.start)  # 'higher than the 501 mills'
            words.pop()
        if not words or words[-1].lower().lstrip("([\"'“‘«") not in _APPROX_LAST_WORDS[lang]:
            return
    m = rules.approx_pre.search(norm, max(0, end - 24), end)
    if not m:
        return
    if lang == "zh" and m.group("x") == "近" and norm[m.start() - 1:m.start()] in ("最", "附"):
        return
    if lang == "en" and _COMPARED.search(norm, max(0, m.start("x") - 12), m.start("x")):
        return  # '8.58 per cent higher than Rs 22,629 crore': a comparison, not a bound
    if lang == "en" and m.group("x").lower() == "over" and _COMPOUND.match(norm, q.start):
        return  # 'a victory over three-time winner', 'a win over 10-year-old Ann'
    symbol = _symbol(_APPROX_PRE[lang], m.group("x"))
    if symbol:
        q.approx, q.start = symbol, m.start("x")


_COMPOUND = re.compile(r"(?:\d[\d.,]*|[a-z]+)-[a-z]", re.I)
_COMPARED = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct|\btimes|\bfold)\s*$", re.I)


def _scale_of(m: re.Match[str] | str, lang: str) -> int:
    """The factor of a scale word ('million', 'млн', 'لاکھ', 万亿)."""
    text = (m if isinstance(m, str) else m.group()).strip().lstrip("-")
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
    return lookup(table, m.group("x")), m.end()


def _emit(q: _Quantity, claims: Claims) -> Hit:
    claims.take(q.start, q.end)
    return Hit(q.start, q.end, q.kind, f"{q.approx}{_fmt(q.number)}{q.suffix}")
