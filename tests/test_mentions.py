"""Names and places a copy brings into a sentence without a new fact (`facts/mentions.py`):
named by the original in another sentence among the same words, or telling whose
representative an unnamed speaker is. A place added to a claim stays drift."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare, drift
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
    "ru": (["Суд под председательством судьи Манмохана оштрафовал истца в понедельник.",
            "Суд заявил, что вопрос закрыт.",
            "Коллегия, в которую также входил судья Манмит Арора, отклонила другой иск."],
           ["Суд под председательством судьи Манмохана и судьи Манмит Арора оштрафовал истца "
            "в понедельник.", "Суд заявил, что вопрос закрыт."], "Манмит Арора"),
    "ur": (["سنکیانگ کے ضلع تاشقورغان میں زلزلے سے 8 افراد ہلاک ہو گئے۔",
            "زلزلے کی گہرائی 8 کلومیٹر تھی۔",
            "زلزلہ سنکیانگ کے کاشغر علاقے کے ضلع تاشقورغان میں آیا۔"],
           ["سنکیانگ کے کاشغر علاقے کے ضلع تاشقورغان میں زلزلے سے 8 افراد ہلاک ہو گئے۔",
            "زلزلے کی گہرائی 8 کلومیٹر تھی۔"], "کاشغر"),
    "zh": (["新疆塔什库尔干县今晨发生5.5级地震，已造成8人死亡。",
            "震中5公里范围内平均海拔约4347米。",
            "据通报，5月11日在新疆喀什地区塔什库尔干县发生地震，震源深度8千米。"],
           ["新疆喀什地区塔什库尔干县今晨发生5.5级地震，已造成8人死亡。"], "喀什"),
}


@pytest.mark.parametrize("lang", sorted(_ELSEWHERE))
def test_a_name_the_original_gives_in_another_sentence_is_style(lang: str) -> None:
    original, republication, name = _ELSEWHERE[lang]
    found = introduced(original, republication, lang)
    assert (("place" if lang in ("zh", "ur") else "name"), name, "style",
            "named elsewhere") in found, found


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
    "en": (["Stephane Dujarric said the talks would go on next week.",
            "He noted that the resolutions of the European Parliament could not be considered "
            "at this stage."],
           ["Stephane Dujarric said the talks would go on next week.",
            "A United Nations spokesman noted that the resolutions of the European Parliament "
            "could not be considered at this stage."], "United Nations"),
    "ru": (["Песков сообщил, что Россия ведет переговоры только с США.",
            "Он отметил, что в настоящий момент нельзя принимать во внимание резолюции "
            "Европарламента о необходимости принять Европу за стол переговоров."],
           ["Песков сообщил, что Россия ведет переговоры только с США.",
            "По словам представителя Кремля, сейчас нельзя принимать во внимание резолюции "
            "Европарламента о необходимости принять Европу за стол переговоров."], "Кремля"),
    "zh": (["迪雅里克说，谈判将于下周继续。", "他指出，目前还不能考虑欧洲议会关于谈判的各项决议。"],
           ["迪雅里克说，谈判将于下周继续。",
            "联合国发言人指出，目前还不能考虑欧洲议会关于谈判的各项决议。"],
           "联合国"),
    "ur": (["دوجارک نے کہا کہ مذاکرات اگلے ہفتے جاری رہیں گے۔",
            "انہوں نے کہا کہ یورپی پارلیمنٹ کی قراردادوں پر اس مرحلے پر غور نہیں کیا جا سکتا۔"],
           ["دوجارک نے کہا کہ مذاکرات اگلے ہفتے جاری رہیں گے۔",
            "اقوام متحدہ کے ترجمان نے کہا کہ یورپی پارلیمنٹ کی قراردادوں پر اس مرحلے پر "
            "غور نہیں کیا جا سکتا۔"], "اقوام متحدہ"),
}


@pytest.mark.parametrize("lang", sorted(_DESCRIBED))
def test_an_office_describing_the_same_speaker_is_style(lang: str) -> None:
    original, republication, name = _DESCRIBED[lang]
    report = compare(
        Article.from_sentences([original], lang=lang),
        Article.from_sentences([republication], lang=lang),
    )
    assert drift(report) == []
    found = [(f.republication, f.severity, f.reason)
             for link in report.links for f in link.facts if f.republication == name]
    # In en, zh and ur the office is read as the speaker itself, for the pronoun; in
    # Russian, 'по словам представителя Кремля', it is the name that says whose.
    why = "speaker described" if lang == "ru" else "pronoun"
    assert found == [(name, "style", why)], found


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


# An office's spokesman named ('The Kremlin spokesman' -> 'Peskov'), where the story gives
# the two together with the role word; each case: (original, republication, the two
# speakers).
_ONE_PERSON = {
    "en": (["Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
            "The Kremlin spokesman also announced Putin's meetings on Tuesday."],
           ["Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
            "Peskov also announced Putin's meetings on Tuesday."], ("Kremlin", "Peskov")),
    "ru": (["Представитель Кремля Дмитрий Песков выступил в понедельник.",
            "Представитель Кремля также объявил о других встречах Путина во вторник."],
           ["Представитель Кремля Дмитрий Песков выступил в понедельник.",
            "Песков также объявил о других встречах Путина во вторник."], ("Кремля", "Песков")),
    "zh": (["外交部长王毅星期一会见了记者。", "外交部长表示，中方欢迎双方会谈。"],
           ["外交部长王毅星期一会见了记者。", "王毅表示，中方欢迎双方会谈。"],
           ("外交部长", "王毅")),
    "ur": (["کریملن کے ترجمان دمتری پیسکوف نے پیر کو بریفنگ دی۔",
            "کریملن کے ترجمان نے کہا کہ پوتن منگل کو ملاقاتیں کریں گے۔"],
           ["کریملن کے ترجمان دمتری پیسکوف نے پیر کو بریفنگ دی۔",
            "پیسکوف نے کہا کہ پوتن منگل کو ملاقاتیں کریں گے۔"], ("کریملن", "پیسکوف")),
}


def _speakers(original: list[str], republication: list[str], lang: str) -> list[tuple]:
    report = compare(
        Article.from_sentences([original], lang=lang),
        Article.from_sentences([republication], lang=lang),
    )
    return [(f.original, f.republication, f.severity, f.reason)
            for link in report.links for f in link.facts
            if f.kind == "speaker" and f.status != "kept"]


@pytest.mark.parametrize("lang", sorted(_ONE_PERSON))
def test_an_office_s_spokesman_named_is_style(lang: str) -> None:
    original, republication, (office, person) = _ONE_PERSON[lang]
    assert _speakers(original, republication, lang) == [
        (office, person, "style", "speaker described")
    ]
    assert _speakers(republication, original, lang) == [
        (person, office, "style", "speaker described")
    ]


@pytest.mark.parametrize(
    ("original", "republication"),
    [
        # Putin is not the spokesman's office, though the story gives them together.
        (["Putin's spokesman Dmitry Peskov spoke on Monday.",
          "Putin also announced other meetings on Tuesday."],
         ["Putin's spokesman Dmitry Peskov spoke on Monday.",
          "Peskov also announced other meetings on Tuesday."]),
        # Two people side by side, not one.
        (["Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov spoke on Monday.",
          "The Kremlin spokesman also announced other meetings on Tuesday."],
         ["Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov spoke on Monday.",
          "Lavrov also announced other meetings on Tuesday."]),
    ],
)
def test_another_person_for_the_office_stays_drift(
    original: list[str], republication: list[str]
) -> None:
    assert [(sev, why) for _, _, sev, why in _speakers(original, republication, "en")] == [
        ("drift", "speaker")
    ]
