"""Quarters, halves and month ranges, years told relative to the story, comparison bases,
list points and the story's time frame (issue 7, blind batch 88-99), in en, zh, ru, ur."""

from __future__ import annotations

import pytest

from tests.test_fact_drift import changes
from xlate.matching.compare import compare
from xlate.matching.facts import extract_facts
from xlate.model import Article


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind in ("date", "time")]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "Trade will moderate in the second half of 2025 (2H 2025).",
         [("second half of 2025", "2025:07..12"), ("2H 2025", "2025:07..12")]),
        ("en", "the report card for April to June 2025", [("April to June 2025", "2025:04..06")]),
        ("en", "sales between January and March rose", [("between January and March",
                                                          ":01..03")]),
        ("en", "In the first quarter of fiscal 2025 sales rose.",
         [("first quarter of fiscal 2025", "fy2025:q1")]),
        ("en", "Trade grew nine percent in the initial two months of 2024.",
         [("initial two months of 2024", "2024:01..02")]),
        ("zh", "出口较去年四季度加快。", [("去年四季度", "y-1:10..12")]),
        ("zh", "2024年一季度进出口增长,上半年和1-3月", [
            ("2024年一季度", "2024:01..03"), ("上半年", ":01..06"), ("1-3月", ":01..03")]),
        ("ru", "во втором квартале 2025 года", [("втором квартале 2025 года", "2025:04..06")]),
        ("ru", "в январе-марте этого года", [("январе-марте этого года", "y+0:01..03")]),
        ("ru", "во второй половине года", [("второй половине года", ":07..12")]),
        ("ur", "رواں سال کی پہلی سہ ماہی میں", [("رواں سال کی پہلی سہ ماہی", "y+0:01..03")]),
        ("ur", "جنوری تا مارچ 2025 میں", [("جنوری تا مارچ 2025", "2025:01..03")]),
    ],
)
def test_quarters_halves_and_month_ranges_are_periods(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _dates(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "He scored in the first half."), ("en", "They met in April and June."),
     ("ru", "Во второй половине матча он забил.")],
)
def test_a_half_without_its_year_or_two_months_are_no_period(lang: str, text: str) -> None:
    assert not any(".." in value for _, value in _dates(text, lang))


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "He spoke on the report card for the second quarter of 2025.",
         "He spoke on the report card for April to June 2025."),
        ("zh", "2024年一季度出口增长5%。", "2024年1-3月出口增长5%。"),
        ("ru", "В первом квартале 2025 года экспорт вырос на 5%.",
         "С января по март 2025 года экспорт вырос на 5%."),
        ("ur", "2025 کی پہلی سہ ماہی میں برآمدات 5 فیصد بڑھیں۔",
         "جنوری تا مارچ 2025 میں برآمدات 5 فیصد بڑھیں۔"),
    ],
)
def test_a_quarter_told_as_its_months_is_kept(lang: str, original: str, republication: str
                                              ) -> None:
    assert changes(original, republication, lang) == []


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        ("en", "Exports rose 5% in the second quarter of 2025.",
         "Exports rose 5% in the third quarter of 2025.",
         "second quarter of 2025", "third quarter of 2025"),
        ("zh", "2024年一季度出口增长5%。", "2024年二季度出口增长5%。",
         "2024年一季度", "2024年二季度"),
        ("ru", "В первом квартале 2025 года экспорт вырос на 5%.",
         "Во втором квартале 2025 года экспорт вырос на 5%.",
         "первом квартале 2025 года", "втором квартале 2025 года"),
        ("ur", "2025 کی پہلی سہ ماہی میں برآمدات 5 فیصد بڑھیں۔",
         "2025 کی دوسری سہ ماہی میں برآمدات 5 فیصد بڑھیں۔",
         "2025 کی پہلی سہ ماہی", "2025 کی دوسری سہ ماہی"),
    ],
)
def test_another_quarter_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    assert changes(original, republication, lang) == [
        ("date", "changed", was, now, "drift", "date")
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "Trade will moderate in the second half of 2025 (2H 2025) amid uncertainty.",
         "Trade will moderate in the second half of the year amid uncertainty."),
        ("zh", "2025年下半年贸易将放缓。", "今年下半年贸易将放缓。"),
        ("ru", "Во втором полугодии 2025 года торговля замедлится.",
         "Во втором полугодии этого года торговля замедлится."),
        ("ur", "2025 کی دوسری ششماہی میں تجارت سست ہو گی۔",
         "رواں سال کی دوسری ششماہی میں تجارت سست ہو گی۔"),
    ],
)
def test_a_half_of_the_year_for_a_half_of_2025_is_no_drift(
    lang: str, original: str, republication: str
) -> None:
    assert [c for c in changes(original, republication, lang) if c[4] == "drift"] == []


