"""Severity: whether a non-kept fact check is drift (the meaning changed) or style (the
same meaning in other words), with the reason (the figure tests are in `figures`)."""

from __future__ import annotations

import re
from dataclasses import replace

from xlate.matching.facts.attribution import ACCORDING, LOADED, MEDIA, SOURCE_CUES, listener
from xlate.matching.facts.clock import CLOCK
from xlate.matching.facts.common import (
    LANGS,
    bare_place,
    base_lang,
    locative,
    seat,
    unmarked,
    wordset,
)
from xlate.matching.facts.common import table as _load
from xlate.matching.facts.dates import RELATIVE_DAYS, names_an_event, possessive
from xlate.matching.facts.entities import STOP_CAPS
from xlate.matching.facts.figures import (
    FIGURE_KINDS,
    conversion,
    hedge_resolved,
    hedged_measure,
    magnitude,
    near,
    round_equal,
    rounded,
    within_bound,
)
from xlate.model import Article, Fact, FactCheck, FactStatus, Link, Severity
from xlate.text.datelines import dateline_end
from xlate.text.hanzi import HAN, simplified

_AGENCIES = frozenset(_load("", "provenance")["agencies"])
PORTFOLIO = ":portfolio:"
"""What a ministry's value holds (`name:portfolio:...`, `speaker:portfolio:...`)."""


_COUNTLESS = re.compile(r":(?:some|several|few) ")
"""A span with no count: 'hours after', '数小时后', 'через несколько часов', 'a few days later'."""


