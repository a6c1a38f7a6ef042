"""Attribution: who said it (speaker) and how (reporting verb), in en, zh, ru and ur.

Verb classes, pronouns and role nouns live in `tables/<lang>/attribution.json`. Classes in
`LOADED` carry a judgement of the speaker (AP Stylebook on "said" and "claimed";
Wikipedia's MOS:SAID "words to watch"); the others are neutral ways to report speech.
"""

from __future__ import annotations

import re

from xlate.matching.facts.common import (
    LANGS,
    Claims,
    Hit,
    alt,
    at_words,
    firsts_of,
    locative,
    lookup,
    wordset,
)
from xlate.matching.facts.common import table as _load
from xlate.matching.facts.entities import RU_STOP_CAPS, STOP_CAPS

LOADED = frozenset({"claim", "insist", "admit", "accuse", "hint"})
"""Reporting-verb classes that judge the speaker: said -> claimed is drift."""


def _verbs_re(lang: str) -> re.Pattern[str]:
    verbs: dict[str, str] = _load(lang, "attribution")["verbs"]
    body = "|".join(f"(?P<{cls}>{pattern})" for cls, pattern in verbs.items())
    if lang == "zh":
        return re.compile(body)
    return re.compile(rf"(?:{body})(?!\w)", re.I)  # tried at word starts only


_VERBS = {lang: _verbs_re(lang) for lang in LANGS}
_VERB_FIRSTS = {
    lang: firsts_of(
        a for spec in _load(lang, "attribution")["verbs"].values() for a in spec.split("|")
    )
    for lang in LANGS
}


def _roles(lang: str) -> list[str]:
    table = _load(lang, "attribution")
    return [*table["roles"], *table["media"]]


def _whole(lang: str, words: str) -> str:
    """A regex of the attribution table's list `words` as whole words (in Chinese,
    anywhere)."""
    found = f"(?:{alt(_load(lang, 'attribution')[words])})"
    return found if lang == "zh" else rf"(?<!\w){found}(?!\w)"


MEDIA = {lang: re.compile(_whole(lang, "media"), 0 if lang == "zh" else re.I) for lang in LANGS}
"""News outlets speaking ('the country's news agency said', '官媒', 'СМИ'): a claim they
report is theirs, not an official's."""
SOURCE_CUES = re.compile("|".join(_whole(lang, "source_cues") for lang in LANGS), re.I)
"""Words that give a claim a source without a reporting verb ('customs data showed', '据',
'по данным'): a sentence with one of them is not unsourced."""
_PERSONS = {lang: dict.fromkeys(_load(lang, "attribution")["persons"], "") for lang in LANGS}
_PRONOUN_ROLE = {
    lang: re.compile(
        (r"(?<![\w-])" if lang != "zh" else "")
        + f"(?:(?P<pronoun>{alt(_load(lang, 'attribution')['pronouns'])})"
        + f"|(?P<role>{alt(_roles(lang))}))"
        + (r"(?!\w)" if lang != "zh" else ""),
        re.I if lang != "zh" else 0,
    )
    for lang in LANGS
}
# How far before its verb a speaker may stand, and what ends the search (a clause break).
_WINDOW = {"en": 60, "ru": 60, "ur": 50, "zh": 12}
_BREAK = re.compile(r"[.!?。！？;；\"“”«»]")
# Verbs after which the speaker follows: 'said Wang', 'according to police', 'по словам'.
_SPEAKER_AFTER = re.compile(r"said|says|told|added|noted|stressed|explained|according\s+to"
                            r"|заявил\w*|сказал\w*|по\s+словам|отметил\w*|сообщил\w*"
                            r"|добавил\w*|подчеркнул\w*|пояснил\w*|заявлени[ея]\s+сделал\w*"
                            r"|по\s+данным|согласно", re.I)

