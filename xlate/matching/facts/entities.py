"""Places and names: the gazetteer (`xlate/data/places.tsv`), the names dictionary
(`names.tsv`), Chinese two-country abbreviations (中俄), and capitalised runs that no
dictionary knows (names, or places after in/at).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from xlate.matching.facts.common import (
    DATA,
    NORMALISE,
    TOKEN,
    Claims,
    Hit,
    at_sentence_start,
    key,
    unmarked,
    wordset,
)
from xlate.model import FactKind

_RU_ENDINGS = wordset(
    """а я у ю е и ы й ь о ой ей ом ем ью ии ия ию ие ам ям ах ях ами ями ая ую ый ий ое ее ые
    ого его ому ему ым им ых их ыми ими ов ев"""
)
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
def lexicon(lang: str) -> _Lexicon:
    """The gazetteer and the names dictionary for one language, indexed for lookup."""
    column = {"en": 1, "zh": 2, "ru": 3, "ur": 4}[lang]
    by_first: dict[str, list[_Entry]] = {}
    zh: dict[str, list[str]] = {}
    zh_values: dict[str, _Entry] = {}
    known: set[str] = set()
    for file, kind, prefix in (("names.tsv", "name", "name:"), ("places.tsv", "place", "place:")):
        for line in (DATA / file).read_text(encoding="utf-8").splitlines():
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
                    _norm_token(t, lang).translate(NORMALISE) for t in TOKEN.findall(form)
                )
                if form.endswith("-") and parts:
                    parts = (*parts[:-1], parts[-1] + "-")
                if not parts:
                    continue
                variants = [parts]
                if lang == "ru" and parts[0][:1].islower():
                    variants.append((parts[0][:1].upper() + parts[0][1:], *parts[1:]))
                if lang == "en" and (british := _british(parts)) != parts:
                    variants.append(british)  # World Health Organisation
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


@cache
def countries() -> frozenset[str]:
    """The values of the gazetteer's countries (its rows before the line that ends them)."""
    found: set[str] = set()
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# Countries end here"):
            return frozenset(found)
        if line.strip() and not line.startswith("#"):
            found.add("place:" + line.split("\t")[0])
    return frozenset(found)


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
_FIRST_NAMES = wordset("Jordan Chad Georgia Paris Sydney Houston Sofia Samara Florence Kelly")

# After 中方/美方 these make a word of 方 (方案 plan, 方面 aspect); before them, 其/今 do.
_ZH_FANG = frozenset("案面法式向针便圆")
_ZH_SIDE_BEFORE = frozenset("其今")

# Chinese two-country abbreviations (中俄 = China-Russia) that English spells out.
_ZH_PAIR_PARTS = {
    "中": "china", "俄": "russia", "美": "us", "巴": "pakistan", "印": "india", "日": "japan",
    "韩": "south korea", "朝": "north korea", "乌": "ukraine", "欧": "europe", "非": "africa",
    "英": "uk", "法": "france", "德": "germany",
}
_ZH_PAIRS = wordset(
    """中俄 俄中 中美 美中 中巴 巴中 中印 印中 中日 日中 中韩 韩中 中朝 朝中 中欧 中非 中英
    中法 中德 俄美 美俄 俄乌 乌俄 美日 日美 美韩 韩美 朝韩 韩朝
    印巴 巴印 美乌 俄白"""
)
_ZH_PAIR_PARTS["白"] = "belarus"


# ----------------------------------------------------------------- generic names

STOP_CAPS = wordset(
    """The A An In On At By For From To Of And But Or As If When While After Before Since This
    That These Those He She It They We I You His Her Its Their Our My Your There Here What
    Which Who Whom Whose Why How Also However Meanwhile Moreover Mr Mrs Ms Dr Sir President
    Vice Prime Minister Premier Chairman Chairwoman General Secretary Foreign Defense
    Defence State Councilor Councillor Ambassador Spokesperson Spokesman Spokeswoman Senator
    Governor Mayor Chief Deputy Director Head Leader Supreme King Queen Prince Princess
    Commander Colonel Lieutenant Captain Professor Col Lt Maj Capt Sgt Brig Minister Ministry
    Affairs Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Sept Jan Feb Mar Apr Jun
    Jul Aug Sep Oct Nov Dec Today Yesterday Tomorrow According Under Over With Without
    During Both All Some Many Most Several Such Other Another Each Every No Not"""
)
RU_STOP_CAPS = wordset(
    """В Во На С Со К Ко По О Об Из У За От До Для При Как Но И А Или Это Этот Эта Эти Он Она
    Они Мы Я Вы Его Ее Её Их Также Однако Президент Премьер Министр Председатель Глава
    Генеральный Секретарь Посол Губернатор Мэр Директор Лидер"""
)
_CAP_TOKEN = re.compile(r"[A-ZА-ЯЁ][\w'’-]*")
_CAP_LATIN = re.compile(r"[A-Z][A-Za-z'’-]*")
_CONNECTORS = frozenset(["of", "the", "for", "de", "da", "von", "der", "bin", "al", "du", "la"])
_PLACE_PREPOSITIONS = frozenset({"in", "at"})

