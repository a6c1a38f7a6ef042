"""Names changed inside a sentence: a word of an organisation's, meeting's or office's name
replaced by another ('Collective Security Treaty Organization' -> '... Contract ...',
太平洋岛国外长会 -> 太平洋岛外洋长会, 外交大臣 -> 内政大臣), found in the word alignment of
the two sentences rather than by comparing whole names, so that a name no dictionary
knows, or one whose value the other side repeats elsewhere, is still checked.

A name is a run of capitalised words (English, Russian; `of`, `and`, `о` and the like
between them) or, in Chinese, the characters before an organisation, meeting or office
word (委员会, 外长会, 政治局, 大臣, 部 ...) or a run of transliteration characters
(梅拉尼娅). A replacement inside it changes the name when the original loses a word (a
character in Chinese) that the republication does not have and the republication gains
one the original does not have, both capitalised (or a list of ministries' portfolios
written in lower case). Restyling is not a change: case, word order ('Ministry of Coal' /
'Coal Ministry'), a word dropped or added, an acronym, an abbreviation or contraction
('Corp', 'Mt', 'Госдума', 中国央行), British / American spelling, traditional /
simplified characters, a value the dictionaries give both sides. A word spelt another way
is left to `respelling`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from xlate.matching.facts.common import seat, table, wordset
from xlate.matching.facts.entities import RU_STOP_CAPS, STOP_CAPS, name_key
from xlate.matching.facts.respelling import HONORIFICS, fold, respelt, respelt_pairs, respelt_runs
from xlate.matching.facts.titles import retitled, span_fact
from xlate.model import Fact, FactKind
from xlate.text.datelines import dateline_end
from xlate.text.hanzi import simplified

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_HAN}]|[^\W{_HAN}_]+|[^\w\s]")
_CONNECTORS = wordset("of the for and de du la von der bin al и о по при")
_LIST_ENDS = wordset("and и &")  # a list's last comma has one of them after it
# Lower-case words that are never the changed word of a name.
_FUNCTION = wordset(
    """a an the of for and or in on at by to from with as is are was were be been has have
    had it its this that he she they his her their и в во на с со к по о об от до для при
    из у за что как это его ее её их он она они"""
)
# Chinese organisation, meeting and office words, longest first; a name ends with one.
_ZH_HEADS = tuple(
    sorted(
        wordset(
            """委员会 理事会 基金会 外长会 部长会 峰会 大会 会议 论坛 组织 政治局 委员 大臣 部长
            部 局 署 院 党 联盟 协会 银行 议会"""
        ),
        key=lambda h: (-len(h), h),
    )
)
# What may not follow a Chinese head for it to end a name (部分 'part', 部署 'deploy',
# 局势 'situation', 组织开展 'organise'), or stand before it (全部 'all', 当局 'the
# authorities', 医院 'hospital').
_ZH_NOT_AFTER = {
    "部": "分署位件队门", "局": "势面限部", "院": "子", "党": "员", "组织": "开召实举领参起力",
}
_ZH_BEFORE_NOT = {"部": "全内外东西南北中", "院": "医法",  # 局 after a numeral: a game (再丢一局)
                  "局": "当格结大布开一二两三四五六七八九十首末平胜"}
# Where a Chinese name cannot reach back past: punctuation and function characters.
_ZH_STOP = frozenset("的在和与同及将是了兼为对向从由于并或等把被让给、，,。；;：:“”\"《》—-（）() ")
# Words a Chinese name cannot reach back past either: verbs and adverbs that stand before
# a meeting or an organisation (举行会议, 积极组织), and the sides (双方, 中方).
_ZH_BEFORE = wordset(
    """举行 召开 出席 参加 主持 举办 主办 承办 组织 成立 会见 会晤 访问 前往 率领 担任 出任
    任命 领导 宣布 表示 通过 期待 希望 支持 加入 退出 参与 派出 致电 致信 代表 双方 各方
    中方 我方 积极 努力 共同 一起 继续 已经 正在 即将"""
)
_ZH_REACH = 10  # characters a Chinese name may have before its head
_ZH_NEAR = 2  # how close before the head an edit of the name must end
_ZH_RUN = 3  # transliteration characters that make a foreign name (梅拉尼娅)
# Capitalised words that are not a name's own (titles, weekdays, sentence openers), but
# for those that say what a body does ('Syrian civil Defense', 'Foreign Ministry').
_STOP = (STOP_CAPS | RU_STOP_CAPS) - wordset("Affairs Defence Defense Foreign Ministry")
_LONGEST = 16  # tokens: a longer stretch opposite a name is rewritten text, not a name
_NAMED = frozenset({"name", "place"})
_EDIT = 3  # tokens: the most a name's replaced words may be on either side


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str


def _key(token: str, lang: str) -> str:
    """What two tokens compare by: case, traditional characters, British spelling and
    Russian case endings aside; an English plural as its singular."""
    low = simplified(token).lower()
    if lang == "en" and len(low) > 3 and low.isalpha():
        if low.endswith("ies"):
            low = low[:-3] + "y"
        elif low.endswith("s") and not low.endswith("ss"):
            low = low[:-1]
    return name_key(low) if low.isalpha() else low


def _tokens(text: str, lang: str) -> list[_Tok]:
    return [
        _Tok(m.start(), m.end(), m.group(), _key(m.group(), lang)) for m in _TOKEN.finditer(text)
    ]


def _capitalised(tok: _Tok) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _sentence_initial(text: str, toks: Sequence[_Tok], i: int) -> bool:
    if i == 0:
        return True
    gap = text[toks[i - 1].end:toks[i].start]
    return toks[i - 1].text in (".", "!", "?", ":", ";", "«", "\"", "“", "—", "–") or "\n" in gap


def _cap_regions(text: str, toks: Sequence[_Tok]) -> list[tuple[int, int, int]]:
    """Runs of capitalised words (one will do: 'Smith', 'Defense'), with connectors and
    list commas between them ('Power, Coal and Renewable Energy', 'Организации Договора'),
    without a word that opens the sentence, titles or connectors at either end."""
    regions = []
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i]):
            i += 1
            continue
        j, caps = i + 1, 1
        while j < len(toks):
            if _capitalised(toks[j]) and text[toks[j - 1].end:toks[j].start] in (" ", "-", ""):
                j, caps = j + 1, caps + 1
                continue
            # A connector or a list comma, then a capitalised word.
            k = j
            while k < len(toks) and k - j < 2 and (
                toks[k].text.lower() in _CONNECTORS or toks[k].text == ","
            ):
                k += 1
            if k > j and k < len(toks) and _capitalised(toks[k]):
                j = k
                continue
            break
        commas = [k for k in range(i, j) if toks[k].text == ","]
        if commas and not any(toks[k].text.lower() in _LIST_ENDS for k in range(commas[-1], j)):
            j = commas[0]  # 'Rafael Nadal, Medvedev never ...': no list, an apposition
        start, end = i, j
        if _sentence_initial(text, toks, start):
            start += 1  # any word is capitalised there
        while start < end and _edge(toks[start]):
            start += 1
        while end > start and _edge(toks[end - 1]):
            end -= 1
        if sum(_capitalised(t) for t in toks[start:end]) >= 1:
            regions.append((start, end, start))
        i = j
    return regions


def _edge(tok: _Tok) -> bool:
    """A word a name does not begin or end with: a title, a weekday, a connector."""
    text = tok.text
    return text in _STOP or text.lower() in _CONNECTORS or text == ","


def _zh_regions(toks: Sequence[_Tok]) -> list[tuple[int, int, int]]:
    """Chinese names: up to `_ZH_REACH` characters back from a head word (chained heads
    such as 政治局委员 make one name), stopping at punctuation and function characters;
    an edit must reach within `_ZH_NEAR` characters of the head to be one of the name."""
    chars = "".join(t.key if len(t.key) == 1 else "\x00" for t in toks)
    regions = []
    i = 0
    while i < len(chars):
        head = next((h for h in _ZH_HEADS if chars.startswith(h, i)), "")
        end = i + len(head)
        before, after = chars[i - 1:i] if i else "", chars[end:end + 1]
        if not head or (after and after in _ZH_NOT_AFTER.get(head, "")) or (
            before and before in _ZH_BEFORE_NOT.get(head, "")
        ):
            i += 1
            continue
        while (more := next((h for h in _ZH_HEADS if chars.startswith(h, end)), None)):
            end += len(more)
        start = i
        while start > 0 and i - start < _ZH_REACH and chars[start - 1] not in _ZH_STOP and (
            "\u3400" <= chars[start - 1] <= "\ufaff"
        ) and chars[max(0, start - 2):start] not in _ZH_BEFORE:
            start -= 1
        if start < i:
            regions.append((start, end, i - _ZH_NEAR))
        i = end
    return regions + _zh_foreign(chars)


def _zh_foreign(chars: str) -> list[tuple[int, int, int]]:
    """Foreign names written in Chinese: runs of `_ZH_RUN` or more transliteration
    characters (梅拉尼娅), where an edit anywhere is one of the name."""
    return [(m.start(), m.end(), m.start()) for m in _foreign_run().finditer(chars)]


@cache
def _foreign_run() -> re.Pattern[str]:
    chars = re.escape("".join(sorted(set(table("zh", "transliteration")["characters"]))))
    return re.compile(f"[{chars}]{{{_ZH_RUN},}}")


def _regions(text: str, toks: Sequence[_Tok], lang: str) -> list[tuple[int, int, int]]:
    """Where names stand: (first token, end, where an edit of the name must reach)."""
    if lang == "zh":
        return _zh_regions(toks)
    if lang in ("en", "ru"):
        return _cap_regions(text, toks)
    return []


@cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(table("en", "portfolios")["words"])


def _content(tok: _Tok, lang: str) -> bool:
    if lang == "zh":
        return "\u3400" <= tok.text[:1] <= "\ufaff"
    return tok.text[:1].isalpha() and tok.text.lower() not in _FUNCTION and (
        tok.text not in _STOP and tok.text not in HONORIFICS
    )


def _acronym(short: Sequence[_Tok], long: Sequence[_Tok]) -> bool:
    """'UN' for 'United Nations', 'ОДКБ' for 'Организация Договора о коллективной
    безопасности'."""
    words = [t for t in short if t.text[:1].isalpha()]
    if len(words) != 1 or not words[0].text.isupper():
        return False
    initials = "".join(t.text[0] for t in long if t.text[:1].isalpha())
    caps = "".join(t.text[0] for t in long if _capitalised(t))
    return words[0].text.lower() in (initials.lower(), caps.lower())


