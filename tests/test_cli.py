"""The CLI end to end: clean and compare on real files, exit codes, one-line errors, start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO, SEED
from xlate.cli import app

runner = CliRunner()

ORIGINAL = (
    "Beijing, September 2 — Chinese President Xi Jinping and Russian President Vladimir Putin "
    "on Tuesday reaffirmed their commitment to strengthening high-level exchanges. The talks took "
    "place during the Shanghai Cooperation Organization Summit.\n\n"
    "Trade between China and Russia reached 244.8 billion U.S. dollars in 2024, making China "
    "Russia's largest trading partner for 15 consecutive years.\n"
)


def one_line_error(result, *names: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    for name in names:
        assert name in lines[0]


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("clean", "compare", "corpus", "translate", "models"):
        assert command in result.output


def test_help_loads_no_heavy_module() -> None:
    probe = (
        "import sys; from typer.testing import CliRunner; from xlate.cli import app; "
        "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0; "
        "heavy = ('ctranslate2', 'trafilatura', 'numpy', 'rapidfuzz', 'torch', 'sentencepiece', "
        "'pypdfium2', 'docx', 'selenium'); "
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_clean_seed_json(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    result = runner.invoke(app, ["clean", str(SEED), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert data["meta"]["source"] == "Xinhua"
    assert len(data["paragraphs"]) == 7
    assert data["sentences"] and data["sentences"][0]["id"] == 0


def test_clean_explain_lists_rules(tmp_path: Path) -> None:
    out = str(tmp_path / "seed.txt")  # not /dev/null: xlate refuses to replace a device
    result = runner.invoke(app, ["clean", str(SEED), "--explain", "-o", out])
    assert result.exit_code == 0, result.output
    assert "**" in result.output or "markdown" in result.output.lower()


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "binary"])
def test_clean_bad_input(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["clean", str(path)])
    one_line_error(result, path.name)


def write_pair(tmp_path: Path, republication: str) -> tuple[Path, Path]:
    a, b = tmp_path / "xinhua.txt", tmp_path / "outlet.txt"
    a.write_text(ORIGINAL, "utf-8")
    b.write_text(republication, "utf-8")
    return a, b


def test_compare_writes_every_format(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, ORIGINAL.replace("15 consecutive", "16 consecutive"))
    out = tmp_path / "reports"
    result = runner.invoke(app, ["compare", str(a), str(b), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        ".xlate-names.json",  # which pair each report name belongs to
        "xinhua--outlet.align",
        "xinhua--outlet.html",
        "xinhua--outlet.json",
        "xinhua--outlet.md",
    ]
    data = json.loads((out / "xinhua--outlet.json").read_text("utf-8"))
    changed = [f for link in data["links"] for f in link["facts"] if f["status"] == "changed"]
    assert any(f["original"].startswith("15") for f in changed)


def test_fail_on_exit_codes(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, ORIGINAL)
    same = runner.invoke(
        app, ["compare", str(a), str(b), "-o", str(tmp_path), "--fail-on", "drift"]
    )
    assert same.exit_code == 0, same.output
    a, b = write_pair(tmp_path, ORIGINAL.replace("244.8", "24.48"))
    drift = runner.invoke(
        app, ["compare", str(a), str(b), "-o", str(tmp_path), "--fail-on", "drift"]
    )
    assert drift.exit_code == 1, drift.output
    edits = runner.invoke(
        app, ["compare", str(a), str(b), "-o", str(tmp_path), "--fail-on", "edits"]
    )
    assert edits.exit_code == 1


def test_compare_bad_input_and_unwritable_out(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, ORIGINAL)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    one_line_error(
        runner.invoke(app, ["compare", str(a), str(empty), "-o", str(tmp_path)]), "empty.txt"
    )
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = runner.invoke(app, ["compare", str(a), str(b), "-o", str(blocker / "sub")])
    one_line_error(result, "blocker")
    one_line_error(runner.invoke(app, ["compare", str(a), str(b), "--format", "pdf"]), "pdf")


def test_compare_presegmented_with_own_translation(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    zh = tmp_path / "zh.txt"
    tr = tmp_path / "zh.en.txt"
    en.write_text(
        "The talks took place in Beijing.\nTrade grew by 5 percent.\n\nThe leaders met.\n", "utf-8"
    )
    zh.write_text("会谈在北京举行。\n贸易增长了百分之五。\n\n两国领导人会见。\n", "utf-8")
    tr.write_text(
        "The talks took place in Beijing.\nTrade grew by 5 percent.\nThe leaders met.\n", "utf-8"
    )
    result = runner.invoke(
        app,
        [
            "compare",
            str(en),
            str(zh),
            "--presegmented",
            "--republication-translation",
            str(tr),
            "-o",
            str(tmp_path / "out"),
            "--format",
            "align,json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "en--zh.align").read_text() == "[0]:[0]\n[1]:[1]\n[2]:[2]\n"


def test_corpus_main_job(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = runner.invoke(app, ["corpus", str(REPO / "corpora"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert "rki-xinhua-2025-09-02.article.md" in names
    assert any(name.endswith(".html") for name in names)


def test_compare_identical_files(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, ORIGINAL)
    result = runner.invoke(app, ["compare", str(a), str(b), "-o", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "xinhua--outlet.json").read_text("utf-8"))
    assert {link["label"] for link in data["links"]} == {"unchanged"}
    assert data["summary"]["verdict"] == "wholly"


def test_compare_mixed_language_file(tmp_path: Path) -> None:
    mixed = ORIGINAL + "\n会谈在北京举行。两国领导人签署了20项协议。\n"
    a, b = write_pair(tmp_path, mixed)
    result = runner.invoke(app, ["compare", str(a), str(b), "-o", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "xinhua--outlet.json").read_text("utf-8"))
    assert data["republication"]["lang"] == "en"
    assert data["summary"]["counts"]["added"] >= 1


def test_compare_two_thousand_sentence_file(tmp_path: Path) -> None:
    lines = [
        f"Officials in district {i} said {i * 7} people attended the meeting on day {i % 28 + 1}."
        for i in range(2000)
    ]
    a = tmp_path / "long.txt"
    b = tmp_path / "long-edited.txt"
    a.write_text("\n".join(lines) + "\n", "utf-8")
    edited = lines[:500] + lines[520:1500] + ["A paragraph the outlet added."] + lines[1500:]
    b.write_text("\n".join(edited) + "\n", "utf-8")
    result = runner.invoke(
        app, ["compare", str(a), str(b), "--presegmented", "-o", str(tmp_path), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "long--long-edited.json").read_text("utf-8"))
    assert len(data["original"]["sentences"]) == 2000
    assert data["summary"]["counts"]["omitted"] == 20
    assert data["summary"]["counts"]["added"] == 1


def test_clean_presegmented_keeps_the_lines(tmp_path: Path) -> None:
    path = tmp_path / "pre.txt"
    path.write_text("U.S. officials met. Then left.\nSecond line.\n\nNew paragraph.\n", "utf-8")
    result = runner.invoke(app, ["clean", str(path), "--presegmented"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "U.S. officials met. Then left.\nSecond line.\n\nNew paragraph.\n"


def test_version_and_debug_flags(tmp_path: Path) -> None:
    assert runner.invoke(app, ["--version"]).stdout.startswith("xlate ")
    missing = str(tmp_path / "missing.txt")
    quiet = runner.invoke(app, ["compare", missing, missing])
    one_line_error(quiet, "missing.txt")
    loud = runner.invoke(app, ["--debug", "compare", missing, missing])
    assert loud.exit_code != 0 and loud.exception is not None
    one_line_error(runner.invoke(app, ["compare", missing, missing]), "missing.txt")


def test_fail_on_drift_ignores_facts_of_omitted_sentences(tmp_path: Path) -> None:
    first_paragraph = ORIGINAL.split("\n\n")[0] + "\n"
    a, b = write_pair(tmp_path, first_paragraph)  # the trade paragraph, with its facts, omitted
    drift = runner.invoke(
        app, ["compare", str(a), str(b), "-o", str(tmp_path), "--fail-on", "drift"]
    )
    assert drift.exit_code == 0, drift.output
    edits = runner.invoke(
        app, ["compare", str(a), str(b), "-o", str(tmp_path), "--fail-on", "edits"]
    )
    assert edits.exit_code == 1
