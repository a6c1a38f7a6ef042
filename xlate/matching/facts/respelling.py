"""A person's or an organisation's name spelt another way in the same language ('Shehbaz
Sharif' -> 'Shahbaz Sharif', 'Abdul Razak' -> 'Abdul Razzaq', 梅拉尼娅 -> 马拉尼亚): a
name changed (drift), as the realpairs gold has it, even where the names dictionary knows
both spellings as one person (it lists them so that copies in other languages match).

Not a respelling: case, spacing, hyphens, dots, diacritics ('Erdoğan'), traditional
characters, British spelling, Russian case endings, an English plural or possessive
('Narcotic Drugs' / 'Narcotics Drugs', 'Kyodo's'), an honorific added ('Mian'), or a name
told shorter or longer ('Xi' / 'Xi Jinping'; but 'Muhammad al-Nahyan' / 'Mohammed bin Zayed
Al Nahyan' is told longer and respelt). Here: the names that are facts (the
dictionaries' and capitalised runs); one word of a name that is no fact is found word by
word in `names` ('Kejriwal' -> 'Kerjiwal'). Places are left to `check` ('Hammonds Plains'
-> 'Hammonds Plain'), but for a place the gazetteer knows, whose other spelling is a
house's (Tehran / Teheran, Kiev / Kyiv): style.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from xlate.matching.facts.common import TOKEN, key, unmarked, wordset
from xlate.matching.facts.entities import RU_STOP_CAPS, SPELLING, STOP_CAPS, name_key
from xlate.model import Fact
from xlate.text.hanzi import simplified

_NAMES = frozenset({"name", "speaker"})
_SIMILAR = 75  # rapidfuzz ratio of two words of one name spelt two ways
_ONE = 50  # ... when the dictionary says both name one person (Urdu's پوتن / پیوٹن)
# A word of a name in Latin or Cyrillic script, with its hyphened parts ('al-Kabir').
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SOUNDS = str.maketrans({"q": "k", "c": "k", "w": "v", "y": "i"})
# Honorifics that stand in names in South Asian and Arab usage ('Mian Shehbaz Sharif').
HONORIFICS = wordset(
    "Mian Syed Sayed Sheikh Shaikh Haji Hafiz Maulana Allama Sardar Begum Sahib Janab Hazrat"
)
_HONORIFIC_KEYS = frozenset(key(w) for w in HONORIFICS)


def fold(word: str) -> str:
    """A word as spelling variants that are style compare: case, diacritics, traditional
    characters, dots, hyphens and joiners aside, British spelling as American."""
    low = re.sub(r"[\W_]", "", unmarked(key(simplified(word))))
    return SPELLING.get(low, low)


def _same(x: str, y: str) -> bool:
    """Two folded words that are one spelling; Russian words with another case ending;
    a Latin word and its plural or possessive ('narcotic' / 'narcotics')."""
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    if short.isascii() and len(short) >= 3 and long in (short + "s", short + "es"):
        return True
    if "\u0400" <= x[:1] <= "\u04ff":
        common = len(os.path.commonprefix((x, y)))
        return common >= 3 and common >= min(len(x), len(y)) - 2
    return False


def skeleton(word: str) -> str:
    """A Latin word as its consonants, doubled letters once and a few sounds spelled one
    way, so that transliteration variants meet: Razak / Razzaq, Mohammad / Muhammad."""
    if not word.isascii():
        return word
    sounds = word.replace("ph", "f").replace("kh", "k").translate(_SOUNDS)
    rest = "".join(ch for ch in sounds[1:] if ch not in "aeiou")
    return re.sub(r"(.)\1+", r"\1", sounds[:1] + rest)


def similar(x: str, y: str, least: float = _SIMILAR) -> bool:
    """Two words that read as one word spelt two ways."""
    from rapidfuzz.fuzz import ratio

    return ratio(x, y) >= least or skeleton(x) == skeleton(y)


def respelt(a: str, b: str, *, one: bool = False) -> bool:
    """Whether the names `a` and `b` are one name spelt another way (see the module);
    `one`: the dictionary says they name one person, so their words need look less alike."""
    words_a, words_b = [fold(t) for t in TOKEN.findall(a)], [fold(t) for t in TOKEN.findall(b)]
    if "".join(words_a) == "".join(words_b):
        return False
    if re.search(r"[\u3400-\u9fff]", a + b):
        x, y = fold(a), fold(b)
        differ = sum(p != q for p, q in zip(x, y, strict=False))
        return len(x) == len(y) >= 2 and 0 < differ <= len(x) // 2
    left_a = [w for w in words_a if w not in _HONORIFIC_KEYS]
    left_b = [w for w in words_b if w not in _HONORIFIC_KEYS]
    for word in list(left_a):
        match = next((w for w in left_b if _same(word, w)), None)
        if match is not None:
            left_a.remove(word)
            left_b.remove(match)
    if not left_a or not left_b:
        return False  # the same words, one name told shorter or longer
    if one and (_contracted(left_a, left_b) or _contracted(left_b, left_a)):
        return False  # Евросоюз / Европейский союз, Госдума / Государственная дума
    least = _ONE if one else _SIMILAR
    if len(left_a) == len(left_b):
        return all(
            min(len(x), len(y)) >= 3 and similar(x, y, least)
            for x, y in zip(left_a, left_b, strict=True)
        )
    # Told longer and spelt another way ('Muhammad al-Nahyan' -> 'Mohammed bin Zayed Al
    # Nahyan'): each word the shorter name has left is a word of the longer one respelt,
    # not one word cut from the other ('Russia' / 'Russian Federation').
    short, long = sorted((left_a, left_b), key=len)
    for x in short:
        match = next((
            y for y in long if min(len(x), len(y)) >= 3 and similar(x, y, least)
            and not (x.startswith(y) or y.startswith(x))
        ), None)
        if match is None:
            return False
        long.remove(match)
    return True


def _contracted(short: list[str], long: list[str]) -> bool:
    """Whether one word is the other name's words cut and joined, as Russian contracts a
    body's name: a start of its first word, then a start of its last (евро|союза)."""
    if len(short) != 1 or len(long) < 2:
        return False
    word, first, last = short[0], long[0], long[-1]
    k = next((n for n in range(min(len(word), len(first)), 1, -1) if word[:n] == first[:n]), 0)
    return k >= 3 and word[k:k + 3] == last[:3] and len(word) - k >= 3