def _ops(a: Sequence[_Tok], b: Sequence[_Tok]) -> list[tuple[str, int, int, int, int]]:
    from rapidfuzz.distance import Levenshtein

    from xlate.matching.worddiff import _Encoder

    enc = _Encoder()
    return [
        (o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end)
        for o in Levenshtein.opcodes(enc([t.key for t in a]), enc([t.key for t in b]))
    ]


def _clusters(
    ops: list[tuple[str, int, int, int, int]], gap: int
) -> list[tuple[int, int, int, int]]:
    """Runs of edits (replace, delete, insert) with at most `gap` equal tokens between
    them, as (i1, i2, j1, j2) token ranges of the two texts."""
    found: list[list[int]] = []
    equal = gap + 1
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            equal = i2 - i1
        elif found and equal <= gap:
            found[-1][1], found[-1][3] = i2, j2
            equal = 0
        else:
            found.append([i1, i2, j1, j2])
            equal = 0
    return [(a, b, c, d) for a, b, c, d in found]


def _opposite(
    ops: list[tuple[str, int, int, int, int]], first: int, last: int
) -> tuple[int, int]:
    """The token range of the other text that stands opposite tokens first..last-1."""
    lo, hi = -1, -1
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            if max(first, i1) >= min(last, i2):
                continue
            span = (j1 + max(first, i1) - i1, j1 + min(last, i2) - i1)
        elif tag == "insert":
            if not first < i1 < last:
                continue  # inserted before or after the range, not inside it
            span = (j1, j2)
        elif i1 < last and first < i2 and j1 < j2:
            span = (j1, j2)
        else:
            continue
        lo = span[0] if lo < 0 else min(lo, span[0])
        hi = max(hi, span[1])
    return (lo, hi) if lo >= 0 else (0, 0)


