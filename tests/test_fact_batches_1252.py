"""Rules found on the dev pairs while the real-pair batches 1252-1287 were written (issue
7): a Chinese hedge after a scale word or a measure word the unit table does not hold
('3000万亩左右') is the figure's hedge, so a copy that moves it before ('约3000万亩') keeps
the figure; a hedge inside brackets ('(nearly USD 53 million)') is read; a figure told
another way ('6.4 km' -> 'about 6.4 km') still counts as kept when deciding whether a loose
rewrite tells the same statement, so a weekday it loses stays dropped; a Chinese count
with its unit is read before '日' ('连续8天日收')."""

from __future__ import annotations

import pytest

from tests.test_fact_batches_604 import _facts
from xlate.matching.facts.extract import extract_facts


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("zh", "全国日收面积3000万亩左右。", "~3e7"),
        ("zh", "连续8天日收面积超过3000万亩。", "8 day"),
        ("zh", "本次共有3000万左右旅客出行。", "~3e7"),
        ("zh", "全年造林面积达到500亩以上。", ">500"),
        ("zh", "共有约3000万亩农田完成收割。", "~3e7"),
        ("en", "Vietnam imported rubber (nearly USD 53 million) from Laos.", "~5.3e7 USD"),
        ("ru", "В акции участвовали («около 40 человек»), сообщила полиция.", "~40 person"),
    ],
)
def test_a_hedge_after_a_measure_word_or_inside_brackets_is_read(
    lang: str, text: str, value: str
) -> None:
    assert value in [f.value for f in extract_facts(text, lang)]


def test_a_hedge_moved_before_a_chinese_figure_keeps_it() -> None:
    assert not _facts("截至10月12日,全国连续8天日收面积3000万亩左右。",
                      "截至10月12日,全国连续8天每日收获面积约3000万亩。", "zh", ("number",))


@pytest.mark.parametrize(
    ("original", "copy", "severity"),
    [
        ("Walking 8,000 steps (6.4 kilometres) twice a week may cut the risk of early death,"
         " according to a study released on Tuesday.",
         "Researchers in Japan and the United States found that walking eight thousand steps"
         " (about 6.4 kilometers) twice a week can cut the risk of dying early.", "drift"),
        ("Walking 8,000 steps or 6.4 kilometres twice a week may cut the risk of early death,"
         " according to a study released on Tuesday.",
         "Researchers in Japan and the United States found that walking eight thousand steps"
         " or about 6.4 kilometers twice a week can cut the risk of dying early.", "drift"),
    ],
)
def test_a_figure_told_another_way_still_keeps_the_statement(
    original: str, copy: str, severity: str
) -> None:
    days = _facts(original, copy, "en", ("time",), "dropped")
    assert [f.severity for f in days] == [severity]
