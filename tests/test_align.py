"""Aligner: golden cases for each label, invariants as property tests, long-document speed path."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from xlate.matching.align import AlignOptions, align, tokens, word_diff

ORIGINAL = [
    "Trade between China and Russia reached 244.8 billion U.S. dollars in 2024.",
    "Xi recalled his state visit to Moscow in May.",
    "The leaders signed over 20 cooperation agreements on energy and space.",
    "The talks took place during the summit.",
    "Both sides exchanged views on key international and regional issues.",
    "Putin welcomed the initiative as timely and necessary.",
]


def labels(links):
    return [(link.original, link.republication, link.label) for link in links]


def test_identical_lists_are_all_unchanged():
    links = align(ORIGINAL, ORIGINAL)
    assert labels(links) == [((i,), (i,), "unchanged") for i in range(len(ORIGINAL))]
    assert all(link.score == 1.0 for link in links)


def test_each_label():
    republication = [
        ORIGINAL[5],  # moved to the front
        ORIGINAL[0] + " " + ORIGINAL[1],  # merged
        "The leaders signed more than 20 cooperation agreements on energy and space.",  # edited
        "A local paragraph written by the outlet about the weather in Lahore.",  # added
        "Talks were held while the summit was going on.",  # rewritten
    ]
    got = labels(align(ORIGINAL, republication))
    assert ((0, 1), (1,), "merged") in got
    assert ((2,), (2,), "edited") in got
    assert ((), (3,), "added") in got
    assert ((4,), (), "omitted") in got
    assert ((5,), (0,), "moved") in got
    assert ((3,), (4,), "rewritten") in got


def test_split_sentence():
    republication = [
        ORIGINAL[0],
        "Xi recalled his state visit.",
        "It took him to Moscow in May.",
        *ORIGINAL[2:],
    ]
    got = labels(align(ORIGINAL, republication))
    assert ((1,), (1, 2), "split") in got


def test_unrelated_sentences_are_added_and_omitted():
    other = ["Heavy rain flooded parts of Karachi on Monday.", "Schools will stay closed."]
    got = labels(align(ORIGINAL[:2], other))
    assert sorted(label for *_, label in got) == ["added", "added", "omitted", "omitted"]


def test_empty_sides():
    assert labels(align([], ["a b c"])) == [((), (0,), "added")]
    assert labels(align(["a b c"], [])) == [((0,), (), "omitted")]
    assert align([], []) == ()


def test_tokens_normalise_numbers_case_and_scripts():
    assert tokens("Trade hit 1,000 TONS") == ["trade", "hit", "1000", "tons"]
    assert tokens("244,8 млрд") == ["244.8", "млрд"]
    assert tokens("۲۴۴٫۸ ارب") == tokens("٢٤٤٫٨ ارب")
    assert tokens("中国和俄罗斯") == ["中", "国", "和", "俄", "罗", "斯"]


def test_word_diff_rebuilds_both_texts():
    a, b = "The leaders signed over 20 agreements.", "The two leaders signed more than 20 deals."
    ops = word_diff(a, b)
    assert "".join(op.original for op in ops) == a
    assert "".join(op.republication for op in ops) == b
    assert {op.op for op in ops} >= {"equal", "insert", "replace"}


def test_long_documents_use_anchors_and_band():
    base = [
        f"Sentence number {i} says something about topic {i % 7} and item {i * 3}."
        for i in range(600)
    ]
    rep = (
        base[:100]
        + base[101:400]
        + ["An inserted line about nothing in particular at all."]
        + base[400:]
    )
    links = align(base, rep, options=AlignOptions(full_dp_cells=100))
    got = labels(links)
    assert ((100,), (), "omitted") in got
    assert ((), (399,), "added") in got
    assert sum(1 for *_, label in got if label == "unchanged") == 599


def test_documents_past_dense_cells_are_scored_on_demand_with_the_same_result():
    base = [
        f"Sentence number {i} says something about topic {i % 7} and item {i * 3}."
        for i in range(300)
    ]
    rep = base[:50] + base[51:200] + [base[250], "An inserted line."] + base[200:250] + base[251:]
    rep[10] = rep[10].replace("something", "anything")
    dense = labels(align(base, rep))
    assert labels(align(base, rep, options=AlignOptions(dense_cells=0))) == dense
    assert ((50,), (), "omitted") in dense and ((250,), (199,), "moved") in dense
    assert ((10,), (10,), "edited") in dense


# Property tests -----------------------------------------------------------------------------

WORDS = [f"w{i}" for i in range(60)]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(" ".join)


@st.composite
def pairs(draw):
    original = draw(st.lists(sentence, max_size=14, unique=True))
    rep = list(original)
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(["delete", "insert", "swap", "edit"]))
        if op == "delete" and rep:
            del rep[draw(st.integers(0, len(rep) - 1))]
        elif op == "insert":
            rep.insert(draw(st.integers(0, len(rep))), draw(sentence))
        elif op == "swap" and len(rep) > 1:
            i, j = draw(st.integers(0, len(rep) - 1)), draw(st.integers(0, len(rep) - 1))
            rep[i], rep[j] = rep[j], rep[i]
        elif op == "edit" and rep:
            k = draw(st.integers(0, len(rep) - 1))
            rep[k] = rep[k] + " " + draw(st.sampled_from(WORDS))
    return original, rep


@settings(max_examples=150, deadline=None)
@given(pairs())
def test_every_sentence_in_exactly_one_link(pair):
    original, rep = pair
    links = align(original, rep)
    assert sorted(i for link in links for i in link.original) == list(range(len(original)))
    assert sorted(j for link in links for j in link.republication) == list(range(len(rep)))


@settings(max_examples=150, deadline=None)
@given(pairs())
def test_non_moved_links_are_monotone(pair):
    original, rep = pair
    links = [link for link in align(original, rep) if link.label != "moved"]
    last_o = last_r = -1
    for link in links:
        for i in link.original:
            assert i > last_o
            last_o = i
        for j in link.republication:
            assert j > last_r
            last_r = j


@settings(max_examples=80, deadline=None)
@given(st.lists(sentence, max_size=14))
def test_self_alignment_is_unchanged(original):
    assert all(link.label == "unchanged" for link in align(original, original))


@settings(max_examples=150, deadline=None)
@given(pairs())
# A sentence moved next to a neighbour it could be split from: one way the DP read it as
# part of a split, the other way as a move (CI found it).
@example((
    ["w0 w0 w0", "w0 w0 w0 w0 w0", "w0 w0 w2", "w0 w0 w0 w1 w0", "w0 w0 w1", "w1 w1 w0",
     "w0 w1 w0", "w0 w0 w0 w0 w1", "w0 w0 w0 w0"],
    ["w0 w0 w0", "w0 w0 w0 w0 w0", "w0 w0 w2", "w0 w0 w0 w0 w1", "w1 w1 w0", "w0 w0 w1",
     "w0 w1 w0", "w0 w0 w0 w1 w0", "w0 w0 w0 w0"],
))
def test_swapping_inputs_swaps_added_and_omitted(pair):
    original, rep = pair
    forward = align(original, rep)
    backward = align(rep, original)
    added = sorted(j for link in forward if link.label == "added" for j in link.republication)
    omitted_back = sorted(j for link in backward if link.label == "omitted" for j in link.original)
    omitted = sorted(i for link in forward if link.label == "omitted" for i in link.original)
    added_back = sorted(i for link in backward if link.label == "added" for i in link.republication)
    assert added == omitted_back
    assert omitted == added_back


def test_similarity_matrix_is_word_level_and_symmetric() -> None:
    from xlate.matching.align import similarity_matrix

    a = ["Trade grew 5 percent.", "Police said three people died."]
    b = ["Trade GREW 5 percent!", "Three people died, police said."]
    m = similarity_matrix(a, b)
    assert m.shape == (2, 2)
    assert m[0, 0] == 1.0  # case and punctuation do not count
    assert 0.4 < m[1, 1] < 1.0 and m[0, 1] < 0.2
    assert (similarity_matrix(b, a) == m.T).all()