def severity(
    status: FactStatus,
    original: Fact | None,
    republication: Fact | None,
    *,
    original_text: str | None = None,
    republication_text: str | None = None,
    translated: bool = False,
    speaker_dropped: bool = False,
    speaker_kept: bool = False,
    verb_kept: bool = False,
    source_added: bool = False,
    republication_lang: str | None = None,
) -> tuple[Severity, str] | None:
    """Drift (the meaning changed) or style (same meaning, other words), with a reason;
    None for a kept fact. `republication_lang`: the language of `republication_text`;
    `speaker_dropped`, `speaker_kept`: whether another speaker of the link was dropped, kept;
    `verb_kept`: whether a reporting verb of the link is kept;
    `source_added`: the original gives no source and the republication names one."""
    if status == "kept":
        return None
    fact = original or republication
    assert fact is not None
    kind = fact.kind
    if status == "changed":
        assert original is not None and republication is not None
        if kind == "speaker" and _listener(original, republication_text, republication_lang):
            return "drift", "speaker inverted"  # 'police said' -> 'Smith said to police'
        return _changed(original, republication, original_text, republication_text)
    own_text = original_text if status == "dropped" else republication_text  # where it stands
    # -- relative time (dates.py): a possessive time names the event, it does not date it
    if possessive(fact) or names_an_event(fact, own_text):
        return "style", "names the event"  # 'Today's accident' -> 'The accident'
    if kind == "ordinal" and fact.value in ("1st", "2nd"):
        return "style", "wording"  # 'at first', 'a second look': often no rank (ordinals.py)
    if kind == "ordinal" and _list_point(fact, own_text):
        return "style", "list point"  # '三是' -> '第三是', 'Third, exports' -> 'Exports'
    if fact.value.startswith(CLOCK):
        return "style", "detail left out" if status == "dropped" else "detail added"
    if fact.value in ("recent", "until:now") or _COUNTLESS.search(fact.value):
        return "style", "vague time"  # 'in recent years', 'held to date', 'hours after' left out
    # --
    if translated and kind in ("time", "attribution", "speaker"):
        return "style", "translation"
    if _agency(fact) or (kind in ("date", "place", "name") and _credit_line(fact, own_text)):
        return "style", "credit"  # '(APP - UrduPoint / Pakistan Point News - 4th Feb, 2025)'
    if kind in ("number", "money") and conversion(fact, own_text):
        return "style", "conversion"  # '7 kilometers (4.3 miles)' -> '7 km'
    if kind == "number" and fact.value.split(" ")[0] == "2" and not fact.text[:1].isdigit():
        return "style", "wording"  # the two sides = both = the countries
    if kind in ("place", "name") and status == "dropped":
        return "style", "detail left out"
    if kind == "place" and status == "introduced" and at_located_place(fact, own_text):
        return "style", "detail added"  # 'will be set up' -> 'will be set up in Russia'
    if kind == "place" and status == "introduced" and _owner_of(fact, own_text, original_text):
        return "style", "detail added"  # 'The Cabinet approved' -> 'Japan's Cabinet approved'
    if kind == "place" and status == "introduced" and _BASED.match(own_text or "", fact.end):
        return "style", "detail added"  # 'the vendor' -> 'the Japan-based vendor'
    if kind == "name" and status == "introduced" and _employer_of(fact, own_text, original_text):
        return "style", "speaker described"  # 'Tedros told' -> 'WHO chief Tedros told'
    if kind in ("place", "name") and _squashed(fact.text) in _squashed(original_text or ""):
        return "style", "same words"  # 'the Miyazaki airport' -> 'Miyazaki Airport'
    if kind == "name" and status == "introduced" and _named_in_full(fact, original_text):
        return "style", "full name"  # 'President Raisi' -> 'President Ebrahim Raisi'
    if kind == "name" and spelt_out(fact, republication_text, original_text):
        return "style", "abbreviation"  # 'IAEA chief' -> 'International Atomic Energy Agency'
    if fact.value.startswith("name" + PORTFOLIO):
        return "style", "detail added"  # 'the ministry' -> 'the Ministry of Commerce'
    if kind == "attribution":
        verb = fact.value.split(":")[-1]
        if verb == "byline" or (status == "dropped" and _outlet_credit(fact, original_text)):
            return "style", "credit"  # a byline added or dropped; 'ARY News کے مطابق' dropped
        if status == "introduced" and verb in LOADED:
            return "drift", "loaded verb"
        if status == "introduced" and _agency_says(fact, republication_text, republication_lang):
            return "style", "credit"  # '..., сообщает ТАСС', '..., Xinhua reported'
        if status == "introduced":  # 'X issued an advisory' -> 'X reported that quakes struck'
            spliced = source_added and verb == "say" and not SOURCE_CUES.search(original_text or "")
            return ("drift", "source spliced in") if spliced else (
                "style", "attribution added")
        if speaker_dropped:
            return "style", "with its speaker"
        if status == "dropped" and _subject_kept(fact, original_text, republication_text):
            return "style", "source kept"
        return "drift", "source dropped"
    if kind == "speaker":
        if status == "introduced":
            return "style", "source added"
        if _outlet_credit(fact, original_text):
            return "style", "credit"
        if _quote_tag(fact, original_text) and _QUOTE_MARK.search(republication_text or ""):
            return "style", "quote tag cut"  # '"I won," said Zhanle.' -> '"I won."'
        if _listener(fact, republication_text, republication_lang):
            return "drift", "speaker inverted"
        if _self_report(fact, original_text, republication_text):
            return "style", "self-report"  # 'Toyota sold 10.8 million vehicles, it said'
        if fact.value.startswith("speaker:pronoun") and verb_kept:
            return "style", "pronoun"  # 'Yoon attended ..., during which he rejected all
            # charges' -> 'Yoon attended ..., denying all allegations': the verb keeps its
            # subject
        if speaker_kept:
            return "style", "inner source kept"  # 'According to NHK, the police chief
            # reported' -> 'The police chief reported': the claim is still the chief's
        if _phrase_kept(fact, original_text, republication_text):
            return "style", "source kept"  # '... NHK public television said' -> 'reports
            # from NHK public television indicate'
        name = _plain(fact.value.split(":", 1)[-1])
        if not fact.value.startswith(("speaker:pronoun", "speaker:role")) and (
            name in _plain(republication_text or "")  # 'Mevlut' / 'Mevlüt'
        ):
            return "style", "speaker named elsewhere"
        return "drift", "source dropped"
    return "drift", f"{kind} {status}"


