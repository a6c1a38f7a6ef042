"""Ordinals: "80th", "eightieth", "第80", "80-й", "80ویں".

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