def test_a_period_said_twice_and_left_out_once_is_style() -> None:
    assert changes("Trade will moderate in the second half of 2025 (2H 2025).",
                   "Trade will moderate in the second half of 2025.", "en") == [
        ("date", "dropped", "2H 2025", None, "style", "said twice")
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "relative", "year"),
    [
        ("en", "Trade performance for this year remains within expectations.",
         "Trade performance for 2025 remains within expectations.", "this year", "2025"),
        ("zh", "今年出口增长5%。", "2025年出口增长5%。", "今年", "2025年"),
        ("ru", "В этом году экспорт вырос на 5%.", "В 2025 году экспорт вырос на 5%.",
         "В этом году", "2025 году"),
        ("ur", "اس سال برآمدات 5 فیصد بڑھیں۔", "2025ء میں برآمدات 5 فیصد بڑھیں۔", "اس سال",
         "2025ء"),
    ],
)
def test_a_year_told_relative_to_the_story_is_style(
    lang: str, original: str, republication: str, relative: str, year: str
) -> None:
    assert changes(original, republication, lang) == [
        ("time", "dropped", relative, None, "style", "year as relative year"),
        ("date", "introduced", None, year, "style", "year as relative year"),
    ]


def test_last_year_for_this_year_is_still_drift() -> None:
    assert changes("今年出口增长5%。", "去年出口增长5%。", "zh") == [
        ("time", "changed", "今年", "去年", "drift", "time")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Exports rose 5% from the same period last year."),
     ("zh", "出口较去年同期提升0.2个百分点。"),
     ("ru", "Экспорт вырос на 5% по сравнению с аналогичным периодом прошлого года."),
     ("ur", "برآمدات گزشتہ سال کی اسی مدت کے مقابلے میں 5 فیصد بڑھیں۔")],
)
def test_the_same_period_last_year_is_a_comparison_base_not_a_time(lang: str, text: str
                                                                   ) -> None:
    assert _dates(text, lang) == []


def test_a_list_point_renumbered_is_kept_and_one_left_out_is_style() -> None:
    assert changes("三是民营企业进出口保持两位数增长。",
                   "他表示,第三是民营企业进出口维持两位数成长。", "zh") == [
        ("speaker", "introduced", None, "他", "style", "source added"),
        ("attribution", "introduced", None, "表示", "style", "attribution added"),
    ]
    assert changes("四是机电产品出口势头良好。", "机电产品出口势头良好。", "zh") == [
        ("ordinal", "dropped", "四是", None, "style", "list point")
    ]
    assert changes("Third, exports of machinery grew.", "Exports of machinery grew.", "en") == [
        ("ordinal", "dropped", "Third", None, "style", "list point")
    ]
    assert changes("三是民营企业进出口保持增长。", "第四是民营企业进出口保持增长。", "zh") == [
        ("ordinal", "changed", "三是", "第四", "drift", "ordinal")
    ]


def _report_changes(original: list[str], republication: list[str], lang: str
                    ) -> list[tuple[str | None, str | None, str | None, str | None]]:
    report = compare(Article.from_sentences([original], lang=lang),
                     Article.from_sentences([republication], lang=lang))
    return [(f.original, f.republication, f.severity, f.reason)
            for link in report.links if link.original and link.republication
            for f in link.facts if f.kind in ("date", "time") and f.status != "kept"]


