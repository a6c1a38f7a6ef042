"""Attribution rules found on the blind real-pair batches (issue 7): whose words a claim
is, read the same way in en, zh, ru and ur; each rule asserting severity and counterpart."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare, drift
from xlate.matching.facts import check_texts
from xlate.model import Article


def changes(original: str, republication: str, lang: str) -> list[
    tuple[str, str, str | None, str | None, str | None, str | None]
]:
    """(kind, status, original, republication, severity, reason) of every non-kept fact."""
    checks = check_texts(original, republication, original_lang=lang, republication_lang=lang)
    return [
        (c.kind, c.status, c.original, c.republication, c.severity, c.reason)
        for c in checks
        if c.status != "kept"
    ]


# ------------------------------------- the source of 'according to' is its object

@pytest.mark.parametrize(
    ("lang", "original", "copy", "pronoun"),
    [
        ("en", "It was centered 18 kilometers deep, according to the U.S. Geological Survey.",
         "The quake was centered 18 kilometers deep, according to the U.S. Geological "
         "Survey.", "It"),
        ("ru", "Он находился на глубине 10 километров, по данным Геологической службы США.",
         "Очаг находился на глубине 10 километров, по данным Геологической службы США.",
         "Он"),
    ],
)
def test_the_subject_before_according_to_is_not_the_source(
    lang: str, original: str, copy: str, pronoun: str
) -> None:
    found = changes(original, copy, lang)
    assert not any(c[0] == "speaker" and c[2] == pronoun for c in found)
    assert not any(c[4] == "drift" for c in found)  # the source still stands in the copy


@pytest.mark.parametrize(
    ("lang", "original", "copy", "verb"),
    [
        ("en", "It was centered 18 kilometers deep, according to the U.S. Geological Survey.",
         "It was centered 18 kilometers deep.", "according to"),
        ("ru", "Он находился на глубине 10 километров, по данным Геологической службы США.",
         "Он находился на глубине 10 километров.", "по данным"),
    ],
)
def test_according_to_dropped_is_a_source_dropped(
    lang: str, original: str, copy: str, verb: str
) -> None:
    found = changes(original, copy, lang)
    assert any(c[4] == "drift" and c[0] in ("attribution", "speaker") for c in found)
    assert ("attribution", "dropped", verb, None) in [c[:4] for c in found]


@pytest.mark.parametrize(
    ("lang", "original", "copy", "was", "now"),
    [
        ("en", "Three buildings collapsed, according to the opposition's Civil Defense.",
         "Three buildings collapsed, according to the opposition's Red Crescent.",
         "Civil Defense", "Red Crescent"),
        ("ru", "Она была на глубине 10 километров, по словам Мансури.",
         "Она была на глубине 10 километров, по словам Ахмади.", "Мансури", "Ахмади"),
    ],
)
def test_the_object_of_according_to_renamed_is_drift(
    lang: str, original: str, copy: str, was: str, now: str
) -> None:
    assert ("speaker", "changed", was, now, "drift", "speaker") in changes(original, copy, lang)


def _drift_of(original: list[str], republication: list[str]) -> list[tuple[str, str | None]]:
    report = compare(Article.from_sentences([original], lang="en"),
                     Article.from_sentences([republication], lang="en"))
    return [(f.kind, f.original) for _, f in drift(report)]


def test_a_named_source_dropped_from_an_edited_sentence_is_not_given_by_any_verb_nearby() -> None:
    found = _drift_of(
        ["Several buildings tumbled down in Malatya, HaberTurk television reported.",
         "In the rebel-held northwest several buildings collapsed, according to the "
         "opposition's White Helmets."],
        ["Several buildings tumbled down in Malatya, HaberTurk television reported.",
         "In the rebel-held northwest several buildings collapsed, in response to the "
         "opposition's Civil Protection."],
    )
    assert ("speaker", "White Helmets") in found, found
