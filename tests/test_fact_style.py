"""Same meaning in other words, met in issue 7's blind real pairs: a unit conversion in
brackets left out, a place named on both sides that the extractor reads on one only, an
acronym spelt out, a list's points numbered another way."""

from __future__ import annotations

import pytest

from tests.test_fact_drift import _pair, changes


def _non_kept(original: str, republication: str, lang: str) -> list[tuple[str, str, str]]:
    return [(kind, sev or "", reason or "") for kind, _, _, _, sev, reason
            in changes(original, republication, lang)]


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "The quake occurred at a depth of 7 kilometers (4.3 miles).",
         "The quake occurred at a depth of 7 km."),
        ("ru", "Очаг землетрясения залегал на глубине 7 километров (4,3 мили).",
         "Очаг землетрясения залегал на глубине 7 км."),
        ("zh", "震源深度为7公里（4.3英里）。", "震源深度为7公里。"),
    ],
)
def test_a_conversion_left_out_is_style(lang: str, original: str, republication: str) -> None:
    found = _non_kept(original, republication, lang)
    assert found and all(sev == "style" for _, sev, _ in found), found
    assert ("number", "style", "conversion") in found


def test_a_number_in_brackets_that_is_no_conversion_stays_drift() -> None:
    found = _non_kept(
        "Seven people (four of them children) were hurt.", "Seven people were hurt.", "en"
    )
    assert ("number", "drift", "number dropped") in found, found


def test_a_place_named_on_both_sides_is_not_changed() -> None:
    original = ("The quake was centered in Pazarcik district of Türkiye, Anadolu Agency "
                "reports.")
    republication = ("The quake was centered in the Pazarcik district in Türkiye's southern "
                     "province of Kahramanmaras.")
    found = _non_kept(original, republication, "en")
    assert not [f for f in found if f[1] == "drift"], found


def _drifts(original: list[str], republication: list[str], lang: str) -> list[tuple[str, str]]:
    return [(f.kind, f.reason or "") for f in _pair(original, republication, lang)]


def test_a_source_dropped_is_not_given_by_another_speaker_next_door() -> None:
    original = [
        "Finance Minister Muhammad Aurangzeb has said Islamabad could secure a staff-level "
        "agreement on the new programme by early July.",
        "Islamabad says it is seeking a loan over at least three years to help achieve "
        "macroeconomic stability and execute painful structural reforms.",
    ]
    republication = [
        "Finance Minister Muhammad Aurangzeb has indicated that Islamabad could secure a "
        "staff-level agreement on the new programme by early July.",
        "It is seeking a loan over at least three years to help achieve macroeconomic "
        "stability and execute painful structural reforms.",
    ]
    assert ("attribution", "source dropped") in _drifts(original, republication, "en")


def test_a_source_moved_to_the_next_sentence_is_given_nearby() -> None:
    original = [
        "The ministry says exports rose 13 percent in April to 2.2 billion dollars this year.",
        "Imports fell.",
    ]
    republication = [
        "Exports rose 13 percent in April to 2.2 billion dollars this year.",
        "The ministry says imports fell.",
    ]
    assert _drifts(original, republication, "en") == []


@pytest.mark.parametrize(
    ("lang", "original", "republication", "name"),
    [
        ("en", "Putin will meet the head of the IAEA on Tuesday.",
         "Putin will meet the head of the International Atomic Energy Agency on Tuesday.",
         "International Atomic Energy Agency"),
        ("ru", "Заявление сделали страны ОДКБ в понедельник.",
         "Заявление сделали страны Организации Договора о коллективной безопасности в "
         "понедельник.", "Организации Договора"),
    ],
)
def test_an_acronym_spelt_out_is_style(
    lang: str, original: str, republication: str, name: str
) -> None:
    # Chinese and Urdu write no initials for a name (国际原子能机构).
    assert _non_kept(original, republication, lang) == [("name", "style", "abbreviation")]
    assert [c[2] for c in changes(original, republication, lang)] == [None]
    assert [c[3] for c in changes(original, republication, lang)] == [name]
    assert [c[4] for c in changes(republication, original, lang)] == ["style"]


def test_initials_of_another_body_stay_drift() -> None:
    found = changes("Talks at the UN went on for a week.",
                    "Talks at the International Atomic Energy Agency went on for a week.", "en")
    assert [c[4] for c in found if c[0] == "name"] == ["drift"], found


def test_a_briefing_verb_is_a_neutral_reporting_verb_in_chinese() -> None:
    # 介绍 (presented) -> 通报 (briefed): the same speaker and a neutral verb.
    assert changes("海关总署副署长王令浚介绍，一季度进出口增长5%。",
                   "海关总署副署长王令浚通报，一季度进出口增长5%。", "zh") == []


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "Third, exports to the EU rose 3 percent.", "Exports to the EU rose 3 percent."),
        ("ru", "В-третьих, экспорт в ЕС вырос на 3 процента.", "Экспорт в ЕС вырос на 3 процента."),
        ("zh", "他表示，民营企业进出口保持两位数增长。",
         "他表示，第三是民营企业进出口保持两位数增长。"),
        ("zh", "机电产品出口势头良好。", "第四 机电产品出口势头良好。"),
        ("ur", "تیسرا، برآمدات میں 3 فیصد اضافہ ہوا۔", "برآمدات میں 3 فیصد اضافہ ہوا۔"),
    ],
)
def test_a_list_point_numbered_or_not_is_style(
    lang: str, original: str, republication: str
) -> None:
    for a, b in ((original, republication), (republication, original)):
        assert _non_kept(a, b, lang) == [("ordinal", "style", "list point")]


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "He came third in the race.", "He came in the race."),
        ("zh", "他获得第三名。", "他获得名次。"),
        ("ur", "وہ دوڑ میں تیسرا آیا۔", "وہ دوڑ میں آیا۔"),
    ],
)
def test_a_rank_dropped_stays_drift(lang: str, original: str, republication: str) -> None:
    assert _non_kept(original, republication, lang) == [("ordinal", "drift", "ordinal dropped")]
