"""Times and figures told another way on the blind real-pair batch 100-111 (issue 7): a
weekday given as the date it fell on ('on Tuesday' -> 'on May 10'), a clock hour read
as so many hours in a round trip ('0—24时' -> '0至24小时'); each in every language it
applies to, with severity and counterpart."""

from __future__ import annotations

import pytest

from tests.test_fact_drift import changes


@pytest.mark.parametrize(
    ("lang", "original", "republication", "day", "date"),
    [
        ("en", "The court on Tuesday refused the plea.", "The court on May 10 refused the plea.",
         "Tuesday", "May 10"),
        ("en", "The court on Tuesday refused the plea.",
         "The court on May 10, 2022 refused the plea.", "Tuesday", "May 10, 2022"),
        ("zh", "法院周二驳回了申请。", "法院5月10日驳回了申请。", "周二", "5月10日"),
        ("ru", "Суд во вторник отклонил иск.", "Суд 10 мая отклонил иск.", "во вторник",
         "10 мая"),
        ("ur", "عدالت نے منگل کو درخواست مسترد کر دی۔", "عدالت نے 10 مئی کو درخواست مسترد کر دی۔",
         "منگل", "10 مئی"),
    ],
)
def test_a_weekday_given_as_its_date_is_style(
    lang: str, original: str, republication: str, day: str, date: str
) -> None:
    assert changes(original, republication, lang) == [
        ("time", "dropped", day, None, "style", "weekday as date"),
        ("date", "introduced", None, date, "style", "weekday as date"),
    ]
    # The other way round too: the date dropped where its weekday came in.
    assert changes(republication, original, lang) == [
        ("date", "dropped", date, None, "style", "weekday as date"),
        ("time", "introduced", None, day, "style", "weekday as date"),
    ]


def test_a_weekday_changed_where_its_date_came_in_is_style() -> None:
    assert changes("The cabinet was launched last Wednesday.",
                   "The cabinet was launched last week on Sept. 16.", "en") == [
        ("time", "changed", "Wednesday", "last week", "style", "weekday as date"),
        ("date", "introduced", None, "Sept. 16", "style", "weekday as date"),
    ]


@pytest.mark.parametrize(
    ("original", "republication", "lang"),
    [
        # 11 May 2022 was a Wednesday.
        ("The court on Tuesday refused the plea.", "The court on May 11, 2022 refused the plea.",
         "en"),
        ("Суд во вторник отклонил иск.", "Суд 11 мая 2022 года отклонил иск.", "ru"),
        # A date in a credit's brackets is the page's, not the event's.
        ("The court on Tuesday refused the plea.",
         "The court refused the plea (City News - May 10).", "en"),
    ],
)
def test_a_weekday_dropped_for_another_days_date_is_drift(
    original: str, republication: str, lang: str
) -> None:
    found = changes(original, republication, lang)
    assert ("time", "drift") in {(k, sev) for k, _, _, _, sev, _ in found}


def test_a_weekday_dropped_for_a_date_that_names_another_weekday_is_drift() -> None:
    found = changes("The court ruled on Monday.", "The court ruled on Tuesday, May 10.", "en")
    assert ("time", "dropped", "Monday", None, "drift", "time dropped") in found


@pytest.mark.parametrize(
    ("lang", "original", "republication", "clock", "hours"),
    [
        ("zh", "2月23日0—24时,新增病例1846例。", "在2月23日0至24小时之间,新增病例1846例。",
         "24时", "24小时"),
        ("en", "On February 23 from 0:00 to 24:00, 1846 patients recovered.",
         "On February 23 from 0 to 24 hours, 1846 patients recovered.", "24:00", "24 hours"),
    ],
)
def test_a_clock_hour_read_as_hours_is_style(
    lang: str, original: str, republication: str, clock: str, hours: str
) -> None:
    found = changes(original, republication, lang)
    assert ("time", "dropped", clock, None, "style", "detail left out") in found
    assert ("number", "introduced", None, hours, "style", "clock as hours") in found


def test_a_count_of_hours_read_as_a_clock_hour_is_style_in_russian() -> None:
    found = changes("23 февраля с 0 до 24 часов выздоровели 1846 человек.",
                    "23 февраля с 0:00 до 24:00 выздоровели 1846 человек.", "ru")
    assert ("number", "dropped", "24 часов", None, "style", "clock as hours") in found


def test_hours_that_are_no_clock_hour_stay_drift() -> None:
    found = changes("Talks lasted 24 hours.", "Talks lasted 12 hours until 24:00.", "en")
    assert ("number", "changed", "24 hours", "12 hours", "drift", "number") in found


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "Support slid to 34.3 percent.", "Support slid to 34%."),
        ("zh", "支持率降至34.3%。", "支持率降至34%。"),
        ("ru", "Рейтинг упал до 34,3%.", "Рейтинг упал до 34%."),
        ("ur", "حمایت 34.3 فیصد رہ گئی۔", "حمایت 34 فیصد رہ گئی۔"),
        ("en", "Support slid to 34.3 percent.", "Support slid to about 34%."),
        ("ru", "Так ответили 80,3% опрошенных.", "Так ответили около 80% опрошенных."),
    ],
)
def test_a_figure_with_its_decimals_dropped_is_the_same_figure(
    lang: str, original: str, republication: str
) -> None:
    assert changes(original, republication, lang) == []


