"""What survives translation, found fast enough for an index of 100,000 stories: numbers
(digit groups, any script's digits) and the places and names of xlate's gazetteer.

`xlate.matching.facts` reads these more fully (scale words, dates in words, generic names)
but costs ten times more; candidate search only needs keys that two versions share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from xlate.corpus.minhash import words

_DATA = Path(__file__).resolve().parent.parent / "data"
_DIGITS = re.compile(r"\d+")
_COLUMNS = {"en": 1, "zh": 2, "ru": 3, "ur": 4}
_RU_ENDING_MAX = 3


@cache
def _gazetteer(lang: str) -> tuple[dict[str, str], int, frozenset[str]]:
    """Forms of one language (words joined by a space; zh: strings) to keys, the longest
    form in words (zh: characters), and the first words of the forms."""
    column = _COLUMNS[lang]
    forms: dict[str, str] = {}
    for file, prefix in (("names.tsv", "name:"), ("places.tsv", "place:")):
        for line in (_DATA / file).read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) <= column:
                continue
            for form in filter(None, (f.strip() for f in cells[column].split("|"))):
                key = form if lang == "zh" else " ".join(words(form.rstrip("-")))
                forms.setdefault(key, prefix + cells[0])
    longest = max((len(f) if lang == "zh" else f.count(" ") + 1 for f in forms), default=1)
    firsts = frozenset(f[0] if lang == "zh" else f.split(" ")[0] for f in forms)
    return forms, longest, firsts


def anchor_tokens(text: str, tokens: Sequence[str], lang: str) -> list[str]:
    """Anchor keys of `text` (whose `words` are `tokens`) in language `lang`."""
    found = ["#" + str(int(group)) for group in _DIGITS.findall(text)]
    if lang not in _COLUMNS:
        return found
    forms, longest, firsts = _gazetteer(lang)
    if lang == "zh":
        for i, char in enumerate(text):
            if char not in firsts:
                continue
            for size in range(longest, 0, -1):
                key = forms.get(text[i : i + size])
                if key:
                    found.append(key)
                    break
        return found
    ru = lang == "ru"
    for i, token in enumerate(tokens):
        if token not in firsts and not (
            ru and any(token[:-k] in firsts for k in range(1, _RU_ENDING_MAX + 1))
        ):
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + size])
            key = forms.get(phrase)
            if key is None and ru:
                # Russian forms are stems: try the phrase without a case ending.
                key = next(
                    (forms[phrase[:-k]] for k in range(1, _RU_ENDING_MAX + 1)
                     if phrase[:-k] in forms and len(phrase) - k >= 3),
                    None,
                )  # fmt: skip
            if key:
                found.append(key)
                break
    return found