_FIGURES = FIGURE_KINDS | {"ordinal"}
_ONE_AGO = re.compile(r"^before:1 (day|week|month|year)$")


def unexplained_details(
    links: tuple[Link, ...], original: Article, republication: Article
) -> tuple[Link, ...]:
    """The last reading: a figure, date or relative time the copy brings into a sentence,
    or a figure it leaves out, that no closer reading made drift (its reason is still the
    bare 'number introduced'): the wire's claim stands, told with more or with less. On
    the blind real-pair batches such reports were real about one time in ten, and no
    added relative time was. A hedged figure left out stays drift: what goes is usually
    the hedge ('at least one person' -> 'one person', where a bare 'one' is no figure)."""
    from xlate.matching.facts.nearby import facts_by_status

    def read(check: FactCheck, facts: dict[tuple[str, str], Fact]) -> FactCheck:
        if check.severity != "drift" or check.reason != f"{check.kind} {check.status}":
            return check
        if check.status == "introduced" and check.kind in _FIGURES | {"date", "time"}:
            return replace(check, severity="style", reason="detail added")
        if check.status == "dropped" and check.kind in _FIGURES:
            fact = facts.get(("dropped", check.original or ""))
            if not (fact and (figure := magnitude(fact)) and figure[2]):
                return replace(check, severity="style", reason="figure left out")
        return check

    out = []
    for link in links:
        if link.facts and link.original and link.republication:
            facts = facts_by_status(link, original, republication)
            link = replace(link, facts=tuple(read(f, facts) for f in link.facts))
        out.append(link)
    return tuple(out)


def _list_point(fact: Fact, text: str | None) -> bool:
    """An ordinal that numbers a point of a list at the start of a sentence or clause
    ('Third, ...', '第三是 ...', '第四 ...', 'В-третьих, ...'): the list's layout, not a fact."""
    if not text or fact.start < 0:
        return False
    before, after = text[:fact.start].rstrip(), text[fact.end:fact.end + 1]
    opens = not before or before[-1] in "。.;；:：，,\"“۔،" or before.lower().endswith("в-")
    return opens and (
        fact.text.endswith("是") or after in ("是", ",", "，", "،")
        or (after.isspace() and bool(HAN.search(fact.text)))
    )


def _plain(text: str) -> str:
    """Lower case without diacritics, Chinese in simplified characters."""
    return unmarked(simplified(text).lower())


def _subject_kept(verb: Fact, text: str | None, other: str | None) -> bool:
    """The words just before a dropped reporting verb (its subject: 'NHK public television
    said', 'the army said') still stand in the other sentence ('reports from NHK public
    television indicate'): the claim keeps its source."""
    if not text or not other:
        return False
    subject, plain = [_plain(w) for w in subject_words(verb, text)], _plain(other)
    if ACCORDING.fullmatch(verb.text):  # the whole object: 'according to the Civil Defense'
        return bool(subject) and all(w in plain for w in subject)
    return bool(subject) and subject[-1] in plain  # 'Фёдоров' / 'Федоров'


_CREDIT_OPEN = re.compile(r"\((?=[^()]*[A-Z][\w-]*[^()]*$)[^()]*$")


def _credit_line(fact: Fact, text: str | None) -> bool:
    """Whether a date, place or name stands in the bracketed credit opening a story
    ('ISLAMABAD, (UrduPoint / Pakistan Point News - 29th May, 2024) Pakistan's exports
    ...'): a bracket opened in the first 60 characters, with a capitalised name before
    the fact."""
    if not text or fact.start < 0:
        return False
    m = _CREDIT_OPEN.search(text[: fact.start])
    return m is not None and m.start() < 60