_BODY_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,4}(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*){1,3})\s*"
    r"(?:\([A-Z]{2,6}\)\s*)?$"
)
# A name closing the clause after its verb ('said Wang.', 'According to NHK, the ...'),
# not the subject of what was said ('said Warhol was an artist').
_NAMED_AFTER = re.compile(
    r"\s+([A-ZА-ЯЁ][\w'’-]{2,}(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})\s*(?=[,.;:!?]|$)"
)
# After 'according to' / 'по данным' the source is the object, whatever follows it.
ACCORDING = re.compile(r"according\s+to|citing|quoting|по\s+(?:словам|данным)|согласно", re.I)
# ('according to the opposition's Syrian civil Defense': a possessive before it, a
# lower-case word inside it, not a preposition: 'according to Xinhua on Monday').
_NAMED_OBJECT = re.compile(
    r"\s+(?:the\s+[\w-]+['’]s\s+|the\s+(?=[A-ZА-ЯЁ]))?([A-ZА-ЯЁ][\w'’-]{1,}"
    r"(?:\s+(?:(?!(?:on|in|at|and|or|from|to|by|with|as|the|an?|that|said)\s)[a-z]{3,}\s+"
    r"|(?:of|for)\s+(?:the\s+)?)?"
    r"[A-ZА-ЯЁ][\w'’-]+){0,3})(?![\w'’-])"
)
_NAMED_BEFORE = re.compile(r"(?<![\w.])([A-ZА-ЯЁ][\w'’-]{2,})\s+$")
# Capitalised words before a verb that are no name: function words, titles, role nouns.
_NOT_NAMES = STOP_CAPS | RU_STOP_CAPS | wordset(
    "Officials Police Authorities Sources Experts Analysts Witnesses Residents Как Также"
    " Такое Такой Такая Такие Это Этот Эта Эти"
)

# English verbs that report speech only in a reporting frame: "airlines have added
# flights" is not an attribution; '", he added.' and "she added that" are.
_AMBIGUOUS_EN = frozenset({"added", "adds", "adding"})
# 'Claim' also takes a thing ('claimed the third spot', 'claimed 20 lives'), not speech
# unless a clause follows after all ('claimed the title was rigged').
_TAKE_EN = frozenset({"claimed", "claims", "claiming"})
_OBJECT_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:spot|place|title|victory|win|lead|seats?|crown|medal|gold"
    r"|silver|bronze|responsibility|credit|lives|life|ownership|control|record|prize|trophy)\b",
    re.I)
_CLAUSE_AHEAD = re.compile(
    r"(?:\s+[\w'’-]+){1,6}?\s+(?:was|were|is|are|had|has|have|would|will|could|did"
    r"|should|can)\b", re.I)
_TO_AFTER = re.compile(r"\s+to\b", re.I)
# 'вину не признал', 'не заявлял': a verb denied reports no claim.
_NEGATED_RU = re.compile(r"(?<!\w)не\s+$", re.I)
_FRAME_AFTER = re.compile(r"\s*(?:[,.:;\"'“”‘’]|$|that\b|in\s+a\s+statement\b)", re.I)
_FRAME_BEFORE = re.compile(r"[,\"'“”‘’]\s*(?:\w+\s+){0,3}$")
# Nouns of the verb classes report a claim only with what was claimed ('allegations that
# he lied', 'accusations by X that'), not as a thing looked into ('probe allegations
# against Majithia').
_NOUNS_EN = frozenset({"allegation", "allegations", "accusation", "accusations"})
_CONTENT_AFTER = re.compile(r"\s+(?:(?:by|from|of)\s+[^,.;:]{1,40}?\s+)?that\b", re.I)
# A passive verb ('are advised to', 'were urged to'; 'کی تصدیق ہوئی', 'اعلان کیا گیا')
# quotes no one.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# What 'according to' / کے مطابق follows when it quotes no one: a plan, a schedule, a law,
# a clock ('according to plan', 'پاکستانی وقت کے مطابق' = Pakistan time).
_NO_SOURCE_EN = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:plans?|schedules?|laws?|rules?|regulations?|constitution"
    r"|tradition|custom|local\s+time|time|standards?|procedures?)\b", re.I)
_NO_SOURCE_UR = re.compile(
    r"(?:وقت|شیڈول|قانون|قواعد|ضوابط|منصوب[ےہ]|پروگرام|آئین|معیار|روایت)\s*$")