def renamed(
    original: Sequence[Fact],
    republication: Sequence[Fact],
    original_text: str,
    republication_text: str,
    lang: str,
) -> tuple[list[Fact], list[Fact], dict[int, int]]:
    """Names changed between two texts in one language `lang` (`en`, `zh`, `ru`).

    Returns the two fact lists, where the facts inside a changed name give way to the
    whole name (unless one name or place fact on each side covers the change), and which
    original fact pairs with which republication fact as a changed name (indices into
    the returned lists); and each name with its other spelling (`respelling`), in every
    language. Datelines and Title Case headlines are left to other rules."""
    o_facts, r_facts, pairs = _word_changes(
        (original, republication), (original_text, republication_text), lang
    )
    if lang == "zh":  # 赵立坚副司长 -> 赵副主任
        o_facts, r_facts, pairs = retitled(
            o_facts, r_facts, (original_text, republication_text), pairs
        )
    # Two forms of one dictionary entry ('World War Two' / 'World War II') name one thing.
    pairs = {i: j for i, j in pairs.items()
             if o_facts[i].value.partition(":")[2] != r_facts[j].value.partition(":")[2]}
    pairs = respelt_pairs(o_facts, r_facts, pairs)
    return respelt_runs(o_facts, r_facts, (original_text, republication_text), pairs)