def _named(fact: Fact) -> bool:
    """A person or a body named (not 'he', not 'the police'), in a script with no case
    or capitalised."""
    return fact.kind in _NAMES and not fact.value.startswith(
        ("speaker:pronoun", "speaker:role", "name:portfolio:", "speaker:portfolio:")
    ) and not fact.text[:1].islower()


def respelt_pairs(
    original: Sequence[Fact], republication: Sequence[Fact], pairs: dict[int, int]
) -> dict[int, int]:
    """`pairs` (original fact index -> republication fact index) with each name of the
    original paired with the name of the republication that spells it another way, the
    most alike first."""
    from rapidfuzz.fuzz import ratio

    taken = set(pairs.values())
    found = sorted(
        (-ratio(fold(a.text), fold(b.text)), i, j)
        for i, a in enumerate(original) if _named(a) and i not in pairs
        for j, b in enumerate(republication) if _named(b) and j not in taken
        if respelt(a.text, b.text, one=a.value == b.value)
    )
    out = dict(pairs)
    for _, i, j in found:
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


def respelt_runs(
    original: Sequence[Fact], republication: Sequence[Fact], texts: tuple[str, str],
    pairs: dict[int, int],
) -> tuple[list[Fact], list[Fact], dict[int, int]]:
    """`respelt_pairs` for a name with no counterpart whose other spelling the other text
    has where no fact stands, as a name that opens a sentence ('Elvira Nabiullina could'
    / 'Lavira Nabiulina, the governor', 'Tang Renjian, China's' / 'Tang Zhenjiang'): that
    run of capitalised words becomes a name fact of the other side, paired with it."""
    sides = [list(original), list(republication)]
    out = dict(pairs)
    words: dict[int, set[str]] = {}  # each text's folded words, read once when first needed
    runs: dict[int, list[tuple[int, int]]] = {}

    def folded(side: int) -> set[str]:
        if side not in words:
            words[side] = {fold(w) for w in _WORD.findall(texts[side])}
        return words[side]

    for side in (1, 0):  # introduced names first, then dropped ones
        own, other = sides[side], sides[1 - side]
        paired = set(out.values()) if side else set(out)
        for k, fact in enumerate(own):
            if k in paired or not _named(fact) or not _WORD.fullmatch(fact.text.split()[0]):
                continue
            lost = [w for t in _WORD.findall(fact.text) if (w := fold(t)) not in folded(1 - side)]
            if not lost:
                continue  # the other text has the whole name
            if 1 - side not in runs:
                runs[1 - side] = _capitalised_runs(texts[1 - side])
            found = _respelt_run(fact.text, lost, texts[1 - side], runs[1 - side], other,
                                 folded(side))
            if found is None:
                continue
            start, end = found
            text = texts[1 - side][start:end]
            other.append(Fact("name", text, "name:" + name_key(text), start, end))
            i, j = (len(other) - 1, k) if side else (k, len(other) - 1)
            out[i] = j
    if len(sides[0]) == len(original) and len(sides[1]) == len(republication):
        return sides[0], sides[1], out
    # A run added: each side back in text order, the pairs renumbered with it.
    orders = [sorted(range(len(facts)), key=[f.start for f in facts].__getitem__)
              for facts in sides]
    new = [{old: n for n, old in enumerate(order)} for order in orders]
    return (
        [sides[0][n] for n in orders[0]], [sides[1][n] for n in orders[1]],
        {new[0][i]: new[1][j] for i, j in out.items()},
    )