_FRAME = {
    "en": ("Exports grew 5% in the first quarter of 2024, the ministry said.",
           "The ministry gave the figures at a news conference in the capital.",
           "Machinery led the growth with exports up 6.8%, while textiles rose 9.1% and "
           "furniture 23.5%.", "In the first quarter of 2024, ", "first quarter of 2024"),
    "zh": ("海关总署介绍,今年一季度,出口增长5%。", "具体分析,主要有以下五个方面的特点。",
           "机电产品出口3.39万亿元,增长6.8%,占出口总值的59.2%,劳动密集型产品增长9.1%。",
           "今年一季度,", "今年一季度"),
    "ru": ("В первом квартале 2024 года экспорт вырос на 5%, сообщило министерство.",
           "Министерство привело эти данные на пресс-конференции в столице.",
           "Рост обеспечило машиностроение, экспорт которого вырос на 6,8%, а экспорт "
           "текстиля вырос на 9,1%.", "В первом квартале 2024 года ", "первом квартале 2024 года"),
    "ur": ("2024 کی پہلی سہ ماہی میں برآمدات 5 فیصد بڑھیں، وزارت نے کہا۔",
           "وزارت نے یہ اعداد و شمار دارالحکومت میں ایک پریس کانفرنس میں جاری کیے۔",
           "مشینری کی برآمدات 6.8 فیصد بڑھیں جبکہ ٹیکسٹائل کی برآمدات 9.1 فیصد اور فرنیچر کی "
           "برآمدات 23.5 فیصد بڑھیں۔", "2024 کی پہلی سہ ماہی میں ", "2024 کی پہلی سہ ماہی"),
}


@pytest.mark.parametrize("lang", sorted(_FRAME))
def test_the_story_s_period_brought_into_a_sentence_is_style(lang: str) -> None:
    """Given two sentences earlier, not next door (`given nearby`)."""
    lede, middle, point, opening, period = _FRAME[lang]
    told = opening + (point if lang in ("zh", "ur") else point[0].lower() + point[1:])
    assert _report_changes([lede, middle, point], [lede, middle, told], lang) == [
        (None, period, "style", "the story's year")
    ]


def test_the_dateline_date_left_out_is_the_story_s_date() -> None:
    found = _report_changes(
        ["BEIJING, April 12 (Xinhua) -- On April 12, the customs office said exports grew "
         "5 percent in the first quarter."],
        ["The customs office said exports grew 5 percent in the first quarter."], "en")
    assert ("April 12", None, "style", "the story's date") in found
    assert [f for f in found if f[2] == "drift"] == []


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [("en", "Trade was front-loaded over the past five months.",
      [("over the past five months", "past:5 month")]),
     ("en", "Trade fell last year.", [("last year", "year:-1")]),
     ("zh", "过去五个月出口增长。", [("过去五个月", "past:5 month")]),
     ("ru", "За последние пять месяцев экспорт вырос.",
      [("За последние пять месяцев", "past:5 month")]),
     ("ur", "گزشتہ پانچ ماہ کے دوران برآمدات بڑھیں۔", [("گزشتہ پانچ ماہ", "past:5 month")]),
     ("ur", "گزشتہ سال برآمدات بڑھیں۔", [("گزشتہ سال", "year:-1")])],
)
def test_a_stretch_up_to_now_is_a_relative_time(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _dates(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        ("en", "Some trade was front-loaded over the past five months, he said.",
         "Some trade was front-loaded earlier in the year, he said.",
         "over the past five months", "earlier in the year"),
        ("zh", "他说,过去五个月部分贸易提前出货。", "他说,今年部分贸易提前出货。",
         "过去五个月", "今年"),
        ("ru", "По его словам, за последние пять месяцев часть торговли прошла раньше.",
         "По его словам, в этом году часть торговли прошла раньше.",
         "за последние пять месяцев", "в этом году"),
        ("ur", "انہوں نے کہا کہ گزشتہ پانچ ماہ کے دوران تجارت تیز رہی۔",
         "انہوں نے کہا کہ اس سال تجارت تیز رہی۔", "گزشتہ پانچ ماہ", "اس سال"),
    ],
)
def test_a_stretch_up_to_now_told_as_another_time_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    assert changes(original, republication, lang) == [
        ("time", "changed", was, now, "drift", "time")
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "vague"),
    [
        ("en", "The missions held to date brought RM25.6 billion.",
         "The missions brought RM25.6 billion.", "to date"),
        ("zh", "迄今贸易团带来256亿令吉。", "贸易团带来256亿令吉。", "迄今"),
        ("ru", "До сих пор миссии принесли 25,6 млрд ринггитов.",
         "Миссии принесли 25,6 млрд ринггитов.", "До сих пор"),
        ("ur", "اب تک تجارتی مشنوں سے 25.6 ارب رنگٹ حاصل ہوئے۔",
         "تجارتی مشنوں سے 25.6 ارب رنگٹ حاصل ہوئے۔", "اب تک"),
    ],
)
def test_a_vague_time_left_out_is_style(
    lang: str, original: str, republication: str, vague: str
) -> None:
    assert changes(original, republication, lang) == [
        ("time", "dropped", vague, None, "style", "vague time")
    ]


