"""Figures compared: a figure's number, unit and qualifier (`magnitude`), whether two
figures are one told another way (rounded, approximated, cut to fewer decimal places, a
hedge gained or resolved, a conversion at another day's rate) or may be one edited
(`variant`), and whether one is told as a change on one side and as the level reached on
the other (`reframed`). Severity and the fact pairing read them."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from xlate.matching.facts.common import LANGS, alt, base_lang, table
from xlate.model import Fact, FactCheck

FIGURE_KINDS = frozenset({"number", "percent", "money"})
"""The fact kinds that are figures with a magnitude."""


def same_statement(checks: Sequence[FactCheck]) -> bool:
    """Whether a sentence pair keeps two figures or dates of its sentence (a figure told
    another way, '6.4 km' -> 'about 6.4 km', is kept): however loosely it was reworded, it
    tells the same statement."""
    return sum((c.status == "kept" or c.status == "changed" and c.severity == "style")
               and (c.kind in FIGURE_KINDS or c.kind == "date") for c in checks) >= 2


def conversion(fact: Fact, text: str | None) -> bool:
    """A measure in brackets just after another one: '7 kilometers (4.3 miles)', '20
    trillion yuan ($3.1 trillion)', '80.2亿元(约合11.2亿美元)'."""
    if not text or fact.start < 0:
        return False
    return bool(
        _MEASURE_BEFORE.search(text[max(0, fact.start - 40):fact.start])
        and re.match(r"\s*(?:[^\W\d]+\.?\s*)?[)）]", text[fact.end:])
    )


_MEASURE_BEFORE = re.compile(r"\d[\d.,]*(?:\s*[^\W\d]+\.?){1,2}\s*[(（]\s*(?:[^\W\d]+\s*)?$")


def near(a: Fact, b: Fact) -> bool:
    """In one unit and within a tenth of each other: the same amount at another day's
    exchange rate ('7 km (3 miles)' -> '(3 sq mi)' is another measure)."""
    ma, mb = magnitude(a), magnitude(b)
    return bool(ma and mb and ma[0] and ma[1] == mb[1] and abs(ma[0] - mb[0]) <= 0.1 * abs(ma[0]))


def rounded(fact_a: Fact, fact_b: Fact) -> bool:
    """'more than 1,150 million' -> '1.15 billion': a large figure written anew that loses
    or gains its approximation word is rounding; 'at least one' -> 'one', 'about $42
    million' -> '$42 million' and 'about' -> 'crossed' are other claims."""
    a, b = fact_a.value, fact_b.value
    bare_a, bare_b = a.lstrip("<>=~"), b.lstrip("<>=~")
    if bare_a != bare_b or a == b or (a != bare_a and b != bare_b):
        return False
    if re.sub(r"\D", "", fact_a.text) == re.sub(r"\D", "", fact_b.text):
        return False
    number = bare_a.split(" ")[0].rstrip("%")
    try:
        return float(number) >= 1000
    except ValueError:
        return False


def within_bound(figure: Fact, bound: Fact) -> bool:
    """'about 9.42 million' -> 'over nine million': a bound (more or less than) within 10%
    of the other figure, bare or approximate, that keeps it: the figure cut short, still
    true ('about 1.35 million' -> 'over 1 million' says much less)."""
    mf, mb = magnitude(figure), magnitude(bound)
    if mf is None or mb is None or mf[1] != mb[1] or mf[2] not in ("", "~") or not mf[0]:
        return False
    if mb[2] in (">", ">="):
        return mf[0] * 0.9 <= mb[0] < mf[0]
    return mb[2] in ("<", "<=") and mf[0] < mb[0] <= mf[0] * 1.1


def magnitude(fact: Fact) -> tuple[float, str, str] | None:
    """A figure's number, unit and qualifier ('>=2 person' -> 2.0, 'person', '>='); None
    for facts that are not figures."""
    if fact.kind not in FIGURE_KINDS:
        return None
    bare = fact.value.lstrip("<>=~")
    number, _, unit = bare.partition(" ")
    try:
        return float(number.rstrip("%")), unit, fact.value[: len(fact.value) - len(bare)]
    except ValueError:
        return None


def variant(a: Fact, b: Fact) -> bool:
    """Whether figure `b` may be figure `a` edited: within half as much again, the same
    two leading digits, or one digit apart ('4.93' / '4.43', '67' / '62', '4.8%' / '4%');
    zero or no figure counts as a variant."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or not ma[0] or not mb[0]:
        return True
    low, high = sorted((abs(ma[0]), abs(mb[0])))
    da, db = (_significant(m[0]) for m in (ma, mb))
    return high <= 1.5 * low or da[:2] == db[:2] or _one_apart(da, db)


def _significant(value: float) -> str:
    return f"{abs(value):.12g}".partition("e")[0].replace(".", "").strip("0")


def _one_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long))
    )


def _digits(value: float) -> int:
    return len(_significant(value))


def round_equal(a: Fact, b: Fact) -> bool:
    """'$6219.702 million' -> '6.22 billion', '34.3%' -> '34%', '2.36%' -> '2.4%': the
    less precise figure (at least three significant digits, two whole digits with only the
    decimals dropped, or fewer decimal places) is the other rounded; '5482.668 million' ->
    '5.478 billion', 'log 247' -> 'log 250' and '6.4%' -> '6%' are not."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or ma[1] != mb[1] or ma[0] == mb[0] or not ma[0] or not mb[0]:
        return False
    (precise, _, _), (short, _, _) = sorted((ma, mb), key=lambda m: -_digits(m[0]))
    return _rounds_to(precise, short)


