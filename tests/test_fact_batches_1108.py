"""Rules found on the dev pairs while the real-pair batches 1108-1143 were written (issue
7): a person's name the copy tells in full ('President Raisi' / 'President Ebrahim
Raisi') is style, while a name the original does not give at all stays drift."""

from __future__ import annotations

import pytest

from tests.test_fact_batches_604 import _facts

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
