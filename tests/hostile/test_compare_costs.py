"""Comparing a long line without punctuation (3,000-character "sentences"): the costly
parts are bounded, and each shortcut agrees with its plain twin (timings are in
benchmarks/hostile_costs.py --cli, not here)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from xlate.matching import align as aligner
from xlate.matching import similarity
from xlate.matching.facts import attribution, check, cuts, dates, extract, numbers, ordinals
from xlate.matching.facts.common import NORMALISE, Words, at_words
from xlate.text.segment import split_sentences

_SENTENCE = (
    "the minister said on Tuesday that exports of cotton rose by a tenth in the first "
    "half of the year while imports from China fell sharply according to officials in "
    "Islamabad who expect growth to continue next year despite higher prices for energy"
)


def _line(words: int, seed: int = 1) -> str:
    rng, vocabulary = random.Random(seed), _SENTENCE.split(" ")
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def _edited(text: str) -> str:
    words = text.split(" ")
    return " ".join(w + "s" if i % 50 == 49 else w for i, w in enumerate(words))


def _pair(words: int) -> tuple[list[str], list[str]]:
    line = _line(words)
    return split_sentences(line, "en"), split_sentences(_edited(line), "en")


_AT_WORDS = [
    *((attribution._VERBS[lang], attribution._VERB_FIRSTS[lang]) for lang in ("en", "ru", "ur")),
    *((dates._RELATIVE[lang][0], dates._RELATIVE_FIRSTS[lang]) for lang in ("en", "ru", "ur")),
    *(
        (rules.words, numbers._WORD_FIRSTS[lang])
        for lang, rules in numbers._QUANTITY.items() if rules.words is not None
    ),
    *((ordinals._ORDINAL_RES[lang][1], ordinals._FIRSTS[lang]) for lang in ("en", "ru", "ur")),
]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_word_start_filter_keeps_every_match(data: st.DataObject) -> None:
    """at_words tries a pattern only at words starting with one of its first two letters:
    it finds every match that trying each word start finds."""
    pattern, firsts = data.draw(st.sampled_from(_AT_WORDS))
    filler = st.sampled_from(["и", "the", "ایک", "1", "-", "(", "Said", "s", "ЗА"])
    pieces = data.draw(
        st.lists(st.one_of(st.from_regex(pattern, fullmatch=True), filler), max_size=6)
    )
    norm = " ".join(pieces).translate(NORMALISE)
    words = Words(norm)
    every = [m.span() for w in words if (m := pattern.match(norm, w.start()))]
    assert [m.span() for m in at_words(pattern, firsts, norm, words)] == every
    assert [m.span() for m in at_words(pattern, firsts, norm, list(words))] == every


def test_long_sentences_weigh_on_the_dense_limit() -> None:
    """A pair of 600-token sentences costs rapidfuzz about 400 pairs of short ones: 1,668
    such sentences a side (a 5 MB line) are not scored in full, while documents of
    ordinary sentences count their sentence pairs as before."""
    limit = aligner.AlignOptions().dense_cells
    assert similarity.dense_cost(["x" * 600] * 1668, ["y" * 600] * 1668) > 50 * limit
    assert similarity.dense_cost(["x" * 25] * 4000, ["y" * 32] * 4000) == limit


def _count(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count calls of `owner.name` (and the cells of `_matrix` calls)."""
    calls = [0, 0]
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if name == "_matrix":
            calls[1] += len(args[0]) * len(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def _links(original: list[str], republication: list[str], **options: Any) -> list[Any]:
    opts = aligner.AlignOptions(dense_cells=0, **options)
    links = aligner.align(original, republication, options=opts)
    return [(link.original, link.republication, link.label, link.score) for link in links]


def test_a_banded_gap_scores_only_its_band(monkeypatch: pytest.MonkeyPatch) -> None:
    original, republication = _pair(60_000)  # about 100 sentences a side
    cells = _count(monkeypatch, similarity, "_matrix")
    banded = _links(original, republication, band=4)
    band_cells, cells[1] = cells[1], 0
    whole = aligner._Sim.block
    monkeypatch.setattr(aligner._Sim, "block", lambda sim, *rect: whole(sim, *rect[:4]))
    assert _links(original, republication, band=4) == banded
    assert band_cells < 0.5 * cells[1]


def test_beads_of_long_sentences_that_cannot_win_are_not_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapidfuzz.distance import Indel

    original, republication = _pair(24_000)
    scored = _count(monkeypatch, Indel, "normalized_similarity")
    pruned = _links(original, republication)
    with_bound = scored[0]
    monkeypatch.setattr(aligner, "_LONG_BEAD", 10**9)
    scored[0] = 0
    assert _links(original, republication) == pruned
    assert with_bound < 0.75 * scored[0]


def test_facts_of_long_texts_are_aligned_without_difflib(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past 400 words, the word alignment that pairs a changed fact is Levenshtein's."""
    head, tail = _line(300, seed=2), _line(300, seed=3)
    original = f"{head} and 12 ships sailed to Karachi {tail}."
    republication = f"{_edited(head)} and 15 ships sailed to Karachi {tail}."

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("difflib on a long text")

    monkeypatch.setattr(cuts, "SequenceMatcher", refuse)
    checks = check.check_facts(
        extract.extract_facts(original, "en"), extract.extract_facts(republication, "en"),
        original_lang="en", republication_lang="en",
        original_text=original, republication_text=republication,
    )
    assert [(c.original, c.republication) for c in checks if c.status == "changed"] == [
        ("12", "15")
    ]


def test_compare_of_a_long_line_extracts_each_text_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xlate.matching.compare import compare
    from xlate.model import Article

    line = _line(30_000)
    articles = [
        Article.from_sentences([split_sentences(text, "en")], lang="en")
        for text in (line, _edited(line))
    ]
    extract._extract.cache_clear()
    seen: dict[str, int] = {}
    original = extract._extract

    def counted(text: str, lang: str) -> Any:
        seen[text] = len(text)
        return original(text, lang)

    monkeypatch.setattr(extract, "_extract", counted)
    compare(*articles)
    document = sum(len(s.text) for a in articles for s in a.sentences)
    assert sum(seen.values()) < 1.5 * document


def test_a_huge_gap_is_anchored_on_its_band(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sentence is identical on both sides: past `_HUGE_GAP` cells the gap is cut at
    near-identical pairs of its diagonal band (at points of its diagonal where there are
    none), so the DP's lists stay small."""
    original, republication = _pair(60_000)
    monkeypatch.setattr(similarity, "_HUGE_GAP", 400)
    gaps: list[int] = []
    dp = aligner._dp

    def counted(
        a: Any, b: Any, sim: Any, keys: Any, i0: int, i1: int, j0: int, j1: int, opts: Any
    ) -> Any:
        gaps.append((i1 - i0) * (j1 - j0))
        return dp(a, b, sim, keys, i0, i1, j0, j1, opts)

    monkeypatch.setattr(aligner, "_dp", counted)
    links = _links(original, republication)
    assert max(gaps) <= 400 < len(original) * len(republication)
    assert sorted(i for link in links for i in link[0]) == list(range(len(original)))
    assert sorted(j for link in links for j in link[1]) == list(range(len(republication)))
    assert not [link for link in links if not (link[0] and link[1])]  # all paired still


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 20_000), st.integers(1, 20_000), st.integers(0, 50), st.integers(0, 50))
@example(11737, 6899, 0, 0)  # rounding once left a piece of 1,000,168 cells
def test_diagonal_cuts_cut_a_gap_into_small_pieces(n: int, m: int, i0: int, j0: int) -> None:
    cuts = similarity._diagonal_cuts(i0, i0 + n, j0, j0 + m, aligner.AlignOptions())
    points = [(i0 - 1, j0 - 1), *cuts, (i0 + n, j0 + m)]
    steps = list(zip(points, points[1:], strict=False))
    assert all(a < c and b < d for (a, b), (c, d) in steps)
    if min(n, m) > n * m // similarity._HUGE_GAP:  # (else rows or columns are too few)
        assert max((c - a - 1) * (d - b - 1) for (a, b), (c, d) in steps) <= similarity._HUGE_GAP


def test_checks_of_a_link_with_thousands_of_figures_are_not_compared_pairwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "1, 7, 3, ...": every figure is a fact of one long link; picking the drifted ones
    # must not compare each check with every other (FactCheck equality is field by field).
    from xlate.matching.compare import compare
    from xlate.model import Article, FactCheck

    rng = random.Random(2)
    figures = [str(rng.randint(1, 9)) for _ in range(3000)]
    edited = [f if i % 3 else "5" for i, f in enumerate(figures)]  # a rewrite
    calls = 0
    plain_eq = FactCheck.__eq__

    def counting_eq(self: FactCheck, other: object) -> bool:
        nonlocal calls
        calls += 1
        return plain_eq(self, other)

    monkeypatch.setattr(FactCheck, "__eq__", counting_eq)
    report = compare(Article.from_sentences([[", ".join(figures)]], lang="en"),
                     Article.from_sentences([[", ".join(edited)]], lang="en"))
    assert report.links
    assert calls < 10 * len(figures), calls