def test_to_date_made_recent_is_drift() -> None:
    assert changes("The missions held to date brought RM25.6 billion.",
                   "The recent missions brought RM25.6 billion.", "en") == [
        ("time", "changed", "to date", "recent", "drift", "time")
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "found"),
    [("en", "Exports rose 5% in the first five months of 2025.",
      "Exports rose 5% from January to May 2025.", "2025:01..05"),
     ("zh", "2025年前5个月出口增长5%。", "2025年1-5月出口增长5%。", "2025:01..05"),
     ("ru", "За первые пять месяцев 2025 года экспорт вырос на 5%.",
      "В январе-мае 2025 года экспорт вырос на 5%.", "2025:01..05"),
     ("ur", "2025 کے پہلے پانچ ماہ میں برآمدات 5 فیصد بڑھیں۔",
      "جنوری سے مئی 2025 تک برآمدات 5 فیصد بڑھیں۔", "2025:01..05")],
)
def test_the_first_months_of_a_year_told_as_a_month_range_are_kept(
    lang: str, original: str, republication: str, found: str
) -> None:
    assert [value for _, value in _dates(original, lang)] == [found]
    assert changes(original, republication, lang) == []


_YEAR_LEFT_OUT = {
    "en": ("Imports in 2025 rose 3%, led by machinery and textiles from Asia.",
           "Imports rose 3%, led by machinery and textiles from Asia.", "2025"),
    "zh": ("2025年进口增长3%,主要是来自亚洲的机械和纺织品。",
           "进口增长3%,主要是来自亚洲的机械和纺织品。", "2025年"),
    "ru": ("В 2025 году импорт вырос на 3% благодаря машинам и текстилю из Азии.",
           "Импорт вырос на 3% благодаря машинам и текстилю из Азии.", "2025 году"),
    "ur": ("2025ء میں درآمدات 3 فیصد بڑھیں جن میں ایشیا سے مشینری اور ٹیکسٹائل شامل ہیں۔",
           "درآمدات 3 فیصد بڑھیں جن میں ایشیا سے مشینری اور ٹیکسٹائل شامل ہیں۔", "2025ء"),
}


@pytest.mark.parametrize("lang", sorted(_YEAR_LEFT_OUT))
def test_a_year_left_out_that_the_copy_gives_in_another_sentence_is_style(lang: str) -> None:
    lede, middle, _, _, _ = _FRAME[lang]
    lede = lede.replace("2024", "2025").replace("今年", "2025年")
    point, told, year = _YEAR_LEFT_OUT[lang]
    assert _report_changes([lede, middle, point], [lede, middle, told], lang) == [
        (year, None, "style", "the story's year")
    ]


def test_months_to_a_month_are_a_period() -> None:
    assert _dates("Profit rose in the six months ended June 30, 2025.", "en") == [
        ("six months ended June 30, 2025", "2025:01..06")
    ]
    assert changes("Profit rose 5% in the three months to June.",
                   "Profit rose 5% in the second quarter.", "en") == []


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [("en", "Output rose 5% in the first three quarters of 2024.",
      "Output rose 5% in the first nine months of 2024."),
     ("zh", "2024年前三季度产值增长5%。", "2024年1-9月产值增长5%。")],
)
def test_the_first_three_quarters_are_the_first_nine_months(
    lang: str, original: str, republication: str
) -> None:
    assert changes(original, republication, lang) == []