def _rounds_to(precise: float, short: float) -> bool:
    """Whether `short` is `precise` rounded to fewer significant digits (see round_equal),
    or rounded or cut to the fewer decimal places it is written with ('2.36%' -> '2.4%',
    '0.68' -> '0.7', '20.55%' -> '20.5%')."""
    places = _places(short)
    if places and _places(precise) > places:  # rounded or cut: '20.55%' -> '20.5%'
        scale = 10**places
        return min(abs(round(precise, places) - short),
                   abs(math.trunc(precise * scale) / scale - short)) < 1e-9
    if short.is_integer() and not precise.is_integer() and abs(precise) >= 10:
        return math.floor(abs(precise) + 0.5) == abs(short)  # the decimals dropped
    digits = _digits(short)
    if digits < 3 or digits >= _digits(precise):
        return False
    return float(f"{precise:.{digits}g}") == short


def _places(value: float) -> int:
    """Decimal places of `value` as written plainly (0 in exponent notation)."""
    text = f"{value:.12g}"
    return 0 if "e" in text else len(text.partition(".")[2])


def hedged_measure(a: Fact, b: Fact) -> bool:
    """'80.3%' -> 'up to 80.3%', 'runs at 350 km/h' -> 'up to 350 km/h', '34.3%' -> 'about
    34%': a measure (a figure with decimals, a percentage, an amount, a unit of measure or
    a count told to a fraction of its scale word, '107,7 млн')
    that gains a hedge it still meets ('about', 'up to'), the same or rounded, is the same
    figure; a hedge dropped ('about 42' -> '42'), one on a count ('42 people' -> 'up to 42
    people') or one the figure does not meet ('20' -> 'more than 20') is another claim."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or ma[1] != mb[1] or ma[2] or mb[2] not in ("~", "<="):
        return False
    if ma[0].is_integer() and a.kind == "number" and ma[1] in _COUNTS and not _scaled(a, ma[0]):
        return False
    return ma[0] == mb[0] or (not ma[0].is_integer() and _rounds_to(ma[0], mb[0]))


def _scaled(fact: Fact, number: float) -> bool:
    """A count told to a fraction of its scale word ('107,7 млн', '1.5 million', '3.2万'): a
    measure already rounded, not a count of things (its written digits, fraction and all,
    are a tenth of its value or less; '1,500' and '1,500,000' are no fractions)."""
    written = re.search(r"\d[\d.,]*\d", fact.text)
    return written is not None and bool(re.search(r"[.,]", written.group())) and int(
        re.sub(r"\D", "", written.group())) * 10 <= number


def hedge_resolved(a: Fact, b: Fact) -> bool:
    """'nearly 4.0%' -> '3.97%': a hedged measure given as the more precise figure behind
    the hedge (more significant digits, within 5%) is the same figure; 'about 42' -> '42'
    hardens it, and counts ('about 40 people') are left alone."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or ma[1] != mb[1] or ma[2] != "~" or mb[2] or not ma[0]:
        return False
    if ma[1] in _COUNTS and a.kind == "number":
        return False
    return _digits(mb[0]) > _digits(ma[0]) and abs(mb[0] - ma[0]) <= 0.05 * abs(ma[0])


_COUNTS = frozenset({"", "person", "country"})
"""Units of a count: what it numbers is things, not a measure with a tolerance."""


_CHANGE: dict[str, list[str]] = {  # 'rose 5%', 'up 5%', 增长5%
    lang: table(lang, "numbers").get("change_before", []) for lang in LANGS}
_LEVEL: dict[str, list[str]] = {  # 'rose to 5%', 增长至5%
    lang: table(lang, "numbers").get("level_before", []) for lang in LANGS}
_LEVEL_ALONE: list[str] = table("en", "numbers")["level_alone"]  # 'reached $5 billion'


def _frames(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(level, change): what stands right before a percentage or amount read as the level
    reached ('rose to', 'reached', 增长至, 达到, до, составили) or as the change ('rose',
    'up', 'by', 增长, на)."""
    change, level = _CHANGE[lang], _LEVEL[lang]
    if not change or not level:
        return None
    if lang == "en":  # 'rose to 5%' is a level, 'up to 5%' a hedge (approx_before)
        verbs = alt(w for w in change if w not in ("up", "down", "by"))
        return (re.compile(rf"\b(?:(?:{verbs})\s+(?:{alt(level)})|{alt(_LEVEL_ALONE)})\s+$", re.I),
                re.compile(rf"\b(?:{alt(change)})\s+$", re.I))
    edge = "" if lang == "zh" else r"(?<!\w)"
    return (re.compile(rf"{edge}(?:{alt(level)})\s*$"), re.compile(rf"{edge}(?:{alt(change)})\s*$"))


_FRAMES = {lang: _frames(lang) for lang in LANGS}


def reframed(a: Fact, b: Fact, a_text: str | None, b_text: str | None, lang: str | None) -> bool:
    """'imports increased 5.2 percent' -> 'imports increased to 5.2 per cent', 'reserves
    rose by $5.271 billion' -> 'reserves reached $5.271 billion': one percentage or amount
    (texts in one language), read as a change on one side and as the level reached on the
    other."""
    frames = _FRAMES.get(base_lang(lang or ""))
    if a.kind not in ("percent", "money") or not (frames and a_text and b_text) or min(
        a.start, b.start
    ) < 0:
        return False

    def frame(fact: Fact, text: str) -> str | None:
        before = text[max(0, fact.start - 30):fact.start]
        return next((name for name, rule in zip(("level", "change"), frames, strict=True)
                     if rule.search(before)), None)

    return {frame(a, a_text), frame(b, b_text)} == {"level", "change"}