def _outlet_credit(source: Fact, text: str | None) -> bool:
    """Whether a speaker, or the subject of a reporting verb, is a news outlet by its name
    ('ARY News', 'Geo News', 'РИА Новости'): its credit, like an agency's, is provenance."""
    if source.kind == "speaker":
        words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", source.text)]
    else:
        words = subject_words(source, text or "")
    return bool(words) and words[-1] in _OUTLET_NAMES


_OUTLET_NAMES = frozenset(
    w.lower() for lang in LANGS for w in _load(lang, "attribution")["outlet_names"]
)


def subject_words(verb: Fact, text: str) -> list[str]:
    """Up to three words just before a reporting verb (after a preposition: 'according to
    the USGS'), lowercased, articles and auxiliaries left out: its subject ('NHK public
    television said', 'Islamabad says'); in Chinese, the last two characters before it."""
    if verb.start < 0:
        return []
    if ACCORDING.fullmatch(verb.text):  # 'according to the USGS': the source follows
        after = re.split(r"[,;:!?()]|(?<!\b[A-Z])\.(?:\s|$)", text[verb.end:verb.end + 50])[0]
        words = re.findall(r"[^\W\d_]{2,}", after)[:4]
    else:
        words = re.findall(r"[^\W\d_]{2,}", text[max(0, verb.start - 40):verb.start])[-3:]
        if words and HAN.match(words[-1][-1]):
            words[-1] = words[-1][-2:]  # '...研究员王大燕表示': the name's end, '大燕'
    return [w.lower() for w in words if w.lower() not in _NOT_SUBJECT]


def _phrase_kept(speaker: Fact, text: str | None, other: str | None) -> bool:
    """A dropped speaker's phrase of two words or more ('NHK public television', 'the
    Foreign Ministry') still stands in the other sentence, in that order or in another
    ('ministry officials said' -> 'Officials from the Ministry of Agriculture attributed'):
    the claim keeps its source."""
    if not text or not other or speaker.start < 0:
        return False
    head = re.split(r"[^\w\s'’-]", text[max(0, speaker.start - 30):speaker.end])[-1]
    words = re.findall(r"[\w'-]+", head.replace("’", "'"))
    while words and words[0].lower() in _NOT_SUBJECT:
        words.pop(0)
    if len(words) < 2:
        return False
    other = other.replace("’", "'")
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", other, re.I) for w in words)


_NOT_SUBJECT = frozenset(
    ["the", "a", "an", "of", "and", "has", "have", "had", "also", "was", "were", "is", "are",
     "it", "its"]
)


