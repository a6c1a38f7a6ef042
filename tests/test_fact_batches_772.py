"""Rules found on the real-pair batches 772-795 (issue 7): a place named with or without
the word that calls it a city, prefecture or province; a country added as the base of a
company ('the Japan-based vendor'); 'yr' for 'year'; in Chinese, two neighbouring numerals
('three or four'), a full-width colon in a score and a game (一局) that is no bureau; a
company telling of itself ('Toyota sold ..., it said'), whose source is not dropped; an
Urdu day written as a word (انیس اپریل); the base after 'compared' ('compared the same
period a year earlier'), no time; 'added to the tally' and a denied verb ('не признал'), no
report; Taiwan's Minguo years (114學年度 = 2025); a name the original writes without its space
('LokVirsa'); 'the last quarter of the year'; the place of a Chinese agency's dateline
(新華社酒泉8月24日電: 酒泉)."""

from __future__ import annotations

import pytest

from tests.test_fact_batches_604 import _facts
from xlate.matching.facts.common import bare_place


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Isahaya City", "isahaya"), ("Hubei Province", "hubei"), ("Nagasaki prefecture",
     "nagasaki"), ("武汉市", "武汉"), ("北京", "北京"), ("город Москва", "москва"),
     ("ضلع بنوں", "بنوں"), ("City", "")],
)
def test_a_place_is_read_without_its_administrative_word(name: str, bare: str) -> None:
    assert bare_place(name) == bare


@pytest.mark.parametrize(
    ("lang", "original", "same", "other"),
    [
        ("en", "Kyocera announced plans on Monday to build a new plant in Isahaya City, the"
               " company said.",
         "Kyocera announced plans on Monday to build a new plant in Isahaya, the company said.",
         "Kyocera announced plans on Monday to build a new plant in Nagasaki City, the company"
         " said."),
        ("zh", "京瓷公司周一宣布计划在武汉市建设一座新工厂。",
         "京瓷公司周一宣布计划在武汉建设一座新工厂。",
         "京瓷公司周一宣布计划在长沙市建设一座新工厂。"),
        ("ur", "کمپنی نے پیر کو ضلع پشاور میں نیا کارخانہ لگانے کا اعلان کیا۔",
         "کمپنی نے پیر کو پشاور شہر میں نیا کارخانہ لگانے کا اعلان کیا۔",
         "کمپنی نے پیر کو ضلع لاہور میں نیا کارخانہ لگانے کا اعلان کیا۔"),
    ],
)
def test_a_place_named_with_or_without_its_administrative_word_is_one_place(
    lang: str, original: str, same: str, other: str
) -> None:
    assert not [f for f in _facts(original, same, lang, ("place",)) if f.severity == "drift"]
    [changed] = [f for f in _facts(original, other, lang, ("place",)) if f.severity == "drift"]
    assert changed.status == "changed"


def test_a_country_added_as_a_company_base_describes_it() -> None:
    [added] = _facts("The vendor said on Monday it had little room to expand.",
                     "The Japan-based vendor said on Monday it had little room to expand.",
                     "en", ("place",))
    assert (added.republication, added.severity, added.reason) == (
        "Japan", "style", "detail added")
    [moved] = _facts("The Tokyo-based vendor said on Monday it had little room to expand.",
                     "The Osaka-based vendor said on Monday it had little room to expand.",
                     "en", ("place",))
    assert (moved.original, moved.republication, moved.severity) == ("Tokyo", "Osaka", "drift")


def test_yr_is_year() -> None:
    assert not _facts("Deliveries this year reached 240 jets, Boeing said.",
                      "Deliveries this yr reached 240 jets, Boeing said.", "en", ("time",))
    [dropped] = _facts("Deliveries this year reached 240 jets, Boeing said.",
                       "Deliveries reached 240 jets, Boeing said.", "en", ("time",))
    assert dropped.original == "this year"


def test_zh_neighbouring_numerals_a_full_width_colon_and_a_game_are_no_facts_changed() -> None:
    # 三四名: 'third and fourth place', no 34; 4：1 is 4:1; 一局 is a game, no bureau (局).
    assert not _facts("三四名决赛中，蒯曼4:1战胜日本选手张本美和，摘得女单铜牌。",
                      "蒯曼则于季军战4：1战胜日本选手张本美和，摘下女单铜牌。", "zh",
                      ("number", "time"))
    assert not _facts("王楚钦以7:11再丢一局。", "王楚钦以7：11再失一局。", "zh",
                      ("name", "number", "time"))
    [changed] = _facts("北京市公安局通报了情况。", "上海市公安局通报了情况。", "zh", ("place",))
    assert (changed.original, changed.republication) == ("北京", "上海")