def _respelt_run(
    name: str, lost: list[str], text: str, runs: list[tuple[int, int]], facts: Sequence[Fact],
    own_words: set[str],
) -> tuple[int, int] | None:
    """Which of `runs` (capitalised words of `text` no fact of `facts` covers) spells `name`
    another way, its words `lost` (not in `text`) against words its own text lacks, none
    the other's stem ('Japan' / 'Japanese'); the most alike run."""
    from rapidfuzz.fuzz import ratio

    best: tuple[float, int, int] | None = None
    for start, end in runs:
        if any(f.start < end and start < f.end for f in facts):
            continue
        run = text[start:end]
        gained = [w for t in _WORD.findall(run) if (w := fold(t)) not in own_words]
        if not gained or any(len(w) < 4 for w in (*lost, *gained)) or any(
            x.startswith(y) or y.startswith(x) for x in lost for y in gained
        ):
            continue
        if respelt(name, run):
            score = ratio(fold(name), fold(run))
            if best is None or score > best[0]:
                best = (score, start, end)
    return best[1:] if best else None


def _capitalised_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by single spaces, without the function words,
    titles and months that open or close them (`entities.STOP_CAPS`)."""
    runs: list[list[re.Match[str]]] = []
    for m in _WORD.finditer(text):
        if not any(part[:1].isupper() for part in m.group().split("-")):
            continue
        if runs and text[runs[-1][-1].end():m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
    found = []
    for run in runs:
        while run and (run[0].group() in STOP_CAPS or run[0].group() in RU_STOP_CAPS):
            run = run[1:]
        while run and (run[-1].group() in STOP_CAPS or run[-1].group() in RU_STOP_CAPS):
            run = run[:-1]
        if run:
            found.append((run[0].start(), run[-1].end()))
    return found