def _changed(
    a: Fact, b: Fact, a_text: str | None, b_text: str | None
) -> tuple[Severity, str]:
    kind = a.kind
    if _agency(a) or _agency(b):
        return "style", "credit"
    if kind in ("name", "speaker") and (_glossed(a.text, b.text, b_text) or _glossed(
        b.text, a.text, a_text
    )):
        return "style", "abbreviation"  # 'ASEAN' -> 'Association of Southeast Asian Nations
        # (ASEAN)': the copy gives both forms
    if kind == "attribution":
        va, vb = a.value.split(":")[-1], b.value.split(":")[-1]
        if vb == "byline" and va != "byline":  # '据地震局消息' -> '(记者 应江洪 新疆报道)'
            return "drift", "source replaced by reporter"
        if "byline" in (va, vb):
            return "style", "credit"  # the reporter's byline -> 'according to Xinhua'
        if va in _DISPUTED and vb in _DISPUTED:
            return "style", "disputed either way"  # 'allegedly gave' / 'allegations that'
        if va in LOADED or vb in LOADED:
            return "drift", "loaded verb"
        return "style", "neutral verb"
    if kind == "speaker":
        pronouns = [v.startswith("speaker:pronoun") for v in (a.value, b.value)]
        if all(pronouns) and a.value.count(":") == b.value.count(":") == 2:
            return "drift", "speaker"  # she said -> he said
        if any(pronouns):
            return "style", "pronoun"
        outlet = [_outlet(a, a_text), _outlet(b, b_text)]
        person = [f.value == "speaker:role:person" or not f.value.startswith("speaker:role")
                  for f in (a, b)]
        if any(outlet) and not all(outlet) and person[outlet.index(False)]:
            return "drift", "speaker"  # 'the news agency said' -> 'the Vice President confirmed'
        if a.value.startswith("speaker:role") or b.value.startswith("speaker:role"):
            return "style", "speaker described"
        return "drift", "speaker"
    # -- clock times (dates.py): '10:44 p.m.' -> '1344 GMT' is the same moment in another zone
    if a.value.startswith(CLOCK) and b.value.startswith(CLOCK) and (
        a.value.endswith(" GMT") != b.value.endswith(" GMT")
    ):
        return "style", "time zone"
    # --
    days = {a.value, b.value}
    if kind == "time" and days & RELATIVE_DAYS and any(v.startswith("weekday:") for v in days):
        return "style", "weekday as relative day"  # 'said Friday' in the next day's paper
    if kind == "time" and len({_ONE_AGO.sub(r"\1:-1", v) for v in days}) == 1:
        return "style", "wording"  # 'last year' / 'a year ago', 去年 / 一年前
    if kind in ("number", "money", "percent") and (
        rounded(a, b) or hedged_measure(a, b) or within_bound(a, b) or within_bound(b, a)
        or hedge_resolved(a, b)
    ):
        return "style", "approximation"
    if round_equal(a, b):
        return "style", "rounding"
    if kind in ("number", "money") and conversion(a, a_text) and conversion(b, b_text) and (
        near(a, b)
    ):
        return "style", "conversion"  # '30 million won ($27,000)' -> '30 million won ($27,400)'
    if kind in ("place", "name") and (bare := bare_place(a.text)) and bare == bare_place(b.text):
        return "style", "administrative word"  # 'Isahaya City' / 'Isahaya', 武汉市 / 武汉
    if kind in ("place", "name") and _names(a.text, b_text) and _names(b.text, a_text):
        return "style", "named on both sides"  # 'in Pazarcik district' / 'the Pazarcik district'
    if kind == "place" and _opens(a.text, b.text):
        return "style", "place told longer"  # 'won in Cincinnati' / 'the Cincinnati Open'
    if kind in ("place", "name", "speaker") and (
        a.value != b.value and (seat(a.value) == b.value or seat(b.value) == a.value)
    ) and not (at_located_place(a, a_text) or at_located_place(b, b_text)):
        return "style", "metonymy"
    return "drift", kind


def _glossed(name: str, other: str, text: str | None) -> bool:
    """Whether `text` gives `other` with `name` in brackets, or `name` with `other`."""
    if not text:
        return False
    a, b = re.escape(name), re.escape(other)
    return bool(re.search(rf"{b}\s*[(（]\s*{a}\s*[)）]|{a}\s*[(（]\s*{b}\s*[)）]", text))


def spelt_out(name: Fact, text: str | None, other: str | None) -> bool:
    """Whether `other` has `name` (a fact of `text`) as its acronym: the initials of its
    words, with or without 'of', 'and' and the like, the lower-case words after it too
    ('IAEA' for 'International Atomic Energy Agency', 'ОДКБ' for 'Организации Договора о
    коллективной безопасности')."""
    if not text or not other or name.start < 0:
        return False
    after = re.match(r"(?:\s+[^\W\d_]+){0,4}", text[name.end:])
    words = re.findall(r"[^\W\d_]+", name.text + (after.group() if after else ""))
    acronyms = {
        w for w in re.findall(r"(?<!\w)[^\W\d_a-zа-яё]{2,}(?!\w)", other)
        if len(w) <= len(words)
    }
    own = len(re.findall(r"[^\W\d_]+", name.text))
    for n in range(max(2, own), len(words) + 1):
        initials = (
            "".join(w[0] for w in words[:n]).upper(),
            "".join(w[0] for w in words[:n] if w.lower() not in _CONNECTORS).upper(),
        )
        if acronyms.intersection(initials):
            return True
    return False