def _word_changes(
    facts: tuple[Sequence[Fact], Sequence[Fact]], texts: tuple[str, str], lang: str
) -> tuple[list[Fact], list[Fact], dict[int, int]]:
    """`renamed` without the respellings of whole names."""
    (original, republication), (original_text, republication_text) = facts, texts
    unchanged: tuple[list[Fact], list[Fact], dict[int, int]] = (
        list(original), list(republication), {}
    )
    if lang not in ("en", "ru", "zh") or any(f.start < 0 for f in (*original, *republication)):
        return unchanged
    a, b = _tokens(original_text, lang), _tokens(republication_text, lang)
    if not a or not b or len(a) * len(b) > 4_000_000 or _title_case(a) or _title_case(b):
        return unchanged
    a_regions, b_regions = _regions(original_text, a, lang), _regions(republication_text, b, lang)
    if not a_regions and not b_regions:
        return unchanged
    a_count, b_count = Counter(t.key for t in a), Counter(t.key for t in b)
    pair = _Pair(
        a, b, a_regions, b_regions, _ops(a, b), _ops(b, a),
        frozenset(a_count - b_count), frozenset(b_count - a_count), lang, original_text,
    )
    a_from, b_from = dateline_end(original_text), dateline_end(republication_text)
    changes: list[_Change] = []
    for i1, i2, j1, j2 in _clusters(pair.ops, 1 if lang == "zh" else 0):
        if (i1 < i2 and a[i1].start < a_from) or (j1 < j2 and b[j1].start < b_from):
            continue
        found = next(filter(None, (
            _name_change(pair, cluster, one_for_one=k > 0)
            for k, cluster in enumerate(_trimmed(pair, (i1, i2, j1, j2)))
        )), None)
        if found and not any(c.names[0] < found.names[1] and found.names[0] < c.names[1]
                             for c in changes):
            changes.append(found)
    if not changes:
        return unchanged
    return _paired(changes, a, b, original, republication, original_text, republication_text)