_OF = re.compile(r"\s+of\b", re.I)  # 'accused of' with no one accused: a participle
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|itself|themselves)\b", re.I)
_PASSIVE_UR = re.compile(
    r"\s*(?:ہو(?:ا|ئی|ئے)?(?!\w)|ہو\s*گ(?:یا|ئی|ئے)|ک(?:ی|یا|یے)\s+(?:گیا|گئی|گئے|جا))"
)


def attributions(
    norm: str, lang: str, claims: Claims, words: list[re.Match[str]]
) -> list[Hit]:
    """Reporting verbs, valued `attr:<class>` (say, stress, claim, admit, accuse, ...;
    `byline` for the outlet's own reporter)."""
    hits: list[Hit] = []
    pattern = _VERBS[lang]
    found = pattern.finditer(norm) if lang == "zh" else at_words(
        pattern, _VERB_FIRSTS[lang], norm, words
    )
    for m in found:
        if (lang == "en" and not _reports_speech(norm, m)) or (
            lang == "ru" and _NEGATED_RU.search(norm, max(0, m.start() - 4), m.start())
        ) or (
            lang == "ur" and (_PASSIVE_UR.match(norm, m.end())
                              or _NO_SOURCE_UR.search(norm, max(0, m.start() - 16), m.start()))
        ):
            continue
        if m.lastgroup and claims.free(m.start(), m.end()):
            cls = "byline" if _byline(norm, lang, m.start()) else m.lastgroup
            hits.append(Hit(m.start(), m.end(), "attribution", "attr:" + cls))
    return hits


_REPORTERS = {
    lang: re.compile(
        _whole(lang, "reporters")
        + r"[^,，、;；。.!?()（）:：\"“”]{0,"
        + ("12" if lang == "zh" else "30")
        + "}$",
        0 if lang == "zh" else re.I,
    )
    for lang in LANGS
}


def _byline(text: str, lang: str, at: int) -> bool:
    """Whether the verb at `at` reports the outlet's own reporter ('记者 应江洪 新疆报道',
    'our correspondent reported'): the claim is the paper's own, class `byline`."""
    m = _REPORTERS[lang].search(text, max(0, at - 40), at)
    return m is not None and not listener(text, m.start(), m.end(), lang)


def speakers(norm: str, lang: str, hits: list[Hit]) -> list[Hit]:
    """`hits` with the speaker of each reporting verb marked (see `_speaker_of`). A name that
    speaks becomes a `speaker` fact valued `speaker:<name key>`; a pronoun or role noun
    is valued `speaker:pronoun[:<m|f|pl|...>]` or `speaker:role`; a place that speaks ('Beijing
    said') stays a place."""
    entities = sorted((h for h in hits if h.kind in ("name", "place")), key=lambda h: h.start)
    speaking: dict[Hit, Hit] = {}
    extra: list[Hit] = []
    for verb in (h for h in hits if h.kind == "attribution"):
        found = _speaker_of(norm, lang, verb, entities)
        if found is None:
            continue
        if found.kind == "name":
            value = "speaker:" + found.value.split(":", 1)[1]
            speaking[found] = Hit(found.start, found.end, "speaker", value)
        elif found.kind == "speaker":
            # 'according to the opposition's Red Crescent': the name read after the verb;
            # 'the State Bank of Pakistan said': the place is part of the speaker's name.
            inside = [e for e in entities if found.start <= e.start and e.end <= found.end]
            for e in inside:
                speaking[e] = found
            if not inside and all(found.start != h.start for h in extra):
                extra.append(found)
    return list(dict.fromkeys([speaking.get(h, h) for h in hits] + extra))  # once each