_CONNECTORS = wordset("of the for and on in de и о по при")


def _quote_tag(speaker: Fact, text: str | None) -> bool:
    """Whether `speaker` tags a direct quote: it stands right after the closing quote mark,
    or after a comma and a dash in a sentence that opens a quote, with at most a reporting
    verb and an article between ('," said Zhanle', '», – сказал Мурашко', '"Я ..., -
    сказала она', '”他说', '“، انہوں نے کہا'). On the read real pairs a copy that cut such
    a tag kept the words as a quote the paragraph attributes: none of 25 was drift. The
    caller asks the copy to keep quotation marks: words without them are nobody's."""
    if not text or speaker.start < 0:
        return False
    before = text[max(0, speaker.start - 40):speaker.start]
    return bool(_TAG_BEFORE.search(before)) or (
        text.lstrip()[:1] in _OPENING and bool(_DASH_TAG_BEFORE.search(before))
    )


_TAG_BEFORE = re.compile(r"[”“\"»」』’]\s*[,،，]?\s*[-–—]?\s*(?:[^\W\d]+\s+){0,2}$")
_DASH_TAG_BEFORE = re.compile(r"[,،，]\s*[-–—]\s*(?:[^\W\d]+\s+){0,2}$")  # '"Я ..., - сказала'
_OPENING = frozenset("\"“”«„「『‘")
_QUOTE_MARK = re.compile("[\"“”«»„「」『』]")


def _names(name: str, text: str | None) -> bool:
    """Whether `text` holds `name` as whole words (case aside; any substring in Chinese)."""
    if not text:
        return False
    if HAN.search(name):
        return name in text
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def _outlet(speaker: Fact, text: str | None) -> bool:
    """Whether `speaker` is a news outlet: a media role ('state media', '通讯社') or a name
    a media word stands beside ('NHK public television', 'Tasnim news agency')."""
    if speaker.value == "speaker:role:media":
        return True
    if speaker.value.startswith("speaker:role") or not text or speaker.start < 0:
        return False
    after = _WORDS_AFTER.match(text, speaker.end)
    before = _WORDS_BEFORE.search(text[max(0, speaker.start - 30):speaker.start])
    around = " ".join(m.group() for m in (before, after) if m)
    return any(media.search(around) for media in MEDIA.values())


# The words that touch a name, up to a punctuation mark: 'NHK public television', 'Tasnim
# news agency', 'broadcaster NHK'; not 'Kolivand, in an interview to Tasnim news agency'.
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){1,2}$")


def _listener(fact: Fact, other_text: str | None, lang: str | None) -> bool:
    """'police told her' -> 'she told police': the source of the words is now the one
    they were told to (the `listener` pattern of the language's attribution table)."""
    if not other_text or not lang:
        return False
    return any(listener(other_text, m.start(), m.end(), base_lang(lang))
               for m in re.finditer(re.escape(fact.text), other_text, re.IGNORECASE))


def _agency_says(verb: Fact, text: str | None, lang: str | None) -> bool:
    """Whether a reporting verb's subject, before or after it, is a news agency."""
    from xlate.matching.facts.extract import extract_facts

    if not text or verb.start < 0:
        return False
    start = max(0, verb.start - 30)
    return any(
        _agency(f) and (f.end <= verb.start - start or f.start >= verb.end - start)
        for f in extract_facts(text[start:verb.end + 30], lang or "en")
    )


def _agency(fact: Fact) -> bool:
    """A news agency named or speaking: its credit is provenance, not a fact of the story."""
    return fact.value in _AGENCIES or "name:" + fact.value.split(":", 1)[-1] in _AGENCIES


