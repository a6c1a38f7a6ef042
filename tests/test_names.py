"""A word of a name replaced inside a sentence is a name changed (`facts/names.py`);
restyling a name is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlate.matching.facts import check_texts, extract_facts


def changes(original: str, republication: str, lang: str) -> list[tuple[str, ...]]:
    """(kind, status, original, republication, severity) of every non-kept fact."""
    return [
        (c.kind, c.status, c.original or "", c.republication or "", c.severity or "")
        for c in check_texts(original, republication, original_lang=lang, republication_lang=lang)
        if c.status != "kept"
    ]


def drifted(original: str, republication: str, lang: str) -> list[tuple[str, ...]]:
    return [c for c in changes(original, republication, lang) if c[4] == "drift"]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        # A synonym spinner swaps a word of an organisation's name.
        ("en", "Foreign ministers of the Collective Security Treaty Organization met in Minsk "
         "on Monday to discuss the crisis.",
         "Foreign ministers of the Collective Security Contract Organization met in Minsk "
         "on Monday to discuss the crisis.",
         "Collective Security Treaty Organization", "Collective Security Contract Organization"),
        ("ru", "Заседание Совета министров Организации Договора о коллективной безопасности "
         "прошло в Минске.",
         "Заседание Совета министров Организации Контракта о коллективной безопасности "
         "прошло в Минске.", "Организации Договора", "Организации Контракта"),
        # Another person of the same surname.
        ("en", "He said Kirill Dmitriev met them on Monday in the capital.",
         "He said Sergei Dmitriev met them on Monday in the capital.",
         "Kirill Dmitriev", "Sergei Dmitriev"),
        # A name the dictionary knows, garbled into one it does not.
        ("en", "He said the Belt and Road Initiative was a success for all.",
         "He said the Belt and Street Initiative was a success for all.",
         "Belt and Road Initiative", "Belt and Street Initiative"),
        # A meeting, a party body and an office title in Chinese.
        ("zh", "王毅将主持召开第三次中国—太平洋岛国外长会。",
         "王毅将主持召开第三次中国—太平洋岛外洋长会。", "太平洋岛国外长会", "太平洋岛外洋长会"),
        ("zh", "毛宁宣布,中共中央政治局委员王毅将出席。", "毛宁宣布,中共地方政治局委员王毅将出席。",
         "中共中央政治局委员", "中共地方政治局委员"),
        ("zh", "中方代表出席上海合作组织峰会。", "中方代表出席上海协作组织峰会。",
         "上海合作组织峰会", "上海协作组织峰会"),
        # The office changed while the same office ('外长') stands elsewhere in the copy.
        ("zh", "纽埃总理兼外长塔格拉吉、汤加王储兼外交大臣图普托阿、瑙鲁代表安格明将参会。",
         "纽埃总理兼外长塔格拉吉、汤加王储兼内政大臣图普托阿、瑙鲁外长安格明将参会。",
         "外交大臣", "内政大臣"),
        # A ministry's portfolios written in lower case, one of them replaced.
        ("en", "He joined ministries together. For example, Power, Coal and Renewable Energy.",
         "He joined ministries together. For example, energy, coal and renewable energies.",
         "Power, Coal and Renewable Energy", "energy, coal and renewable energies"),
    ],
)
def test_a_word_of_a_name_replaced_is_a_name_changed(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    found = drifted(original, republication, lang)
    assert ("name", "changed", was, now, "drift") in found
    assert len(found) == 1
    # Read the other way round, the same change with its sides swapped.
    assert drifted(republication, original, lang) == [("name", "changed", now, was, "drift")]


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        # Case, word order, an acronym, a word cut short, spelling, a word left out.
        ("en", "He spoke at the Textile Review Meeting on Monday.",
         "He spoke at the textile review meeting on Monday."),
        ("en", "Then he added the Coal Ministry to his portfolio.",
         "Then he added the Ministry of Coal to his portfolio."),
        ("en", "The United Nations Security Council met on Monday.",
         "The UN Security Council met on Monday."),
        ("en", "The Malaysia External Trade Development Corporation said exports rose.",
         "The Malaysia External Trade Development Corp said exports rose."),
        ("en", "Climbers at the Mount Everest Base Camp said it snowed.",
         "Climbers at the Mt Everest Base Camp said it snowed."),
        ("en", "He met Chinese President Xi Jinping in Beijing on Monday.",
         "He met Chinese President Xi Jin Ping in Beijing on Monday."),
        ("en", "He said Prime Minister Muhammad Shehbaz Sharif met them on Monday in Lahore.",
         "He said Prime Minister Mian Shehbaz Sharif met them on Monday in Lahore."),
        ("en", "The World Health Organisation Centre opened.",
         "The World Health Organization Center opened."),
        ("en", "Halifax Regional Fire and Emergency said the fire spread.",
         "Halifax Fire and Emergency said the fire spread."),
        # A Title Case headline rewritten, and a dateline (the dateline rule's).
        ("en", "Alvi, Xi Vow To Deepen Pak-China Ties Further",
         "Pakistan, China Vow To Deepen Bilateral Cooperation"),
        ("en", "HALIFAX, Nova Scotia (AP) — Thousands of people fled the fire.",
         "HALIFAX, Nova Scotia (AP) — Thousands of people fled the blaze."),
        # Russian: synonyms outside a name, a case ending, an acronym.
        ("ru", "Министр иностранных дел России Сергей Лавров выступил в Минске.",
         "Министр зарубежных дел РФ Сергей Лавров выступил в Минске."),
        ("ru", "Лавров выступил на совете Организации Договора о коллективной безопасности.",
         "Лавров выступил на совете ОДКБ."),
        ("ru", "Лавров выступил на заседании Совета Безопасности ООН.",
         "Лавров выступил на заседании Совета безопасности ООН."),
        ("ru", "Встреча прошла в Государственной Думе.", "Встреча прошла в Госдуме."),
        ("ru", "Об этом заявил президент России Владимир Путин на встрече.",
         "Об этом заявил президент России В. Путин на встрече."),
        # Chinese: traditional characters, a word added to a name, a verb before a name,
        # a name shortened.
        ("zh", "王毅将主持召开太平洋岛国外长会。", "王毅將主持召開太平洋島國外長會。"),
        ("zh", "王毅将主持召开太平洋岛国外长会。", "王毅将主持召开太平洋岛国外长会议。"),
        ("zh", "各方期待通过此次外长会加强合作。", "各方等候通过此次外长会加强合作。"),
        ("zh", "中共中央政治局委员王毅出席。", "中央政治局委员王毅出席。"),
        ("zh", "中国人民银行宣布降息。", "中国央行宣布降息。"),
        # ... nor a verb or adverb before a meeting or an organisation.
        ("zh", "双方举行会议讨论合作。", "双方召开会议讨论合作。"),
        ("zh", "各方积极组织开展活动。", "各方努力组织开展活动。"),
    ],
)
def test_a_name_restyled_is_not_a_name_changed(
    lang: str, original: str, republication: str
) -> None:
    assert [c for c in drifted(original, republication, lang) if c[0] == "name"] == []


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        # One capitalised word, a word that says what a body does ('Defense') and a
        # lower-case word between ('civil'), as AP writes some names.
        ("en", "Buildings collapsed, according to the opposition's Syrian civil Defense.",
         "Buildings collapsed, in response to the opposition's Syrian civil Protection.",
         "Defense", "Protection"),
        ("en", "He said he met Smith in the capital on Monday.",
         "He said he met Jones in the capital on Monday.", "Smith", "Jones"),
        ("ru", "Вчера министр встретился в Минске с Ивановым.",
         "Вчера министр встретился в Минске с Петровым.", "Ивановым", "Петровым"),
        # A speaker named by the body's name inside it ('... Management agency said').
        ("en", "Turkey's Disaster and Emergency Management agency said the quake was deep.",
         "Turkey's Catastrophe and Emergency Administration company said the quake was deep.",
         "Disaster and Emergency Management",
         "Catastrophe and Emergency Administration company"),
        ("ru", "Об этом сообщила Российская Транспортная Компания в среду.",
         "Об этом сообщила Российская Железнодорожная Компания в среду.",
         "Российская Транспортная Компания", "Российская Железнодорожная Компания"),
    ],
)
def test_a_word_of_a_short_or_speaking_name_replaced_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    assert drifted(original, republication, lang) == [("name", "changed", was, now, "drift")]


def test_a_place_replaced_inside_a_name_is_a_place_changed() -> None:
    assert drifted(
        "The work of Food Standards of Australia and New Zealand was praised by officials.",
        "The work of Food Standards of India and New Zealand was praised by officials.",
        "en",
    ) == [("place", "changed", "Australia", "India", "drift")]


def test_a_place_read_once_in_a_sentence_is_still_a_place_when_replaced() -> None:
    # 'Russia' after 'Russian' gives no second fact: Russia stays on both sides, and India
    # comes in (the other way round, goes), as the swap invariant asks.
    original = "He is investigating Russian interference, links between Trump aides and Russia."
    republication = "He is investigating Russian interference, links between Trump aides and India."
    assert drifted(original, republication, "en") == [
        ("place", "introduced", "", "India", "drift")
    ]
    backward = check_texts(republication, original, original_lang="en", republication_lang="en")
    assert [(c.status, c.original) for c in backward if c.status != "kept"] == [
        ("dropped", "India")
    ]


def test_a_name_the_dictionaries_know_in_two_forms_is_not_changed() -> None:
    # 'Russian Federation' and 'Russia' are one place to the gazetteer.
    assert drifted(
        "Talks with the Russian Federation Security Council went well.",
        "Talks with the Russia Security Council went well.",
        "en",
    ) == []


def test_a_respelled_name_is_reported_once() -> None:
    found = changes(
        "On Monday, Katherine Tarateski rushed back to her home.",
        "On Monday, Catherine Taratsky rushed back to her home.",
        "en",
    )
    assert len([c for c in found if c[1] == "changed"]) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وزیر خارجہ شاہ محمود قریشی نے اجلاس سے خطاب کیا۔", "name:portfolio:foreign"),
        ("وزارتِ داخلہ نے بیان جاری کیا۔", "name:portfolio:interior"),
        ("دفتر خارجہ نے بیان جاری کیا۔", "name:portfolio:foreign"),
        ("مشیر برائے تجارت عبدالرزاق داؤد نے بتایا۔", "name:portfolio:commerce"),
        ("وزیراطلاعات نے اجلاس سے خطاب کیا۔", "name:portfolio:information"),
        ("وزارت مذہبی امور نے بیان جاری کیا۔", "name:portfolio:religious"),
    ],
)
def test_urdu_ministries_are_named_by_their_portfolio(text: str, value: str) -> None:
    found = [f.value.replace("speaker:", "name:") for f in extract_facts(text, "ur")]
    assert value in found


def test_urdu_titles_without_a_portfolio_are_not_ministries() -> None:
    for text in ("وزیر اعظم نواز شریف نے خطاب کیا۔", "شمالی وزیرستان میں آپریشن جاری ہے۔"):
        assert not [f for f in extract_facts(text, "ur") if "portfolio" in f.value]


def test_an_urdu_portfolio_changed_is_a_name_changed() -> None:
    assert drifted(
        "وزیر خارجہ شاہ محمود قریشی نے اجلاس سے خطاب کیا۔",
        "وزیر داخلہ شاہ محمود قریشی نے اجلاس سے خطاب کیا۔",
        "ur",
    ) == [("name", "changed", "وزیر خارجہ", "وزیر داخلہ", "drift")]
    # One ministry told another way: an izafat mark, ministry / foreign office.
    assert drifted("وزیرِ خارجہ نے خطاب کیا۔", "وزیر خارجہ نے خطاب کیا۔", "ur") == []
    assert drifted("وزارت خارجہ نے بیان جاری کیا۔", "دفتر خارجہ نے بیان جاری کیا۔", "ur") == []


def test_the_word_by_word_name_rule_does_not_apply_to_urdu() -> None:
    # Urdu has no capital letters to tell a name by; its names come from the dictionaries.
    assert drifted(
        "وزیر اعظم شہباز شریف نے اجلاس سے خطاب کیا۔",
        "وزیر اعظم شہباز شریف نے اجلاس سے بات کی۔",
        "ur",
    ) == []


_WORDS = ["Treaty", "Security", "Collective", "Council", "Forum", "Pacific", "Islands",
          "Development", "Agency", "Union", "Federal", "Trade"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=4, unique=True),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(["Contract", "Bureau", "Alliance", "Office"]),
)
def test_a_name_changed_reads_the_same_both_ways(
    words: list[str], at: int, other: str
) -> None:
    name = " ".join(words)
    changed = " ".join(other if k == at % len(words) else w for k, w in enumerate(words))
    original = f"Officials of the {name} met in Minsk on Monday to discuss the crisis."
    republication = f"Officials of the {changed} met in Minsk on Monday to discuss the crisis."
    forward = drifted(original, republication, "en")
    backward = drifted(republication, original, "en")
    assert forward == [("name", "changed", name, changed, "drift")]
    assert backward == [("name", "changed", changed, name, "drift")]


def test_a_foreign_office_is_the_foreign_ministry() -> None:
    assert drifted("China's Foreign Ministry said on Monday the talks went well.",
                   "China's Foreign Office said on Monday the talks went well.", "en") == []
    assert drifted("The Foreign Office said on Monday the talks went well.",
                   "The Home Office said on Monday the talks went well.", "en") == [
        ("speaker", "changed", "Foreign Office", "Home Office", "drift")]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "was", "now"),
    [
        ("en", "Peskov commented on the presence of press from unfriendly countries at the event.",
         "Peskov commented on the presence of Western media at the event.",
         "unfriendly countries", "Western media"),
        ("ru", "Песков прокомментировал присутствие прессы из недружественных стран.",
         "Песков прокомментировал присутствие представителей западных СМИ.",
         "недружественных стран", "западных СМИ"),
        ("zh", "佩斯科夫谈到不友好国家记者出席活动。", "佩斯科夫谈到西方媒体记者出席活动。",
         "不友好国家", "西方"),
        ("ur", "پیسکوف نے تقریب میں غیر دوست ممالک کے صحافیوں کی موجودگی پر بات کی۔",
         "پیسکوف نے تقریب میں مغربی میڈیا کے صحافیوں کی موجودگی پر بات کی۔",
         "غیر دوست ممالک", "مغربی میڈیا"),
    ],
)
def test_a_party_renamed_is_drift(
    lang: str, original: str, republication: str, was: str, now: str
) -> None:
    # Russia's list of unfriendly countries is not 'the West' (places.tsv: both parties).
    assert drifted(original, republication, lang) == [("place", "changed", was, now, "drift")]
    assert drifted(republication, original, lang) == [("place", "changed", now, was, "drift")]
