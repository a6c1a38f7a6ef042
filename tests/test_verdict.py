"""The document verdict on real-page shapes: furniture, independent reports, paraphrase."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare
from xlate.matching.verdict import Evidence, VerdictThresholds, evidence, verdict
from xlate.model import Article, Link

# Per language: a short wire story (4 sentences) and the furniture a page adds around a
# copy of it: a headline with no full stop (printed twice), menus, counters, credits.
WIRES = {
    "en": (
        [
            "President Vladimir Putin said on Wednesday he would break off his meeting with "
            "the cabinet for a new event.",
            "\"A protocol event has come up in my schedule,\" the head of state told the "
            "ministers on the video call.",
            "After the agriculture minister spoke, the president announced a break of about "
            "fifteen minutes.",
            "The health minister and the industry minister were to report when the meeting "
            "resumed.",
        ],
        ["Putin breaks off cabinet meeting for a new event", "Read more", "Most read",
         "In the regions", "News", "Photo: Kremlin.ru"],
    ),
    "zh": (
        [
            "5月21日，外交部发言人毛宁主持例行记者会。",
            "有记者提问关于王毅外长将主持召开第三次中国—太平洋岛国外长会的消息。",
            "毛宁表示，中国与太平洋岛国是相互尊重、共同发展的全面战略伙伴。",
            "这是第三次召开中国—太平洋岛国外长会，也是首次在中国线下举办。",
        ],
        ["外交部发言人毛宁主持例行记者会", "阅读(6168)", "评论(18)", "发布于:上海市",
         "相关新闻", "责任编辑：王强"],
    ),
    "ru": (
        [
            "Президент России Владимир Путин заявил, что сделает перерыв в совещании с "
            "членами правительства из-за нового мероприятия.",
            "\"У меня в графике появилось протокольное мероприятие\", - сказал глава "
            "государства на совещании с кабмином.",
            "После выступления министра сельского хозяйства президент объявил перерыв "
            "минут на пятнадцать.",
            "Затем с докладами выступят глава Минздрава и глава Минпромторга.",
        ],
        ["Путин объявил перерыв в совещании с министрами", "Что еще почитать", "В регионах",
         "Новости", "Самое читаемое", "Источник: ТАСС"],
    ),
    "ur": (
        [
            "اسٹیٹ بینک آف پاکستان نے نئی مانیٹری پالیسی کا اعلان کر دیا۔",
            "گورنر اسٹیٹ بینک کی زیر صدارت مانیٹری پالیسی کمیٹی کا اجلاس ہوا۔",
            "اجلاس میں شرح سود اکیس فیصد پر برقرار رکھنے کا فیصلہ کیا گیا۔",
            "بینک کا کہنا تھا کہ آنے والے مہینوں میں مہنگائی کم ہونے کی توقع ہے۔",
        ],
        ["اسٹیٹ بینک نے شرح سود برقرار رکھی", "مزید پڑھیں", "تازہ ترین", "مقبول خبریں",
         "کاروبار", "ویب ڈیسک"],
    ),
}


def _article(sentences: list[str], lang: str) -> Article:
    return Article.from_sentences([sentences], lang=lang)


@pytest.mark.parametrize("lang", sorted(WIRES))
def test_a_clean_copy_among_page_furniture_is_wholly_derived(lang: str) -> None:
    # Only the derivation path can say wholly here (reuse alone is not allowed to): the
    # copy's 4 story sentences all come from the wire, the 7 furniture lines do not count.
    wire, furniture = WIRES[lang]
    page = furniture[:1] + furniture[:1] + wire + furniture[1:]
    limits = VerdictThresholds(wholly_reuse=1.01)
    report = compare(_article(wire, lang), _article(page, lang), thresholds=limits)
    assert report.summary.derived == pytest.approx(4 / 11, abs=1e-3)
    assert report.summary.verdict == "wholly"
    found = evidence(report.links, wire, page)
    assert found.own == 0 and found.furniture == pytest.approx(7 / 11)


def test_the_derived_share_leaves_furniture_out() -> None:
    t = VerdictThresholds()
    # A quote-heavy restyled copy (reuse outside quotes 0.26) with all its 5 sentences
    # from the wire and 10 lines of headline and menus: 5 of 15 lines derived.
    page = Evidence(unquoted=0.26, own=0, own_share=0.0, run=8, furniture=10 / 15)
    assert verdict(1.0, 5 / 15, 0.37, t, evidence=page) == "wholly"
    bare = Evidence(unquoted=0.26, own=0, own_share=0.0, run=8)
    assert verdict(1.0, 5 / 15, 0.37, t, evidence=bare) == "partially"


def test_the_own_share_is_of_the_story_sentences() -> None:
    # An independent report: 2 sentences matched loosely, 5 of its own, 4 furniture lines.
    original = [
        "A 6.9-magnitude earthquake followed by a 7.1 tremor struck off Japan's southern "
        "island of Kyushu on Thursday.",
        "The agency issued a tsunami advisory for the southern coast of Kyushu and Shikoku.",
        "Operators of nuclear plants said they were checking for damage.",
    ]
    own = [
        "The first earthquake struck at a depth of 33 kilometers, the survey said.",
        "The government said it installed a working group after the earthquake.",
        "Japan records about 1,500 earthquakes each year across its southern islands.",
        "The vast majority of tremors in Japan are mild, the agency said.",
        "Strict construction standards allow a powerful tremor to do little damage.",
    ]
    republication = [
        "Two earthquakes struck off the island of Kyushu in southern Japan on Thursday.",
        "Waves are expected along the coasts of Kyushu and Shikoku, the agency said.",
        *own, "Voz media", "Published by", "tracking", "Japan Meteorological Agency",
    ]
    links = [
        Link((0,), (0,), "rewritten", 0.4), Link((1,), (1,), "rewritten", 0.4),
        Link((2,), (), "omitted", 0.0),
        *(Link((), (j,), "added", 0.0) for j in range(2, len(republication))),
    ]
    found = evidence(links, original, republication)
    assert found.own == 5 and found.furniture == pytest.approx(4 / 11)
    assert found.own_share == pytest.approx(5 / 7)
