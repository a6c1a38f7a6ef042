"""The last reading of a comparison (severity.unexplained_details): a figure, date or
relative time the copy adds to a sentence, or a figure it leaves out, with nothing else to
say about it, is style; a hedged figure left out stays drift; every other kind keeps its
own rules. Each in every language."""

from __future__ import annotations

import pytest

from xlate.matching.compare import compare
from xlate.model import Article


def _non_kept(original: str, republication: str, lang: str) -> list[tuple[str | None, ...]]:
    report = compare(Article.from_sentences([[original]], lang=lang),
                     Article.from_sentences([[republication]], lang=lang))
    return [(f.kind, f.status, f.original, f.republication, f.severity, f.reason)
            for link in report.links for f in link.facts if f.status != "kept"]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "kind", "added"),
    [
        ("en", "Exports rose sharply, the ministry said.",
         "Exports rose 5 percent, the ministry said.", "percent", "5 percent"),
        ("zh", "商务部说，出口大幅增长。", "商务部说，出口增长5%。", "percent", "5%"),
        ("ru", "Экспорт резко вырос, сообщило министерство.",
         "Экспорт вырос на 5%, сообщило министерство.", "percent", "5%"),
        ("ur", "وزارت نے کہا کہ برآمدات میں تیزی سے اضافہ ہوا۔",
         "وزارت نے کہا کہ برآمدات میں 5 فیصد اضافہ ہوا۔", "percent", "5 فیصد"),
        ("en", "The minister arrived in Lahore for talks.",
         "The minister arrived in Lahore on March 3 for talks.", "date", "March 3"),
        ("zh", "部长抵达拉合尔举行会谈。", "部长3月3日抵达拉合尔举行会谈。", "date", "3月3日"),
        ("ru", "Министр прибыл в Лахор для переговоров.",
         "Министр прибыл в Лахор 3 марта для переговоров.", "date", "3 марта"),
        ("ur", "وزیر مذاکرات کے لیے لاہور پہنچے۔", "وزیر 3 مارچ کو مذاکرات کے لیے لاہور پہنچے۔",
         "date", "3 مارچ"),
        ("en", "The minister arrived in Lahore for talks.",
         "The minister arrived in Lahore on Thursday for talks.", "time", "Thursday"),
        ("zh", "部长抵达拉合尔举行会谈。", "部长周四抵达拉合尔举行会谈。", "time", "周四"),
        ("ru", "Министр прибыл в Лахор для переговоров.",
         "Министр в четверг прибыл в Лахор для переговоров.", "time", "в четверг"),
        ("ur", "وزیر مذاکرات کے لیے لاہور پہنچے۔", "وزیر جمعرات کو مذاکرات کے لیے لاہور پہنچے۔",
         "time", "جمعرات"),
    ],
)
def test_a_figure_date_or_time_added_is_a_detail(
    lang: str, original: str, republication: str, kind: str, added: str
) -> None:
    assert _non_kept(original, republication, lang) == [
        (kind, "introduced", None, added, "style", "detail added")]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "figure"),
    [
        ("en", "Police arrested 12 people after the clash.",
         "Police arrested people after the clash.", "12 people"),
        ("zh", "警方在冲突后逮捕了12人。", "警方在冲突后逮捕了一些人。", "12人"),
        ("ru", "Полиция задержала 12 человек после столкновений.",
         "Полиция задержала людей после столкновений.", "12 человек"),
        ("ur", "پولیس نے جھڑپ کے بعد 12 افراد کو گرفتار کیا۔",
         "پولیس نے جھڑپ کے بعد افراد کو گرفتار کیا۔", "12 افراد"),
    ],
)
def test_a_figure_left_out_is_style(
    lang: str, original: str, republication: str, figure: str
) -> None:
    assert _non_kept(original, republication, lang) == [
        ("number", "dropped", figure, None, "style", "figure left out")]


@pytest.mark.parametrize(
    ("lang", "original", "republication"),
    [
        ("en", "At least one person died in the fire.", "One person died in the fire."),
        ("zh", "火灾中至少3人死亡。", "火灾中3人死亡。"),
        ("ru", "В пожаре погибли по меньшей мере три человека.", "В пожаре погибли три человека."),
        ("ur", "آگ میں کم از کم تین افراد ہلاک ہوئے۔", "آگ میں تین افراد ہلاک ہوئے۔"),
    ],
)
def test_a_hedge_lost_stays_drift(lang: str, original: str, republication: str) -> None:
    found = _non_kept(original, republication, lang)
    assert [(kind, sev) for kind, _, _, _, sev, _ in found] == [("number", "drift")]


@pytest.mark.parametrize(
    ("lang", "original", "republication", "kind"),
    [
        ("en", "The court refused the plea on Monday.", "The court refused the plea.", "time"),
        ("zh", "法院周一驳回了请求。", "法院驳回了请求。", "time"),
        ("ru", "Суд в понедельник отклонил ходатайство.", "Суд отклонил ходатайство.", "time"),
        ("ur", "عدالت نے پیر کو درخواست مسترد کر دی۔", "عدالت نے درخواست مسترد کر دی۔", "time"),
        ("en", "Exports rose, police said.", "Exports rose.", "speaker"),
    ],
)
def test_other_kinds_keep_their_rules(
    lang: str, original: str, republication: str, kind: str
) -> None:
    found = _non_kept(original, republication, lang)
    assert (kind, "drift") in [(k, sev) for k, _, _, _, sev, _ in found]