@pytest.mark.parametrize(
    ("original", "copy", "severity"),
    [
        ("TOKYO: Toyota Motor sold 10.8 million vehicles in 2024, it said on Thursday.",
         "Toyota Motor sold 10.8 million vehicles in 2024.", "style"),
        ("Toyota said it would recall 185,000 vehicles across 19 models in Japan.",
         "The automaker will recall 185,000 vehicles across 19 models in Japan.", "style"),
        ("Exports rose 5% in May, it said.", "Exports rose 5% in May.", "drift"),
        ("The index rose 5% in May, it said.", "The index rose 5% in May.", "drift"),
        ("Toyota said prices would rise sharply next year.", "Prices will rise sharply next year.",
         "drift"),
    ],
)
def test_a_company_telling_of_itself_is_no_source_dropped(
    original: str, copy: str, severity: str
) -> None:
    [dropped] = _facts(original, copy, "en", ("speaker",), "dropped")
    assert dropped.severity == severity


def test_an_urdu_day_written_as_a_word_is_the_day_in_digits() -> None:
    original = ("پی سی بی نے اعلان کیا کہ پاکستان کپ انیس اپریل سے یکم مئی تک فیصل آباد میں کھیلا"
                " جائے گا۔")
    assert not _facts(original, original.replace("انیس اپریل", "19اپریل"), "ur", ("date",))
    [changed] = _facts(original, original.replace("انیس اپریل", "20 اپریل"), "ur", ("date",))
    assert (changed.original, changed.republication, changed.severity) == (
        "انیس اپریل", "20 اپریل", "drift")


def test_a_base_after_compared_is_no_time() -> None:
    assert not _facts(
        "Sales fell 45 percent in the first quarter compared the same periods a year earlier.",
        "Sales fell 45 percent in the first quarter compared with the same periods a year"
        " earlier.", "en", ("time",))


@pytest.mark.parametrize(
    ("lang", "original", "copy"),
    [
        ("en", "Earlier in the day, Brar won silver in the women's 25m pistol.",
         "Earlier in the day, Brar added to India's tally with a silver in the 25m pistol."),
        ("ru", "Сам обвиняемый в последнем слове заявил, что шпионажем не занимался.",
         "Сам обвиняемый в последнем слове сказал, что шпионажем не занимался и вину свою не"
         " признал."),
    ],
)
def test_added_to_a_tally_and_a_denied_verb_report_no_claim(
    lang: str, original: str, copy: str
) -> None:
    assert not [f for f in _facts(original, copy, lang, ("attribution", "speaker"))
                if f.severity == "drift"]
    said = copy.replace("не признал", "признал").replace("added to", "added that it was")
    assert _facts(original, said, lang, ("attribution",), "introduced")


def test_a_minguo_year_is_its_common_era_year() -> None:
    original = "教育部今日公布114學年度大專校院新生註冊率。"
    assert not _facts(original, original.replace("114", "2025"), "zh", ("date", "number"))
    [changed] = _facts(original, original.replace("114", "2024"), "zh", ("date",))
    assert (changed.original, changed.severity) == ("114學年度", "drift")
    assert not _facts("民國114年3月5日，會議在台北舉行。", "2025年3月5日，會議在台北舉行。", "zh",
                      ("date",))


def test_a_name_the_original_writes_without_its_space_is_the_same_words() -> None:
    [added] = _facts(
        "LokVirsa Executive Director Dr Fouzia Saeed said the festival would open today.",
        "Executive Director Lok Virsa, Dr. Fouzia Saeed said the festival would open today.",
        "en", ("name",))
    assert (added.republication, added.severity, added.reason) == (
        "Lok Virsa", "style", "same words")


def test_the_last_quarter_of_the_year_is_its_fourth() -> None:
    original = "It will take effect in the final quarter of the year, the ministry said."
    assert not _facts(original, original.replace("final", "last"), "en", ("date",))
    # 'the last quarter' alone may be the one before: no fourth quarter read
    assert not _facts("Profits fell in the last quarter, the company said.",
                      "Profits fell in the fourth quarter, the company said.", "en", ("date",),
                      "changed")


def test_a_chinese_agency_dateline_has_its_place_as_the_place() -> None:
    from xlate.matching.facts.datelines import dateline_facts

    traditional = "新華社酒泉8月24日電(記者 田兆運)24日15時10分,衛星發射升空并送入預定軌道。"
    [place, *_] = dateline_facts(traditional, "zh")[0]
    assert (place.text, place.value, place.start) == ("酒泉", "place:酒泉", 3)
    original = "新华社酒泉8月24日电(记者 田兆运)24日15时10分,卫星发射升空并送入预定轨道。"
    assert not _facts(original, traditional, "zh", ("place",))
    [moved] = _facts(original, original.replace("酒泉", "太原", 1), "zh", ("place",))
    assert (moved.original, moved.republication) == ("酒泉", "太原")
