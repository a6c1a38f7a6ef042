"""Rules found on the dev pairs while the real-pair batches 1108-1143 were written (issue
7): a person's name the copy tells in full ('President Raisi' / 'President Ebrahim
Raisi') is style, while a name the original does not give at all stays drift; an Urdu
scale word or month typed against the next word ('تین ہزارفٹ', '20لاکھ 39ہزار963',
'30 ستمبر2024'), as its last letter does not join, is still read; a figure of a loose
rewrite 'changed' to one the original gives in another sentence is two parts of the story
paired, style."""

from __future__ import annotations

import pytest

from tests.test_fact_batches_604 import _facts
from xlate.matching.compare import compare
from xlate.matching.facts.extract import extract_facts
from xlate.model import Article

_KINDS = ("name", "speaker")


@pytest.mark.parametrize(
    ("lang", "original", "copy", "severity"),
    [
        ("en", "He added that the administration of President Raisi values the Look East"
               " policy.",
         "He added that the administration of President Ebrahim Raisi values the Look East"
         " policy.", "style"),
        ("en", "He added that the administration of the president values the Look East"
               " policy.",
         "He added that the administration of President Ebrahim Raisi values the Look East"
         " policy.", "drift"),
        ("ru", "Он добавил, что администрация президента Раиси придает значение политике"
               " добрососедства.",
         "Он добавил, что администрация президента Эбрахима Раиси придает значение политике"
         " добрососедства.", "style"),
        ("ru", "Он добавил, что администрация президента придает значение политике"
               " добрососедства.",
         "Он добавил, что администрация президента Эбрахима Раиси придает значение политике"
         " добрососедства.", "drift"),
    ],
)
def test_a_name_told_in_full_is_style_and_a_name_not_given_drift(
    lang: str, original: str, copy: str, severity: str
) -> None:
    [fact] = _facts(original, copy, lang, _KINDS, "introduced")
    assert (fact.republication or "").endswith(("Raisi", "Раиси"))
    assert fact.severity == severity
    assert (fact.reason == "full name") == (severity == "style")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("سیارچے کی لمبائی تین ہزارفٹ ہے۔", ["3000"]),
        ("فیکٹریوں میں 20لاکھ 39ہزار963گانٹھ کپاس آئی۔", ["2.039963e6"]),
        ("برآمدات 2 ہزار972گانٹھ رہیں۔", ["2972"]),
        ("امداد 2 لاکھ 50 ہزار روپے ہے۔", ["250000 RUPEE"]),
        ("ہزاروں افراد جمع ہوئے۔", []),  # the plural: 'thousands'
        ("ہزارہ برادری کے 12 افراد", ["12 person"]),  # Hazara
    ],
)
def test_an_urdu_scale_word_typed_against_the_next_word_is_read(
    text: str, values: list[str]
) -> None:
    assert [f.value for f in extract_facts(text, "ur") if f.kind == "number" or
            f.kind == "money"] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30 ستمبر2024 تک فیکٹریوں میں کپاس آئی۔", "2024-09-30"),
        ("30ستمبر2023تک کپاس آئی تھی۔", "2023-09-30"),
        ("سیارچہ اگست2002ء میں دریافت ہوا۔", "2002-08"),
        ("سیارچہ اگست 2002ء میں دریافت ہوا۔", "2002-08"),
    ],
)
def test_an_urdu_year_typed_against_its_month_is_read(text: str, value: str) -> None:
    assert [f.value for f in extract_facts(text, "ur") if f.kind == "date"] == [value]


_BALES = [
    "Cotton arrivals at the country's ginning factories reached 2,039,963 bales by September"
    " 30, the ginners' association said.",
    "Ginners blamed heavy rains and a pest attack in the main growing districts for the poor"
    " crop.",
    "Arrivals in the same period last year were 5,025,282 bales.",
    "The drop was 59.41 percent. Factories in Punjab received 726,767 bales against 2,069,433"
    " bales a year earlier.",
]


@pytest.mark.parametrize(("told", "severity"), [("2,039,963", "style"), ("2,049,963", "drift")])
def test_a_figure_of_a_loose_rewrite_given_in_another_sentence_is_named_elsewhere(
    told: str, severity: str
) -> None:
    copy = ["Farmers in the south are worried about their incomes this winter.",
            f"Arrivals at the ginning factories were {told} bales by October 1 against"
            " 5,025,282 bales a year earlier, a fall of 59.4 percent."]
    report = compare(Article.from_sentences([_BALES], lang="en"),
                     Article.from_sentences([copy], lang="en"))
    [fact] = [f for link in report.links for f in link.facts
              if f.status == "changed" and f.original == "2,069,433"]
    assert (fact.republication, fact.severity) == (told, severity)
    assert (fact.reason == "named elsewhere") == (severity == "style")
