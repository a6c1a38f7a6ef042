"""Names and places a copy brings into a sentence without adding a fact: style, not drift.

- Told elsewhere: the original names it in another sentence, among the same words
  ('A bench comprising ... justice Manmeet PS Arora' where the original's later sentence
  says 'The bench, also comprising Justice Manmeet P S Arora'; 新疆喀什地区塔什库尔干县 where
  the original's next sentence gives 新疆喀什地區塔什庫爾干縣: the prefecture of the same
  county). A name the original gives in other words ('The quake struck Malatya' /
  'buildings collapsed in Adana and Malatya') is still a place added to a claim.
- Spelt as the original spells it: a name the copy spells the way the original does in
  another sentence (the original's 'Kerjiwal' once, 'Kejriwal' everywhere else): a typo
  corrected.
- Side named: a Chinese copy names the country the original calls by its first character
  and 方 ('side'): 新方 -> 新加坡, 马方 -> 马来西亚.
- Source described: it tells whose representative the speaker is, next to a role word,
  where the original's speaker is not kept ('Он отметил' / 'По словам представителя
  Кремля': the same spokesman described by his office).

And a speaker changed from an office's role to a person ('The Kremlin spokesman
announced' / 'Peskov announced'), or back, is style when either text gives the two
together with the role word ('Kremlin spokesman Dmitry Peskov'): the same person; so is
one told by the given name on one side and the surname on the other where a text gives
the two together ('Mr Sethaput said' / 'Suthiwartnarueput added').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from xlate.matching.facts.common import CHAR_WORD, base_lang, table, wordset
from xlate.matching.facts.entities import name_key
from xlate.matching.facts.respelling import fold, respelt
from xlate.text.hanzi import simplified

if TYPE_CHECKING:
    from xlate.model import Article, Link

_AROUND = 6  # words (characters in Chinese) either side of a name that tell its context
# Words that say nothing of a name's context.
_FUNCTION = wordset(
    """a an the of for and or in on at by to from with as is are was were be been has have
    had it its this that he she they his her their said says also и в во на с со к по о об
    от до для при из у за что как это его ее её их он она они 的 在 和 与 了 是 于 对 及 等"""
)
_ROLE_GAP = 1  # words between a role word and the name that says whose it is


def told_elsewhere(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """Each link with its introduced names and places that tell no new fact (see the
    module) turned from drift to style."""
    out: list[Link] = []
    lang = base_lang(republication.lang or "en")
    for link in links:
        introduced = [
            f for f in link.facts
            if f.status == "introduced" and f.severity == "drift" and f.kind in ("name", "place")
        ]
        respelt_ = [
            f for f in link.facts if f.status == "changed" and f.severity == "drift"
            and f.kind in ("name", "place") and respelt(f.original or "", f.republication or "")
        ]
        speakers = [
            f for f in link.facts
            if f.kind == "speaker" and f.status == "changed" and f.severity == "drift"
        ]
        if not (introduced or respelt_ or speakers) or not link.original or not link.republication:
            out.append(link)
            continue
        sentence = " ".join(republication.sentences[j].text for j in link.republication)
        own = " ".join(original.sentences[i].text for i in link.original)
        others = [s.text for i, s in enumerate(original.sentences) if i not in link.original]
        every = [s.text for s in (*original.sentences, *republication.sentences)]
        unsourced = any(
            f.kind == "speaker" and f.original and f.status != "kept" for f in link.facts
        )
        facts = []
        for f in link.facts:
            if f in respelt_ and any(
                _find(_words(f.republication or ""), _words(other)) for other in others
            ):
                f = replace(f, severity="style", reason="spelt as the original spells it")
            elif f in introduced and _elsewhere(f.republication or "", sentence, others):
                f = replace(f, severity="style", reason="named elsewhere")
            elif f in introduced and f.kind == "place" and lang == "zh" and (
                simplified(f.republication or "")[:1] + "方" in simplified(own)
            ):  # 新方 -> 新加坡, 马方 -> 马来西亚: the side named by its country's first character
                f = replace(f, severity="style", reason="side named")
            elif f in introduced and f.kind == "place" and _qualifier(
                f.republication or "", sentence, (own, *others), lang
            ):
                f = replace(f, severity="style", reason="detail added")
            elif (f in introduced and unsourced and _of_source(
                f.republication or "", sentence, lang
            )) or (f in speakers and (
                _one_person(f.original or "", own, f.republication or "", every, lang)
                or _one_person(f.republication or "", sentence, f.original or "", every, lang)
            )):
                f = replace(f, severity="style", reason="speaker described")
            elif f in speakers and _one_name(f.original or "", f.republication or "", every):
                f = replace(f, severity="style", reason="same person")
            facts.append(f)
        out.append(replace(link, facts=tuple(facts)))
    return tuple(out)


def _words(text: str) -> list[str]:
    """Folded words (`respelling.fold`), Russian ones without their case ending."""
    return [name_key(w) for t in CHAR_WORD.findall(text) if (w := fold(t))]


def _find(name: Sequence[str], words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words of `name` stand in `words`, spacing aside ('P S' / 'PS')."""
    target = "".join(name)
    found = []
    for i in range(len(words)):
        joined, j = "", i
        while j < len(words) and len(joined) < len(target) and target.startswith(
            joined + words[j]
        ):
            joined += words[j]
            j += 1
        if joined == target and target:
            found.append((i, j))
    return found


def _context(words: Sequence[str], span: tuple[int, int]) -> set[str]:
    i, j = span
    near = [*words[max(0, i - _AROUND):i], *words[j:j + _AROUND]]
    return {w for w in near if w not in _FUNCTION and (len(w) > 2 or _han(w))}


