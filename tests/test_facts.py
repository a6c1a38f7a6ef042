"""Fact extraction and drift: hand-checked equivalences across en/zh/ru/ur, must-not-match
pairs, check statuses, the gazetteer, and invariants as property tests."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import shared_data
from xlate.matching.facts import check_facts, check_texts, extract_facts
from xlate.model import Fact, FactCheck

DATA = Path(__file__).resolve().parent.parent / "xlate" / "data"


def values(text: str, lang: str, kind: str | None = None) -> list[str]:
    return [f.value for f in extract_facts(text, lang) if kind is None or f.kind == kind]


def only(text: str, lang: str, kind: str) -> str:
    """The value of the single fact of `kind` in `text`."""
    found = values(text, lang, kind)
    assert len(found) == 1, (text, lang, extract_facts(text, lang))
    return found[0]


# ------------------------------------------------------------------ equivalences

EQUIVALENT: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("money", "2.448e11 USD", [
        ("en", "Trade reached 244.8 billion U.S. dollars in 2024."),
        ("en", "Trade reached $244.8bn in 2024."),
        ("en", "Trade reached US$244.8 billion in 2024."),
        ("zh", "2024年贸易额达到2448亿美元。"),
        ("zh", "2024年贸易额达到2,448亿美元。"),
        ("ru", "В 2024 году товарооборот достиг 244,8 млрд долларов США."),
        ("ru", "В 2024 году товарооборот достиг 244,8 миллиарда долларов."),
        ("ur", "2024 میں تجارت ۲۴۴٫۸ ارب امریکی ڈالر تک پہنچ گئی۔"),
        ("ur", "2024 میں تجارت 244.8 ارب ڈالر تک پہنچ گئی۔"),
    ]),
    ("number", "2.448e11", [
        ("en", "a total of 244.8 billion"),
        ("en", "a total of 244.8bn"),
        ("zh", "总计2448亿"),
        ("zh", "总计2,448亿"),
        ("ru", "в общей сложности 244,8 млрд"),
        ("ur", "مجموعی طور پر ۲۴۴٫۸ ارب"),
        ("ur", "مجموعی طور پر 244.8 ارب"),
    ]),
    ("number", "1000", [
        ("en", "1,000"), ("zh", "1,000"), ("ru", "1 000"), ("ru", "1.000"), ("ur", "۱,۰۰۰"),
        ("ur", "١٠٠٠"),
    ]),
    ("number", "3.5e6", [
        ("en", "3.5 million"), ("zh", "350万"), ("ru", "3,5 млн"), ("ur", "35 لاکھ"),
        ("ur", "3.5 ملین"),
    ]),
    ("number", "1e7", [("en", "10 million"), ("zh", "1000万"), ("ur", "1 کروڑ"), ("ru", "10 млн")]),
    ("number", "3e12", [("en", "3 trillion"), ("zh", "3万亿"), ("zh", "3兆"), ("ru", "3 трлн")]),
    ("number", "20", [("en", "twenty"), ("zh", "二十个"), ("ru", "двадцать")]),
    ("number", "2000", [("en", "two thousand"), ("zh", "两千名"), ("ru", "2 тысячи")]),
    ("number", "15 year", [
        ("en", "for 15 consecutive years"), ("en", "for fifteen years"),
        ("zh", "连续15年"), ("zh", "连续十五年"), ("ru", "15 лет подряд"),
        ("ur", "مسلسل 15 سال"), ("ur", "مسلسل ۱۵ سال"),
    ]),
    ("number", ">20", [
        ("en", "over 20"), ("en", "more than 20"), ("en", "20-plus"), ("zh", "20余"),
        ("zh", "20多"), ("zh", "逾20"), ("zh", "超过20"), ("ru", "более 20"), ("ru", "свыше 20"),
        ("ur", "20 سے زائد"), ("ur", "20 سے زیادہ"),
    ]),
    ("money", "2.2629e11 RUPEE", [("en", "8.58 per cent higher than Rs 22,629 crore")]),
    ("money", "3e9 USD", [
        ("en", "5% lower than $3 billion"), ("en", "two times higher than $3 billion"),
    ]),
    ("number", "<20", [
        ("en", "fewer than 20"), ("en", "just shy of 20"), ("en", "short of 20"),
        ("en", "just below 20"), ("zh", "不到20"), ("zh", "不足20"), ("ru", "менее 20"),
        ("ru", "меньше 20"), ("ur", "20 سے کم"),
    ]),
    ("number", ">20 country", [
        ("en", "over 20 countries"), ("zh", "20多个国家"), ("zh", "20余国"),
        ("ru", "более 20 стран"), ("ur", "20 سے زائد ممالک"),
    ]),
    ("number", "~20", [
        ("en", "about 20"), ("en", "around 20"), ("en", "nearly 20"), ("zh", "约20"),
        ("zh", "近20"), ("ru", "около 20"), ("ru", "почти 20"), ("ru", "почти на 20"),
        ("ru", "примерно на 20"), ("ur", "تقریباً 20"),
    ]),
    ("number", "~20 person", [
        ("en", "about 20 people"), ("zh", "约20人"), ("ru", "около 20 человек"),
        ("ur", "تقریباً 20 افراد"),
    ]),
    ("number", "2 country", [
        ("en", "two countries"), ("ru", "две страны"), ("ur", "دو ممالک"),
    ]),
    ("percent", "5%", [
        ("en", "5%"), ("en", "5 percent"), ("en", "5 per cent"), ("en", "five percent"),
        ("zh", "百分之五"), ("zh", "5%"), ("zh", "5％"), ("ru", "5 процентов"), ("ru", "5%"),
        ("ur", "5 فیصد"), ("ur", "۵ فیصد"), ("ur", "۵٪"),
    ]),
    ("percent", "25.5%", [("en", "25.5%"), ("zh", "百分之二十五点五"), ("ru", "25,5%")]),
    ("percent", "3pp", [
        ("en", "3 percentage points"), ("zh", "3个百分点"), ("ru", "3 процентных пункта"),
    ]),
    ("money", "5e9 CNY", [
        ("en", "5 billion yuan"), ("zh", "50亿元"), ("zh", "50亿元人民币"),
        ("ru", "5 млрд юаней"), ("ur", "5 ارب یوآن"),
    ]),
    ("money", "1e7 RUB", [
        ("en", "10 million rubles"), ("zh", "1000万卢布"), ("ru", "10 млн рублей"),
        ("ur", "1 کروڑ روبل"),
    ]),
    ("money", "3e6 RUPEE", [
        ("en", "3 million rupees"), ("en", "Rs 3 million"), ("zh", "300万卢比"),
        ("ru", "3 млн рупий"), ("ur", "30 لاکھ روپے"),
    ]),
    ("money", ">1e9 USD", [
        ("en", "more than $1 billion"), ("zh", "超过10亿美元"), ("ru", "более 1 млрд долларов"),
        ("ur", "1 ارب ڈالر سے زائد"),
    ]),
    ("ordinal", "80th", [
        ("en", "the 80th anniversary"), ("en", "the eightieth anniversary"),
        ("zh", "80周年"), ("zh", "第80届"), ("zh", "八十周年"), ("ru", "80-летие Победы"),
        ("ru", "80-й годовщины"), ("ur", "80ویں سالگرہ"), ("ur", "80 ویں سالگرہ"),
    ]),
    ("ordinal", "4th", [
        ("en", "the fourth initiative"), ("en", "the 4th initiative"), ("zh", "第四个倡议"),
        ("ru", "четвёртая инициатива"), ("ur", "چوتھا اقدام"),
    ]),
    ("date", "--09-02", [
        ("en", "on Sept. 2"), ("en", "on September 2"), ("en", "on Tuesday, Sept. 2"),
        ("en", "on 2 September"), ("en", "Sep 2nd"), ("zh", "9月2日"), ("zh", "九月二日"),
        ("ru", "2 сентября"), ("ur", "2 ستمبر کو"), ("ur", "۲ ستمبر"),
    ]),
    ("date", "2025-09-02", [
        ("en", "September 2, 2025"), ("en", "2 September 2025"), ("en", "Sep 2 2025"),
        ("en", "2025-09-02"), ("en", "Tuesday, September 2, 2025"), ("zh", "2025年9月2日"),
        ("zh", "2025 年 9 月 2 日"), ("zh", "二〇二五年九月二日"), ("ru", "2 сентября 2025 года"),
        ("ru", "02.09.2025"), ("ur", "2 ستمبر 2025"), ("ur", "۲ ستمبر ۲۰۲۵ء"),
    ]),
    ("date", "2025-09", [
        ("en", "in September 2025"), ("zh", "2025年9月"), ("ru", "в сентябре 2025 года"),
        ("ur", "ستمبر 2025 میں"),
    ]),
    ("date", "--05", [
        ("en", "his visit in May"), ("zh", "他5月的访问"), ("ru", "визит в мае"),
        ("ur", "مئی میں دورہ"),
    ]),
    ("date", "2024", [
        ("en", "in 2024"), ("zh", "2024年"), ("ru", "в 2024 году"), ("ur", "2024 میں"),
        ("ur", "۲۰۲۴ء میں"),
    ]),
    ("place", "place:beijing", [
        ("en", "talks in Beijing"), ("zh", "在北京会谈"), ("ru", "переговоры в Пекине"),
        ("ru", "из Пекина"), ("ru", "Пекин"), ("ur", "بیجنگ میں بات چیت"),
    ]),
    ("place", "place:moscow", [
        ("en", "a visit to Moscow"), ("zh", "访问莫斯科"), ("ru", "визит в Москву"),
        ("ru", "в Москве"), ("ur", "ماسکو کا دورہ"),
    ]),
    ("place", "place:islamabad", [
        ("en", "in Islamabad"), ("zh", "在伊斯兰堡"), ("ru", "в Исламабаде"),
        ("ur", "اسلام آباد میں"),
    ]),
    ("place", "place:gaza", [
        ("en", "the Gaza Strip"), ("zh", "加沙地带"), ("ru", "в секторе Газа"),
        ("ru", "Сектор Газа"), ("ur", "غزہ کی پٹی"),
    ]),
    ("place", "place:middle east", [
        ("en", "the Middle East"), ("zh", "中东局势"), ("ru", "на Ближнем Востоке"),
        ("ur", "مشرق وسطیٰ"),
    ]),
    ("place", "place:xinjiang", [
        ("en", "in Xinjiang"), ("zh", "新疆"), ("ru", "в Синьцзяне"), ("ur", "سنکیانگ"),
    ]),
    ("place", "place:us", [
        ("en", "the U.S. economy"), ("en", "the United States"), ("zh", "美国经济"),
        ("ru", "экономика США"), ("ru", "Соединенных Штатов"), ("ur", "امریکہ کی معیشت"),
    ]),
    ("name", "name:xi jinping", [
        ("en", "Chinese President Xi Jinping"), ("en", "President Xi spoke"), ("zh", "习近平主席"),
        ("ru", "Си Цзиньпин"), ("ru", "встреча с Си Цзиньпином"), ("ur", "شی جن پنگ"),
    ]),
    ("name", "name:vladimir putin", [
        ("en", "Vladimir Putin"), ("en", "met Putin"), ("zh", "普京总统"),
        ("ru", "Владимир Путин"), ("ru", "с Путиным"), ("ur", "پوتن"),
        ("ur", "ولادیمیر پوتن"),
    ]),
    ("name", "name:sco", [
        ("en", "the Shanghai Cooperation Organization"), ("en", "the SCO summit"),
        ("zh", "上海合作组织"), ("zh", "上合组织峰会"), ("ru", "саммит ШОС"),
        ("ru", "Шанхайской организации сотрудничества"), ("ur", "شنگھائی تعاون تنظیم"),
    ]),
    ("attribution", "attr:say", [
        ("en", "he said"), ("en", "she told reporters"), ("en", "according to officials"),
        ("zh", "他表示"), ("zh", "他说："), ("ru", "заявил он"), ("ru", "по словам министра"),
        ("ru", "утверждает он"),
        ("ur", "انہوں نے کہا"), ("ur", "رپورٹ کے مطابق"),
    ]),
    ("attribution", "attr:stress", [
        ("en", "he stressed"), ("en", "she emphasized"), ("en", "emphasised"),
        ("en", "underscored"), ("en", "reaffirmed"), ("zh", "他强调"), ("zh", "重申"),
        ("ru", "подчеркнул он"), ("ur", "انہوں نے زور دیا"),
    ]),
    ("attribution", "attr:claim", [
        ("en", "he claimed"), ("en", "allegedly"), ("zh", "他声称"), ("ru", "якобы"),
        ("ur", "انہوں نے دعویٰ کیا"),
    ]),
    ("attribution", "attr:announce", [
        ("en", "announced"), ("zh", "宣布"), ("ru", "объявил"), ("ur", "اعلان کیا"),
    ]),
    ("attribution", "attr:deny", [
        ("en", "denied"), ("zh", "否认"), ("ru", "опроверг"), ("ur", "تردید کی"),
    ]),
    ("attribution", "attr:accuse", [
        ("en", "accused"), ("en", "alleged"), ("zh", "指责"), ("zh", "指控"), ("ru", "обвинил"),
        ("ur", "الزام لگایا"),
    ]),
    ("attribution", "attr:urge", [
        ("en", "urged"), ("en", "called for"), ("zh", "敦促"), ("zh", "呼吁"), ("ru", "призвал"),
        ("ur", "مطالبہ کیا"),
    ]),
    ("attribution", "attr:warn", [
        ("en", "warned"), ("zh", "警告"), ("ru", "предупредил"), ("ur", "خبردار کیا"),
    ]),
]


@pytest.mark.parametrize(
    ("kind", "value", "lang", "text"),
    [(k, v, lang, text) for k, v, cases in EQUIVALENT for lang, text in cases],
)
def test_equivalent_forms_share_one_value(kind: str, value: str, lang: str, text: str) -> None:
    assert value in values(text, lang, kind), extract_facts(text, lang)


EN_MONTHS = "January February March April May June July August September October November December"
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
UR_MONTHS = "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر"


@pytest.mark.parametrize("month", range(1, 13))
def test_month_names_in_every_language(month: int) -> None:
    expected = f"2025-{month:02d}-15"
    texts = [
        ("en", f"on {EN_MONTHS.split()[month - 1]} 15, 2025"),
        ("ru", f"{15} {RU_MONTHS.split()[month - 1]} 2025 года"),
        ("ur", f"15 {UR_MONTHS.split()[month - 1]} 2025"),
        ("zh", f"2025年{month}月15日"),
    ]
    for lang, text in texts:
        assert only(text, lang, "date") == expected, (lang, text)


# --------------------------------------------------------------- must not match

DIFFERENT = [
    ("number", ("en", "244.8 billion"), ("en", "24.48 billion")),
    ("number", ("zh", "2448亿"), ("en", "24.48 billion")),
    ("date", ("en", "September 2"), ("en", "February 9")),
    ("date", ("ru", "2 сентября"), ("ru", "9 февраля")),
    ("date", ("zh", "9月2日"), ("zh", "2月9日")),
    ("number", ("en", "15 years"), ("en", "16 years")),
    ("number", ("en", "15 years"), ("en", "15 people")),
    ("number", ("en", "over 20"), ("en", "20")),
    ("number", ("en", "about 20"), ("en", "over 20")),
    ("ordinal", ("en", "80th"), ("en", "70th")),
    ("ordinal", ("zh", "80周年"), ("ru", "70-летие")),
    ("percent", ("en", "5 percent"), ("en", "5 percentage points")),
    ("money", ("en", "$5 billion"), ("en", "5 billion yuan")),
    ("place", ("en", "Beijing"), ("en", "Shanghai")),
    ("place", ("ru", "Нигерия"), ("ru", "Нигер")),
    ("place", ("ru", "Австрия"), ("ru", "Австралия")),
    ("attribution", ("en", "said"), ("en", "claimed")),
]


@pytest.mark.parametrize(("kind", "a", "b"), DIFFERENT)
def test_different_facts_do_not_match(
    kind: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    value_a, value_b = only(a[1], a[0], kind), only(b[1], b[0], kind)
    assert value_a != value_b


# ---------------------------------------------------------------- no double count


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Prices rose 5% this year.", [("percent", "5%"), ("time", "year:0")]),
        ("en", "It was signed on September 2, 2025.", [("date", "2025-09-02")]),
        ("en", "It cost $5 billion.", [("money", "5e9 USD")]),
        ("en", "the 80th anniversary", [("ordinal", "80th")]),
        ("en", "The meeting starts at 10:30 a.m.", [("time", "clock:10:30")]),
        ("en", "music of the 1990s", []),
        ("zh", "2025年9月2日", [("date", "2025-09-02")]),
        ("zh", "增长百分之五", [("percent", "5%")]),
        ("zh", "这是第二次会谈", [("ordinal", "2nd")]),
        ("zh", "两国元首十分重视一些问题", []),
        ("ru", "2 сентября 2025 года", [("date", "2025-09-02")]),
        ("ur", "2 ستمبر 2025", [("date", "2025-09-02")]),
        ("ur", "10 ارب ڈالر", [("money", "1e10 USD")]),
    ],
)
def test_one_fact_per_stretch(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.value) for f in extract_facts(text, lang)] == expected


def test_country_in_a_currency_is_not_a_place() -> None:
    for lang, text in [
        ("en", "244.8 billion U.S. dollars"),
        ("ru", "244,8 млрд долларов США"),
        ("ur", "244.8 ارب امریکی ڈالر"),
    ]:
        assert values(text, lang, "place") == []


def test_names_and_places_reported_once() -> None:
    facts = extract_facts("Xi met Putin. Xi Jinping said Beijing and Beijing agree.", "en")
    assert [f.value for f in facts if f.kind == "name"] == [
        "name:xi jinping", "name:vladimir putin"
    ]
    assert [f.value for f in facts if f.kind == "place"] == ["place:beijing"]


def test_generic_names_and_places_in_english() -> None:
    facts = extract_facts(
        "Officials said Maria Gonzalez of the Harbour Trust visited friends in Tarragona.", "en"
    )
    pairs = {(f.kind, f.value) for f in facts}
    assert ("name", "name:maria gonzalez") in pairs
    assert ("name", "name:harbor trust") in pairs  # one spelling for Harbour/Harbor
    assert ("place", "place:tarragona") in pairs
    # Sentence-initial capitals, titles, months and weekdays are not names.
    assert not values("The Government met on Monday in March.", "en", "name")
    assert values("Chinese President Xi Jinping spoke.", "en", "name") == ["name:xi jinping"]


def test_generic_russian_names_match_in_any_case() -> None:
    nominative = values("Как сообщила Мария Петрова, встреча прошла.", "ru", "speaker")
    genitive = values("По словам Марии Петровой, встреча прошла.", "ru", "speaker")
    assert nominative == genitive == ["speaker:мар петров"]


def test_chinese_country_pairs() -> None:
    assert values("中俄关系", "zh", "place") == ["place:china", "place:russia"]
    assert values("中美洲国家", "zh", "place") == ["place:central america"]


def test_facts_keep_surface_text_and_order() -> None:
    facts = extract_facts(
        "Beijing, September 2 — Trade reached 244.8 billion U.S. dollars, Xi said.", "en"
    )
    assert [(f.kind, f.text) for f in facts] == [
        ("place", "Beijing"),
        ("date", "September 2"),
        ("money", "244.8 billion U.S. dollars"),
        ("speaker", "Xi"),
        ("attribution", "said"),
    ]


def test_unknown_language_uses_english_rules() -> None:
    assert values("It rose 5% in 2024.", "de") == ["5%", "2024"]
    assert values("It rose 5%.", "zh-Hans") == ["5%"]


# -------------------------------------------------------------------- check_facts


def statuses(checks: list[FactCheck]) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.kind, c.original, c.republication, c.status) for c in checks]


def test_introduced_place() -> None:
    checks = check_texts(
        "The talks took place during the SCO Summit.",
        "The talks took place in Beijing.",
        original_lang="en",
        republication_lang="en",
    )
    assert ("place", None, "Beijing", "introduced") in statuses(checks)


def test_changed_place() -> None:
    checks = check_texts(
        "The talks took place in Beijing.", "The talks took place in Shanghai.",
        original_lang="en", republication_lang="en",
    )
    assert statuses(checks) == [("place", "Beijing", "Shanghai", "changed")]


def test_dropped_and_kept() -> None:
    checks = check_texts(
        "Trade reached $244.8 billion in 2024, Xi said.", "Trade reached $244.8 billion.",
        original_lang="en", republication_lang="en",
    )
    assert statuses(checks) == [
        ("money", "$244.8 billion", "$244.8 billion", "kept"),
        ("date", "2024", None, "dropped"),
        ("speaker", "Xi", None, "dropped"),
        ("attribution", "said", None, "dropped"),
    ]


def test_changed_number_same_unit_and_unpaired_units() -> None:
    checks = check_texts(
        "for 15 consecutive years", "for 16 consecutive years",
        original_lang="en", republication_lang="en",
    )
    assert statuses(checks) == [
        ("number", "15 consecutive years", "16 consecutive years", "changed")
    ]
    # Opposite each other, a number whose unit changed is one number changed ...
    checks = check_texts("a run of 3 miles", "a run of 3 square miles", original_lang="en",
                         republication_lang="en")
    assert [c.status for c in checks] == ["changed"]
    # ... but a measure or a stretch of time stands for no count, even opposite it, in any
    # language.
    for lang, a, b in [
        ("en", "for 15 years", "for 15 people"),
        ("ur", "8 تعلیمی بورڈز کے نتائج", "13 دن پہلے نتائج"),
        ("zh", "串联西安、渭南、铜川、延安4市19县区。", "线路全长299公里，设计时速350公里。"),
        ("en", "linking 4 cities", "linking 299 km"),
        ("ru", "связывает 4 города", "связывает 299 км"),
        ("ur", "4 شہروں کو ملاتی ہے", "299 کلومیٹر کو ملاتی ہے"),
    ]:
        checks = check_texts(a, b, original_lang=lang, republication_lang=lang)
        assert "changed" not in [c.status for c in checks if c.kind == "number"], lang
    # ... without the texts to align, only a number of the same unit stands for it.
    checks = check_facts(extract_facts("for 15 years", "en"), extract_facts("15 people", "en"))
    assert [c.status for c in checks] == ["dropped", "introduced"]


def test_attribution_drift_say_to_claim() -> None:
    checks = check_texts("Xi said", "Xi claimed", original_lang="en", republication_lang="en")
    assert ("attribution", "said", "claimed", "changed") in statuses(checks)


def test_date_without_year_keeps_full_date() -> None:
    checks = check_texts("on Sept. 2", "2 сентября 2025 года", original_lang="en",
                         republication_lang="ru")
    assert statuses(checks) == [("date", "Sept. 2", "2 сентября 2025 года", "kept")]
    checks = check_texts("on Sept. 2", "9 февраля", original_lang="en", republication_lang="ru")
    assert [c.status for c in checks] == ["changed"]


def test_cross_language_link_all_kept() -> None:
    en = (
        "Beijing, September 2 — Chinese President Xi Jinping said trade between China and "
        "Russia reached 244.8 billion U.S. dollars in 2024, making China Russia's largest "
        "trading partner for 15 consecutive years."
    )
    zh = (
        "北京9月2日电 国家主席习近平表示，2024年中俄贸易额达到2448亿美元，"
        "中国连续15年保持俄罗斯最大贸易伙伴地位。"
    )
    ru = (
        "Пекин, 2 сентября. Председатель КНР Си Цзиньпин заявил, что в 2024 году товарооборот "
        "между Китаем и Россией достиг 244,8 млрд долларов США, и Китай 15 лет подряд "
        "остается крупнейшим торговым партнером России."
    )
    ur = (
        "بیجنگ، 2 ستمبر: چینی صدر شی جن پنگ نے کہا کہ 2024 میں چین اور روس کے درمیان تجارت "
        "۲۴۴٫۸ ارب امریکی ڈالر تک پہنچ گئی اور چین مسلسل 15 سال سے روس کا سب سے بڑا "
        "تجارتی شراکت دار ہے۔"
    )
    for lang, text in (("zh", zh), ("ru", ru), ("ur", ur)):
        checks = check_texts(en, text, original_lang="en", republication_lang=lang)
        assert {c.status for c in checks} == {"kept"}, (lang, statuses(checks))
    tampered = ur.replace("۲۴۴٫۸", "۲۴٫۴۸").replace("15 سال", "16 سال")
    checks = check_texts(en, tampered, original_lang="en", republication_lang="ur")
    assert [(c.kind, c.status) for c in checks if c.status != "kept"] == [
        ("money", "changed"), ("number", "changed")
    ]


def test_untranslatable_names_skipped_across_scripts() -> None:
    checks = check_texts(
        "Officials said Maria Gonzalez visited Beijing.", "官员表示，玛丽亚·冈萨雷斯访问了北京。",
        original_lang="en", republication_lang="zh",
    )
    assert {c.status for c in checks} == {"kept"}


def test_check_order_is_original_then_introduced() -> None:
    original = [Fact("number", "1", "1"), Fact("place", "Paris", "place:paris")]
    republication = [Fact("date", "2020", "2020"), Fact("place", "Rome", "place:rome"),
                     Fact("number", "1", "1")]
    assert statuses(check_facts(original, republication)) == [
        ("number", "1", "1", "kept"),
        ("place", "Paris", "Rome", "changed"),
        ("date", None, "2020", "introduced"),
    ]


# ------------------------------------------------------------------- gazetteer


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_gazetteer_shape() -> None:
    places = rows("places.tsv")
    names = rows("names.tsv")
    assert len(places) >= 300
    assert len(names) >= 40
    for table in (places, names):
        keys = [row[0] for row in table]
        assert len(keys) == len(set(keys))
        assert all(len(row) == 5 for row in table)


@pytest.mark.parametrize(("name", "kind"), [("places.tsv", "place"), ("names.tsv", "name")])
def test_every_listed_form_finds_its_own_entry(name: str, kind: str) -> None:
    problems = []
    for row in rows(name):
        for lang, forms in zip(("en", "zh", "ru", "ur"), row[1:], strict=True):
            for form in filter(None, forms.split("|")):
                if form.endswith("-"):  # a Russian stem that needs an ending
                    form = form[:-1] + "е"
                found = values(form, lang, kind)
                if found != [f"{kind}:{row[0]}"]:
                    problems.append((lang, form, found))
    assert problems == []


# ----------------------------------------------------------------- properties

PIECES = list("0123456789 ,.%$-:年月日亿万第周百分之两十五лет2сентябряПекин۲۴٫ارب ستمبرسال") + [
    "billion", " over ", "Xi", "Beijing", "said", "第", "周年", "-й", "ویں", "\n", "U.S.",
    " in ", "September ", "млрд", " سے زائد",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["en", "zh", "ru", "ur", "und"]))
def test_extract_never_fails_and_spans_are_from_the_text(text: str, lang: str) -> None:
    facts = extract_facts(text, lang)
    for fact in facts:
        assert fact.text and fact.text in text
        assert fact.value


@settings(max_examples=100, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["en", "zh", "ru", "ur"]))
def test_self_check_is_all_kept(text: str, lang: str) -> None:
    facts = extract_facts(text, lang)
    checks = check_facts(facts, facts)
    assert len(checks) == len(facts)
    assert all(c.status == "kept" for c in checks)


# ------------------------------------------------------------------ performance


PARAGRAPH = (
    "Beijing, September 2 — Chinese President Xi Jinping and Russian President Vladimir Putin "
    "on Tuesday reaffirmed their commitment to strengthening high-level exchanges. "
    "The talks took place during the Shanghai Cooperation Organization Summit 2025. "
    "Xi stressed that both countries should leverage major projects to drive cooperation. "
    "Trade between China and Russia reached 244.8 billion U.S. dollars in 2024, making China "
    "Russia's largest trading partner for 15 consecutive years. "
    "Xi recalled his state visit to Moscow in May, noting the 80th anniversary of the victory. "
    "Putin said Russia supports the Global Governance Initiative and the UN Charter. "
    "Officials from more than 20 countries attended, according to the Foreign Ministry. "
    "The two leaders also discussed energy, agriculture and culture over a working lunch. "
)


def test_forty_sentences_well_under_twenty_ms() -> None:
    article = PARAGRAPH * 5  # 40 sentences of a typical wire story
    extract_facts(article, "en")  # load the gazetteer once
    best = min(_timed(article) for _ in range(9))  # best of several: robust to a busy machine
    assert best < 0.020, f"{best * 1000:.1f} ms"


def _timed(text: str) -> float:
    # CPU time of this process: other work on a busy machine does not count against it.
    start = time.process_time()
    extract_facts(text, "en")
    return time.process_time() - start


def test_import_does_not_load_cn2an() -> None:
    code = "import sys, xlate.matching.facts; print('cn2an' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------- regressions found on NTREX


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "价值110亿美元的管道", [("money", "1.1e10 USD")]),
        ("zh", "1100 万英镑的协议", [("money", "1.1e7 GBP")]),
        ("en", "After three one-sided sessions", [("number", "3")]),
        ("en", "twenty-five", [("number", "25")]),
        ("en", "two hundred and five", [("number", "205")]),
        ("ru", "в 1980-е годы", []),
        ("ru", "в начале 2000-х годов", []),
        ("ru", "со своей семью", []),
        ("ru", "республиканца Кита Ротфуса", [("name", "name:кит ротфус")]),
        ("en", "the golfer Jordan Spieth won", [("name", "name:jordan spieth")]),
        ("en", "a visit to Jordan", [("place", "place:jordan")]),
        ("ur", "19 سالہ طالب علم", [("number", "19 year")]),
        ("ur", "یکم اکتوبر کو", [("date", "--10-01")]),
        ("ur", "برمنگھم میں مارچ کیا", [("place", "place:birmingham")]),
        ("ur", "مارچ میں", [("date", "--03")]),
        ("ur", "2.8 بلین پونڈ", [("money", "2.8e9 GBP")]),
        ("zh", "在13点10分", [("time", "clock:13:10")]),
        ("zh", "长达数十年的争端", []),
        ("zh", "其中方案一", []),
        ("zh", "中方表示", [("place", "place:china")]),
        ("zh", "在会谈中共同签署", []),
        ("zh", "17世纪中叶", [("ordinal", "17th")]),
        ("zh", "有超过 135 个物种", [("number", ">135")]),
        ("ru", "COVID-19 и SARS-CoV-2", []),
        ("ur", "کے حامل %80 افراد", [("percent", "80%")]),
        ("zh", "根据 WHO 的定义", [("name", "name:who")]),
        ("ru", "газета New York Post", [("place", "place:new york")]),
        ("en", "at 3 p.m. on Wednesday", [("time", "clock:15:00"), ("time", "weekday:3")]),
        ("en", "the level seen in April of 2019", [("date", "2019-04")]),
        ("ur", "1 ہزار 597 رنز بنائے", [("number", "1597")]),
        ("ur", "2 لاکھ 50 ہزار افراد", [("number", "250000 person")]),
        ("ur", "3 ہزار، 500 افراد", [("number", "3000"), ("number", "500 person")]),
        ("ur", "ایک لاکھ 27 ہزار 836 امیدوار", [("number", "127836")]),
        ("ur", "ایک ارب ڈالر", [("money", "1e9 USD")]),
        ("zh", "面臨最高245%的關稅", [("percent", "<=245%")]),
        ("zh", "面临着高达245%的关税", [("percent", "<=245%")]),
        ("zh", "读者规模超越3300万", [("number", ">3.3e7")]),
        ("en", "a throw of 88.67m, ahead of", [("number", "88.67 m")]),
        ("en", "5m people, $3m, a 100m sprint",
         [("number", "5e6 person"), ("money", "3e6 USD"), ("number", "100 m")]),
        ("en", "a throw of 88.36m was", [("number", "88.36 m")]),
    ],
)
def test_regressions(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "attribution"]
    assert got == expected


def test_number_without_unit_keeps_the_same_number_with_one() -> None:
    checks = check_texts("Jones, 52, joined", "52-летний Джонс", original_lang="en",
                         republication_lang="ru")
    assert [c.status for c in checks if c.kind == "number"] == ["kept"]
    checks = check_texts("52 years", "53 года", original_lang="en", republication_lang="ru")
    assert [c.status for c in checks] == ["changed"]


def test_languages_tell_when_unknown_names_cannot_match() -> None:
    original = extract_facts("The nominee Brett Kavanaugh faces the committee.", "en")
    republication = extract_facts("布雷特·卡瓦诺将面对委员会。", "zh")
    assert republication == []
    # Without languages the other side's script is unknown, so the name counts as dropped.
    assert [c.status for c in check_facts(original, republication)] == ["dropped"]
    checks = check_facts(original, republication, original_lang="en", republication_lang="zh")
    assert checks == []
    # Same language: a name that disappears is reported.
    checks = check_facts(original, [], original_lang="en", republication_lang="en")
    assert [c.status for c in checks] == ["dropped"]
    # A Latin name kept in Chinese text still matches.
    checks = check_texts(
        "The nominee Brett Kavanaugh faces the committee.", "提名人 Brett Kavanaugh 将面对委员会。",
        original_lang="en", republication_lang="zh",
    )
    assert [c.status for c in checks] == ["kept"]


def test_house_style_spelling_is_not_a_changed_name() -> None:
    checks = check_texts(
        "He joined the National Hurricane Center team.",
        "He joined the National Hurricane Centre team.",
        original_lang="en", republication_lang="en",
    )
    assert [c.status for c in checks] == ["kept"]


# ----------------------------------------------------------- real translations (NTREX)


@pytest.mark.parametrize(
    ("lang", "file", "floors"),
    [
        ("zh", "newstest2019-ref.zho-CN.txt", {"date": 0.9, "number": 0.65, "place": 0.7}),
        ("ru", "newstest2019-ref.rus.txt", {"date": 0.9, "number": 0.65, "place": 0.75}),
        ("ur", "newstest2019-ref.urd.txt", {"date": 0.88, "number": 0.75, "place": 0.7}),
    ],
)
def test_human_translations_keep_their_facts(
    lang: str, file: str, floors: dict[str, float]
) -> None:
    """On line-aligned human translations most facts must come out kept (a floor, not a
    target: translators do add and drop facts)."""
    folder = shared_data("ntrex128")
    english = (folder / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    other = (folder / file).read_text(encoding="utf-8").splitlines()
    kept: dict[str, int] = dict.fromkeys(floors, 0)
    total: dict[str, int] = dict.fromkeys(floors, 0)
    for source, translation in zip(english, other, strict=True):
        checks = check_facts(
            extract_facts(source, "en"), extract_facts(translation, lang),
            original_lang="en", republication_lang=lang,
        )
        for check in checks:
            if check.kind in floors:
                total[check.kind] += 1
                kept[check.kind] += check.status == "kept"
    shares = {kind: kept[kind] / total[kind] for kind in floors}
    assert all(shares[kind] >= floor for kind, floor in floors.items()), shares


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several airlines have added extra flights to Taipei.", []),
        ('"We will win," he added.', ["attr:say"]),
        ("She added that the talks went well.", ["attr:say"]),
        ("Trade grew, he said, adding it would continue.", ["attr:say"]),
    ],
)
def test_added_is_attribution_only_in_a_reporting_frame(text: str, expected: list[str]) -> None:
    assert [f.value for f in extract_facts(text, "en") if f.kind == "attribution"] == expected


@pytest.mark.parametrize(
    ("original", "republication", "same"),
    [
        ("a deficit of $6219.702 million", "a deficit of 6.22 billion dollars", True),
        ("a deficit of $5482.668 million", "a deficit of 5.478 billion dollars", False),
        ("quoting log 247", "quoting log 250", False),  # two digits: another number
        ("the index rose 2.36%", "the index rose 2.4%", True),  # to the places written
        ("the index rose 0.68 per cent", "the index rose 0.7%", True),
        ("the index rose 2.36%", "the index rose 2.2%", False),
        ("profit rose 20.55 per cent", "profit rose 20.5 per cent", True),  # cut
        ("profit rose 8.58 per cent", "profit rose 8.6 per cent", True),
        ("the index rose 6.4%", "the index rose 6%", False),
    ],
)
def test_a_figure_and_its_rounding_are_one_figure(
    original: str, republication: str, same: bool
) -> None:
    from xlate.matching.facts.figures import round_equal

    a, b = (extract_facts(t, "en")[-1] for t in (original, republication))
    assert round_equal(a, b) is same


@pytest.mark.parametrize(
    ("republication", "status"),
    [
        ("President Putin of the Russia Federation, a spokesman said.", "changed"),
        ("President Putin of the Russian Federation, a spokesman said.", "kept"),
        ("President Putin of Russia, a spokesman said.", "kept"),
    ],
)
def test_a_place_name_spelt_another_way_is_changed(republication: str, status: str) -> None:
    checks = check_texts("President Putin of the Russian Federation, a spokesman said.",
                         republication, original_lang="en", republication_lang="en")
    assert [c.status for c in checks if c.kind == "place"] == [status]


# ------------------------------------------ held-out real pairs 40-51: what they taught

def test_traditional_characters_read_as_simplified() -> None:
    simplified = "中新社北京11月15日电 比三季度加快0.2个百分点,与汽车行业联系比较密切。"
    traditional = "中新社北京11月15日電 比三季度加快0.2個百分點,與汽車行業聯繫比較密切。"
    assert values(traditional, "zh") == values(simplified, "zh")
    assert "0.2pp" in values(traditional, "zh", "percent")
    checks = check_texts(simplified, traditional, original_lang="zh", republication_lang="zh")
    assert all(c.status == "kept" for c in checks), checks


def test_a_unit_written_on_the_number_is_read() -> None:
    assert only("which took place around 40km from the border", "en", "number") == "~40 km"
    assert only("winds of 120mph", "en", "number") == "120 mph"
    assert only("a 5kg bag", "en", "number") == "5 kg"
    checks = check_texts("around 40km from the border", "around 40 kilometres from the border",
                         original_lang="en", republication_lang="en")
    assert [c.status for c in checks if c.kind == "number"] == ["kept"]


def test_a_number_that_gains_its_percent_sign_is_kept() -> None:
    # Bernama's "decline 3.5 per this year" (a typo) against The Star's "3.5%".
    checks = check_texts("exports will decline 3.5 per this year",
                         "exports will decline by 3.5% this year",
                         original_lang="en", republication_lang="en")
    assert all(c.status == "kept" for c in checks), checks
    changed = check_texts("exports will decline 3.5 per this year", "exports will decline 4.5%",
                          original_lang="en", republication_lang="en")
    assert any(c.status != "kept" and c.severity == "drift" for c in changed), changed


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Страны Запада пытаются сорвать переговоры России и США.", "ru"),
     ("西方国家试图破坏俄美对话。", "zh"),
     ("Western countries are trying to derail the talks.", "en")],
)
def test_the_west_is_a_party_a_claim_can_gain(text: str, lang: str) -> None:
    assert "place:the west" in values(text, lang, "place")


def test_the_west_bank_is_not_the_west() -> None:
    assert values("The West Bank clashes went on.", "en", "place") == ["place:west bank"]
    assert "place:the west" not in values("на западе страны", "ru")


def test_urged_then_advised_keeps_its_source() -> None:
    # Kyodo: 'Hayashi also urged voters to ...' / The Star: '"Verify ...," he advised'.
    checks = check_texts("Hayashi also urged voters to verify information.",
                         "Hayashi spoke to voters. \u201cVerify information,\u201d he advised.",
                         original_lang="en", republication_lang="en")
    assert not [c for c in checks if c.kind == "attribution" and c.severity == "drift"], checks


def test_a_ministry_is_named_by_its_portfolio() -> None:
    assert only("at the Textiles Ministry", "en", "name") == "name:portfolio:textile"
    assert only("at the Ministry of Textiles", "en", "name") == "name:portfolio:textile"
    assert only("the Commerce Ministry said", "en", "speaker") == "speaker:portfolio:commerce"
    # The name after the title is not part of the portfolio; a nationality is a place.
    assert values("Minister of Commerce and Industry Piyush Goyal said.", "en", "name") == [
        "name:portfolio:commerce industry"]
    assert values("Chinese Foreign Ministry spokesperson Mao Ning", "en", "place") == [
        "place:china"]
    assert "name:portfolio:foreign" in values("External Affairs Minister S Jaishankar", "en")


def test_a_renamed_ministry_is_drift_and_a_shortened_one_is_not() -> None:
    renamed = check_texts("Goyal, the Minister of Commerce and Industry, spoke.",
                          "Goyal, the Minister of Trade and Industry, spoke.",
                          original_lang="en", republication_lang="en")
    assert [(c.kind, c.status, c.severity) for c in renamed if c.kind == "name"] == [
        ("name", "changed", "drift")]
    shortened = check_texts(
        "Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal said.",
        "Planning Minister Ahsan Iqbal said.", original_lang="en", republication_lang="en")
    assert all(c.status == "kept" for c in shortened), shortened
    added = check_texts("The ministry said exports rose.",
                        "The Commerce Ministry said exports rose.",
                        original_lang="en", republication_lang="en")
    assert not [c for c in added if c.severity == "drift"], added


# ---------------------------------------- second blind batch 52-63: what it taught

def test_a_passive_reporting_verb_quotes_no_one() -> None:
    assert values("Under such advisories, residents are advised to evacuate.", "en") == []
    assert values("Residents were urged to leave their homes.", "en") == []
    assert "attr:urge" in values("\u201cVerify it,\u201d he advised.", "en")


def test_a_weekday_told_as_yesterday_in_the_next_days_paper_is_style() -> None:
    checks = check_texts("Iranian officials said Friday they were losing hope.",
                         "Iranian officials said yesterday they were losing hope.",
                         original_lang="en", republication_lang="en")
    assert [(c.status, c.severity) for c in checks if c.kind == "time"] == [
        ("changed", "style")]
    moved = check_texts("The quake struck on Thursday.", "The quake struck on Friday.",
                        original_lang="en", republication_lang="en")
    assert [c.severity for c in moved if c.kind == "time"] == ["drift"]


def test_a_reporting_verb_dropped_while_its_subject_stays_keeps_the_source() -> None:
    kept = check_texts(
        "Japan's NHK public television said there were broken windows at the airport.",
        "Reports from Japan's NHK public television indicate broken windows at the airport.",
        original_lang="en", republication_lang="en")
    assert not [c for c in kept if c.severity == "drift"], kept
    lost = check_texts("Police said three people died in the fire.",
                       "Three people died in the fire.",
                       original_lang="en", republication_lang="en")
    assert ("drift", "source dropped") in [(c.severity, c.reason) for c in lost], lost


def test_a_place_capitalised_differently_is_not_introduced() -> None:
    checks = check_texts("There were broken windows at the Miyazaki airport.",
                         "There were broken windows at Miyazaki Airport.",
                         original_lang="en", republication_lang="en")
    assert not [c for c in checks if c.severity == "drift"], checks


def test_a_chinese_ministry_is_the_same_portfolio_as_the_english_one() -> None:
    assert "speaker:portfolio:foreign" in values("外交部发言人毛宁表示，会议很成功。", "zh")
    assert "speaker:portfolio:foreign" in values(
        "A Foreign Ministry spokesperson said the meeting was a success.", "en")
    assert "name:portfolio:foreign" in values("中共中央政治局委员、外交部长王毅出席", "zh")
    renamed = check_texts("外交部发言人毛宁表示，会议很成功。",
                          "内政部谈话人毛宁表示，会议很成功。",
                          original_lang="zh", republication_lang="zh")
    assert ("changed", "drift") in [(c.status, c.severity) for c in renamed], renamed