def _trimmed(
    pair: _Pair, cluster: tuple[int, int, int, int]
) -> list[tuple[int, int, int, int]]:
    """`cluster`, then, where it replaces words one for one past a name's end or before its
    start ('Kyodo News poll showed' -> 'Kyodo Information ballot confirmed', a synonym
    spinner's work), the part of it inside each name of the original."""
    i1, i2, j1, j2 = cluster
    found = [cluster]
    if pair.lang == "zh" or i2 - i1 != j2 - j1 or i2 - i1 > 2 * _EDIT:
        return found
    for r0, r1, _ in pair.a_regions:
        lo, hi = max(i1, r0), min(i2, r1)
        if lo < hi and (lo, hi) != (i1, i2):
            found.append((lo, hi, j1 + lo - i1, j1 + hi - i1))
    return found


def _title_case(toks: Sequence[_Tok]) -> bool:
    """A headline in Title Case, where (nearly) every word is capitalised."""
    long = [t for t in toks if len(t.text) > 3 and t.text[:1].isalpha()]
    return len(long) >= 4 and sum(_capitalised(t) for t in long) > 0.8 * len(long)


@dataclass(frozen=True)
class _Change:
    names: tuple[int, int, int, int]  # token ranges of the name on each side
    edit: tuple[int, int, int, int]  # token ranges of the words replaced


@dataclass(frozen=True)
class _Pair:
    """Two texts' tokens, names (`_regions`), word alignment both ways, and the tokens
    each has more often than the other."""

    a: Sequence[_Tok]
    b: Sequence[_Tok]
    a_regions: list[tuple[int, int, int]]
    b_regions: list[tuple[int, int, int]]
    ops: list[tuple[str, int, int, int, int]]
    back: list[tuple[str, int, int, int, int]]
    more_a: frozenset[str]
    more_b: frozenset[str]
    lang: str
    a_text: str


def _name_change(
    pair: _Pair, cluster: tuple[int, int, int, int], *, one_for_one: bool = False
) -> _Change | None:
    """The names and the words replaced when the edit `cluster` changes a name;
    `one_for_one`: the cluster is cut from a longer word-for-word replacement, so the
    name opposite is the original's, word for word, and it must have other words, equal
    there ('Turkish presidents' / 'counterpart Vladimir' is no name changed)."""
    a, b, lang = pair.a, pair.b, pair.lang
    i1, i2, j1, j2 = cluster
    if i1 == i2 or j1 == j2:
        return None  # a word dropped or added: a name told more or less precisely
    if max(i2 - i1, j2 - j1) > _EDIT:
        return None  # a stretch rewritten, not a word of a name replaced
    region_a = next(
        (r[:2] for r in pair.a_regions if r[0] <= i1 and i2 <= r[1] and i2 > r[2]), None
    )
    region_b = next(
        (r[:2] for r in pair.b_regions if r[0] <= j1 and j2 <= r[1] and j2 > r[2]), None
    )
    if lang == "zh" and (region_a is None) != (region_b is None):  # a name on one side only
        toks, only = (a, region_a) if region_a else (b, region_b or (0, 0))
        if not "".join(t.key for t in toks[only[0]:only[1]]).endswith(_ZH_HEADS):
            return None  # a run of characters that only looks foreign (基本齐)
    if region_a is not None:
        ra = region_a
        rb = _opposite(pair.ops, *region_a)
        if region_b is not None:
            rb = (min(rb[0], region_b[0]), max(rb[1], region_b[1]))
    elif region_b is not None:
        rb = region_b
        ra = _opposite(pair.back, *region_b)
    else:
        return None
    if one_for_one:  # the name's other words stand word for word on the other side
        shift = j1 - i1
        kept = [k for k in range(*ra) if not i1 <= k < i2] if region_a else []
        if not kept or ra[0] + shift < 0 or ra[1] + shift > len(b) or any(
            a[k].key != b[k + shift].key for k in kept
        ):
            return None
        rb = (ra[0] + shift, ra[1] + shift)
    sizes = sorted((ra[1] - ra[0], rb[1] - rb[0]))
    if sizes[0] <= 0 or sizes[1] > 2 * sizes[0] or sizes[1] > _LONGEST:
        return None  # no name stands opposite, only a stretch of rewritten text
    lost = [t.key for t in a[i1:i2] if _content(t, lang) and t.key in pair.more_a]
    gained = [t.key for t in b[j1:j2] if _content(t, lang) and t.key in pair.more_b]
    if not lost or not gained:
        return None  # nothing of the name lost, or nothing new: reordered or restyled
    if lang == "zh" and i2 - i1 != j2 - j1:
        return None  # a name shortened or spelled out (中国人民银行 / 中国央行)
    if lang != "zh":
        # The changed words are part of the name on both sides: capitalised there, or a
        # ministry's portfolio written in lower case ('Power, Coal' -> 'energy, coal').
        if any(_sentence_initial(pair.a_text, a, i) for i in range(i1, i2)
               if _content(a[i], lang)):
            return None
        words = _portfolio_words()
        named = a[ra[0]:ra[1]] if region_a is not None else b[rb[0]:rb[1]]
        portfolio = all(
            t.text.lower() in words or t.key in words for t in named if _content(t, lang)
        )
        if not portfolio and not (  # a word lost and one gained capitalised, not 'Soni'
            # kept beside them ('Rajubhai Babulal Soni' / 'Soni, later')
            any(_capitalised(t) for t in a[i1:i2] if t.key in lost)
            and any(_capitalised(t) for t in b[j1:j2] if t.key in gained)
        ):
            return None
        if any(_acronym(x, y) for x, y in (
            (b[j1:j2], a[i1:i2]), (a[i1:i2], b[j1:j2]), (b[j1:j2], a[ra[0]:ra[1]]),
            (a[i1:i2], b[rb[0]:rb[1]]),
        )):
            return None
        if _shortened(lost, gained):
            return None
    return _Change((ra[0], ra[1], rb[0], rb[1]), cluster)


