"""Translated-text alignment (mtalign): noisy MT against the other side, bead by bead.

Each case is an English original and a French republication whose English machine
translation is given (as `compare` gets it from a model or a file): paraphrased, merged,
split, missing a line, or moved.
"""

from __future__ import annotations

from xlate.matching import mtalign
from xlate.matching.align import tokens
from xlate.matching.compare import compare
from xlate.matching.mtalign import align_translated, features
from xlate.model import Article

ORIGINAL = [
    "Police said three people were killed in the attack on the market in Karachi on Tuesday.",
    "The provincial minister promised a full inquiry into the bombing.",
    "Shares on the Karachi exchange fell by 2 percent after the announcement.",
    "Officials gave no further details about the suspects or their weapons.",
    "The city council will meet again on Friday to discuss security at schools.",
    "Hospitals in the district asked residents to donate blood.",
]

# The republication's own sentences (French) never reach the aligner; only their MT does.
FRENCH = [
    "Mardi, trois personnes ont été tuées au marché de Karachi, selon la police.",
    "Le ministre provincial a promis une enquête complète sur l'attentat.",
    "La Bourse de Karachi a reculé de 2 % après l'annonce.",
    "Les responsables n'ont pas donné d'autres détails sur les suspects ou leurs armes.",
    "Le conseil municipal se réunira vendredi pour discuter de la sécurité des écoles.",
    "Les hôpitaux du district ont appelé les habitants à donner leur sang.",
]

PARAPHRASED = [
    "On Tuesday three persons died in the Karachi market attack, according to police.",
    "The minister of the province pledged a complete inquiry on the bombing.",
    "The Karachi stock exchange lost 2 percent following the announcement.",
    "Those responsible did not give other details on the suspects or their arms.",
    "The municipal council meets Friday to discuss the security of schools.",
    "The district hospitals called on inhabitants to give their blood.",
]




def beads(links):
    return [(link.original, link.republication) for link in links]


def test_paraphrased_mt_aligns_one_to_one():
    got = beads(align_translated(ORIGINAL, PARAPHRASED))
    assert got == [((i,), (i,)) for i in range(6)]


def test_merged_pair():
    mt = [
        PARAPHRASED[0],
        "The minister of the province pledged a complete inquiry on the bombing, and the "
        "Karachi stock exchange lost 2 percent following the announcement.",
        *PARAPHRASED[3:],
    ]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))]
    assert links[1].label == "merged"


def test_split_pair():
    mt = [
        *PARAPHRASED[:3],
        "Those responsible did not give other details on the suspects.",
        "Nothing was said about their arms either.",
        *PARAPHRASED[4:],
    ]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), (3, 4)),
        ((4,), (5,)),
        ((5,), (6,)),
    ]
    assert links[3].label == "split"


def test_empty_mt_line_takes_the_sentence_facing_it():
    mt = [*PARAPHRASED[:2], "", *PARAPHRASED[3:]]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [((i,), (i,)) for i in range(6)]


def test_empty_mt_line_with_nothing_facing_it_is_alone():
    # Sentence 2 of the republication has no translation and the original lacks its match.
    original = ORIGINAL[:2] + ORIGINAL[3:]
    mt = [*PARAPHRASED[:2], "", *PARAPHRASED[3:]]
    links = align_translated(original, mt)
    assert beads(links) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((), (2,)),
        ((2,), (3,)),
        ((3,), (4,)),
        ((4,), (5,)),
    ]
    assert links[2].label == "added"


def test_moved_sentence_across_languages():
    mt = [PARAPHRASED[5], *PARAPHRASED[:5]]
    mt[0] = "Hospitals in the district asked the residents to donate their blood."
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [((i,), (i + 1,)) for i in range(5)] + [((5,), (0,))]
    assert links[5].label == "moved"


# A heavily garbled MT line: it keeps two content words of what it translates.
GARBLED = "Responsible gave none more detail upon suspicious persons or arms theirs."
# Sentence 3 of each side left alone: an insertion next to an omission.
APART = [((i,), (i,)) for i in range(3)] + [((), (3,)), ((3,), ())] + [((4,), (4,)), ((5,), (5,))]


