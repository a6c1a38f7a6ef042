"""A copy that cuts the tag of a direct quote ('," said Zhanle') keeps the words as a quote
the paragraph attributes: style (`quote tag cut`), in en, zh, ru and ur; a claim that loses
its source ('..., police said.' cut) stays drift."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare, drift
from xlate.model import Article


def _speakers(original: str, copy: str, lang: str) -> tuple[list[tuple[str, str | None,
                                                                       str | None]], bool]:
    report = compare(Article.from_sentences([[original]], lang=lang),
                     Article.from_sentences([[copy]], lang=lang))
    found = [(f.original or "", f.severity, f.reason) for link in report.links
             for f in link.facts if f.kind == "speaker" and f.status == "dropped"]
    return found, bool(drift(report))


@pytest.mark.parametrize(
    ("lang", "original", "copy", "speaker"),
    [
        ("en", '"I had my eyes on the world record," said Zhanle.',
         '"I had my eyes on the world record."', "Zhanle"),
        ("en", "“Recent moves are rapid,” he said.", "“Recent moves are rapid.", "he"),
        ("zh", "“每个人都全力以赴投入到救援中。”他说。", "“每个人都全力以赴投入到救援中。”", "他"),
        ("ru", '"Я чемпионаты страны не пропускаю, - сказала она.',
         "«Я чемпионаты страны не пропускаю.", "она"),
        ("ru", "«Это будет добровольно», — сказал Садыков.", "«Это будет добровольно».",
         "Садыков"),
        ("ur", "”ہم نے بھرپور تیاری کی ہے“، انہوں نے کہا۔", "”ہم نے بھرپور تیاری کی ہے“۔",
         "انہوں"),
    ],
)
def test_a_quote_tag_cut_is_style(lang: str, original: str, copy: str, speaker: str) -> None:
    found, fails = _speakers(original, copy, lang)
    assert found == [(speaker, "style", "quote tag cut")]
    assert not fails


@pytest.mark.parametrize(
    ("lang", "original", "copy", "speaker"),
    [
        ("en", "Exports rose 5 percent in June, police said.", "Exports rose 5 percent in June.",
         "police"),
        ("ru", "Экспорт в июне вырос на 5%, сообщила полиция.", "Экспорт в июне вырос на 5%.",
         "полиция"),
    ],
)
def test_a_claim_that_loses_its_source_still_drifts(
    lang: str, original: str, copy: str, speaker: str
) -> None:
    found, fails = _speakers(original, copy, lang)
    assert found == [(speaker, "drift", "source dropped")]
    assert fails
