"""Dateline forms met in real copies (IANS, ANI with a state in brackets too, CNS without a
place, a US city with its state: "Chattanooga, TN –", a Chinese outlet's tag with no date:
"本报讯", "青海新闻网讯", an Urdu outlet crediting itself: "دوحہ (ڈیلی پاکستان آن لائن)", a
byline before the dateline: "by Chrispinus Omar NAIROBI, April 10 (Xinhua) --")
and a dateline a copy adds over another outlet's story (issue 7's blind pairs 71-75)."""

from __future__ import annotations

import pytest

from tests.test_fact_drift import _pair as _drift
from xlate.text.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "date", "agency"),
    [
        ("Islamabad, Oct 29 (IANS) At least 17 were killed.", "Islamabad", "--10-29", "IANS"),
        ("Khyber Pakhtunkhwa [Pakistan], July 2 (ANI): A bomb killed five people.",
         "Khyber Pakhtunkhwa", "--07-02", "ANI"),
        ("Kharagpur (West Bengal) [India], July 25 (ANI): Researchers at IIT built a test.",
         "Kharagpur", "--07-25", "ANI"),
        ("中新網5月11日電 據新疆地震局消息,新疆發生5.5級地震。", "", "--05-11",
         "China News Service"),
        ("NEW DELHI: Neeraj Chopra won the title.", "New Delhi", None, None),
        ("LA PAZ: Bolivia won the match.", "La Paz", None, None),
        ("اسلام آباد(آئی این پی)چیئرمین ہائر ایجوکیشن کمیشن کی تقرری کی سمری بھجوا دی گئی۔",
         "اسلام آباد", None, "INP"),
        ("لاہور (این این آئی) پنجاب حکومت نے نیا منصوبہ شروع کر دیا۔", "لاہور", None, "NNI"),
        ("دوحہ (ڈیلی پاکستان آن لائن) محمد آصف فائنل میں پہنچ گئے ہیں۔", "دوحہ", None, None),
        ("by Chrispinus Omar NAIROBI, April 10 (Xinhua) -- Kenya's tourism earnings grew.",
         "Nairobi", "--04-10", "Xinhua"),
        ("Chattanooga, TN – Gov. Lee signed the bill on Monday.", "Chattanooga, TN", None, None),
        ("Nashville, Tenn. — Governor Bill Lee has signed a bill.", "Nashville, Tenn.", None,
         None),
        ("青海新闻网·大美青海客户端讯 一场瑞雪为北京增添了冰雪氛围。", "", None,
         "青海新闻网·大美青海客户端"),
        ("央视网消息:国家统计局今天发布数据。", "", None, "CGTN"),
        ("本报讯 昨天下午,市政府召开会议。", "", None, None),
        ("【新华社马尼拉11月12日电】当地时间12日下午,李克强抵达。", "马尼拉", "--11-12", "Xinhua"),
    ],
)
def test_dateline_forms(text: str, place: str, date: str | None, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.date, found.agency) == (place, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad, Oct 29 (IANS) officials said.",  # no capital after the bracket
        "The talks in Islamabad, Oct 29 (IANS) went well.",
        "昨天5月11日有地震。",
        "TOP NEWS: The ministry said exports rose.",  # a kicker, no place
        "Washington, DC-based groups said the bill was unfair.",  # no dateline
        "网络消息称,某地发生地震。",  # news on the net, no outlet's tag
        "台湾地区消息人士称,会谈取消。",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en",
         ["Nine people were hurt when a van fell into a ravine, rescue officials said.",
          "The injured were taken to hospital."],
         ["Quetta, July 22 (ANI): Nine people were hurt when a van fell into a ravine, rescue "
          "officials said, Dawn reported.", "The injured were taken to hospital."]),
        ("ru",
         ["Девять человек пострадали при падении автобуса в ущелье.",
          "Пострадавших доставили в больницу."],
         ["КВЕТТА, 22 июля. Девять человек пострадали при падении автобуса в ущелье, "
          "сообщает Dawn.", "Пострадавших доставили в больницу."]),
        ("zh",
         ["九人在客车坠入山谷时受伤。", "伤者已被送往医院。"],
         ["新华社奎达7月22日电 据《黎明报》报道,九人在客车坠入山谷时受伤。", "伤者已被送往医院。"]),
    ],
)
def test_dateline_added_over_another_outlets_story_is_drift(
    lang: str, original: list[str], republication: list[str]
) -> None:
    found = _drift(original, republication, lang)
    assert [(f.kind, f.status, f.reason) for f in found] == [
        ("place", "introduced", "dateline over another outlet's story")
    ], found


def test_dateline_added_by_a_copy_that_keeps_the_originals_credit_is_style() -> None:
    original = ["Nine people were hurt when a van fell into a ravine, Dawn reported.",
                "The injured were taken to hospital."]
    republication = ["QUETTA: Nine people were hurt when a van fell into a ravine, Dawn "
                     "reported.", "The injured were taken to hospital."]
    assert _drift(original, republication, "en") == []
    # A place, not an outlet: "..., China reported" credits no paper.
    assert _drift(
        ["Industrial output rose 9.2 percent in May, China reported."],
        ["BEIJING: Industrial output rose 9.2 percent in May, China reported."],
        "en",
    ) == []


def test_an_outlets_tag_a_copy_adds_is_no_place_added() -> None:
    from xlate.matching.compare import compare
    from xlate.model import Article

    original = "虎年第一场瑞雪,为北京这座双奥之城增添了浓厚的冰雪氛围。"
    copy = "青海新闻网·大美青海客户端讯 一场瑞雪为北京这座双奥之城,增添了浓厚的冰雪氛围。"
    report = compare(Article.from_sentences([[original]], lang="zh"),
                     Article.from_sentences([[copy]], lang="zh"))
    assert not [f for link in report.links for f in link.facts if f.severity == "drift"]
