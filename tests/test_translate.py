"""The translation stage end to end on real (tiny, untrained) Argos packages.

No fakes: every translation runs CTranslate2 and SentencePiece on packages built by
tests/package_builder.py and installed into the per-test packages folder.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.package_builder import build_package
from xlate.cli import app
from xlate.errors import InputError, LanguageError, ModelError
from xlate.model import Article
from xlate.translation import packages
from xlate.translation.translate import (
    ArgosTranslator,
    FileTranslator,
    Translation,
    cache_path,
    translate_article,
    write_translation,
)

PAIRS = [("en", "ur"), ("ur", "en"), ("en", "zh"), ("zh", "en"), ("en", "ru"), ("ru", "en")]

STORY = [
    [
        "Police said three people were killed in the attack on Tuesday.",
        "The minister promised an inquiry.",
    ],
    ["Markets fell by 2 percent in Shanghai.", "Officials gave no further details."],
]


def test_network_is_blocked() -> None:
    with pytest.raises(RuntimeError):
        socket.create_connection(("example.com", 443), timeout=1)


@pytest.fixture(scope="session")
def package_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """One real tiny package per pair, built once per test session."""
    folder = tmp_path_factory.mktemp("argosmodels")
    return {pair: build_package(folder, *pair) for pair in PAIRS}


@pytest.fixture
def installed(package_files: dict[tuple[str, str], Path]) -> list[packages.PackageInfo]:
    """All test packages installed through `xlate models install --file`."""
    runner = CliRunner()
    for path in package_files.values():
        result = runner.invoke(app, ["models", "install", "--file", str(path)])
        assert result.exit_code == 0, result.stderr
    return packages.installed()


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    """A presegmented English article (one sentence a line, blank line between paragraphs)."""
    path = tmp_path / "in" / "story.txt"
    path.parent.mkdir()
    path.write_text("\n\n".join("\n".join(p) for p in STORY) + "\n", encoding="utf-8")
    return path


def article() -> Article:
    return Article.from_sentences(STORY, lang="en", path="story.txt")


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def scripts(text: str) -> set[str]:
    """Unicode script-ish names of the letters in `text` (CJK, ARABIC, CYRILLIC, LATIN)."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


# -- the CLI -------------------------------------------------------------------------------


def test_translate_cli_writes_txt_and_json(installed: Any, story_file: Path) -> None:
    result = CliRunner().invoke(
        app, ["translate", str(story_file), "--to", "ur,zh,ru", "--from", "en", "--presegmented"]
    )
    assert result.exit_code == 0, result.stderr
    folder = story_file.parent
    for lang, script in [("ur", "ARABIC"), ("zh", "CJK"), ("ru", "CYRILLIC")]:
        txt = folder / f"story.{lang}.txt"
        data = json.loads((folder / f"story.{lang}.json").read_text(encoding="utf-8"))
        assert str(txt) in result.stdout
        assert data["source_lang"] == "en" and data["target_lang"] == lang
        assert data["package"] == f"translate-en_{lang} 1.0"
        rows = data["sentences"]
        assert [(r["id"], r["paragraph"], r["source"]) for r in rows] == [
            (0, 0, STORY[0][0]),
            (1, 0, STORY[0][1]),
            (2, 1, STORY[1][0]),
            (3, 1, STORY[1][1]),
        ]
        assert all(r["translation"] for r in rows)
        assert script in scripts("".join(r["translation"] for r in rows))
        paragraphs = txt.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        assert len(paragraphs) == 2
        assert all(r["translation"] in paragraphs[r["paragraph"]] for r in rows)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp files left


def test_translate_cli_out_folder_and_rerun_from_cache(
    installed: Any, story_file: Path, tmp_path: Path
) -> None:
    args = ["translate", str(story_file), "--to", "ur", "--from", "en", "--presegmented"]
    out = tmp_path / "out"
    first = CliRunner().invoke(app, [*args, "--out", str(out)])
    assert first.exit_code == 0, first.stderr
    written = (out / "story.ur.json").read_text(encoding="utf-8")
    pkg = packages.find("en", "ur")
    assert pkg is not None
    (pkg.path / "model" / "model.bin").unlink()
    again = CliRunner().invoke(app, [*args, "--out", str(out)])
    assert again.exit_code == 0, again.stderr  # every sentence from the cache
    assert (out / "story.ur.json").read_text(encoding="utf-8") == written
    broken = CliRunner().invoke(app, [*args, "--out", str(out), "--no-cache"])
    assert broken.exit_code == 2
    assert "cannot load translate-en_ur 1.0" in one_line_error(broken.stderr)


def test_translate_cli_missing_package(installed: Any, story_file: Path) -> None:
    packages.remove("en", "ru")
    result = CliRunner().invoke(
        app, ["translate", str(story_file), "--to", "ur,ru", "--from", "en", "--presegmented"]
    )
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "en->ru" in line and "xlate models install en ru" in line and "--file" in line
    assert not list(story_file.parent.glob("story.ur.*"))  # checked before any work