def _shortened(lost: Sequence[str], gained: Sequence[str]) -> bool:
    """A word cut short ('Corporation' / 'Corp'), words contracted into one
    ('Государственной Думе' / 'Госдуме'), or one word with other diacritics ('Erdoğan').
    A word spelt another way ('Tarateski' / 'Taratsky') is a name changed."""
    return _contracted(lost, gained) or _contracted(gained, lost) or any(
        (len(x) >= 3 and y.startswith(x)) or (len(y) >= 3 and x.startswith(y))
        or _abbreviates(x, y) or _abbreviates(y, x) or fold(x) == fold(y)
        for x in lost for y in gained
    )


def _abbreviates(short: str, word: str) -> bool:
    """'Mt' for 'Mount', 'Govt' for 'Government', 'В.' for 'Владимир': a few letters of
    the word, in order, beginning with its first."""
    if not 0 < len(short) <= 4 or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(char in rest for char in short[1:])


def _contracted(words: Sequence[str], short: Sequence[str]) -> bool:
    """Whether the one word of `short` is the beginnings of two or more of `words`, in
    order ('госдум' = 'гос' + 'дум' of 'государствен', 'дум')."""
    if len(short) != 1 or len(words) < 2:
        return False

    def spell(rest: str, k: int) -> bool:
        if not rest:
            return True
        word = words[k] if k < len(words) else ""
        return any(
            rest.startswith(word[:n]) and spell(rest[n:], k + 1)
            for n in range(min(len(word), len(rest)), 1, -1)
        ) or (k + 1 < len(words) and spell(rest, k + 1))

    return spell(short[0], 0)