@pytest.mark.parametrize(
    ("original", "republication", "was", "now"),
    [
        ("Support slid to 6.4 percent.", "Support slid to 6%.", "6.4 percent", "6%"),
        ("Support slid to 34.3 percent.", "Support slid to 35%.", "34.3 percent", "35%"),
        ("Support slid to 247 points.", "Support slid to 250 points.", "247", "250"),
    ],
)
def test_a_figure_rounded_past_its_whole_digits_stays_drift(
    original: str, republication: str, was: str, now: str
) -> None:
    kind = "number" if "points" in original else "percent"
    assert changes(original, republication, "en") == [
        (kind, "changed", was, now, "drift", kind)
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        ("en", "80.3 percent of respondents said so.", "Up to 80.3% of respondents said so.",
         "80.3 percent", "Up to 80.3%"),
        ("zh", "80.3%的受访者这样说。", "最多80.3%的受访者这样说。", "80.3%", "最多80.3%"),
        ("ru", "Так ответили 80,3% опрошенных.", "Так ответили около 80,3% опрошенных.",
         "80,3%", "около 80,3%"),
        ("ur", "80.3 فیصد نے یہ کہا۔", "تقریباً 80.3 فیصد نے یہ کہا۔", "80.3 فیصد",
         "تقریباً 80.3 فیصد"),
    ],
)
def test_a_hedge_put_on_a_measured_figure_is_style(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    assert changes(original, republication, lang) == [
        ("percent", "changed", was, now, "style", "approximation")
    ]


@pytest.mark.parametrize(
    ("original", "republication", "was", "now", "kind"),
    [
        ("42 people died.", "Up to 42 people died.", "42 people", "Up to 42 people", "number"),
        ("About 34.3 percent agreed.", "34.3 percent agreed.", "About 34.3 percent",
         "34.3 percent", "percent"),
    ],
)
def test_a_hedge_on_a_count_or_one_dropped_stays_drift(
    original: str, republication: str, was: str, now: str, kind: str
) -> None:
    assert changes(original, republication, "en") == [(kind, "changed", was, now, "drift", kind)]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        ("en", "The release will start sometime around the summer.",
         "The release will start sometime in the summer.", "around the summer", "in the summer"),
        ("zh", "排放将在夏季左右开始。", "排放将在夏季开始。", "夏季左右", "夏季"),
        ("ru", "Сброс начнется примерно летом.", "Сброс начнется летом.", "примерно летом",
         "летом"),
        ("ur", "اخراج تقریباً گرمیوں میں شروع ہوگا۔", "اخراج گرمیوں میں شروع ہوگا۔",
         "تقریباً گرمیوں میں", "گرمیوں میں"),
    ],
)
def test_a_hedge_dropped_from_a_season_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    found = [changes(original, republication, lang), changes(republication, original, lang)]
    assert found == [[("time", "changed", was, now, "drift", "time")],
                     [("time", "changed", now, was, "drift", "time")]]


def test_a_season_is_paired_with_a_season_only() -> None:
    assert changes("The deal was secured last summer.", "The deal was secured last winter.",
                   "en") == [("time", "changed", "last summer", "last winter", "drift", "time")]
    assert changes("Islamabad secured the deal last summer.",
                   "Islamabad secured the deal this month.", "en") == [
        ("time", "dropped", "last summer", None, "drift", "time dropped"),
        ("time", "introduced", None, "this month", "drift", "time introduced"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Summer Davos opened in Tianjin.", "en"), ("The town has a hot spring.", "en")],
)
def test_a_season_in_a_name_or_a_spring_is_no_time(text: str, lang: str) -> None:
    from xlate.matching.facts import extract_facts

    assert [f for f in extract_facts(text, lang) if f.kind == "time"] == []


@pytest.mark.parametrize(
    ("lang", "original", "republication", "date"),
    [
        ("en", "Protection ran till February 23 in view of the February 20 assembly polls.",
         "Protection ran till February 23 in view of the assembly polls.", "February 20"),
        ("zh", "鉴于2月20日的选举,保护期延至2月23日。", "鉴于选举,保护期延至2月23日。", "2月20日"),
        ("ur", "20 فروری کے انتخابات کے پیش نظر تحفظ دیا گیا۔", "انتخابات کے پیش نظر تحفظ دیا گیا۔",
         "20 فروری"),
    ],
)
def test_a_date_that_names_its_event_dropped_is_style(
    lang: str, original: str, republication: str, date: str
) -> None:
    # Russian puts the date after the noun ('выборы 20 февраля'): no such reading there.
    assert changes(original, republication, lang) == [
        ("date", "dropped", date, None, "style", "names the event")
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "date"),
    [
        ("en", "The apex court on January 31 had granted protection.",
         "The apex court had granted protection.", "January 31"),
        ("en", "The court ruled on the February 20 and left.", "The court ruled and left.",
         "February 20"),
        ("zh", "法院1月31日批准了保护。", "法院批准了保护。", "1月31日"),
        ("ru", "Суд 31 января предоставил защиту.", "Суд предоставил защиту.", "31 января"),
        ("ur", "عدالت نے 31 جنوری کو تحفظ دیا تھا۔", "عدالت نے تحفظ دیا تھا۔", "31 جنوری"),
    ],
)
def test_the_date_of_what_was_done_dropped_stays_drift(
    lang: str, original: str, republication: str, date: str
) -> None:
    assert changes(original, republication, lang) == [
        ("date", "dropped", date, None, "drift", "date dropped")
    ]


def test_a_weekday_is_not_given_as_one_of_two_dates() -> None:
    found = changes("Police said on Monday the attack was over.",
                    "Police said the attack of May 3 was over by May 5.", "en")
    assert ("time", "dropped", "Monday", None, "drift", "time dropped") in found