def _speaker_of(norm: str, lang: str, verb: Hit, entities: list[Hit]) -> Hit | None:
    """The speaker of `verb`, nearest first: a name or place right before it ('Xi said',
    'Beijing said'), a capitalised word right before it ('Juelfs said'), a name earlier
    in the clause, a pronoun or role noun in the clause, else a name or pronoun right
    after it ('said Wang')."""
    if lang in ("en", "ru") and ACCORDING.fullmatch(norm, verb.start, verb.end):
        # 'It was 18 km deep, according to the USGS': the source is the object, never
        # the subject before ('It')
        return _speaker_after(norm, lang, verb, entities)
    low = max(0, verb.start - _WINDOW[lang])
    window = norm[low:verb.start]
    cut = max((m.end() for m in _BREAK.finditer(window)), default=0) + low
    body = _BODY_BEFORE.search(norm, max(cut, verb.start - 60), verb.start)
    if body and lang == "en":
        # 'the Ministry of Foreign Affairs said' is the Foreign Ministry (`portfolios`).
        ministry = [e for e in entities if e.value.startswith("name:portfolio:")
                    and body.start(1) <= e.start and e.end <= body.end(1)]
        if ministry:
            return ministry[-1]
        # 'State Bank of Pakistan reported': an organisation, not the place it ends with.
        value = "speaker:" + " ".join(body.group(1).lower().split())
        return Hit(body.start(1), body.end(1), "speaker", value)
    before = [e for e in entities if cut <= e.start and e.end <= verb.start
              and not listener(norm, e.start, e.end, lang)]  # not '接受新华社采访时表示'
    if before and not norm[before[-1].end:verb.start].strip(" ,") and not (
        before[-1].kind == "place" and locative(norm, before[-1].start, before[-1].end)
    ):  # 'The police chief of Nichinan, also in Kyushu, reported': Kyushu does not speak
        return before[-1]
    named = _NAMED_BEFORE.search(norm, max(0, verb.start - 30), verb.start)
    if named and lang in ("en", "ru") and named.group(1) not in _NOT_NAMES and not (
        _PRONOUN_ROLE[lang].fullmatch(named.group(1))  # 'Пресс-секретарь отметил': a role
    ) and not locative(
        norm, named.start(1), named.end(1)
    ) and not listener(norm, named.start(1), named.end(1), lang):
        # 'Gwadar Pro reported': a place opening the name is part of it.
        start = next((e.start for e in before if e.kind == "place"
                      and norm[e.end:named.start(1)] == " "), named.start(1))
        value = "speaker:" + " ".join(norm[start:named.end(1)].lower().split())
        return Hit(start, named.end(1), "speaker", value)
    names = [e for e in before if e.kind == "name"]
    if names:
        return names[-1]
    pattern = _PRONOUN_ROLE[lang]
    near = [m for m in pattern.finditer(norm, cut, verb.start) if not listener(
        norm, m.start(), m.end(), lang
    ) and not _said_of(norm, m, verb.start, lang)]
    inverted = lang in ("en", "ru") and _SPEAKER_AFTER.fullmatch(norm[verb.start:verb.end])
    if not near and inverted:
        return _speaker_after(norm, lang, verb, entities)
    if not near:
        return None
    return _pronoun_or_role(near[-1], lang)


def _speaker_after(norm: str, lang: str, verb: Hit, entities: list[Hit]) -> Hit | None:
    """The speaker right after an inverted verb ('said Wang', 'according to police')."""
    preposition = ACCORDING.fullmatch(norm, verb.start, verb.end)
    after = [e for e in entities if verb.end <= e.start <= verb.end + 6]
    if after and (preposition or lang != "en" or _CLOSES.match(norm, after[0].end)):
        return after[0]
    pattern = _PRONOUN_ROLE[lang]
    m = pattern.search(norm, verb.end, verb.end + 25)  # 'according to fire officials'
    named = (_NAMED_OBJECT if preposition else _NAMED_AFTER).match(norm, verb.end)
    if named and named.group(1) not in _NOT_NAMES and (
        not m or m.start() > named.start(1)
    ) and not listener(norm, named.start(1), named.end(1), lang):
        # 'said Wang', 'заявил Мансури', 'According to NHK, the police chief'; not 'told CEN'
        return Hit(named.start(1), named.end(1), "speaker", "speaker:" + named.group(1).lower())
    if m is None or (m.lastgroup == "pronoun" and not _CLAUSE_END.match(norm, m.end())):
        return None  # 'said he expected': the subject of what was said, not its speaker
    return _pronoun_or_role(m, lang)


