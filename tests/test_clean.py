"""clean: the seed acceptance case, hand-written damage fixtures in en/zh/ru/ur, rules one
by one, and property tests (never crashes, idempotent, never invents a word)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED, SHARED_SEED, shared_data
from xlate.model import Cleaned, Document, Meta
from xlate.reports.article import explain, render_markdown
from xlate.text.clean import clean
from xlate.text.load import load

DATA = Path(__file__).parent / "data" / "clean"


def paragraphs(name: str) -> list[str]:
    return (DATA / name).read_text("utf-8").strip().split("\n\n")


def body(text: str, **kwargs: str) -> list[str]:
    return list(clean(text, lang=kwargs.get("lang", "en")).article.paragraphs)


# ---------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> Cleaned:
    return clean(load(SEED))


def test_seed_body_matches_hand_checked_expectation(seed: Cleaned) -> None:
    assert list(seed.article.paragraphs) == paragraphs("seed_expected.txt")
    assert len(seed.article.paragraphs) == 7
    assert clean(seed.article.text).article.paragraphs == seed.article.paragraphs


def test_seed_metadata(seed: Cleaned) -> None:
    meta = seed.article.meta
    assert meta.headline == (
        "Xi, Putin pledge stronger partnership, advance global governance cooperation"
    )
    assert (meta.outlet, meta.site, meta.source) == ("Rahbar International", "rki.news", "Xinhua")
    assert (meta.published, meta.captured) == ("2025-09-02", "2025-11-11")
    assert (meta.dateline_place, meta.dateline_date) == ("Beijing", "2025-09-02")
    assert meta.lang == seed.article.lang == "en"


def test_seed_damage_is_gone(seed: Cleaned) -> None:
    text = seed.article.text
    for mark in ("$", "\\,", "**", "##", "Rahbar", "rki.news", "Document Date", "Category:",
                 "Show on website", "Sources Xinhua", "Published on", "November 11th"):
        assert mark not in text, mark
    clause = "took place during the Shanghai Cooperation Organization (SCO) Summit 2025"
    assert text.count(clause) == 1
    assert "80th anniversary" in text
    assert text.startswith("Beijing, September 2 — Chinese President")  # dateline stays in body
    assert "Summit 2025 in Beijing, alongside commemorations" in text


def test_seed_changes_name_their_rules(seed: Cleaned) -> None:
    rules = {c.rule for c in seed.changes}
    assert {"math-mode", "repeat", "repeat-tail", "markdown-emphasis", "reflow",
            "boilerplate-capture-date", "boilerplate-category", "hyphen-restore"} <= rules
    lines = explain(seed.changes).splitlines()
    assert "line 28: markdown-emphasis: '**80**' -> '80'" in lines
    capture = "line 14: boilerplate-capture-date: 'Document Date"
    assert any(line.startswith(capture) for line in lines)


def test_seed_markdown_rendering(seed: Cleaned) -> None:
    md = render_markdown(seed.article)
    assert md.startswith("# Xi, Putin pledge stronger partnership")
    assert "| Credited source | Xinhua |" in md and "| Published | 2025-09-02 |" in md
    assert md.count("\n\n") >= 8 and md.endswith("regional issues.\n")


# ---------------------------------------------------------------- damage fixtures


FIXTURES = {
    "en_damaged.md": Meta(
        headline="China, Russia sign energy deal", outlet="World News Today", source="Xinhua",
        dateline_place="Beijing", dateline_date="2025-09-03", published="2025-09-03", lang="en",
    ),
    "zh_damaged.txt": Meta(
        headline="习近平同普京举行会谈", outlet="新华网", source="Xinhua", dateline_place="北京",
        dateline_date="2025-09-02", published="2025-09-02", lang="zh",
    ),
    "ru_damaged.txt": Meta(
        headline="Путин и Си Цзиньпин провели переговоры в Пекине", source="TASS",
        dateline_place="Москва", dateline_date="2025-09-02", published="2025-09-02", lang="ru",
    ),
    "ur_damaged.txt": Meta(
        headline="وزیر اعظم کا چین کا دورہ", source="APP", dateline_place="اسلام آباد",
        published="2025-09-02", lang="ur",
    ),
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_damage_fixture(name: str) -> None:
    cleaned = clean(load(DATA / name))
    assert list(cleaned.article.paragraphs) == paragraphs(name[:2] + "_expected.txt")
    assert cleaned.article.meta == FIXTURES[name]
    again = clean(cleaned.article.text, lang=cleaned.article.lang)
    assert again.article.paragraphs == cleaned.article.paragraphs


# ---------------------------------------------------------------- rules


def test_math_mode_unwrapped() -> None:
    text = r"Growth was $\text{about} \; 5\%$ and $x^{2}$ stays, while $5 and $10 are money."
    assert body(text) == ["Growth was about 5% and x2 stays, while $5 and $10 are money."]


def test_repeated_run_kept_once_and_real_repetition_kept() -> None:
    damaged = "They met in the capital city today, met in the capital city today, met in the"
    assert body(damaged) == ["They met in the capital city today,"]
    natural = "No, no, no. He said it was very, very good and that the the work goes on."
    assert body(natural) == [natural]


def test_garbled_tail_needs_to_reach_the_end() -> None:
    text = "A B C D E F, A B C D E F, then the story went on normally after that point."
    assert body(text) == ["A B C D E F, then the story went on normally after that point."]


def test_markdown_markup() -> None:
    text = (
        "* Item with __bold__ and _it_ and ***both*** and `code`\n\n---\n\n"
        "See [the report](http://x.org/a_(b)) ![pic](p.png) here."
    )
    assert body(text) == ["Item with bold and it and both and code", "See the report here."]
    assert body("snake_case_name and 2*3*4 stay as they are.") == [
        "snake_case_name and 2*3*4 stay as they are."
    ]


def test_list_items_are_paragraphs() -> None:
    text = "Points:\n\n- First point\n- Second point\n  continues here\n* Third point.\n\nAfter."
    assert body(text) == [
        "Points:", "First point", "Second point continues here", "Third point.", "After."
    ]


def test_invisible_characters() -> None:
    text = "\ufeffCo\u200bop\u00aderation\u00a0works\u202fwell\x07 here.\u200e"
    assert body(text) == ["Cooperation works well here."]
    # ZWNJ is part of Urdu spelling and stays between Urdu letters.
    urdu = "یہ تعلقات ہمیشہ\u200cمضبوط رہیں گے۔"
    assert body(urdu, lang="ur") == [urdu]


def test_line_break_hyphens_are_conservative() -> None:
    text = (
        "The inter-\nnational cooperation and co-\noperation, then a self-\ndriving car and a"
        " well-\nknown man."
    )
    assert body(text) == [
        "The international cooperation and cooperation, then a self-driving car and a"
        " well-known man."
    ]
    # Both spellings in the document: the hyphenated one wins.
    assert body("We value co-operation.\n\nCo-\noperation again.") == [
        "We value co-operation.", "Co-operation again."
    ]


def test_lost_hyphens_restored_only_with_support() -> None:
    text = (
        "A longterm plan, people-centered growth, people-centered aid; peoplecentered policy"
        " and a goodneighborly tie."
    )
    assert body(text) == [
        "A long-term plan, people-centered growth, people-centered aid; people-centered policy"
        " and a good-neighborly tie."
    ]
    # One hyphenated use against one closed one is the author's choice, not damage.
    assert body("The law-breakers ran; lawbreakers were caught.") == [
        "The law-breakers ran; lawbreakers were caught."
    ]
    assert body("Cooperation matters, and the brainstorm helped.") == [
        "Cooperation matters, and the brainstorm helped."
    ]


def test_reflow_rules() -> None:
    wrapped = "First line of a\nwrapped paragraph ends here.\n\nSecond paragraph."
    assert body(wrapped) == ["First line of a wrapped paragraph ends here.", "Second paragraph."]
    one_per_line = "First paragraph is a full sentence.\nSecond paragraph is another one."
    assert body(one_per_line) == [
        "First paragraph is a full sentence.", "Second paragraph is another one."
    ]
    assert body("国家主席习近平\n同俄罗斯总统普京举行会谈。", lang="zh") == [
        "国家主席习近平同俄罗斯总统普京举行会谈。"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article", "Read more: Xi meets Putin", "Related news", "Advertisement",
        "We use cookies to give you the best experience on our website.", "Click here to subscribe",
        "分享到：", "责任编辑：王洁", "来源：人民网", "阅读全文", "相关新闻", "广告",
        "Поделиться", "Читайте также: Путин прибыл в Китай", "Источник: РИА Новости", "Реклама",
        "Подписывайтесь на наш канал", "شیئر کریں", "مزید پڑھیں", "اشتہار", "ذریعہ: اے پی پی",
        "Tuesday, November 11th 2025", "2 сентября 2025 г.", "Page 3 of 5",
    ],
)
def test_boilerplate_lines_removed(line: str) -> None:
    text = f"{line}\n\nThe body sentence stays here.\n\n{line}"
    assert body(text) == ["The body sentence stays here."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sources said the talks would continue next week in Moscow after the summit.",
        "Share prices rose sharply on Tuesday.",
        "More than 20 agreements were signed.",
        "Related talks are planned for October, officials said on Tuesday in Beijing.",
        "Published on the ministry's website, the statement called for calm and restraint.",
    ],
)
def test_body_sentences_that_look_like_boilerplate_survive(sentence: str) -> None:
    assert body(sentence) == [sentence]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Sources Xinhua", "Xinhua"), ("Source: Xinhua", "Xinhua"), ("来源：新华社", "Xinhua"),
        ("Источник: ТАСС", "TASS"), ("ذریعہ: اے پی پی", "APP"),
        ("Source: Reuters, AFP", "Reuters, AFP"),
    ],
)
def test_source_credit_lines(line: str, source: str) -> None:
    assert clean(f"{line}\n\nBody text stays.", lang="en").article.meta.source == source


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi said.", "Beijing", "2025-09-02"),
        ("新华社北京9月2日电 国家主席习近平说。", "北京", "2025-09-02"),
        ("МОСКВА, 2 сентября. /ТАСС/. Президент сказал.", "Москва", "2025-09-02"),
        ("اسلام آباد (اے پی پی) وزیر اعظم نے کہا۔", "اسلام آباد", None),
    ],
)
def test_datelines(text: str, place: str, date: str | None) -> None:
    meta = clean(f"Published: 2025-09-03\n\n{text}", lang="en").article.meta
    assert (meta.dateline_place, meta.dateline_date) == (place, date)
    assert meta.source in ("Xinhua", "TASS", "APP")
    assert clean(text, lang="en").article.paragraphs == (text,)


def test_header_dates() -> None:
    text = "Updated: Sept 5, 2025 | Published: Sept 2, 2025\n\nRetrieved on 2025-11-11\n\nBody."
    meta = clean(text, lang="en").article.meta
    assert (meta.published, meta.captured) == ("2025-09-02", "2025-11-11")
    zh = "发布时间：2025-09-02 10:30  来源：新华网\n\n正文。"
    meta = clean(zh, lang="zh").article.meta
    assert (meta.published, meta.source) == ("2025-09-02", "Xinhua")


def test_dateline_year_without_published_date() -> None:
    meta = clean("Beijing, September 2 — Xi said so.", lang="en").article.meta
    assert meta.dateline_date == "--09-02"


def test_html_headline_not_repeated_in_body() -> None:
    doc = Document(
        text="Xi meets Putin\n\nBeijing, September 2 — They met.", format="html",
        meta=Meta(headline="Xi meets Putin", site="rki.news"),
    )
    cleaned = clean(doc, lang="en")
    assert cleaned.article.paragraphs == ("Beijing, September 2 — They met.",)
    meta = cleaned.article.meta
    assert meta.headline == "Xi meets Putin" and meta.site == "rki.news"


def test_html_capture_end_to_end(tmp_path: Path) -> None:
    from tests.test_load import HTML_ARTICLE

    path = tmp_path / "page.html"
    path.write_text(HTML_ARTICLE, "utf-8")
    cleaned = clean(load(path))
    assert cleaned.article.paragraphs[0].startswith("Beijing, September 2 — Chinese President")
    assert len(cleaned.article.paragraphs) == 2
    meta = cleaned.article.meta
    assert (meta.headline, meta.outlet, meta.site) == (
        "Xi, Putin pledge stronger partnership", "Rahbar International", "rki.news"
    )
    assert (meta.published, meta.dateline_date, meta.lang) == ("2025-09-02", "2025-09-02", "en")


def test_language_codes() -> None:
    assert clean("Bonjour.", lang="zh-CN").article.lang == "zh"
    assert clean("Президент России провел переговоры в Пекине.").article.lang == "ru"
    assert clean("国家主席习近平同俄罗斯总统普京举行会谈。").article.meta.lang == "zh"


def test_empty_after_cleaning() -> None:
    cleaned = clean("Advertisement\n\nShare this")
    assert cleaned.article.paragraphs == () and cleaned.article.lang == "und"


# ---------------------------------------------------------------- properties


def words(text: str) -> list[str]:
    """Words, and each Han character on its own: Chinese lines join with no space, so two
    characters either side of a dropped line ('㐀 / SHARE / 㐀') meet without making a word."""
    return re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_\u3400-\u9fff\uf900-\ufaff]+", text)


def squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", text))


NEWSY = st.lists(
    st.sampled_from([
        "The", "talks", "took", "place", "in", "Beijing,", "co-", "operation", "**80**th", "$\\,",
        "$", "\n", "\n\n", "## ", "Source:", "Xinhua", "Share", "Read more", "新华社", "北京",
        "9月2日电", "。", "，", "Москва,", "2 сентября.", "اسلام آباد", "(اے پی پی)", "\u200b",
        "\u00ad", "\u00a0", "goodneighborly", "-", "*", "_", "[", "](x)", "Published on",
        "Sept. 2, 2025",
    ]),
    max_size=40,
).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), NEWSY)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
@example("㐀\rSHARE\r㐀")
def test_property_never_crashes_and_invents_no_word(text: str) -> None:
    cleaned = clean(text, lang="en")
    source = squashed(text)
    for word in words(cleaned.article.text):
        assert word in source, word


@FAST
@given(TEXT)
@example("SOURCE:0 0 0 0  : SOURCE: 0")
def test_property_idempotent(text: str) -> None:
    once = clean(text, lang="en").article
    twice = clean(once.text, lang="en").article
    assert twice.paragraphs == once.paragraphs


# ---------------------------------------------------------------- the corpus folder


def test_corpus_article_is_current() -> None:
    """corpora/rki-xinhua-2025-09-02 holds the seed unchanged and its cleaned article."""
    import json

    folder = Path(__file__).parent.parent / "corpora" / "rki-xinhua-2025-09-02"
    if SHARED_SEED.is_file():
        assert (folder / "capture.txt").read_bytes() == SHARED_SEED.read_bytes()
    saved = json.loads((folder / "article.json").read_text("utf-8"))
    fresh = clean(load(folder / "capture.txt")).article
    assert saved["paragraphs"] == list(fresh.paragraphs)
    assert saved["meta"] == fresh.meta.to_dict()
    assert saved["sentences"], "article.json was written with sentence segmentation"
    md = (folder / "article.md").read_text("utf-8")
    assert fresh.meta.headline and md.startswith("# " + fresh.meta.headline)


# ---------------------------------------------------------------- real text from ../shared/data

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "newstest2019-src.eng.txt"), ("zh", "newstest2019-ref.zho-CN.txt"),
        ("ru", "newstest2019-ref.rus.txt"), ("ur", "newstest2019-ref.urd.txt"),
    ],
)
def test_ntrex_articles_lose_no_sentence(lang: str, name: str) -> None:
    """Clean news text (NTREX-128, CC BY-SA 4.0) comes through with every sentence intact,
    whether paragraphs are separated by blank lines or one per line."""
    folder = shared_data("ntrex128")
    id_lines = (folder / "DOCUMENT_IDS.tsv").read_text("utf-8").split("\n")
    ids = [line.split("\t")[0].strip() for line in id_lines]
    lines = (folder / name).read_text("utf-8").split("\n")
    docs: dict[str, list[str]] = {}
    for doc_id, line in zip(ids, lines, strict=False):
        docs.setdefault(doc_id, []).append(line)
    for sentences in list(docs.values())[:25]:
        for glue in ("\n\n", "\n"):
            out = _norm(clean(glue.join(sentences), lang=lang).article.text)
            for sentence in sentences:
                assert _norm(sentence) in out, sentence


def test_gum_wikinews_keeps_every_body_sentence() -> None:
    """Wikinews articles (GUM, CC BY 2.5): only the date line and the category footer go."""
    import json

    path = shared_data("gum_wikinews", "gum_wikinews_news.jsonl")
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        title, *paras = doc["paragraphs"]
        text = "## " + " ".join(title) + "\n\n" + "\n\n".join(" ".join(p) for p in paras)
        cleaned = clean(text, lang="en")
        assert cleaned.article.meta.headline == " ".join(title)
        out = _norm(cleaned.article.text)
        for para in paras:
            if para[0] == "Categories:":
                continue
            for sentence in para:
                if not re.fullmatch(r"\w+day, \w+ \d{1,2}, \d{4}", sentence):
                    assert _norm(sentence) in out, (doc["id"], sentence)


def test_counter_urdu_wire_stories() -> None:
    """Urdu agency and newspaper stories (COUNTER, read in place, never copied): bodies
    come through unchanged and most datelines are found."""
    import xml.etree.ElementTree as ET

    folder = shared_data("counter_dev")
    found = total = 0
    for path in sorted(folder.glob("*.xml"))[::3]:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        body = root.findtext("body") or ""
        cleaned = clean("## " + (root.findtext("headline") or "") + "\n\n" + body, lang="ur")
        assert _norm(cleaned.article.text) == _norm(body), path.name
        total += 1
        found += cleaned.article.meta.dateline_place is not None
    assert total > 150 and found >= 0.85 * total


def test_a_readers_comment_thread_ends_the_article() -> None:
    text = ("Honda recalls 1.35 million cars.\n\nA Honda spokesman said the recall would "
            "cost $43 million.\n\n2. Jeb says:\n\nAre the automakers going bankrupt?\n\n"
            "• Kurt Ernst says:\n\nJeb, that is a complicated question.\n")
    cleaned = clean(text, lang="en")
    assert cleaned.article.paragraphs[-1] == (
        "A Honda spokesman said the recall would cost $43 million.")
    assert [c.rule for c in cleaned.changes].count("boilerplate-comments") == 4


def test_one_line_ending_in_says_is_no_comment_thread() -> None:
    text = "The minister spoke.\n\nPutin says:\n\nWe will answer.\n"
    assert "We will answer." in clean(text, lang="en").article.paragraphs


def test_a_decimal_split_across_blocks_by_the_capture_is_joined() -> None:
    text = ("Exports witnessed an increase of 10.\n\n64 percent in the first ten months, the "
            "bank said.\n\nImports fell.\n")
    cleaned = clean(text, lang="en")
    assert cleaned.article.paragraphs[0].startswith(
        "Exports witnessed an increase of 10.64 percent")
    assert [c.rule for c in cleaned.changes] == ["decimal-join"]


def test_a_sentence_ending_in_a_number_before_a_percentage_is_kept_apart() -> None:
    cleaned = clean("The count rose to 12.\n\n15 percent of them were children.\n", lang="en")
    assert cleaned.article.paragraphs == (
        "The count rose to 12.", "15 percent of them were children.")


def test_a_full_stop_glued_to_the_next_sentence_gets_its_space_back() -> None:
    cleaned = clean("Japan said it would join yesterday.The company said it would leave.\n",
                    lang="en")
    assert cleaned.article.paragraphs == (
        "Japan said it would join yesterday. The company said it would leave.",)
    assert [c.rule for c in cleaned.changes] == ["glued-stop"]
    assert clean("Visit example.Com for more.\n", lang="en").article.paragraphs == (
        "Visit example.Com for more.",)


def test_a_russian_full_stop_glued_to_the_next_sentence_gets_its_space_back() -> None:
    cleaned = clean("Это не доказано, — сказала она.Приговор суд огласил ранее.\n", lang="ru")
    assert cleaned.article.paragraphs == (
        "Это не доказано, — сказала она. Приговор суд огласил ранее.",)
    kept = "Он живет в г.Москва на ул.Ленина."
    assert clean(kept + "\n", lang="ru").article.paragraphs == (kept,)


def test_two_words_a_capture_glued_together_get_their_space_back() -> None:
    cleaned = clean("Turnover fromJanuary through February rose, and for the whole oflast year"
                    " it reached $62.5 billion for the billionaireShinawatra family.\n",
                    lang="en")
    assert cleaned.article.paragraphs == (
        "Turnover from January through February rose, and for the whole of last year it"
        " reached $62.5 billion for the billionaire Shinawatra family.",)
    assert [c.rule for c in cleaned.changes] == ["glued-word"] * 3
    kept = ("Buy an iPhone, fly easyJet, read arXiv and eBay, follow @realDonaldTrump"
            " at https://example.com/newsArticle often.")
    assert clean(kept + "\n", lang="en").article.paragraphs == (kept,)


def test_a_name_glued_to_its_reporting_verb_gets_its_space_back() -> None:
    cleaned = clean("Minister Khairy Jamaluddinsaid the second stage starts today.\n", lang="en")
    assert cleaned.article.paragraphs == (
        "Minister Khairy Jamaluddin said the second stage starts today.",)
    kept = "The Aforesaid rule stands, and what was said Unsaid stays."
    assert clean(kept + "\n", lang="en").article.paragraphs == (kept,)
