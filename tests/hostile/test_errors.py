"""Exit codes that cannot be confused, and a translation cache that can only cost time."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

import pytest

from tests.hostile.helpers import ARTICLE, one_line_error, run
from tests.package_builder import build_package
from xlate.translation import packages
from xlate.translation.translate import ArgosTranslator, cache_path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    original, republication = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(ARTICLE, "utf-8")
    republication.write_text(ARTICLE.replace("12", "13"), "utf-8")
    return original, republication


def _crash(*args: object, **kwargs: object) -> None:
    raise RuntimeError("boom\nsecond line")


@pytest.mark.parametrize("env", [{}, {"XLATE_DEBUG": "0"}, {"XLATE_DEBUG": "false"}])
def test_internal_error_is_exit_3_and_one_line(
    env: dict[str, str], pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.matching.compare

    monkeypatch.setattr(xlate.matching.compare, "compare", _crash)
    result = run("compare", *pair, "--out", tmp_path / "out", "--fail-on", "drift", env=env)
    code, _, err = result
    lines = err.strip().splitlines()
    assert code == 3 and len(lines) == 1, err
    assert "internal error" in lines[0] and "please report" in lines[0]
    assert str(pair[0]) in lines[0] and "Traceback" not in err


@pytest.mark.parametrize("how", [["--debug"], ["XLATE_DEBUG=1"]])
def test_debug_shows_the_traceback(
    how: list[str], pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.matching.compare

    monkeypatch.setattr(xlate.matching.compare, "compare", _crash)
    flags = how if how[0].startswith("--") else []
    env = {"XLATE_DEBUG": "1"} if not flags else {}
    from typer.testing import CliRunner

    from xlate.cli import app

    result = CliRunner().invoke(app, [*flags, "compare", *map(str, pair)], env=env)
    assert isinstance(result.exception, RuntimeError)


def test_out_of_memory_is_one_line_naming_inputs_and_limit(
    pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.matching.compare

    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(xlate.matching.compare, "compare", exhausted)
    code, _, err = run("compare", *pair, "--out", tmp_path / "out")
    line = one_line_error(code, err, names=pair[0])
    assert "out of memory" in line and "MiB" in line and str(pair[1]) in line


def test_fail_on_is_the_only_exit_1(pair: tuple[Path, Path], tmp_path: Path) -> None:
    code, _, err = run("compare", *pair, "--out", tmp_path / "out", "--fail-on", "drift")
    assert code == 1, err
    code, _, err = run("compare", *pair, "--out", tmp_path / "out")
    assert code == 0, err


# -- the translation cache -----------------------------------------------------------------


@pytest.fixture
def translator(tmp_path: Path) -> ArgosTranslator:
    packages.install_file(build_package(tmp_path, "en", "ur"))
    return ArgosTranslator()


SENTENCES = ["Police said three people were killed.", "Markets fell by 2 percent."]


def _corrupt(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE translations (id INTEGER, body BLOB)")
        conn.execute("INSERT INTO translations VALUES (1, x'00ff')")


def _not_sqlite(path: Path) -> None:
    path.write_text("hello, I am a text file\n")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize("damage", [_corrupt, _foreign, _not_sqlite, _fifo])
def test_damaged_cache_is_bypassed_with_a_warning(
    damage: object, translator: ArgosTranslator, caplog: pytest.LogCaptureFixture
) -> None:
    expected = ArgosTranslator(cache=False).translate(SENTENCES, source="en", target="ur")
    path = cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    damage(path)  # type: ignore[operator]
    before = path.read_bytes() if path.is_file() else None
    with caplog.at_level(logging.WARNING, logger="xlate"):
        got = translator.translate(SENTENCES, source="en", target="ur")
        translator.translate(SENTENCES, source="en", target="ur")
    translator.close()
    assert got == expected
    warnings = [r.getMessage() for r in caplog.records if r.name == "xlate"]
    assert len(warnings) == 1 and str(path) in warnings[0] and "without the cache" in warnings[0]
    assert (path.read_bytes() if path.is_file() else None) == before  # left alone


def test_locked_cache_is_bypassed_quickly(
    translator: ArgosTranslator, caplog: pytest.LogCaptureFixture
) -> None:
    expected = ArgosTranslator(cache=False).translate(SENTENCES, source="en", target="ur")
    translator.translate(["warm the cache up."], source="en", target="ur")
    translator.close()
    holder = sqlite3.connect(cache_path())
    holder.execute("BEGIN EXCLUSIVE")
    try:
        start = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="xlate"):
            got = ArgosTranslator().translate(SENTENCES, source="en", target="ur")
        waited = time.monotonic() - start
    finally:
        holder.rollback()
        holder.close()
    assert got == expected
    assert any("locked" in r.getMessage() for r in caplog.records)
    assert waited < 5  # sqlite's default wait is 5 s per statement; xlate waits 0.25 s


def test_a_tiny_memory_limit_is_one_line_not_an_abort(pair: tuple[Path, Path]) -> None:
    import resource
    import subprocess
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (150 << 20, resource.RLIM_INFINITY))

    done = subprocess.run(
        [sys.executable, "-m", "xlate", "compare", *map(str, pair), "--out", str(pair[0].parent)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
    )
    assert done.returncode == 2, done.stderr
    assert "150 MiB" in done.stderr and len(done.stderr.strip().splitlines()) == 1
