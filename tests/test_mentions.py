"""Names and places a copy brings into a sentence without a new fact (`facts/mentions.py`):
named by the original in another sentence among the same words, or telling whose
representative an unnamed speaker is. A place added to a claim stays drift."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare
from xlate.model import Article


def introduced(original: list[str], republication: list[str], lang: str) -> list[tuple]:
    report = compare(
        Article.from_sentences([original], lang=lang),
        Article.from_sentences([republication], lang=lang),
    )
    return [(f.kind, f.republication, f.severity, f.reason)
            for link in report.links if link.original and link.republication
            for f in link.facts if f.status == "introduced" and f.kind in ("name", "place")]


_ELSEWHERE = {
    "en": (["A bench headed by Chief Justice Manmohan fined the petitioner on Monday.",
            "The court said the matter was closed.",
            "The bench, also comprising Justice Manmeet P S Arora, dismissed another plea."],
           ["A bench of Chief Justice Manmohan and Justice Manmeet PS Arora fined the "
            "petitioner on Monday.", "The court said the matter was closed."],
           "Justice Manmeet PS Arora"),
    "zh": (["新疆塔什库尔干县今晨发生5.5级地震，已造成8人死亡。",
            "震中5公里范围内平均海拔约4347米。",
            "据通报，5月11日在新疆喀什地区塔什库尔干县发生地震，震源深度8千米。"],
           ["新疆喀什地区塔什库尔干县今晨发生5.5级地震，已造成8人死亡。"], "喀什"),
}


@pytest.mark.parametrize("lang", sorted(_ELSEWHERE))
def test_a_name_the_original_gives_in_another_sentence_is_style(lang: str) -> None:
    original, republication, name = _ELSEWHERE[lang]
    found = introduced(original, republication, lang)
    assert (("place" if lang == "zh" else "name"), name, "style", "named elsewhere") in found


def test_a_place_added_to_another_claim_is_still_drift() -> None:
    found = introduced(
        ["The quake was also felt in Syria early on Monday.",
         "The toll rose to 20.",
         "Buildings collapsed in Turkey, officials said."],
        ["The quake was also felt in Syria early on Monday.",
         "The toll rose to 20.",
         "Buildings collapsed in Turkey and Syria, officials said."],
        "en",
    )
    assert [(name, sev) for _, name, sev, _ in found] == [("Syria", "drift")]


_DESCRIBED = {
    "en": (["Peskov said Russia was negotiating only with the United States.",
            "He noted that resolutions of the European Parliament could not be considered."],
           ["Peskov said Russia was negotiating only with the United States.",
            "A Kremlin spokesman noted that resolutions of the European Parliament could not "
            "be considered."], "Kremlin"),
    "ru": (["Песков сообщил, что Россия ведет переговоры только с США.",
            "Он отметил, что сейчас нельзя принимать во внимание резолюции Европарламента."],
           ["Песков сообщил, что Россия ведет переговоры только с США.",
            "По словам представителя Кремля, сейчас нельзя принимать во внимание резолюции "
            "Европарламента."], "Кремля"),
    "zh": (["佩斯科夫说，俄罗斯只与美国谈判。", "他指出，目前不能考虑欧洲议会的决议。"],
           ["佩斯科夫说，俄罗斯只与美国谈判。", "俄罗斯发言人指出，目前不能考虑欧洲议会的决议。"],
           "俄罗斯"),
    "ur": (["پیسکوف نے کہا کہ روس صرف امریکہ سے بات کر رہا ہے۔",
            "انہوں نے کہا کہ یورپی پارلیمنٹ کی قراردادوں پر غور نہیں کیا جا سکتا۔"],
           ["پیسکوف نے کہا کہ روس صرف امریکہ سے بات کر رہا ہے۔",
            "کریملن کے ترجمان نے کہا کہ یورپی پارلیمنٹ کی قراردادوں پر غور نہیں کیا جا سکتا۔"],
           "کریملن"),
}


@pytest.mark.parametrize("lang", sorted(_DESCRIBED))
def test_an_office_describing_the_same_speaker_is_style(lang: str) -> None:
    original, republication, name = _DESCRIBED[lang]
    found = introduced(original, republication, lang)
    assert [f for f in found if f[2] == "drift"] == [], found


def test_a_name_spelt_as_the_original_spells_it_elsewhere_is_style() -> None:
    report = compare(
        Article.from_sentences([["Kejriwal was arrested in March.",
                                 "The court refused the plea on Kerjiwal's removal on Monday."]]),
        Article.from_sentences([["Kejriwal was arrested in March.",
                                 "The court refused the plea on Kejriwal's removal on Monday."]]),
    )
    found = [(f.original, f.republication, f.severity, f.reason)
             for link in report.links for f in link.facts if f.status == "changed"]
    assert found == [("Kerjiwal", "Kejriwal", "style", "spelt as the original spells it")]
    # The other way round, the copy's typo is a name respelt.
    report = compare(
        Article.from_sentences([["Kejriwal was arrested in March.",
                                 "The court refused the plea on Kejriwal's removal on Monday."]]),
        Article.from_sentences([["Kejriwal was arrested in March.",
                                 "The court refused the plea on Kerjiwal's removal on Monday."]]),
    )
    assert [(f.severity, f.reason) for link in report.links for f in link.facts
            if f.status == "changed"] == [("drift", "name")]
