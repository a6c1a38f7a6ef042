"""Bundled comparison corpus, synthetic generator and benchmark scorer."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import REPO, shared_data

sys.path.insert(0, str(REPO / "benchmarks"))

from accuracy import difflib_links  # noqa: E402
from gold import (  # noqa: E402
    LABELS,
    Bead,
    FactChange,
    Pair,
    PredictedFact,
    bundled_pairs,
    check_pair,
    macro_f1,
    render_text,
    score_beads,
    score_facts,
)
from synth import make_pairs  # noqa: E402

CORPORA = REPO / "corpora"
PAIRS = bundled_pairs(CORPORA)
WIKINEWS = [p for p in PAIRS if p.name.startswith("wikinews-")]

# Bead F1 of `compare` on each bundled pair (files read with read_article), measured at
# 1.000 / 1.000 / 0.963 / 0.943, minus a margin of about 0.08; below means a regression.
F1_FLOORS = {
    "ntrex-house-style": 1.0,
    "wikinews-afghan-robotics": 0.92,
    "wikinews-iodine-deficiency": 0.88,
    "wikinews-taipei-lanterns": 0.86,
}


def test_corpus_has_the_promised_pairs() -> None:
    assert len(WIKINEWS) >= 3
    assert "ntrex-house-style" in {p.name for p in PAIRS}
    assert set(F1_FLOORS) == {p.name for p in PAIRS}


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_gold_is_consistent(pair: Pair) -> None:
    assert check_pair(pair) == []
    assert pair.folder is not None
    data = json.loads((pair.folder / "gold.json").read_text("utf-8"))
    assert data["attribution"] and data["edits"] and data["lang"] == "en"
    assert (pair.folder / "README.md").exists()


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_files_hold_the_gold_sentences(pair: Pair) -> None:
    assert pair.folder is not None
    for name, paragraphs in (
        (pair.original_file, pair.original),
        (pair.republication_file, pair.republication),
    ):
        text = (pair.folder / name).read_text("utf-8")
        assert text == render_text(paragraphs, presegmented=pair.presegmented)


@pytest.mark.parametrize("pair", WIKINEWS, ids=lambda p: p.name)
def test_wikinews_pairs_edit_like_outlets(pair: Pair) -> None:
    labels = {b.label for b in pair.beads}
    assert set(LABELS) <= labels, f"missing labels: {set(LABELS) - labels}"
    assert {f.kind for f in pair.facts} >= {"number", "date", "place"}
    assert 25 <= len(pair.original_sentences) <= 45


@pytest.mark.parametrize("pair", WIKINEWS, ids=lambda p: p.name)
def test_wikinews_originals_are_the_gum_text(pair: Pair) -> None:
    jsonl = shared_data("gum_wikinews", "gum_wikinews_news.jsonl")
    assert pair.folder is not None
    url = json.loads((pair.folder / "gold.json").read_text("utf-8"))["attribution"].split(", ")[-1]
    docs = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    (doc,) = [d for d in docs if d["sourceURL"] == url]
    source = [s for para in doc["paragraphs"] for s in para]
    sentences = pair.original_sentences
    # Body only: headline, dateline and captions are left out, nothing else.
    it = iter(source)
    assert all(any(s == t for t in it) for s in sentences)


def test_ntrex_pair_is_house_style_only() -> None:
    (pair,) = [p for p in PAIRS if p.name == "ntrex-house-style"]
    assert pair.presegmented and not pair.facts
    assert all(b.label in ("unchanged", "edited") for b in pair.beads)
    assert sum(b.label == "edited" for b in pair.beads) >= 3
    assert all(len(b.original) == len(b.republication) == 1 for b in pair.beads)


# --- synthetic generator ---------------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic() -> list[Pair]:
    shared_data("gum_wikinews")
    shared_data("ntrex128")
    return make_pairs(60, seed=7)


def test_generator_is_deterministic(synthetic: list[Pair]) -> None:
    assert make_pairs(60, seed=7) == synthetic
    assert make_pairs(10, seed=8) != synthetic[:10]


def test_generator_gold_is_consistent(synthetic: list[Pair]) -> None:
    for pair in synthetic:
        assert check_pair(pair) == [], pair.name


def test_generator_covers_every_edit(synthetic: list[Pair]) -> None:
    labels = {b.label for p in synthetic for b in p.beads}
    assert labels == set(LABELS) - {"rewritten"}
    kinds = {f.kind for p in synthetic for f in p.facts}
    assert kinds == {"number", "date", "place"}
    assert any(p.name.startswith("synth-") and "ntrex." in p.name for p in synthetic)
    assert any("GUM_news_" in p.name for p in synthetic)


def test_generated_moves_are_the_only_out_of_order_beads(synthetic: list[Pair]) -> None:
    for pair in synthetic:
        linked = [b for b in pair.beads if b.original and b.republication]
        in_order = [b for b in linked if b.label != "moved"]
        by_rep = sorted(in_order, key=lambda b: b.republication[0])
        assert [b.original for b in by_rep] == sorted(b.original for b in in_order)


# --- scorer ----------------------------------------------------------------------------

GOLD = [
    Bead((0,), (0,), "unchanged"),
    Bead((1, 2), (1,), "merged"),
    Bead((3,), (), "omitted"),
    Bead((4,), (2,), "edited"),
]


def test_perfect_alignment_scores_one() -> None:
    scores = score_beads(GOLD, GOLD)
    assert scores.beads.f1 == 1.0
    assert all(scores.labels[b.label].f1 == 1.0 for b in GOLD)


def test_gold_against_itself_is_perfect(synthetic: list[Pair]) -> None:
    for pair in PAIRS + synthetic[:20]:
        scores = score_beads(pair.beads, pair.beads)
        assert scores.beads.f1 == 1.0
        assert scores.moved.recall in (None, 1.0)
        assert all(t.f1 in (None, 1.0) for t in scores.labels.values())


def test_one_wrong_bead() -> None:
    # The edited bead is predicted as an omission plus an addition: 3 of 5 predicted
    # beads are right, 3 of 4 gold beads found: P 0.6, R 0.75, F1 2/3.
    predicted = GOLD[:3] + [Bead((4,), (), "omitted"), Bead((), (2,), "added")]
    scores = score_beads(predicted, GOLD)
    assert scores.beads.precision == pytest.approx(0.6)
    assert scores.beads.recall == pytest.approx(0.75)
    assert scores.beads.f1 == pytest.approx(2 / 3)
    assert scores.labels["edited"].recall == 0.0
    assert scores.labels["omitted"].precision == pytest.approx(0.5)


def test_right_ids_wrong_label_count_for_beads_not_labels() -> None:
    predicted = GOLD[:3] + [Bead((4,), (2,), "rewritten")]
    scores = score_beads(predicted, GOLD)
    assert scores.beads.f1 == 1.0
    assert scores.labels["edited"].recall == 0.0
    assert scores.labels["rewritten"].precision == 0.0


def test_fact_scores() -> None:
    gold = [FactChange((4,), (2,), "number", "15", "16")]
    hit = PredictedFact((4,), (2,), "number", "changed", "15", "16")
    wrong_kind = PredictedFact((4,), (2,), "date", "changed", "15", "16")
    elsewhere = PredictedFact((0,), (0,), "number", "changed", "3", "4")
    kept = PredictedFact((0,), (0,), "number", "kept", "3", "3")
    scores = score_facts([hit, elsewhere, kept], gold)
    assert (scores.facts.precision, scores.facts.recall) == (0.5, 1.0)
    assert scores.fact_status == {"changed": 2, "kept": 1}
    scores = score_facts([wrong_kind], gold)
    assert scores.facts.recall == 0.0 and scores.facts_any_kind.recall == 1.0


def test_macro_f1() -> None:
    gold = ["wholly", "partially", "non", "non"]
    assert macro_f1(gold, gold, ("wholly", "partially", "non")) == 1.0
    predicted = ["wholly", "non", "non", "non"]
    # wholly 1.0, partially 0.0, non 2*2/(2*2+1) = 0.8
    assert macro_f1(gold, predicted, ("wholly", "partially", "non")) == pytest.approx(0.6)


def test_difflib_baseline_covers_every_sentence() -> None:
    original = ["A b c d.", "E f g h.", "I j k l."]
    republication = ["A b c d.", "E f g x.", "New one here.", "I j k l."]
    links = difflib_links(original, republication)
    assert sorted(i for link in links for i in link.original) == [0, 1, 2]
    assert sorted(j for link in links for j in link.republication) == [0, 1, 2, 3]


# --- the comparison on the bundled pairs ------------------------------------------------


def _compare_files(pair: Pair):  # type: ignore[no-untyped-def]
    pytest.importorskip("xlate.matching.facts", reason="xlate.matching.facts not written yet")
    pytest.importorskip("xlate.text.load", reason="xlate.text.load not written yet")
    from xlate.api import read_article
    from xlate.matching.compare import compare

    assert pair.folder is not None
    original, republication = (
        read_article(pair.folder / name, presegmented=pair.presegmented, lang=pair.lang)
        for name in (pair.original_file, pair.republication_file)
    )
    return compare(original, republication)


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_compare_meets_the_bead_f1_floor(pair: Pair) -> None:
    report = _compare_files(pair)
    scores = score_beads(report.links, pair.beads)
    assert scores.beads.f1 is not None and scores.beads.f1 >= F1_FLOORS[pair.name]


def test_compare_sees_no_drift_in_house_style() -> None:
    (pair,) = [p for p in PAIRS if p.name == "ntrex-house-style"]
    report = _compare_files(pair)
    labels = [link.label for link in report.links]
    assert "added" not in labels and "omitted" not in labels
    drift = [f for link in report.links for f in link.facts if f.status != "kept"]
    assert drift == []