def _han(word: str) -> bool:
    return "\u3400" <= word[:1] <= "\ufaff"


def _elsewhere(name: str, sentence: str, others: Sequence[str]) -> bool:
    """Whether another sentence of the original names `name` among words around it in
    `sentence` too."""
    target, words = _words(name), _words(sentence)
    here = set().union(*(_context(words, span) for span in _find(target, words)))
    if not here:
        return False
    for other in others:
        other_words = _words(other)
        if any(here & _context(other_words, span) for span in _find(target, other_words)):
            return True
    return False


# Russian and Urdu adjectives of a country ('японское', 'جاپانی').
_ADJECTIVE = {"ru": re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ом|им|ую|их|ими|ых|ым)$"),
              "ur": re.compile(r"ی$")}


def _qualifier(name: str, sentence: str, original: Sequence[str], lang: str) -> bool:
    """Whether the place `name` only says whose government or official the next words of
    `sentence` are, words the original's sentences have too ('the government' / 'the
    Japanese government', 'Japanese Prime Minister', 政府 / 日本政府, 'японское
    правительство'): an adjective of the country (in Chinese, the place itself) before a
    role word, not a place added to a claim ('the Indian delegation' stays drift)."""
    if lang == "zh":
        adjective = True
    elif lang in _ADJECTIVE:
        adjective = bool(_ADJECTIVE[lang].search(name.lower()))
    else:  # 'Japanese' for place:japan; not 'Japan', 'India'
        from xlate.matching.facts.extract import extract_facts

        adjective = not name[:1].islower() and all(
            fold(name) != fold(f.value.partition(":")[2]) for f in extract_facts(name, lang)
        )
    if not adjective:
        return False
    roles = _roles(lang)
    words, kept = _words(sentence), {w for text in original for w in _words(text)}
    for _, j in _find(_words(name), words):
        if j >= len(words) or words[j] not in kept:
            continue
        if lang == "zh" and any("".join(words[j:j + 4]).startswith(r) for r in roles):
            return True
        if lang != "zh" and any(_role(w, roles, lang) for w in words[j:j + 2]):
            return True
    return False


def _of_source(name: str, sentence: str, lang: str) -> bool:
    """Whether `name` stands next to a source's role word in `sentence` ('представителя
    Кремля', 'a Kremlin spokesman', 外交部发言人)."""
    roles = _roles(lang)
    if not roles:
        return False
    words = _words(sentence)
    if lang == "zh":  # one character a word: the role's characters right after the name
        text = "".join(words)
        return any(
            text.startswith(role, m.end()) for m in re.finditer(re.escape(fold(name)), text)
            for role in roles
        )
    for i, j in _find(_words(name), words):
        near = [*words[max(0, i - 1 - _ROLE_GAP):i], *words[j:j + 1 + _ROLE_GAP]]
        if any(_role(w, roles, lang) for w in near):
            return True
    return False


def _one_person(
    office: str, sentence: str, person: str, texts: Sequence[str], lang: str
) -> bool:
    """Whether `office` stands next to a role word in `sentence` ('The Kremlin spokesman')
    and one of `texts` gives it, a role word and `person` together, either way round
    ('Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov, the Kremlin spokesman')."""
    roles = _roles(lang)
    a, b = _words(office), _words(person)
    if not (_of_source(office, sentence, lang) or _has_role(a, roles, lang)):
        return False  # 外交部长 holds its role
    gap = _ZH_GAP if lang == "zh" else _GAP
    for text in texts:
        words = _words(text)
        for i, j in _find(a, words):
            for k, m in _find(b, words):
                if j <= k <= j + gap:  # (role,) office, (role,) person
                    between = words[max(0, i - 1):k]
                elif i - gap <= m <= i:  # person, office, role
                    between = words[m:j + 1]
                else:
                    continue
                if _has_role(between, roles, lang) and not _AND.intersection(between):
                    return True
    return False


def _one_name(a: str, b: str, texts: Sequence[str]) -> bool:
    """Whether two names are the given name and the surname of one person, a text giving
    them together ('Sethaput' / 'Suthiwartnarueput': 'Sethaput Suthiwartnarueput')."""
    x, y = _words(a), _words(b)
    if not x or not y or set(x) & set(y):
        return False
    for text in texts:
        words = _words(text)
        if any(j == k for _, j in _find(x, words) for k, _ in _find(y, words)) or any(
            j == k for _, j in _find(y, words) for k, _ in _find(x, words)
        ):
            return True
    return False


_AND = wordset("and or with и или с 和 与 及 或 同 اور")  # two people, not one
_GAP = 3  # words between an office and a person for the two to be one ('spokesman Dmitry')
_ZH_GAP = 6  # characters in Chinese (外交部发言人毛宁)


@cache
def _roles(lang: str) -> tuple[str, ...]:
    """The role words of the language's attribution table, folded ('spokesman', 发言人)."""
    return tuple(fold(r) for r in table(lang, "attribution").get("roles", ()))


def _has_role(words: Sequence[str], roles: Sequence[str], lang: str) -> bool:
    if lang == "zh":
        return any(role in "".join(words) for role in roles)
    return any(_role(w, roles, lang) for w in words)


def _role(word: str, roles: Sequence[str], lang: str) -> bool:
    """A role word, in any case ending in Russian ('представителя')."""
    if lang == "ru":
        return any(word == r or (len(r) > 4 and word.startswith(r[:-1])) for r in roles)
    return word in roles