def _paired(
    changes: list[_Change],
    a: Sequence[_Tok],
    b: Sequence[_Tok],
    original: Sequence[Fact],
    republication: Sequence[Fact],
    a_text: str,
    b_text: str,
) -> tuple[list[Fact], list[Fact], dict[int, int]]:
    """The fact lists with each changed name standing for the facts inside it, and the
    pairs: the one place of the replaced words on each side, or the one name or place fact
    covering the name on each side, else the whole names; none when the facts of the
    replaced words have one value on both sides (the dictionaries say both name one
    thing)."""
    o_facts, r_facts = list(original), list(republication)
    pairs: list[tuple[Fact, Fact]] = []
    for change in changes:
        ia, ja, ib, jb = change.names
        ea, fa_, eb, fb_ = change.edit
        edit_a = (a[ea].start, a[fa_ - 1].end)
        edit_b = (b[eb].start, b[fb_ - 1].end)
        over_a = [f for f in o_facts if f.start < edit_a[1] and edit_a[0] < f.end]
        over_b = [f for f in r_facts if f.start < edit_b[1] and edit_b[0] < f.end]
        both = {seat(f.value) for f in o_facts} & {seat(f.value) for f in r_facts}
        if (over_a or over_b) and {seat(f.value) for f in over_a + over_b} <= both:
            continue  # each named on both sides, a seat for its country ('Россией' / 'Москвой')
        if any(f.kind == "place" for f in over_a + over_b) and respelt(
            a_text[slice(*edit_a)], b_text[slice(*edit_b)]
        ):
            continue  # a place the gazetteer knows, spelt the house's way: 'Teheran'
        if {f.value for f in over_a} & {f.value for f in r_facts} or (
            {f.value for f in over_b} & {f.value for f in o_facts}
        ):
            continue  # a name the other sentence gives elsewhere ('in Beijing' twice): kept
        sa, sb = (a[ia].start, a[ja - 1].end), (b[ib].start, b[jb - 1].end)
        if len(over_a) == len(over_b) == 1 and _named(over_a[0]) and _named(over_b[0]) and (
            over_a[0].kind == over_b[0].kind == "place"
            or (_covers(over_a[0], sa) and _covers(over_b[0], sb))
        ):
            pairs.append((over_a[0], over_b[0]))  # 'Food Standards of Australia': a place
            continue
        inside_a = [f for f in o_facts if f.start < sa[1] and sa[0] < f.end]
        inside_b = [f for f in r_facts if f.start < sb[1] and sb[0] < f.end]
        if any(not _named(f) for f in inside_a + inside_b):
            continue  # a figure, date or pronoun inside: not a name
        # A place on one side only ('Russia' not read twice in a sentence): still a place.
        kind: FactKind = "place" if over_a + over_b and all(
            f.kind == "place" for f in over_a + over_b
        ) else "name"
        fa, fb = span_fact(a_text, *sa, kind), span_fact(b_text, *sb, kind)
        gone = {id(f) for f in inside_a + inside_b}
        given = {f.value for f in o_facts + r_facts if id(f) not in gone}
        if fa.value in given or fb.value in given:
            continue  # a name the sentences give elsewhere ('in Moscow' twice): kept there
        o_facts = [f for f in o_facts if id(f) not in gone] + [fa]
        r_facts = [f for f in r_facts if id(f) not in gone] + [fb]
        pairs.append((fa, fb))
    o_facts.sort(key=lambda f: (f.start, f.end))
    r_facts.sort(key=lambda f: (f.start, f.end))
    o_index = {id(f): i for i, f in enumerate(o_facts)}
    r_index = {id(f): j for j, f in enumerate(r_facts)}
    return o_facts, r_facts, {
        o_index[id(fa)]: r_index[id(fb)] for fa, fb in pairs
        if id(fa) in o_index and id(fb) in r_index
    }


def _named(fact: Fact) -> bool:
    """A name or place, or a speaker told by its name ('Emergency Management said')."""
    return fact.kind in _NAMED or fact.kind == "speaker" and not fact.value.startswith(
        ("speaker:pronoun", "speaker:role")
    )


def _covers(fact: Fact, span: tuple[int, int]) -> bool:
    return fact.start <= span[0] and span[1] <= fact.end


