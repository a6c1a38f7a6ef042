"""Translation files for compare: empty lines, xlate translate's .json and lines round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_mtalign import FRENCH, ORIGINAL, PARAPHRASED
from xlate.api import read_translation as read_for
from xlate.cli import app
from xlate.errors import InputError
from xlate.model import Article
from xlate.translation.translate import (
    FileTranslator,
    fit_translation,
    read_translation,
    translate_article,
    write_translation,
)

runner = CliRunner()


def texts(tmp_path: Path) -> tuple[Path, Path]:
    en, fr = tmp_path / "wire.txt", tmp_path / "outlet.txt"
    en.write_text("\n".join(ORIGINAL[:3]) + "\n\n" + "\n".join(ORIGINAL[3:]) + "\n", "utf-8")
    fr.write_text("\n".join(FRENCH) + "\n", "utf-8")
    return en, fr


def compare_cli(tmp_path: Path, *extra: str) -> tuple[int, str]:
    en, fr = texts(tmp_path)
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
            "-o",
            str(tmp_path / "reports"),
            "-f",
            "json",
            *extra,
        ],
    )
    return result.exit_code, result.output


def test_translate_outputs_round_trip(tmp_path: Path) -> None:
    # What `xlate translate` writes for the original (here from a translator's file) is
    # read back by compare: the .json and the lines file give one line per sentence.
    source = Article.from_sentences([ORIGINAL[:3], ORIGINAL[3:]], lang="en", path="wire.txt")
    mine = tmp_path / "mine.txt"
    mine.write_text("\n".join(PARAPHRASED[:2] + [""] + PARAPHRASED[3:]) + "\n", "utf-8")
    translation = translate_article(source, target="fr", translator=FileTranslator(mine))
    txt, js, lines = write_translation(
        translation, tmp_path, "wire", formats=("txt", "json", "lines")
    )
    assert lines.name == "wire.fr.lines.txt"
    assert lines.read_text("utf-8").splitlines() == [*PARAPHRASED[:2], "", *PARAPHRASED[3:]]
    assert json.loads(js.read_text("utf-8"))["sentences"][2]["translation"] == ""
    assert read_translation(js) == read_translation(lines) == list(translation.sentences)
    assert read_for(js, article=source) == list(translation.sentences)
    # The paragraph .txt has 2 paragraphs for 6 sentences: refused with the fix named.
    with pytest.raises(InputError) as exc:
        read_for(txt, article=source)
    assert str(exc.value).startswith(f"{txt}: has 3 lines (2 with text)")
    assert "pass its .json instead" in str(exc.value)


def test_compare_cli_reads_a_translate_json(tmp_path: Path) -> None:
    data = {
        "schema": "xlate.translation/1",
        "sentences": [{"id": k, "translation": t} for k, t in enumerate(PARAPHRASED)],
    }
    mt = tmp_path / "outlet.en.json"
    mt.write_text(json.dumps(data), "utf-8")
    code, output = compare_cli(tmp_path, "--republication-translation", str(mt))
    assert code == 0, output
    report = json.loads((tmp_path / "reports" / "wire--outlet.json").read_text("utf-8"))
    assert [(link["original"], link["republication"]) for link in report["links"]] == [
        ([i], [i]) for i in range(6)
    ]


def test_a_json_that_is_not_a_translation_is_refused(tmp_path: Path) -> None:
    mt = tmp_path / "other.json"
    mt.write_text('{"paragraphs": []}', "utf-8")
    code, output = compare_cli(tmp_path, "--republication-translation", str(mt))
    assert code == 2
    assert f"{mt}: is not a translation written by `xlate translate`" in output


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
    mt = tmp_path / "mt.txt"
    mt.write_text("\n".join([*PARAPHRASED[:2], "", *PARAPHRASED[3:]]) + "\n", "utf-8")
    code, output = compare_cli(tmp_path, "--republication-translation", str(mt))
    assert code == 0, output


def test_compare_cli_names_the_translation_file_on_a_mismatch(tmp_path: Path) -> None:
    mt = tmp_path / "mt.txt"
    mt.write_text(" ".join(PARAPHRASED[:3]) + "\n\n" + " ".join(PARAPHRASED[3:]) + "\n", "utf-8")
    code, output = compare_cli(tmp_path, "--republication-translation", str(mt))
    assert code == 2
    assert f"{mt}: has 3 lines (2 with text) but the article has 6 sentences" in output


def test_translate_format_is_checked_before_any_work(tmp_path: Path) -> None:
    en, _ = texts(tmp_path)
    result = runner.invoke(app, ["translate", str(en), "--to", "zh", "--format", "txt,pdf"])
    assert result.exit_code == 2
    assert "--format: unknown 'pdf'; choose from txt,json,lines" in result.output


def test_translate_lines_round_trip_with_a_real_package(tmp_path: Path) -> None:
    # A real (tiny, untrained) Argos package writes the lines file; compare reads it back.
    from tests.package_builder import build_package

    package = build_package(tmp_path / "models", "zh", "en")
    assert runner.invoke(app, ["models", "install", "--file", str(package)]).exit_code == 0
    zh = tmp_path / "outlet.txt"
    zh.write_text(
        "会谈在北京举行。\n2024年贸易增长了百分之五。\n\n两国领导人签署了20项协议。\n", "utf-8"
    )
    out = tmp_path / "mt"
    result = runner.invoke(
        app,
        [
            "translate",
            str(zh),
            "--from",
            "zh",
            "--to",
            "en",
            "--presegmented",
            "-o",
            str(out),
            "--format",
            "lines,json",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = out / "outlet.en.lines.txt"
    assert len(lines.read_text("utf-8").splitlines()) == 3
    en = tmp_path / "wire.txt"
    en.write_text(
        "The talks took place in Beijing.\nTrade grew.\n\nThey signed 20 deals.\n", "utf-8"
    )
    for mt in (lines, out / "outlet.en.json"):
        result = runner.invoke(
            app,
            [
                "compare",
                str(en),
                str(zh),
                "--presegmented",
                "--republication-translation",
                str(mt),
                "-o",
                str(tmp_path / "r"),
                "-f",
                "json",
            ],
        )
        assert result.exit_code == 0, result.output
