"""Cross-lingual compare end to end on real tiny Argos packages (CTranslate2 + SentencePiece).

The packages are untrained, so their output is nonsense in the right script; these tests
check the pipeline (translate one side, align, report both texts), not translation quality,
which benchmarks/crosslingual_accuracy.py measures with reference translations.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.package_builder import build_package
from xlate.cli import app

runner = CliRunner()

EN = (
    "The talks took place in Beijing.\nTrade grew by 5 percent in 2024.\n\n"
    "The leaders signed 20 agreements.\n"
)
ZH = "会谈在北京举行。\n2024年贸易增长了百分之五。\n\n两国领导人签署了20项协议。\n"
RU = "Переговоры прошли в Пекине.\n"


@pytest.fixture(scope="module")
def package_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("argosmodels")
    return [build_package(folder, *pair) for pair in (("zh", "en"), ("en", "zh"))]


@pytest.fixture
def pair(tmp_path: Path, package_files: list[Path]) -> tuple[Path, Path]:
    for path in package_files:
        result = runner.invoke(app, ["models", "install", "--file", str(path)])
        assert result.exit_code == 0, result.output
    en, zh = tmp_path / "wire.txt", tmp_path / "outlet.txt"
    en.write_text(EN, "utf-8")
    zh.write_text(ZH, "utf-8")
    return en, zh


def test_network_is_blocked() -> None:
    with pytest.raises(RuntimeError):
        socket.create_connection(("example.com", 80), timeout=1)


def test_compare_translates_the_republication_into_the_original_language(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    en, zh = pair
    out = tmp_path / "reports"
    result = runner.invoke(app, ["compare", str(en), str(zh), "--presegmented", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "wire--outlet.json").read_text("utf-8"))
    assert data["via"] == "en"
    assert data["original"]["lang"] == "en" and data["republication"]["lang"] == "zh"
    assert len(data["republication"]["translation"]) == 3
    assert "translation" not in data["original"]
    assert "translate-zh_en" in data["signature"]["translator"]
    ids = sorted(j for link in data["links"] for j in link["republication"])
    assert ids == [0, 1, 2]
    html = (out / "wire--outlet.html").read_text("utf-8")
    assert "会谈在北京举行。" in html and 'class="tr"' in html


def test_via_the_republication_language(pair: tuple[Path, Path], tmp_path: Path) -> None:
    en, zh = pair
    result = runner.invoke(
        app,
        [
            "compare",
            str(en),
            str(zh),
            "--presegmented",
            "--via",
            "zh",
            "-o",
            str(tmp_path),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "wire--outlet.json").read_text("utf-8"))
    assert data["via"] == "zh"
    assert len(data["original"]["translation"]) == 3
    assert "translate-en_zh" in data["signature"]["translator"]


def test_missing_package_names_the_install_command(pair: tuple[Path, Path], tmp_path: Path) -> None:
    en, _ = pair
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, "utf-8")
    result = runner.invoke(
        app, ["compare", str(en), str(ru), "--presegmented", "-o", str(tmp_path)]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "ru" in lines[0] and "xlate models install" in lines[0]
    assert not list(tmp_path.glob("*.html"))


def test_unknown_language_code(pair: tuple[Path, Path], tmp_path: Path) -> None:
    en, zh = pair
    result = runner.invoke(
        app,
        [
            "compare",
            str(en),
            str(zh),
            "--presegmented",
            "--republication-lang",
            "xx",
            "-o",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "xx" in result.stderr
