"""Word lists and counts `clean` uses to rejoin and restore hyphens, the words that show
a glued full stop or two glued words, and a decimal a capture split."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data"
LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{6,}(?![\w-])")
DOC_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Prefixes English also writes closed ("oversized", "midterm"): both spellings are
# correct, so a hyphenated form elsewhere in the document is no evidence of a lost hyphen.
_CLOSED_PREFIXES = frozenset({
    "anti", "counter", "cross", "down", "inter", "mid", "multi", "non", "out", "over", "post",
    "pre", "semi", "sub", "super", "trans", "under", "up",
})


def count_words(texts: Iterable[str]) -> Counter[str]:
    """How often each word occurs in `texts`, in lower case (a thousand texts at a time:
    a word never spans the line break joining two)."""
    counts: Counter[str] = Counter()
    batch = list(texts)
    for i in range(0, len(batch), 1000):
        text = "\n".join(batch[i : i + 1000])
        counts.update(lower_first(DOC_WORD, text) or map(str.lower, DOC_WORD.findall(text)))
    return counts


def lower_first(pattern: re.Pattern[str], text: str) -> list[str] | None:
    """`pattern`'s matches in `text`, lower-cased, found in the lower-cased text (one call
    instead of one per word), or None where that could differ: every character but "İ"
    lower-cases to one character of the same class (letter, digit, word, "-"), and only
    "Σ" lower-cases by what follows it."""
    if "İ" in text or "Σ" in text:
        return None
    return pattern.findall(text.lower())

def hyphen_evidence(doc_words: Counter[str]) -> dict[str, str]:
    """Hyphenated words the document uses at least twice while writing them closed once:
    the closed spelling is then a lost hyphen rather than the author's choice."""
    evidence = {}
    for word, count in doc_words.items():
        parts = word.split("-")
        if len(parts) != 2 or min(map(len, parts)) < 3 or parts[0] in _CLOSED_PREFIXES:
            continue
        closed = word.replace("-", "")
        if count >= 2 and doc_words.get(closed, 0) == 1:
            evidence[closed] = word
    return evidence

def long_words(paragraph: str) -> frozenset[str]:
    """The lower-cased words of six letters or more (hyphen candidates) in `paragraph`."""
    found = lower_first(LONG_WORD, paragraph)
    return frozenset(found if found is not None else map(str.lower, LONG_WORD.findall(paragraph)))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return frozenset(_read_list("en_words.txt"))


@lru_cache(maxsize=1)
def compounds() -> dict[str, str]:
    return {w.replace("-", ""): w for w in _read_list("en_compounds.txt")}


def _read_list(name: str) -> list[str]:
    lines = (_DATA / name).read_text("utf-8").splitlines()
    return [s.strip().lower() for s in lines if s.strip() and not s.startswith("#")]


_GLUED_STOP = re.compile(r"\b([a-z]{3,})\.([A-Z][a-z]*)\b(?= [a-z])")
_GLUED_STOP_RU = re.compile(r"(?<![\w.])([а-яё]{3,})\.([А-ЯЁ][а-яё]{2,})")
# Words that open a sentence and end no name or address ('yesterday.The', not 'example.Com').
_OPENERS = frozenset((
    "the", "a", "an", "this", "that", "these", "it", "he", "she", "they", "we", "but", "and",
    "in", "on", "at", "for", "as", "if", "when", "while", "after", "however", "meanwhile",
    "also", "there", "according", "despite", "during",
))


def unglue_stops(text: str, record: Callable[[str, str, str], None]) -> str:
    """A space put back after a full stop a capture glued to the next sentence
    ('... yesterday.The company'), before a word that opens sentences; in Russian before
    any capitalised word ('сказала она.Приговор': 'г.Москва' has too short a word)."""

    def fix(m: re.Match[str]) -> str:
        if m.re is _GLUED_STOP and m[2].lower() not in _OPENERS:
            return m[0]
        record("glued-stop", m[0], f"{m[1]}. {m[2]}")
        return f"{m[1]}. {m[2]}"

    return _GLUED_STOP_RU.sub(fix, _GLUED_STOP.sub(fix, text))


# Two words a capture glued together: a lower-case word and a capitalised one ('fromJanuary',
# 'billionaireShinawatra'; not 'iPhone', 'easyJet', '@realDonaldTrump' or a URL's path), or
# a preposition and a word that opens a time or a noun phrase ('oflast year', 'onthe').
_GLUED_CASE = re.compile(r"(?<![\w@#/.:=?&%+-])([a-z]{2,})([A-Z][a-z]{3,})(?![\w@/])")
_GLUED_LOWER = re.compile(
    r"(?<![\w@#/.:=?&%+-])(of|from|in|on|at|for|by|since|until|to|during)(last|next|this|the)\b"
)
# A name and the reporting verb after it ('Khairy Jamaluddinsaid'; not 'Aforesaid').
_GLUED_SAID = re.compile(
    r"(?<![\w@#/.:=?&%+-])(?!(?:Afore|Gain|Un)said)([A-Z][a-z]{3,})(said|says)(?=[\s,.;:])"
)


def unglue_words(text: str, record: Callable[[str, str, str], None]) -> str:
    """A space put back between two words a capture glued together (see `_GLUED_CASE`,
    `_GLUED_LOWER`, `_GLUED_SAID`)."""

    def fix(m: re.Match[str]) -> str:
        record("glued-word", m[0], f"{m[1]} {m[2]}")
        return f"{m[1]} {m[2]}"

    return _GLUED_SAID.sub(fix, _GLUED_LOWER.sub(fix, _GLUED_CASE.sub(fix, text)))


# A figure broken at its decimal point: 'an increase of 10.' + '64 percent in the first
# ten months' (after 'of' or 'by' a bare number ends no sentence).
_DECIMAL_BREAK = re.compile(r"\b(?:of|by)\s+\d{1,3}\.$")
_DECIMAL_REST = re.compile(r"\d{1,3}\s*(?:%|per\s?cent\b|percent\b|pct\b)")


def decimal_split(left: str, right: str) -> bool:
    """'an increase of 10.' / '64 percent in ...': a decimal the capture split."""
    return bool(_DECIMAL_BREAK.search(left) and _DECIMAL_REST.match(right))
