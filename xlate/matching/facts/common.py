"""What every fact dimension shares: text normalisation, per-language tables, claimed spans."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from xlate.model import FactKind
from xlate.text.hanzi import HAN, to_simplified

DATA = Path(__file__).resolve().parent.parent.parent / "data"
TABLES = Path(__file__).resolve().parent / "tables"
LANGS = ("en", "zh", "ru", "ur")

# One-to-one character mapping, so offsets in the normalised text are offsets in the input:
# Urdu and Arabic-Indic digits, full-width forms, Arabic separators, odd spaces, and the
# Arabic letter forms that Urdu text often uses instead of the Urdu ones; and traditional
# Chinese characters as simplified ones (`xlate.text.hanzi`).
NORMALISE = to_simplified() | str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        "\u066a": "%",
        "\uff05": "%",
        "\uff0e": ".",
        "\uff1a": ":",
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
TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+")
_HAN_RANGE = "\u3400-\u9fff\uf900-\ufaff"
CHAR_WORD = re.compile(rf"[{_HAN_RANGE}]|[^\W{_HAN_RANGE}_]+")
"""A word, each Chinese character one (Chinese runs its words on without spaces)."""


@cache
def table(lang: str, dimension: str) -> dict[str, Any]:
    """The data table `tables/<lang>/<dimension>.json` ({} when the language has none);
    `lang` '' for the language-independent `tables/<dimension>.json`."""
    path = TABLES / lang / f"{dimension}.json" if lang else TABLES / f"{dimension}.json"
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seat(value: str) -> str:
    """A place's value with a seat of government read as its country (the `metonymy` table
    of `tables/provenance.json`: 'place:moscow' -> 'place:russia'); other values as they are."""
    return _seats().get(value, value)


@cache
def _seats() -> dict[str, str]:
    found: dict[str, str] = table("", "provenance")["metonymy"]
    return found


def bare_place(name: str) -> str:
    """A place's name, case-folded, without the administrative words that call it a city,
    province or district (`tables/<lang>/places.json`: 'Isahaya City' and 'Isahaya',
    'Hubei Province', 武汉市 and 武汉 read alike)."""
    words, suffixes = _administrative()
    if HAN.search(name):
        simple = name.translate(NORMALISE)
        return simple[:-1] if len(simple) > 2 and simple[-1] in suffixes else simple
    kept = [w for w in re.findall(r"[^\W_]+", name.casefold()) if w not in words]
    return " ".join(kept)


@cache
def _administrative() -> tuple[frozenset[str], frozenset[str]]:
    words = {w for lang in LANGS if lang != "zh" for w in table(lang, "places")["administrative"]}
    return frozenset(words), frozenset(table("zh", "places")["administrative"])


def base_lang(lang: str) -> str:
    """`zh-Hans` -> `zh`; languages without rules of their own use the English ones."""
    base = (lang or "").lower().replace("_", "-").split("-")[0]
    return base if base in LANGS else "en"


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def key(text: str) -> str:
    return " ".join(text.lower().split())


_KEYED: dict[int, dict[str, Any]] = {}


def lookup(mapping: dict[str, Any], text: str) -> Any:
    """`mapping[text]` with case and spacing ignored (mappings are module constants)."""
    keyed = _KEYED.get(id(mapping))
    if keyed is None:
        keyed = _KEYED[id(mapping)] = {key(k): v for k, v in mapping.items()}
    return keyed.get(key(text))


@dataclass(frozen=True)
class Hit:
    """A fact found at `start:end` of the normalised text."""

    start: int
    end: int
    kind: FactKind
    value: str


class Claims:
    """Character spans already taken, so one stretch of text yields one fact."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return start < end and self._taken.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def at_sentence_start(norm: str, start: int) -> bool:
    window = norm[max(0, start - 20):start]
    before = window.rstrip(" \t\"'“”‘’«»([")
    if not before:
        return start <= 20
    return before[-1] in ".!?。！？:;\n" or before.endswith(("—", "–", " -"))


class Words(list[re.Match[str]]):
    """The words of `norm` (TOKEN matches), with the word starts `at_words` tries for each
    set of first letters found once."""

    def __init__(self, norm: str) -> None:
        super().__init__(TOKEN.finditer(norm))
        self._norm = norm
        self._all = [m.start() for m in self]
        self._heads: dict[int, list[str]] = {}
        self._starts: dict[frozenset[str], list[int]] = {}

    def starts(self, firsts: frozenset[str]) -> list[int]:
        """Where the words that begin (lowercased) with one of `firsts` start, in order."""
        found = self._starts.get(firsts)
        if found is None:
            k = max(map(len, firsts), default=1)
            heads = self._heads.get(k)
            if heads is None:
                norm = self._norm
                heads = self._heads[k] = [norm[s:s + k].lower() for s in self._all]
            found = self._starts[firsts] = [
                s for s, head in zip(self._all, heads, strict=True) if head in firsts
            ]
        return found


def at_words(
    pattern: re.Pattern[str], firsts: frozenset[str], norm: str, words: list[re.Match[str]]
) -> Iterator[re.Match[str]]:
    """`pattern` matched at each word that begins (lowercased) with one of `firsts` (see
    `firsts_of`): much faster than a scan, faster still when `words` is a `Words`."""
    if isinstance(words, Words):
        starts: Iterable[int] = words.starts(firsts)
    else:
        k = max(map(len, firsts), default=1)
        starts = (w.start() for w in words if norm[w.start():w.start() + k].lower() in firsts)
    match = pattern.match
    for start in starts:
        m = match(norm, start)
        if m:
            yield m


def firsts_of(words: Iterable[str]) -> frozenset[str]:
    """The lowercased beginnings of `words` (phrases, or the `|` alternatives of patterns)
    for `at_words`: their first two letters when each starts with two literal letters, else
    their first letters."""
    words = [w for w in words if w]
    if all(w[:2].isalpha() and w[2:3] not in ("?", "*", "{") for w in words):
        return frozenset(w[:2].lower() for w in words)
    return frozenset(w[0].lower() for w in words)


_LOCATIVE = re.compile(r"(?:\b(?:in|at|from|to)|\b(?:в|во|из)|在|于)\s*$", re.I)


def locative(text: str, start: int, end: int) -> bool:
    """'in Beijing', 'в Пекине', '在北京', 'بیجنگ میں': a place where, not who or whose."""
    if start < 0:
        return False
    if _LOCATIVE.search(text[max(0, start - 6):start]):
        return True
    return text[end:end + 5].strip().startswith("میں")


def unmarked(text: str) -> str:
    """`text` without diacritics ('Mevlüt' -> 'Mevlut')."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
