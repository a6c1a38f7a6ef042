"""Datelines opening a story in en, zh, ru and ur: "BEIJING, Aug 21 (Xinhua) --",
"新华社北京9月2日电", "МОСКВА, 2 сентября. /ТАСС/.", "اسلام آباد (اے پی پی)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xlate.text.boilerplate import EN_MONTH, RU_MONTH, UR_MONTH, agency_name, find_date
from xlate.text.hanzi import simplified


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of the body: place, date (ISO or `--MM-DD`), agency."""

    text: str
    place: str
    date: str | None
    agency: str | None


_DASH = r"(?:—|–|--|-|:)"
_EN_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}(?:,\s+[A-Z][A-Za-z.'’\-]*"
    r"(?:\s+[A-Z][A-Za-z.'’\-]*){0,2})?)(?:\s*\([^()]{1,30}\))?(?:\s*\[[^\[\]]{1,30}\])?,\s+"
    rf"(?P<date>{EN_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{EN_MONTH}(?:,?\s*\d{{4}})?)"
    rf"(?:\s*(?:\((?P<agency>[^()]{{1,60}})\))?\s*{_DASH}|\.\s*/(?P<agency3>[^/]{{1,40}})/\.?"
    r"|\s*\((?P<agency4>[^()]{1,60})\)(?=\s+[A-Z\"“‘']))\s*"
)
# ANI's "Khyber Pakhtunkhwa [Pakistan], July 2 (ANI):", "Kharagpur (West Bengal) [India], July
# 25 (ANI):" and IANS's "Islamabad, Oct 29 (IANS) At least ...": a state in brackets and a
# country in square brackets after the place; the agency in brackets with no dash.
# "ISLAMABAD:", "ISLAMABAD -": a place in capitals alone; not a kicker like "BREAKING:".
_EN_CAPS_DATELINE = re.compile(
    r"(?!(?:BREAKING|UPDATE|UPDATED|WATCH|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|PHOTOS|VIDEO"
    r"|LIVE|FACTBOX|EXPLAINER|NOTE)\b)"
    r"(?P<place>(?:[A-Z]{4,}|(?:NEW|LOS|LAS|SAN|SAO|LA|EL|ST|ABU|DAR|TEL|HO)(?=[ -][A-Z]{2,}))"
    r"(?:[ -][A-Z]{2,}){0,2}"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
    r"\s*(?::|—|–|--|-)\s+(?=[A-Z\"“‘'])"
)
_ZH_DATELINE = re.compile(
    r"[【\[]?(?P<agency>新华社|中新社|中新网|本报|人民网|央视网|环球网|[\u4e00-\u9fff]{2,6}(?:社|网|报|台))"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)?\s*(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:电|讯|消息)"
    r"[】\]]?(?:\s*[（(][^）)]{1,40}[）)])?\s*"
)
# An outlet's tag with no place or date: "本报讯", "人民网讯", "青海新闻网·大美青海客户端讯",
# "央视网消息:".
_ZH_TAG = re.compile(
    r"(?P<agency>[\u4e00-\u9fff·]{0,16}?(?:网|报|台|社|客户端))(?P<place>)(?:讯|消息)\s*[:：]?\s*"
)
_RU_DATELINE = re.compile(
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё\-]*(?:[ -][А-ЯЁ][А-ЯЁа-яё\-]*){0,2}),\s*"
    rf"(?P<date>\d{{1,2}}\s+{RU_MONTH}(?:\s+\d{{4}}(?:\s*г(?:ода|\.)?)?)?)\s*"
    r"(?:\.\s*/(?P<agency>[^/]{1,40})/\.?|[.]?\s*[—–-]\s*(?P<agency2>[А-ЯЁA-Z][\w«» -]{0,30}?)\."
    r"|\.)\s*",
    re.I,
)
_UR_DATELINE = re.compile(
    r"(?P<place>[\u0600-\u06FF][\u0600-\u06FF /،,]{1,40}?)\s*"
    rf"(?:[۔،:\-–]?\s*(?P<date>(?:[\d۰-۹]{{1,2}}|یکم)\s*{UR_MONTH}(?:\s*[\d۰-۹]{{4}})?)\s*)?"
    r"[(（)](?P<agency>[^()（）]{1,50})[)）]\s*[۔:\-–]?\s*"
)
# Reuters' dateline without a place: "Oct 23 (Reuters) -".
_EN_DATE_DATELINE = re.compile(
    rf"(?P<place>)(?P<date>{EN_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*"
    rf"\((?P<agency>[^()]{{1,40}})\)\s*{_DASH}\s*"
)
# An English dateline without a date: "WASHINGTON (Reuters) -", capitals only.
_EN_AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,2}(?:,\s+[A-Z][A-Za-z.]+)?)\s*"
    rf"\((?P<agency>[^()]{{1,40}})\)\s*{_DASH}\s*"
)