def test_translate_cli_unknown_language(installed: Any, story_file: Path) -> None:
    result = CliRunner().invoke(app, ["translate", str(story_file), "--to", "ur,klingon"])
    assert result.exit_code == 2
    assert "unknown language code 'klingon'" in one_line_error(result.stderr)
    result = CliRunner().invoke(app, ["translate", str(story_file), "--to", "ur", "--from", "xx"])
    assert result.exit_code == 2
    assert "unknown language code 'xx'" in one_line_error(result.stderr)


# -- the translator ------------------------------------------------------------------------


class CountingModel:
    """Wraps a real ctranslate2.Translator and counts translate_batch calls."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[int] = []

    def translate_batch(self, batch: list[list[str]], **kwargs: Any) -> Any:
        self.calls.append(len(batch))
        return self.real.translate_batch(batch, **kwargs)


def test_batch_keeps_order_and_uses_one_call(installed: Any) -> None:
    sentences = [
        f"{word} said {n} people {verb} on day {n + 3}."
        for n, (word, verb) in enumerate(
            [("Police", "left"), ("The mayor", "arrived"), ("A witness", "fled"), ("Nobody", "ran")]
            * 5
        )
    ]
    sentences[3:3] = ["", "Hello.", "Police said 0 people left on day 3."]  # blank + duplicate
    one_by_one = ArgosTranslator(cache=False)
    expected = [one_by_one.translate([s], source="en", target="ur")[0] for s in sentences]
    assert len(set(expected)) > 5  # the package's output depends on its input

    batched = ArgosTranslator(cache=False, max_batch_size=4)
    pkg = packages.find("en", "ur")
    assert pkg is not None
    loaded = batched._load(pkg)
    counter = CountingModel(loaded.translator)
    loaded.translator = counter
    assert batched.translate(sentences, source="en", target="ur") == expected
    assert counter.calls == [len(set(sentences)) - 1]  # one call; duplicates and blanks not sent
    assert expected[3] == ""
    assert batched.loads == 1


POOL = [
    "Police said three people were killed.",
    "The minister promised an inquiry.",
    "Markets fell.",
    "Officials gave no further details on Tuesday evening in the capital.",
    "Hello.",
    "",
    "   ",
]


def test_any_batch_matches_sentence_by_sentence(installed: Any) -> None:
    """Whatever the mix, order, duplicates and blanks, a batch gives each sentence the
    translation it gets alone."""
    alone = ArgosTranslator(cache=False)
    expected = {s: alone.translate([s], source="en", target="ru")[0] for s in POOL}
    batched = ArgosTranslator(cache=False, max_batch_size=3)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(POOL), max_size=12))
    def check(batch: list[str]) -> None:
        assert batched.translate(batch, source="en", target="ru") == [expected[s] for s in batch]

    check()
    assert batched.loads == 1


def test_cache_hits_load_no_model(installed: Any) -> None:
    sentences = [s for para in STORY for s in para]
    first = ArgosTranslator()
    result = first.translate(sentences, source="en", target="zh")
    assert first.loads == 1
    first.close()
    assert cache_path().is_file()

    second = ArgosTranslator()
    assert second.translate(sentences, source="en", target="zh") == result
    assert second.loads == 0
    other_beam = ArgosTranslator(beam_size=1)  # another setting is another cache key
    other_beam.translate(sentences, source="en", target="zh")
    assert other_beam.loads == 1

    third = ArgosTranslator()
    partly = third.translate([*sentences, "A new sentence."], source="en", target="zh")
    assert partly[:-1] == result and third.loads == 1

    uncached = ArgosTranslator(cache=False)
    assert uncached.translate(sentences, source="en", target="zh") == result
    assert uncached.loads == 1


def test_progress_counts_sentences(installed: Any) -> None:
    sentences = [s for para in STORY for s in para]
    seen: list[tuple[int, int]] = []
    t = ArgosTranslator(progress=lambda done, total: seen.append((done, total)))
    t.translate(sentences[:1], source="en", target="ru")
    seen.clear()
    t.translate(sentences, source="en", target="ru")  # one cached, three fresh
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_pivot_through_english(installed: Any) -> None:
    urdu = ["پولیس نے کہا کہ تین افراد ہلاک ہوئے۔", "وزیر نے تحقیقات کا وعدہ کیا۔"]
    t = ArgosTranslator(cache=False)
    pivoted = t.translate(urdu, source="ur", target="zh")
    english = t.translate(urdu, source="ur", target="en")
    assert pivoted == t.translate(english, source="en", target="zh")
    assert "CJK" in scripts("".join(pivoted))
    assert t.describe(source="ur", target="zh") == "translate-ur_en 1.0 + translate-en_zh 1.0"
    assert t.loads == 2


def test_translator_errors(installed: Any) -> None:
    t = ArgosTranslator()
    with pytest.raises(LanguageError, match="'qq'"):
        t.translate(["Hello."], source="en", target="qq")
    packages.remove("en", "zh")
    with pytest.raises(ModelError) as missing:
        t.translate(["Hello."], source="ur", target="zh")
    assert "ur->zh" in str(missing.value) and "xlate models install en zh" in str(missing.value)
    assert t.translate(["Same."], source="en", target="en") == ["Same."]
    assert t.describe(source="en", target="en") == "identity"


def test_bpe_package_without_sacremoses_is_one_clear_error(
    package_files: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    import zipfile

    if importlib.util.find_spec("sacremoses") is not None:
        pytest.skip("sacremoses is installed: BPE packages can run")
    bpe = tmp_path / "bpe.argosmodel"
    with zipfile.ZipFile(package_files["en", "ur"]) as zin, zipfile.ZipFile(bpe, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name.replace("sentencepiece.model", "bpe.model"), zin.read(name))
    assert packages.install_file(bpe).tokenizer == "bpe"
    with pytest.raises(ModelError, match="BPE tokenizer, which needs the sacremoses package"):
        ArgosTranslator().translate(["Hello."], source="en", target="ur")


# -- articles and files --------------------------------------------------------------------


def test_translate_article_groups_paragraphs(installed: Any) -> None:
    t = ArgosTranslator()
    result = translate_article(article(), target="zh", translator=t)
    assert isinstance(result, Translation)
    assert len(result.sentences) == 4 and result.target == "zh"
    assert result.paragraphs == ("".join(result.sentences[:2]), "".join(result.sentences[2:]))
    spaced = translate_article(article(), target="ru", translator=t)
    assert spaced.paragraphs[0] == " ".join(spaced.sentences[:2])
    assert spaced.package == "translate-en_ru 1.0"


def test_translate_article_needs_language_and_sentences(tmp_path: Path) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_text("a\nb\nc\nd\n", encoding="utf-8")
    with pytest.raises(LanguageError, match="--from"):
        translate_article(
            article().with_(lang="und"), target="ur", translator=FileTranslator(lines)
        )
    empty = Article(paragraphs=("x",), lang="en", path="x.txt")
    with pytest.raises(InputError, match="x.txt: has no sentences"):
        translate_article(empty, target="ur", translator=FileTranslator(lines))


def test_file_translator(tmp_path: Path) -> None:
    path = tmp_path / "mine.ur.txt"
    path.write_text("ایک\nدو\n\nتین\nچار\n", encoding="utf-8")
    result = translate_article(article(), target="ur", translator=FileTranslator(path))
    assert result.sentences == ("ایک", "دو", "تین", "چار")
    assert result.package.startswith("file mine.ur.txt sha256:")
    path.write_text("ایک\nدو\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        translate_article(article(), target="ur", translator=FileTranslator(path))
    assert str(path) in str(exc.value) and "has 2 lines (2 with text)" in str(exc.value)
    assert "4 sentences" in str(exc.value)


def test_write_translation(tmp_path: Path) -> None:
    result = Translation(
        target="ur",
        article=article(),
        sentences=("a", "b", "c", "d"),
        paragraphs=("a b", "c d"),
        package="translate-en_ur 1.0",
    )
    txt, js = write_translation(result, tmp_path / "new", "story")
    assert txt.name == "story.ur.txt" and js.name == "story.ur.json"
    assert txt.read_text(encoding="utf-8") == "a b\n\nc d\n"
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["sentences"][2] == {
        "id": 2,
        "paragraph": 1,
        "source": STORY[1][0],
        "translation": "c",
    }
    assert (data["source_lang"], data["target_lang"]) == ("en", "ur")
    assert data["package"] == "translate-en_ur 1.0"


# -- imports -------------------------------------------------------------------------------


def test_no_heavy_or_forbidden_imports(installed: Any) -> None:
    """Translating through the API never imports torch, stanza, spacy or argostranslate.translate,
    and importing xlate's translation modules loads no model library at all."""
    script = textwrap.dedent(
        """
        import socket, sys
        def blocked(*a, **k):
            raise RuntimeError("network")
        socket.socket.connect = blocked
        socket.create_connection = blocked
        import xlate.translation.packages, xlate.translation.translate
        import xlate.cli.models, xlate.cli.translate
        eager = {"ctranslate2", "sentencepiece", "numpy", "argostranslate"} & set(sys.modules)
        assert not eager, eager
        from xlate import Article, ArgosTranslator, translate_article
        a = Article.from_sentences([["Hello there."], ["Police said so."]], lang="ur")
        out = translate_article(a, target="zh", translator=ArgosTranslator(cache=False))
        assert all(out.sentences), out
        bad = {"torch", "stanza", "spacy", "argostranslate.translate"} & set(sys.modules)
        assert not bad, bad
        assert "ctranslate2" in sys.modules
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