_DISPUTED = frozenset({"claim", "insist", "accuse"})
"""Verb classes that each tell the reader a claim is disputed ('allegedly gave' /
'allegations that ... gave', 'claimed' / 'insisted')."""


def _named_in_full(name: Fact, original: str | None) -> bool:
    """A name of two or more words whose last word the original gives alone ('Raisi' /
    'Ebrahim Raisi'): the copy tells the name in full."""
    words = name.text.split()
    last = words[-1] if len(words) >= 2 else ""
    return len(last) >= 3 and last[:1].isupper() and original is not None and re.search(
        rf"(?<!\w){re.escape(last)}(?!\w)", original) is not None


def _squashed(text: str) -> str:
    """`text` in lower case without spaces: 'Lok Virsa' is in 'LokVirsa'."""
    return re.sub(r"\s+", "", text.lower())


def _self_report(speaker: Fact, text: str | None, other: str | None) -> bool:
    """Whether `speaker` (dropped) is an organisation telling of itself: 'it' after the
    subject the copy keeps ('Toyota Motor sold ..., it said'), or a name followed by
    'said it' ('Toyota said it would recall'): the copy states the company's own news."""
    if not text or not other or speaker.start < 0:
        return False
    if speaker.text.lower() == "it":
        subject = _SUBJECT.match(text, dateline_end(text))
        if subject is None:
            return False
        words = subject.group(1).split()  # a singular name: not 'The', not 'Exports'
        plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "us"))
        return words[0] not in STOP_CAPS and not plural and _names(subject.group(1), other)
    return _SAID_IT.match(text, speaker.end) is not None


_SUBJECT = re.compile(r"\s*([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)")
_SAID_IT = re.compile(r"\s+(?:said|says|announced|reported|stated)\s+(?:that\s+)?it\b")


def _owner_of(fact: Fact, text: str | None, other: str | None) -> bool:
    """Whether `fact` (a place) owns a word the other sentence has without it ('Japan's
    Cabinet' for 'The Cabinet')."""
    return _word_after(fact, text, other, _OWNED, re.I)


_OWNED = re.compile(r"[’'\"]s\s+([^\W\d_]{3,})")
_BASED = re.compile(r"[-‐–]based\b")


def _employer_of(fact: Fact, text: str | None, other: str | None) -> bool:
    """Whether `fact` (a name) stands before a title and a person the other sentence names
    ('WHO chief Tedros' for 'Tedros'): the copy says whom the speaker works for."""
    return _word_after(fact, text, other, _TITLED)


def _word_after(
    fact: Fact, text: str | None, other: str | None, after: re.Pattern[str], flags: int = 0
) -> bool:
    """Whether `after` matches right after `fact` in `text` and its word (group 1) stands
    in `other`."""
    if not text or not other or fact.start < 0:
        return False
    found = after.match(text, fact.end)
    return found is not None and re.search(
        rf"(?<!\w){re.escape(found.group(1))}(?!\w)", other, flags) is not None


_TITLED = re.compile(
    r"\s+(?:chief|head|boss|leader|secretary-general|spokesperson|spokesman|spokeswoman|"
    r"director|director-general|president|chairman|minister)\s+([A-Z][^\W\d_]{2,})"
)


def at_located_place(fact: Fact, text: str | None) -> bool:
    """Whether `fact` (a place) is where something happens in `text` ('in China')."""
    return bool(text) and locative(text or "", fact.start, fact.end)


def _opens(a: str, b: str) -> bool:
    """Whether one of two places is the other's first words, the rest capitalised: a thing
    named after the place or a part of it ('Cincinnati' / 'Cincinnati Open', 'Taiwan' /
    'Taiwan Strait'). English names (Russian case endings and unspaced Chinese aside)."""
    short, long = sorted((a.split(), b.split()), key=len)
    rest = long[len(short):]
    return bool(rest) and long[:len(short)] == short and all(w[:1].isupper() for w in rest)