# A US dateline in title case: "Chattanooga, TN –", "Nashville, Tenn. —" (postal codes and
# the AP's abbreviations; a dash with a space after it, not "DC-based").
_US_STATES = (
    r"Calif\.|Ariz\.|Colo\.|Conn\.|Mass\.|Mich\.|Minn\.|Miss\.|Mont\.|Okla\.|Tenn\.|Wash\."
    r"|W\.Va\.|Ala\.|Ark\.|Del\.|Fla\.|Ill\.|Ind\.|Kan\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\."
    r"|N\.Y\.|N\.C\.|N\.D\.|Ore\.|R\.I\.|S\.C\.|S\.D\.|Wis\.|Wyo\.|D\.C\.|Ga\.|Ky\.|La\."
    r"|Md\.|Mo\.|Pa\.|Vt\.|Va\.|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME"
    r"|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA"
    r"|WV|WI|WY|DC"
)
_EN_US_DATELINE = re.compile(
    rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+(?:{_US_STATES}))(?!\w)"
    r"\s*(?:—|–|--|-)\s+(?=[A-Z\"“‘'])"
)
_BYLINE = re.compile(r"[Bb]y\s+(?:[A-Z][\w.'-]*\s+){1,4}(?=[A-Z]{3,}\b)")
_UR_DESK = re.compile(r"ڈیسک|نیوز|نمائندہ|مانیٹرنگ|ایجنسی|رپورٹ|پورٹر|نگار|آن لائن|ڈیلی|روزنامہ")


_BYLINED = (_EN_DATELINE, _EN_AGENCY_DATELINE, _EN_CAPS_DATELINE)
"""The capitals datelines a byline may stand before."""


def find_dateline(paragraph: str) -> Dateline | None:
    """A dateline opening `paragraph` ("Beijing, September 2 —", "新华社北京9月2日电",
    "МОСКВА, 2 сентября. /ТАСС/.", "اسلام آباد (اے پی پی)"), or None."""
    patterns = (
        _EN_DATELINE, _EN_AGENCY_DATELINE, _EN_CAPS_DATELINE, _EN_DATE_DATELINE, _EN_US_DATELINE,
        _ZH_DATELINE, _ZH_TAG, _RU_DATELINE, _UR_DATELINE,
    )
    # Traditional characters read as simplified ("中新社北京11月15日電"); same offsets.
    folded = simplified(paragraph)
    byline = _BYLINE.match(folded)  # "by Chrispinus Omar NAIROBI, April 10 (Xinhua) --"
    for pattern in patterns:
        m = pattern.match(folded) or (
            pattern.match(folded, byline.end()) if byline and pattern in _BYLINED else None)
        if m is None or m.end() >= len(paragraph):
            continue
        groups = m.groupdict()
        place = (groups["place"] or "").strip()
        if place.isupper():
            place = place.title()
        agency_text = next(
            (groups[g] for g in ("agency", "agency2", "agency3", "agency4") if groups.get(g)), None
        )
        if pattern is _UR_DATELINE:
            # "(اے پی پی)", "(سپورٹس ڈیسک/اے ایف پی)", "(دنیا نیوز)", "(ڈیلی پاکستان آن
            # لائن)": an agency, a desk or the outlet;
            # any other bracket after a few words is not a dateline.
            credits = [c.strip() for c in re.split(r"[/،,]", agency_text or "") if c.strip()]
            known = [name for c in credits if (name := agency_name(c))]
            if not known and not any(_UR_DESK.search(c) for c in credits):
                continue
            agency_text = known[0] if known else None
        found = find_date((groups.get("date") or "").replace("یکم", "1").rstrip("."))
        agency = agency_name(agency_text) if agency_text else None
        if agency_text and agency is None and pattern in (_ZH_DATELINE, _ZH_TAG, _RU_DATELINE):
            # "本报" is "this newspaper": the outlet itself, not a credited source.
            agency = None if agency_text.strip() == "本报" else agency_text.strip()
        text = paragraph[: m.end()].strip()
        return Dateline(text, place, found.iso() if found else None, agency)
    return None


def dateline_end(paragraph: str) -> int:
    """Where a dateline opening `paragraph` ends (0: none)."""
    found = find_dateline(paragraph)
    return len(found.text) if found else 0