def entities(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    """Gazetteer places and dictionary names; in zh/ru/ur text also those left in Latin
    script (WHO, EU, New York)."""
    if lang == "zh":
        hits = _zh_entities(norm, lexicon("zh"), claims)
    else:
        hits = _word_entities(norm, lang, claims, words)
    if lang != "en":
        latin = [w for w in words if w.group()[0].isascii()]
        hits += _word_entities(norm, "en", claims, latin)
    return hits


def _word_entities(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    table = lexicon(lang)
    hits: list[Hit] = []
    tokens = [(m.start(), m.end(), _norm_token(m.group(), lang)) for m in words]
    # All-caps datelines and headlines (BEIJING, NEW YORK): tried as capitalised words too.
    capitalised = [
        (a, b, t.capitalize() if len(t) > 3 and t.isupper() else t) for a, b, t in tokens
    ]
    known = table.by_first if lang != "ru" else None  # (Russian looks words up by stem)
    i = 0
    while i < len(tokens):
        if known is not None and tokens[i][2] not in known and capitalised[i][2] not in known:
            i += 1  # no entry starts with this word
            continue
        found = _match_at(tokens, i, norm, table, lang)
        if found is None and tokens[i][2] != capitalised[i][2]:
            found = _match_at(capitalised, i, norm, table, lang)
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
            hits.append(Hit(start, end, entry.kind, entry.value))
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
            token = tokens[i + j][2]
            if "-" in gap:  # South-east Asia, Asia-pacific: house styles differ after a hyphen
                token = token[:1].upper() + token[1:]
            if not _JOINERS.fullmatch(gap) or not _part_matches(token, entry.parts[j], lang):
                ok = False
                break
        if ok:
            return entry, n
    return None


def _zh_entities(norm: str, lexicon: _Lexicon, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
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
                        hits.append(Hit(i, i + 2, "place", "place:" + _ZH_PAIR_PARTS[char]))
                i += 2
                continue
        if form is None:
            i += 1
            continue
        entry = lexicon.zh_values[form]
        if claims.free(i, i + len(form)):
            claims.take(i, i + len(form))
            hits.append(Hit(i, i + len(form), entry.kind, entry.value))
        i += len(form)
    return hits


def _title_case(words: list[re.Match[str]]) -> bool:
    long = [t for t in (w.group() for w in words) if len(t) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def generic_names(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    """Capitalised word runs the dictionaries do not know: names, or places after in/at.

    Chinese and Urdu text is searched for Latin-script names left untranslated.
    """
    hits: list[Hit] = []
    stop = RU_STOP_CAPS if lang == "ru" else STOP_CAPS
    cap = _CAP_TOKEN if lang in ("en", "ru") else _CAP_LATIN
    if lang == "en" and _title_case(words):
        return hits  # a headline in Title Case: every word is capitalised
    i = 0  # the first word no run has taken
    for k in [k for k, w in enumerate(words) if w.group()[0].isupper()]:
        run = _capitalised_run(norm, words, k, claims, cap) if k >= i else []
        if not run:
            continue
        i = k + len(run)
        first = run[0]
        if at_sentence_start(norm, first.start()) and first.group() not in stop:
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
            hits.append(Hit(start, end, "place", "place:" + name_key(name)))
        elif norm.count(" ", start, end) >= 1:  # two words at least, not one hyphenated word
            claims.take(start, end)
            hits.append(Hit(start, end, "name", "name:" + name_key(name)))
    return hits


# British and American spellings of words common in names of organisations, so that a
# house-style edit (Centre -> Center) is not reported as a changed name.
SPELLING = {
    "centre": "center", "organisation": "organization", "defence": "defense",
    "programme": "program", "labour": "labor", "theatre": "theater", "honour": "honor",
    "harbour": "harbor", "neighbourhood": "neighborhood", "favour": "favor",
}


_BRITISH = {us: uk for uk, us in SPELLING.items()}


def _british(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A dictionary form's words in British spelling ('Organization' -> 'Organisation')."""
    return tuple(
        _BRITISH[p.lower()].capitalize() if p.lower() in _BRITISH and p[:1].isupper()
        else _BRITISH.get(p, p)
        for p in parts
    )


def name_key(name: str) -> str:
    """The value of a name no dictionary knows: one spelling for British and American
    words, Latin ones without diacritics (San José, San Jose), and Russian words cut to
    their stem, ё as е, so that case forms and spellings match (Марии Петровой, Мария
    Петрова; Фёдоров, Федоров)."""
    return " ".join(_stem(SPELLING.get(word, word)) for word in map(_latin, key(name).split()))


def _latin(word: str) -> str:
    """A Latin-script word without its diacritics ('josé' -> 'jose'); other scripts as
    they are (й is no и)."""
    bare = unmarked(word)
    return bare if bare.isascii() else word


def case_forms(word: str) -> set[str]:
    """A Russian word and what it is without each case ending it may carry (at least 4
    letters left): 'мансурова' -> {'мансурова', 'мансуров'}; other words as they are. Two
    forms of one surname share one ('Мансурова' / 'Мансуров')."""
    if not "\u0400" <= word[:1] <= "\u04ff":
        return {word}
    word = word.replace("ё", "е")
    cut = {word[:-k] for k in (1, 2, 3) if len(word) - k >= 4 and word[-k:] in _RU_ENDINGS}
    return {word} | cut


def _stem(word: str) -> str:
    if not "\u0400" <= word[:1] <= "\u04ff":
        return word
    word = word.replace("ё", "е")
    for k in (3, 2, 1):
        if len(word) - k >= 3 and word[-k:] in _RU_ENDINGS:
            return word[:-k]
    return word


def _capitalised_run(
    norm: str, words: list[re.Match[str]], i: int, claims: Claims, cap: re.Pattern[str]
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


def name_words(value: str) -> list[str]:
    """A name's words, an Arabic article apart ('al-kabir' is 'kabir')."""
    return [w for w in re.split(r"[\s-]+", value.split(":", 1)[-1]) if w and w not in _ARTICLES]


_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an"})


def acronym(a: list[str], b: list[str]) -> bool:
    """'sbp' and 'state bank of pakistan', 'un' and 'united nations'."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    initials = "".join(w[0] for w in long if w not in ("of", "the", "for", "and"))
    return len(short) == 1 and len(initials) >= 2 and short[0] == initials
