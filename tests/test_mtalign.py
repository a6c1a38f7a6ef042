"""Translated-text alignment (mtalign): noisy MT against the other side, bead by bead.

Each case is an English original and a French republication whose English machine
translation is given (as `compare` gets it from a model or a file): paraphrased, merged,
split, missing a line, or moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from xlate.cli import app
from xlate.errors import InputError
from xlate.matching.align import tokens
from xlate.matching.compare import compare
from xlate.matching.mtalign import align_translated, features
from xlate.model import Article
from xlate.translation.translate import fit_translation, read_translation

runner = CliRunner()

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


# -- translation files ---------------------------------------------------------------------


def test_read_translation_keeps_empty_lines_and_drops_trailing_ones(tmp_path: Path) -> None:
    path = tmp_path / "mt.txt"
    path.write_text("one\n\nthree\n\n\n", "utf-8")
    assert read_translation(path) == ["one", "", "three"]


def test_fit_translation_accepts_paragraph_breaks_and_explains_a_mismatch() -> None:
    assert fit_translation(["a", "", "b"], 3, "x.txt") == ["a", "", "b"]
    assert fit_translation(["a", "", "b"], 2, "x.txt") == ["a", "b"]
    with pytest.raises(InputError) as exc:
        fit_translation(["a b", "", "c d"], 4, "story.en.txt")
    assert str(exc.value).startswith("story.en.txt: has 3 lines (2 with text)")
    assert "--format lines" in str(exc.value)


def test_compare_cli_accepts_an_mt_file_with_an_empty_line(tmp_path: Path) -> None:
    en, fr, mt = tmp_path / "wire.txt", tmp_path / "outlet.txt", tmp_path / "mt.txt"
    en.write_text("\n".join(ORIGINAL) + "\n", "utf-8")
    fr.write_text("\n".join(FRENCH) + "\n", "utf-8")
    mt.write_text("\n".join([*PARAPHRASED[:2], "", *PARAPHRASED[3:]]) + "\n", "utf-8")
    out = tmp_path / "reports"
    result = runner.invoke(
        app,
        [
            "compare",
            str(en),
            str(fr),
            "--presegmented",
            "--original-lang",
            "en",
            "--republication-lang",
            "fr",
            "--republication-translation",
            str(mt),
            "-o",
            str(out),
            "-f",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output


def test_compare_cli_names_the_translation_file_on_a_mismatch(tmp_path: Path) -> None:
    en, fr, mt = tmp_path / "wire.txt", tmp_path / "outlet.txt", tmp_path / "mt.txt"
    en.write_text("\n".join(ORIGINAL) + "\n", "utf-8")
    fr.write_text("\n".join(FRENCH) + "\n", "utf-8")
    mt.write_text(" ".join(PARAPHRASED[:3]) + "\n\n" + " ".join(PARAPHRASED[3:]) + "\n", "utf-8")
    result = runner.invoke(
        app,
        [
            "compare",
            str(en),
            str(fr),
            "--presegmented",
            "--original-lang",
            "en",
            "--republication-lang",
            "fr",
            "--republication-translation",
            str(mt),
            "-o",
            str(tmp_path / "r"),
        ],
    )
    assert result.exit_code == 2
    assert f"{mt}: has 3 lines (2 with text) but the article has 6 sentences" in result.output
