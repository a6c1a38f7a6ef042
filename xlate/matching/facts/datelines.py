"""Datelines ('BEIJING, Aug 21 (Xinhua) --', 'ISLAMABAD:', 'ٹوکیو(پاکستان نیوز)'): their
facts, and the checks that look past one link: a dateline moved to another sentence, and
one added that names a place the story is not about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from xlate.matching.facts.common import seat
from xlate.matching.facts.entities import countries, name_key
from xlate.model import Article, Fact, FactCheck, Link
from xlate.text.boilerplate import agency_name
from xlate.text.hanzi import HAN, simplified


def moved_dateline(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """Datelines in sentences that do not share a link (the wire's first sentence cut, its
    dateline put on another): compared all the same, a different place is drift."""
    found = [first_dateline(original), first_dateline(republication)]
    if found[0] is None or found[1] is None:
        return tuple(links)
    (i, o_place), (j, r_place) = found[0], found[1]
    out = list(links)
    for n, link in enumerate(out):
        if j not in link.republication:
            continue
        if i in link.original or not link.original or o_place.value == r_place.value:
            break
        facts = [
            f for f in link.facts
            if not (f.reason == "dateline" and f.republication == r_place.text)
        ]
        check = FactCheck("place", o_place.text, r_place.text, "changed", "drift", "dateline")
        out[n] = replace(link, facts=(check, *facts))
        break
    return tuple(out)


_PLACE_LEAD = re.compile(r"([^\W\d][\w .'-]{1,30}?)\s*(?::|—|–|--)\s")
_COMMA = re.compile(r",\s*")
_CREDIT_LINE = re.compile(
    r"(?P<agency>[A-Z][A-Za-z]{1,9}),\s+(?P<place>[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})"
    r"(?:,\s*[\w :]{0,30}){0,2},?"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-ZА-ЯЁ]")


def first_dateline(article: Article) -> tuple[int, Fact] | None:
    """The first of the opening sentences that starts with a dateline, and its place."""
    for sentence in article.sentences[:3]:
        facts, end = dateline_facts(sentence.text, article.lang)
        if end:
            return sentence.id, facts[0]
    return None


def dateline_facts(text: str, lang: str) -> tuple[list[Fact], int]:
    """The facts of `text` and where a dateline opening it ends (0: none). The dateline's
    place is a fact even when the gazetteer does not know it (RAMALLAH, West Bank)."""
    from xlate.matching.facts import extract_facts
    from xlate.text.datelines import find_dateline

    facts = extract_facts(text, lang) if text else []
    found = find_dateline(text) if text else None
    if found is None:
        # 'Beijing: Chinese President ...': a known place opening the text before a colon;
        # 'Seoul, Jan 15 South Korea's ...': a place and a date, the dash lost in capture.
        lead = _PLACE_LEAD.match(text)
        if facts and facts[0].kind == "place" and facts[0].start == 0 and lead and (
            lead.end(1) == facts[0].end
        ):
            return facts, lead.end()
        if len(facts) > 1 and facts[0].kind == "place" and facts[0].start == 0 and (
            facts[1].kind == "date" and _COMMA.fullmatch(text, facts[0].end, facts[1].start)
            and _CAPITAL_NEXT.match(text, facts[1].end)
        ):
            return facts, facts[1].end
        # A credit line of its own, agency first ('PTI, Bhopal,', 'PTI, Panaji, Oct 23 2021,
        # 15:37 ist'), as some Indian papers print the wire's dateline.
        line = _CREDIT_LINE.fullmatch(text.strip())
        if line and agency_name(line["agency"]):
            place = _place(line["place"], text.find(line["place"]), lang)
            return [place, *(f for f in facts if f.kind in ("date", "time"))], len(text)
        return facts, 0
    end = len(found.text)
    surface = re.split(r"[,(/،\[]|\s[-—–]", found.text, maxsplit=1)[0].strip(" :-—–")
    if not surface or not found.place:  # 'Oct 23 (Reuters) -': a date and a credit only
        return facts, end
    start = 0
    if HAN.search(found.place):  # 新华社酒泉8月24日电: the place inside the agency's line
        start = max(0, simplified(found.text).find(simplified(found.place)))
        surface = found.text[start:start + len(found.place)]
    place = _place(surface, start, lang)
    head = [f for f in facts if f.start < end and f.kind != "place"]
    return [place, *head, *(f for f in facts if f.start >= end)], end  # the place first


def _place(surface: str, start: int, lang: str) -> Fact:
    """A dateline's place at `start`: the gazetteer's value, else its own words valued as
    any unknown name is (`entities.name_key`)."""
    from xlate.matching.facts import extract_facts

    known = [f.value for f in extract_facts(surface, lang) if f.kind == "place"]
    value = known[0] if known else "place:" + name_key(simplified(surface))
    return Fact("place", surface, value, start, start + len(surface))


# A copy crediting its story to a news outlet: "..., Dawn reported.", "..., сообщает Dawn",
# "据《明报》报道".
_OUTLET_CREDIT = (
    re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+reported\b"),
    re.compile(
        r",\s+(?:сообщает|сообщило|сообщила|передает|передаёт|пишет)\s+"
        r"(?P<name>[«\"]?[A-ZА-ЯЁ][\w«»\" -]{1,40}?)(?=[.,]|$)"
    ),
    re.compile(r"据(?P<name>《[^》]{1,20}》|[\u4e00-\u9fff]{2,8}(?:社|网|报|台))报道"),
)


def new_outlet_credit(
    links: Sequence[Link], original: Article, republication: Article
) -> str | None:
    """A news outlet the copy credits its story to in a sentence whose original (if any)
    does not name it, and that is not a known place; None when there is none."""
    from xlate.matching.facts import extract_facts

    source = {j: link.original for link in links for j in link.republication}
    for sentence in republication.sentences:
        for pattern in _OUTLET_CREDIT:
            m = pattern.search(sentence.text)
            if m is None:
                continue
            name = m["name"].strip("«»\"《》 ")
            places = [f for f in extract_facts(name, republication.lang) if f.kind == "place"]
            if not name or (places and places[0].start == 0 and places[0].end == len(name)):
                continue
            if not any(name in original.sentences[i].text for i in source.get(sentence.id, ())):
                return name
    return None


def foreign_dateline(
    links: Sequence[Link], original: Article, republication: Article
) -> tuple[Link, ...]:
    """A dateline the copy adds to a story that had none is style when it names where the
    story happened, drift when neither its place nor that place's country (the capitals of
    the `metonymy` table) occurs anywhere in the original, nor the country in the copy:
    'TOKYO:' on a story about Pakistan's exports says it was filed from somewhere it was
    not; a story that names no country may have been filed anywhere ('NEW DELHI:' over the
    CBSE's results, 'LONDON (Reuters)' over a malaria report). It is drift too when
    the copy credits the story to a news outlet the original does not name ("Gilgit
    Baltistan, July 22 (ANI): ... Dawn reported."): the dateline claims a filing that was
    another paper's. A place whose country is not known is left as style."""
    found = first_dateline(republication)
    if found is None or first_dateline(original) is not None:
        return tuple(links)
    j, place = found
    if new_outlet_credit(links, original, republication) is not None:
        return _dateline_drift(links, j, place.text, "dateline over another outlet's story")
    country = seat(place.value)
    if country == place.value:
        return tuple(links)
    from xlate.matching.facts import extract_facts

    story = {f.value for s in original.sentences for f in extract_facts(s.text, original.lang)}
    if place.value in story or country in story or any(  # 'TOKYO — Japan's Cabinet ...'
        f.value == country for s in republication.sentences
        for f in extract_facts(s.text, republication.lang)
    ) or not story & countries():
        return tuple(links)
    return _dateline_drift(links, j, place.text, "dateline not in the story")


def _dateline_drift(
    links: Sequence[Link], j: int, text: str | None, reason: str
) -> tuple[Link, ...]:
    """The dateline facts the copy's sentence `j` introduces (only `text`, if given) made drift."""
    out = list(links)
    for n, link in enumerate(out):
        if j in link.republication and link.original:
            facts = tuple(
                replace(f, severity="drift", reason=reason)
                if f.reason == "dateline" and f.status == "introduced"
                and (text is None or f.republication == text) else f
                for f in link.facts
            )
            out[n] = replace(link, facts=facts)
    return tuple(out)
