"""Ministries and ministers by their portfolio: 'Minister of Commerce and Industry',
'Commerce Ministry', 'Ministry for Planning, Development and Special Initiatives', 'Foreign
Office'; 外交部, 外长 (Chinese); وزیر خارجہ, وزارت داخلہ (Urdu).

A portfolio is a name whose value is its set of subject words, `name:portfolio:<words>`,
so 'Textiles Ministry' and 'Ministry of Textiles' are one name, a shortened title
('Planning Minister') is the same name told less precisely, and a renamed one ('Commerce
and Industry' -> 'Trade and Industry') is a changed name. Subject words are listed in
`tables/en/portfolios.json`, so the name after a title is not taken in; Chinese and Urdu
subjects in `tables/zh/portfolios.json` and `tables/ur/portfolios.json` carry the English
words, so 外交部 and وزارت خارجہ are the Foreign Ministry.
"""

from __future__ import annotations

import re
from functools import cache

from xlate.matching.facts.common import Claims, Hit, alt, table

_TOKEN = re.compile(r"[A-Za-z]+|,|&")
_GLUE = frozenset({"and", ",", "&"})


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    data = table("en", "portfolios")
    return frozenset(data["heads"]), frozenset(data["words"]), data["same"]


def _subject(word: str, words: frozenset[str]) -> str | None:
    """The listed form of a capitalised subject word, or None."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in words:
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in words else None


@cache
def _zh_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = table("zh", "portfolios")
    subjects: dict[str, str] = data["subjects"]
    contractions: dict[str, str] = data["contractions"]
    words = sorted(subjects, key=len, reverse=True)
    heads = sorted(data["heads"], key=len, reverse=True)
    pattern = re.compile(
        "(?P<c>" + "|".join(map(re.escape, sorted(contractions, key=len, reverse=True))) + ")"
        "|(?P<s>" + "|".join(map(re.escape, words)) + ")(?:" + "|".join(map(re.escape, heads)) + ")"
    )
    return pattern, {**subjects, **contractions}


def _tabled(norm: str, claims: Claims, found: tuple[re.Pattern[str], dict[str, str]]) -> list[Hit]:
    """The portfolios a table's pattern finds: its subject (group `s`) or contraction
    (group `c`), spaces aside, valued with the table's English subject words."""
    pattern, subjects = found
    hits: list[Hit] = []
    for m in pattern.finditer(norm):
        if claims.free(m.start(), m.end()):
            claims.take(m.start(), m.end())
            subject = " ".join((m.groupdict().get("c") or m.group("s")).split())
            value = " ".join(sorted(subjects[subject].split()))
            hits.append(Hit(m.start(), m.end(), "name", "name:portfolio:" + value))
    return hits


@cache
def _ur_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = table("ur", "portfolios")
    subjects: dict[str, str] = data["subjects"]
    pattern = re.compile(
        r"(?<![\u0600-\u06ff])(?:" + alt(data["heads"]) + r")[\u064b-\u065f]?\s*"
        r"(?:برائے\s+)?(?P<s>" + alt(subjects) + r")(?![\u0600-\u06ff])"
    )
    return pattern, {" ".join(k.split()): v for k, v in subjects.items()}


def portfolios(norm: str, lang: str, claims: Claims) -> list[Hit]:
    """The ministries, ministers and departments of `norm` named by their portfolio (en,
    zh, ur)."""
    if lang == "zh":
        return _tabled(norm, claims, _zh_pattern())
    if lang == "ur":
        return _tabled(norm, claims, _ur_pattern())  # وزیر خارجہ, وزارتِ داخلہ, وزیراطلاعات
    if lang != "en" or not any(head in norm for head in ("Minist", "Department", "Office")):
        return []
    heads, words, same = _vocabulary()
    toks = list(_TOKEN.finditer(norm))
    hits: list[Hit] = []
    for k, tok in enumerate(toks):
        if tok.group().lower() not in heads or not tok.group()[0].isupper():
            continue
        found: list[str] = []
        # After: 'Ministry of|for (the) Commerce, Trade and Industry'.
        j = k + 1
        if j < len(toks) and toks[j].group() in ("of", "for"):
            j += 1 + (j + 1 < len(toks) and toks[j + 1].group() == "the")
            last = j
            while j < len(toks):
                word = _subject(toks[j].group(), words)
                if word:
                    found.append(word)
                    last = j + 1
                elif toks[j].group() not in _GLUE or not found:
                    break
                j += 1
            span = (tok.start(), toks[last - 1].end()) if found else None
        else:
            # Before: '(Trade and) Industry Minister', 'Foreign Ministry'.
            i = k - 1
            first = k
            while i >= 0 and norm[toks[i].end():toks[i + 1].start()] in (" ", ", "):
                word = _subject(toks[i].group(), words)
                if word:
                    found.append(word)
                    first = i
                elif toks[i].group() not in _GLUE or not found:
                    break
                i -= 1
            span = (toks[first].start(), tok.end()) if found else None
        value = " ".join(sorted({same.get(w, w) for w in found} - {""}))
        if span and value and claims.free(*span):
            claims.take(*span)
            hits.append(Hit(span[0], span[1], "name", "name:portfolio:" + value))
    return hits
