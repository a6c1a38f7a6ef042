"""A name spelt another way in the same language is a name changed (drift), even where
the names dictionary knows both spellings; case, spacing, hyphens, diacritics, case
endings, honorifics and short forms are style (`facts/respelling.py`)."""

from __future__ import annotations

import pytest

from xlate.matching.facts import check_texts
from xlate.matching.facts.respelling import respelt


def drifted(original: str, republication: str, lang: str) -> list[tuple[str, ...]]:
    return [
        (c.kind, c.status, c.original or "", c.republication or "")
        for c in check_texts(original, republication, original_lang=lang, republication_lang=lang)
        if c.status != "kept" and c.severity == "drift"
    ]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        # Both spellings are in the names dictionary, as one person.
        ("en", "The approval came after Prime Minister Shehbaz Sharif discussed a loan.",
         "The approval came after Prime Minister Shahbaz Sharif discussed a loan.",
         "Shehbaz Sharif", "Shahbaz Sharif"),
        # A transliteration variant of a name no dictionary knows.
        ("en", "He said Adviser Abdul Razak Dawood met them on Monday in the capital.",
         "He said Adviser Abdul Razzaq Dawood met them on Monday in the capital.",
         "Adviser Abdul Razak Dawood", "Adviser Abdul Razzaq Dawood"),
        # One word of a name no dictionary knows.
        ("en", "The court rejected the plea seeking Kejriwal's removal on Monday.",
         "The court rejected the plea seeking Kerjiwal's removal on Monday.",
         "Kejriwal", "Kerjiwal"),
        ("ru", "Суд отклонил иск Кейриваля в понедельник.",
         "Суд отклонил иск Керживаля в понедельник.", "Кейриваля", "Керживаля"),
        ("ru", "Переговоры провел премьер-министр Пакистана Шехбаз Шариф.",
         "Переговоры провел премьер-министр Пакистана Шахбаз Шариф.",
         "Шехбаз Шариф", "Шахбаз Шариф"),
        # A foreign name in Chinese characters, another character for one syllable.
        ("zh", "特朗普和夫人梅拉尼娅在停车处热情迎接。", "特朗普和夫人马拉尼亚在停车处热情迎接。",
         "梅拉尼娅", "马拉尼亚"),
        ("ur", "اس موقع پر روسی صدر ولادیمیر پوتن نے خطاب کیا۔",
         "اس موقع پر روسی صدر ولادیمیر پیوٹن نے خطاب کیا۔",
         "ولادیمیر پوتن", "ولادیمیر پیوٹن"),
        # Told longer and respelt (Chinese names have no words to add: `respelt`).
        ("en", "Putin will meet UAE President Muhammad al-Nahyan on Tuesday.",
         "Putin will meet UAE President Sheikh Mohammed bin Zayed Al Nahyan on Tuesday.",
         "Muhammad al-Nahyan", "Sheikh Mohammed bin Zayed Al Nahyan"),
        ("ru", "Путин встретится с президентом ОАЭ Мухаммедом Нахайяном во вторник.",
         "Путин встретится с президентом ОАЭ Мохаммедом бен Заидом Нахайяном во вторник.",
         "Мухаммедом Нахайяном", "Мохаммедом бен Заидом Нахайяном"),
        ("ur", "اس موقع پر صدر پوتن نے خطاب کیا۔", "اس موقع پر صدر ولادیمیر پیوٹن نے خطاب کیا۔",
         "پوتن", "ولادیمیر پیوٹن"),
    ],
)
def test_a_name_spelt_another_way_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    found = drifted(original, republication, lang)
    assert [(k, s) for k, s, _, _ in found] == [("name", "changed")]
    assert found[0][2].endswith(was) and found[0][3].endswith(now)
    back = drifted(republication, original, lang)
    assert back[0][2].endswith(now) and back[0][3].endswith(was)


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "He met Recep Tayyip Erdogan in Ankara on Monday.",
         "He met Recep Tayyip Erdoğan in Ankara on Monday."),
        ("en", "He met Kim Jong Un in Pyongyang on Monday.",
         "He met Kim Jong-un in Pyongyang on Monday."),
        ("en", "He said Prime Minister Muhammad Shehbaz Sharif met them on Monday.",
         "He said Prime Minister Mian Shehbaz Sharif met them on Monday."),
        ("en", "He met Xi Jinping in Beijing on Monday.", "He met Xi in Beijing on Monday."),
        # A place the gazetteer knows, in a house's other spelling.
        ("en", "Rescuers searched the Plasco building in downtown Tehran on Friday.",
         "Rescuers searched the Plasco building in downtown Teheran on Friday."),
        ("en", "Talks were held in Kyiv on Monday.", "Talks were held in Kiev on Monday."),
        ("ru", "Об этом сообщил Сергей Лавров.", "Об этом сообщил Сергея Лаврова помощник."),
        ("ur", "چین کے صدر شی جن پنگ نے خطاب کیا۔", "چین کے صدر شی جنپنگ نے خطاب کیا۔"),
        ("zh", "习近平会见了夏巴兹·谢里夫。", "习近平会见了夏巴兹。"),
        # Traditional characters; words that are not names, though their characters
        # also write foreign names (加, 拉, 西).
        ("zh", "特朗普和夫人梅拉尼娅在停车处迎接。", "特朗普和夫人梅拉尼婭在停車處迎接。"),
        ("zh", "两国同意加强在拉丁美洲和西亚的合作。", "两国同意加大在拉丁美洲和西亚的合作。"),
    ],
)
def test_a_name_restyled_is_not_respelt(lang: str, original: str, republication: str) -> None:
    assert [c for c in drifted(original, republication, lang) if c[0] in ("name", "place")] == []


def test_respelt_words() -> None:
    assert respelt("Mohammed bin Salman", "Mohammad bin Salman")
    assert respelt("梅拉尼娅", "马拉尼亚")
    assert not respelt("He", "She")
    assert not respelt("Badar uz Zaman", "Badaruz Zaman")
    assert not respelt("Kirill Dmitriev", "Sergei Dmitriev")  # another person: names.py's


def test_words_cut_or_added_are_no_respelling() -> None:
    assert not respelt("Russia", "Russian Federation")  # a word cut from the other
    assert not respelt("Imran Khan", "Imran Ahmed Khan")
    assert respelt("Shehbaz Sharif", "Muhammad Shahbaz Sharif")