_CLAUSE_BREAK = re.compile(r"[,;:\"“”«»()]")
# A name after 'said' speaks when it closes the clause ('said the Central Bank of Libya on
# Monday.'), not when a clause goes on ('said the Central Bank of Libya board controls').
_CLOSES = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?(?:\s*\([A-Z]{2,6}\))?"
    r"\s*(?:[,.;:!?»”\"]|$|(?:on|in|at|late|early|this|last|yesterday|today)\b)"
)


def _said_of(text: str, who: re.Match[str], verb: int, lang: str) -> bool:
    """Whether the pronoun `who` is the subject of what is said rather than the speaker of
    the verb at `verb`: another subject stands after a comma between it and the verb
    ('better if he did, 20 percent said'), or, not right before the verb, an earlier verb
    of its clause reports it ('said it would be better if he did not and 18 percent
    said', 'заявил, что он не поедет и 18 процентов сказали')."""
    if lang not in ("en", "ru") or who.lastgroup != "pronoun":
        return False
    between = text[who.end():verb]
    if "," in between and between.rpartition(",")[2].strip():
        return True
    if len(between.split()) < 3 and not re.search(r"\d", between):
        return False  # 'and she (also) said': right before its verb, its subject
    before = text[max(0, who.start() - 60):who.start()]
    if lang == "ru":  # 'заявил, что он': the comma before что opens the reported clause
        before = re.sub(r",\s*(?:что|чтобы)\s*$", " ", before)
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _VERBS[lang].search(clause) is not None


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?»”\"]|$)")


def _pronoun_or_role(m: re.Match[str], lang: str) -> Hit:
    """A speaker hit for a pronoun or role noun."""
    # Not the word itself: 'officials' and '官员' must match across languages.
    value = "speaker:role"
    if m.lastgroup == "role" and MEDIA[lang].fullmatch(m.group()):
        value = "speaker:role:media"
    elif m.lastgroup == "role" and lookup(_PERSONS[lang], m.group()) is not None:
        value = "speaker:role:person"
    if m.lastgroup == "pronoun":
        gender = lookup(_load(lang, "attribution")["pronouns"], m.group())
        value = f"speaker:pronoun:{gender}" if gender else "speaker:pronoun"
    return Hit(m.start(), m.end(), "speaker", value)


def listener(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words at `start:end` are the one told ('told police', 'پولیس کو بتایا'),
    not the teller: the `listener` pattern of the language's attribution table, matched
    there."""
    pattern = _load(lang, "attribution").get("listener")
    if not pattern:
        return False
    found = re.compile(pattern.replace("{who}", re.escape(text[start:end])), re.IGNORECASE)
    window = found.finditer(text, max(0, start - 40), end + 40)
    return any(m.start() <= start < m.end() for m in window)


def _reports_speech(text: str, m: re.Match[str]) -> bool:
    if _PASSIVE.search(text, max(0, m.start() - 20), m.start()):
        return False  # 'residents are advised to evacuate': nobody is quoted
    if _REFLEXIVE.match(text, m.end()) or (
        ACCORDING.fullmatch(m.group()) and _NO_SOURCE_EN.match(text, m.end())
    ) or (m.group().lower() == "accused" and _OF.match(text, m.end())):
        return False  # 'announcing himself as', 'according to plan', 'a general accused of'
    if m.group().lower() in _NOUNS_EN:
        return bool(_CONTENT_AFTER.match(text, m.end()))
    if m.group().lower() in _TAKE_EN and _OBJECT_AFTER.match(text, m.end()) and not (
        _CLAUSE_AHEAD.match(text, m.end())
    ):
        return False  # 'claimed the third spot', 'claimed responsibility': taken, not said
    if m.group().lower() not in _AMBIGUOUS_EN:
        return True
    if _TO_AFTER.match(text, m.end()):
        return False  # 'added to India's tally': made larger, not said
    return bool(
        _FRAME_AFTER.match(text, m.end()) or _FRAME_BEFORE.search(text, 0, m.start())
    )