def test_a_garbled_mt_line_between_beads_pairs_with_the_sentence_facing_it():
    # Word for word (same-language aligner) and paraphrased (DP): either route leaves the
    # garbled line and its original unaligned; position, shared words and lengths pair them.
    for mt in (ORIGINAL, PARAPHRASED):
        links = align_translated(ORIGINAL, [*mt[:3], GARBLED, *mt[4:]])
        assert beads(links) == [((i,), (i,)) for i in range(6)]
        assert links[3].label in {"edited", "rewritten"}


def test_an_unrelated_sentence_facing_an_omitted_one_stays_apart():
    # Through a faithful translation, a sentence that shares one word with the sentence
    # facing it (far below the document's typical overlap) is an insertion, not its match.
    mt = [*ORIGINAL[:3], "Officials in Lahore opened a new bridge over the river.", *ORIGINAL[4:]]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == APART


def test_a_lone_pair_whose_lengths_do_not_fit_stays_apart():
    # The garbled line run on to three times its original's length (Gale-Church: p < 0.05).
    long = GARBLED[:-1] + (
        ", and the list of what else was said at the press conference went on for many"
        " more words about nothing in particular, as such lists do."
    )
    links = align_translated(ORIGINAL, [*PARAPHRASED[:3], long, *PARAPHRASED[4:]])
    assert beads(links) == APART


def test_a_faithful_translation_goes_to_the_same_language_aligner_blanks_filled():
    mt = [*ORIGINAL[:2], "", *ORIGINAL[3:]]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [((i,), (i,)) for i in range(6)]
    assert [link.label for link in links] == ["unchanged"] * 2 + ["rewritten"] + ["unchanged"] * 3


def test_a_faithful_translation_with_a_merge():
    half = "The provincial minister promised a full inquiry"
    mt = [ORIGINAL[0], ORIGINAL[1] + " " + ORIGINAL[2], *ORIGINAL[3:], half + "."]
    original = [*ORIGINAL, half + " into the bombing on Wednesday."]
    links = align_translated(original, mt)
    assert beads(links) == [((0,), (0,)), ((1, 2), (1,))] + [((i,), (i - 1,)) for i in range(3, 7)]


def test_a_faithful_translation_with_merges_and_splits_goes_to_the_dp():
    mt = [
        ORIGINAL[0],
        ORIGINAL[1] + " " + ORIGINAL[2],
        ORIGINAL[3],
        "The city council will meet again on Friday.",
        "It will discuss security at schools.",
        ORIGINAL[5],
    ]
    links = align_translated(ORIGINAL, mt)
    assert beads(links) == [
        ((0,), (0,)),
        ((1, 2), (1,)),
        ((3,), (2,)),
        ((4,), (3, 4)),
        ((5,), (5,)),
    ]


def test_features_are_order_free_stems_and_numbers():
    assert features(tokens("The bombings in Karachi: 2,000 killed.")) == {
        "the",
        "bombi",
        "in",
        "karac",
        "2000",
        "kille",
    }


def test_compare_uses_the_translated_mode():
    o = Article.from_sentences([ORIGINAL], lang="en")
    r = Article.from_sentences([FRENCH], lang="fr")
    report = compare(o, r, republication_translation=PARAPHRASED)
    assert beads(report.links) == [((i,), (i,)) for i in range(6)]
    assert report.signature["mode"] == "translated"


def test_only_a_word_for_word_translation_goes_to_the_same_language_aligner(monkeypatch):
    # A paraphrasing MT keeps the words but not their order: the translated-text DP decides
    # even though every sentence is a confident anchor and nothing merges.
    calls = []
    real = mtalign._align_scored
    monkeypatch.setattr(mtalign, "_align_scored", lambda *args: calls.append(1) or real(*args))
    align_translated(ORIGINAL, PARAPHRASED)
    assert not calls
    align_translated(ORIGINAL, ORIGINAL)
    assert calls
