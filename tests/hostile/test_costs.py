"""Pathological texts get correct results from the linear-time paths (timings are in
benchmarks/hostile_costs.py, not here): each fast path agrees with its plain twin."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xlate.text.clean import clean
from xlate.text.repeats import _find_repeat, _find_repeat_long, _repeats_six, collapse_repeats
from xlate.text.segment import MAX_SENTENCE, split_sentences

_runs = st.lists(st.sampled_from("abcde"), max_size=40).flatmap(
    lambda w: st.tuples(st.just(w), st.integers(0, max(len(w), 1)), st.integers(3, 9),
                        st.integers(1, 3))
)


@settings(max_examples=300, deadline=None)
@given(_runs)
def test_vectorised_repeat_search_agrees_with_the_plain_one(
    case: tuple[list[str], int, int, int],
) -> None:
    words, at, period, copies = case
    words = words[:at] + (words[at : at + period] or ["x"] * period) * copies + words[at:]
    assert _find_repeat_long(words) == _find_repeat(words)
    # collapse_repeats skips texts without a six-token run seen twice: none has a repeat.
    assert _repeats_six(words) or _find_repeat(words) is None


def test_repeats_in_a_long_paragraph_are_collapsed() -> None:
    filler = " ".join(f"w{i}" for i in range(20_000))
    run = "the agreement was signed in Beijing on Tuesday "
    text, removed = collapse_repeats(f"{filler} {run * 3}end")
    assert text.count("the agreement was signed") == 1 and removed


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab cd\n", max_size=30), st.text(alphabet="ab ce\n", max_size=30))
def test_coarse_word_diff_rebuilds_both_texts(a: str, b: str) -> None:
    assume(a.strip() and b.strip())  # (like the full diff, it has no op for blank text)
    from xlate.matching import worddiff

    original = worddiff._DIFF_CELLS
    worddiff._DIFF_CELLS = 0
    try:
        ops = worddiff.word_diff(a, b)
    finally:
        worddiff._DIFF_CELLS = original
    assert "".join(op.original for op in ops) == a
    assert "".join(op.republication for op in ops) == b
    assert all(op.original.split() == op.republication.split() for op in ops if op.op == "equal")


@pytest.mark.parametrize("lang", ["en", "zh", "fr", "und"])
def test_a_page_without_punctuation_becomes_bounded_sentences(lang: str) -> None:
    word = "中文" if lang == "zh" else "word "
    text = (word * 40_000).strip()
    sentences = split_sentences(text, lang)
    assert max(map(len, sentences)) <= MAX_SENTENCE
    assert "".join(s.replace(" ", "") for s in sentences) == text.replace(" ", "")


def test_quote_runs_do_not_stall_sentencex() -> None:
    text = "`" * 200_000 + " Une phrase. Une autre."
    sentences = split_sentences(text, "fr")
    assert "".join(sentences).replace(" ", "") == text.replace(" ", "")


def test_many_wrapped_lines_join_into_one_paragraph() -> None:
    lines = [f"line {i} of a long wrapped paragraph that goes on and" for i in range(8_000)]
    cleaned = clean("\n".join(lines) + " ends here.", lang="en")
    assert cleaned.article.paragraphs == (" ".join(lines) + " ends here.",)


_ODD = ["â€™", "Ã©", "&amp;", "&lt;", "<p>", "\r", "\x85", "\u2028", "ﬁ", "\x1b[31m", "\x00",
        "\ufeff", "Ð¿Ñ€Ð¸", "\u0092", "РџСЂРё", "вЂ”", "’", "—", "«", "中文", "اردو", "İ", "Σ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ODD), st.text(max_size=12)), max_size=20))
def test_ftfy_on_suspect_lines_only_agrees_with_ftfy_on_all(pieces: list[str]) -> None:
    import unicodedata

    import ftfy

    from xlate.text.load import _repair

    text = " ".join(pieces).replace("\n ", "\n")
    whole = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization=None)
    assert _repair(text) == unicodedata.normalize("NFC", whole)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aİıΣσςKk\u212a-_1 \nßǅ", max_size=30))
def test_words_of_the_lower_cased_text_are_the_lower_cased_words(text: str) -> None:
    from xlate.text.words import DOC_WORD, LONG_WORD, lower_first

    for pattern in (DOC_WORD, LONG_WORD):
        found = lower_first(pattern, text)
        assert found is None or found == [w.lower() for w in pattern.findall(text)]
