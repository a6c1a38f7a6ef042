"""Corpus runs and compare with many republications, through the CLI (typer's CliRunner)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

try:  # the real-cluster fixtures of the Dask tests (Trace's), when they are here
    from tests.test_dask import cluster, loopback  # noqa: F401
except ImportError:  # pragma: no cover
    cluster = None
from xlate.cli import app

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()

WIRE = (
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday. "
    "The two leaders signed over 20 cooperation agreements.\n\n"
    "Trade between the two countries reached 244.8 billion U.S. dollars in 2024. "
    "China has been Russia's largest trading partner for 15 consecutive years.\n\n"
    "Putin said relations had reached a historic high.\n"
)
TRIMMED = WIRE.split("\n\n")[0] + "\n"
CHANGED = WIRE.replace("244.8", "248.4")


def story(root: Path, name: str = "xi-putin", **reps: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "original.txt").write_text(WIRE, "utf-8")
    for stem, text in (reps or {"dawn": TRIMMED, "tribune": CHANGED}).items():
        (folder / f"{stem}.txt").write_text(text, "utf-8")
    return folder


def invoke(*args: str | Path) -> object:
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result: object, *needles: str) -> None:
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    err = result.stderr.strip()  # type: ignore[attr-defined]
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    lines = [line for line in err.splitlines() if line.startswith("xlate: error:")]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], lines[0]


# ---------------------------------------------------------------- compare with many


def test_compare_many_writes_pairs_and_family(tmp_path: Path) -> None:
    folder = story(tmp_path / "in")
    out = tmp_path / "out"
    result = invoke(
        "compare", folder / "original.txt", folder / "dawn.txt", folder / "tribune.txt", "-o", out
    )
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    for stem in ("xi-putin-original--dawn", "xi-putin-original--tribune"):
        assert {f"{stem}.html", f"{stem}.md", f"{stem}.json", f"{stem}.align"} <= names
    assert {"xi-putin-original.family.html", "xi-putin-original.family.md"} <= names
    data = json.loads((out / "xi-putin-original.family.json").read_text("utf-8"))
    assert data["schema"] == "xlate.family/1"
    assert [m["name"] for m in data["members"]] == ["dawn", "tribune"]
    assert "wrote" in result.output and "family" in result.output


def test_compare_many_fail_on_drift_and_name(tmp_path: Path) -> None:
    folder = story(tmp_path / "in")
    out = tmp_path / "out"
    args = ["compare", folder / "original.txt", folder / "dawn.txt", folder / "tribune.txt"]
    result = invoke(*args, "-o", out, "--fail-on", "drift", "--name", "xi", "-f", "json")
    assert result.exit_code == 1, result.output
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == {
        "xi--dawn.json", "xi--tribune.json", "xi.family.json",
    }  # fmt: skip


def test_compare_translations_one_per_republication(tmp_path: Path) -> None:
    folder = story(tmp_path / "in")
    result = invoke(
        "compare", folder / "original.txt", folder / "dawn.txt", folder / "tribune.txt",
        "--republication-translation", folder / "dawn.txt", "-o", tmp_path / "out",
    )  # fmt: skip
    one_line_error(result, "--republication-translation", "2 republications")


def test_compare_bad_republication_names_the_file(tmp_path: Path) -> None:
    folder = story(tmp_path / "in")
    (folder / "empty.txt").write_text("", "utf-8")
    out = tmp_path / "out"
    result = invoke("compare", folder / "original.txt", folder / "empty.txt", "-o", out)
    one_line_error(result, "empty.txt")
    assert not out.exists()  # nothing written, not even the names file


# ---------------------------------------------------------------- names never collide


def test_names_never_collide(tmp_path: Path) -> None:
    (tmp_path / "xinhua.txt").write_text(WIRE, "utf-8")
    for outlet, text in (("dawn", TRIMMED), ("tribune", CHANGED)):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "article.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    for outlet in ("dawn", "tribune"):
        result = invoke(
            "compare", tmp_path / "xinhua.txt", tmp_path / outlet / "article.txt", "-o", out
        )
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.glob("[!.]*.json"))
    assert names == ["xinhua--dawn-article.json", "xinhua--tribune-article.json"]


def test_another_pair_never_overwrites_silently(tmp_path: Path) -> None:
    for folder, text in (("a", TRIMMED), ("b", CHANGED)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "wire.txt").write_text(WIRE, "utf-8")
        (tmp_path / folder / "rep.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    first = invoke(
        "compare", tmp_path / "a/wire.txt", tmp_path / "a/rep.txt", "-o", out, "-f", "json"
    )
    again = invoke(
        "compare", tmp_path / "a/wire.txt", tmp_path / "a/rep.txt", "-o", out, "-f", "json"
    )
    other = invoke(
        "compare", tmp_path / "b/wire.txt", tmp_path / "b/rep.txt", "-o", out, "-f", "json"
    )
    assert first.exit_code == again.exit_code == other.exit_code == 0
    assert "warning" not in again.stderr
    assert "wire--rep.*: holds reports of other inputs" in other.stderr
    assert "wire--rep-2" in other.stderr
    assert sorted(p.name for p in out.glob("[!.]*.json")) == ["wire--rep-2.json", "wire--rep.json"]
    a = json.loads((out / "wire--rep.json").read_text("utf-8"))
    assert a["republication"]["path"].endswith("a/rep.txt".replace("/", __import__("os").sep))


def test_unregistered_files_are_not_replaced(tmp_path: Path) -> None:
    folder = story(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "xi-putin-original--dawn.html").write_text("made by hand", "utf-8")
    result = invoke(
        "compare", folder / "original.txt", folder / "dawn.txt", "-o", out, "-f", "html"
    )
    assert result.exit_code == 0
    assert (out / "xi-putin-original--dawn.html").read_text("utf-8") == "made by hand"
    assert (out / "xi-putin-original--dawn-2.html").exists()


# ---------------------------------------------------------------- corpus layouts


def test_corpus_story_folders_write_index(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    story(root)
    story(root, "second", reuters=WIRE)
    out = tmp_path / "out"
    result = invoke("corpus", root, "-o", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "3 of 3 pairs compared, 1 family reports" in result.output
    rows = list(csv.DictReader((out / "index.csv").read_text("utf-8").splitlines()))
    assert [(r["story"], r["outlet"]) for r in rows] == [
        ("second", "reuters"), ("xi-putin", "dawn"), ("xi-putin", "tribune"),
    ]  # fmt: skip
    for row in rows:
        assert set(row) >= {"story", "outlet", "language", "verdict", "coverage", "drift", "link"}
        assert (out / row["link"]).is_file()
    assert rows[2]["drift"] == "1" and rows[0]["verdict"] == "wholly"
    data = json.loads((out / "index.json").read_text("utf-8"))
    assert data["schema"] == "xlate.index/1" and len(data["pairs"]) == 3
    assert data["families"] == [{"story": "xi-putin", "link": "xi-putin.family.html"}]
    page = (out / "index.html").read_text("utf-8")
    assert 'href="xi-putin.family.html"' in page and 'href="second--reuters.html"' in page


def test_corpus_jobs_two_uses_a_process_pool(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    story(root, "a")
    story(root, "b")
    one, two = tmp_path / "one", tmp_path / "two"
    assert invoke("corpus", root, "-o", one, "-j", "1", "-f", "json").exit_code == 0
    result = invoke("corpus", root, "-o", two, "-j", "2", "-f", "json")
    assert result.exit_code == 0, result.output

    def pairs(out: Path) -> list[dict[str, object]]:
        rows = json.loads((out / "index.json").read_text("utf-8"))["pairs"]
        return [{k: v for k, v in r.items() if k != "family"} for r in rows]

    assert pairs(one) == pairs(two)
    assert (two / "a.family.json").is_file() and (two / "b.family.json").is_file()


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_corpus_manifest(tmp_path: Path, kind: str) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, "utf-8")
    (tmp_path / "a.txt").write_text(TRIMMED, "utf-8")
    (tmp_path / "b.txt").write_text(CHANGED, "utf-8")
    rows = [
        {"story": "xi", "original": "wire.txt", "republication": "a.txt", "outlet": "Dawn",
         "url": "https://dawn.example/x", "date": "2025-09-03"},
        {"story": "xi", "original": "wire.txt", "republication": "b.txt", "outlet": "Tribune",
         "url": "", "date": "2025-09-04"},
    ]  # fmt: skip
    manifest = tmp_path / f"manifest.{kind}"
    if kind == "csv":
        with manifest.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        manifest.write_text(json.dumps(rows), "utf-8")
    out = tmp_path / "out"
    result = invoke("corpus", tmp_path, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    data = json.loads((out / "index.json").read_text("utf-8"))
    assert [(p["outlet"], p["url"], p["date"]) for p in data["pairs"]] == [
        ("Dawn", "https://dawn.example/x", "2025-09-03"), ("Tribune", None, "2025-09-04"),
    ]  # fmt: skip
    family = json.loads((out / "xi.family.json").read_text("utf-8"))
    assert [m["outlet"] for m in family["members"]] == ["Dawn", "Tribune"]


def test_manifest_mistakes(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, "utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("story,original\nxi,wire.txt\n", "utf-8")
    one_line_error(
        invoke("corpus", tmp_path, "-o", tmp_path / "o"), "manifest.csv", "republication"
    )
    manifest.write_text("story,original,republication\nxi,wire.txt,missing.txt\n", "utf-8")
    one_line_error(invoke("corpus", manifest, "-o", tmp_path / "o"), "line 2", "missing.txt")
    manifest.unlink()
    bad = tmp_path / "manifest.json"
    bad.write_text("{not json", "utf-8")
    one_line_error(invoke("corpus", tmp_path, "-o", tmp_path / "o"), "manifest.json", "JSON")


def test_empty_folder_says_what_layout_is_expected(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    one_line_error(invoke("corpus", tmp_path / "empty"), "no story found", "original.*", "manifest")
    one_line_error(invoke("corpus", tmp_path / "nope"), "no such folder")


def test_story_without_original_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "xi"
    folder.mkdir(parents=True)
    (folder / "xinhua.txt").write_text(WIRE, "utf-8")
    (folder / "republication-dawn.txt").write_text(TRIMMED, "utf-8")
    result = invoke("corpus", tmp_path / "corpus", "-o", tmp_path / "out")
    one_line_error(result, "no story found")
    assert "no original.*" in result.stderr and "xinhua.txt" in result.stderr


def test_layout_warnings_name_the_file(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    folder = story(root)
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (root / "stray.txt").write_text(WIRE, "utf-8")
    result = invoke("corpus", root, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "photo.png: not an article file" in result.stderr
    assert "stray.txt: not in a story folder" in result.stderr
    notes = json.loads((tmp_path / "out" / "index.json").read_text("utf-8"))["notes"]
    assert any("photo.png" in n for n in notes) and any("stray.txt" in n for n in notes)


def test_several_originals_is_an_error(tmp_path: Path) -> None:
    folder = story(tmp_path / "corpus")
    (folder / "original.md").write_text(WIRE, "utf-8")
    one_line_error(invoke("corpus", tmp_path / "corpus"), "several originals", "original.md")


def test_a_bad_republication_does_not_stop_the_run(tmp_path: Path) -> None:
    folder = story(tmp_path / "corpus")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    out = tmp_path / "out"
    result = invoke("corpus", tmp_path / "corpus", "-o", out, "-j", "1")
    one_line_error(result, "broken.txt")
    assert (out / "xi-putin--dawn.html").is_file() and (out / "xi-putin.family.html").is_file()
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert len(index["pairs"]) == 2
    assert len(index["errors"]) == 1 and "broken.txt" in index["errors"][0]
    assert "broken.txt" in (out / "index.html").read_text("utf-8")


def test_translation_file_beside_a_republication(tmp_path: Path) -> None:
    folder = story(tmp_path / "corpus", dawn=TRIMMED)
    (folder / "tass.txt").write_text(
        "Председатель КНР Си Цзиньпин встретился с президентом России Владимиром Путиным "
        "в Пекине во вторник. Лидеры подписали более 20 соглашений о сотрудничестве.\n",
        "utf-8",
    )
    (folder / "tass.en.txt").write_text(
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.\n"
        "The leaders signed more than 20 cooperation agreements.\n",
        "utf-8",
    )
    out = tmp_path / "out"
    result = invoke("corpus", tmp_path / "corpus", "-o", out, "-j", "1", "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "xi-putin--tass.json").read_text("utf-8"))
    assert report["republication"]["lang"] == "ru" and report["via"] == "en"
    assert not (out / "xi-putin--tass-en.json").exists()


def test_fail_on_in_corpus(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    story(root, reuters=WIRE)
    assert invoke("corpus", root, "-o", tmp_path / "o", "--fail-on", "edits").exit_code == 0
    story(root, "other", tribune=CHANGED)
    assert invoke("corpus", root, "-o", tmp_path / "o", "--fail-on", "drift").exit_code == 1


def test_capture_only_folder_says_nothing_was_compared(tmp_path: Path) -> None:
    seed = tmp_path / "corpus" / "seed"
    seed.mkdir(parents=True)
    capture = REPO / "corpora" / "rki-xinhua-2025-09-02" / "capture.txt"
    (seed / "capture.txt").write_bytes(capture.read_bytes())
    out = tmp_path / "out"
    result = invoke("corpus", seed, "-o", out)
    assert result.exit_code == 0, result.output
    assert "capture only" in result.output and "nothing compared" in result.output
    assert (out / "seed.article.json").is_file()


def test_seed_capture_is_compared_with_the_wire(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = REPO / "corpora" / "rki-xinhua-2025-09-02"
    result = invoke("corpus", folder, "-o", out, "--fail-on", "drift")
    assert result.exit_code == 1, result.output
    drift = [line for line in result.output.splitlines() if line.startswith("drift:")]
    assert len(drift) == 1 and "place changed: China -> Beijing" in drift[0], result.output
    assert (out / "rki-xinhua-2025-09-02.article.json").is_file()


def test_bundled_corpus_writes_the_family_and_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("corpus", REPO / "corpora", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    assert (out / "xinhua-xi-putin-family.family.html").is_file()
    family = json.loads((out / "xinhua-xi-putin-family.family.json").read_text("utf-8"))
    assert len(family["members"]) >= 3
    assert {m["lang"] for m in family["members"]} == {"en", "ru", "zh"}
    assert ["wire", "northern-star", "evening-ledger"] in family["chains"]
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert {p["story"] for p in index["pairs"]} >= {
        "wikinews-taipei-lanterns",
        "xinhua-xi-putin-family",
    }


def test_interrupted_run_leaves_complete_reports(tmp_path: Path) -> None:
    from xlate.corpus.layout import discover
    from xlate.corpus.run import run_stories

    root = tmp_path / "corpus"
    story(root, "a")
    story(root, "b")
    out = tmp_path / "out"
    seen: list[str] = []

    def stop_after_two(result: object) -> None:
        seen.append(result.task.name)  # type: ignore[attr-defined]
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_stories(discover(root).stories, out, progress=stop_after_two)
    assert not list(out.glob(".*.tmp"))
    for path in out.glob("[!.]*.json"):
        json.loads(path.read_text("utf-8"))  # every written report parses
    assert (out / "a.family.json").is_file() and not (out / "b.family.json").exists()
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert [p["name"] for p in index["pairs"]] == ["a--dawn", "a--tribune", "b--dawn"]


def test_index_of_another_corpus_is_kept(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    story(first, "a")
    story(second, "b")
    out = tmp_path / "out"
    assert invoke("corpus", first, "-o", out, "-f", "json").exit_code == 0
    again = invoke("corpus", first, "-o", out, "-f", "json")
    assert again.exit_code == 0 and "warning" not in again.stderr
    other = invoke("corpus", second, "-o", out, "-f", "json")
    assert other.exit_code == 0, other.output
    assert "index.*: holds reports of other inputs; writing index-2" in other.stderr
    assert "index-2.html" in other.output
    assert [p["story"] for p in json.loads((out / "index.json").read_text("utf-8"))["pairs"]] == [
        "a",
        "a",
    ]
    assert {p["story"] for p in json.loads((out / "index-2.json").read_text("utf-8"))["pairs"]} == {
        "b"
    }


def test_output_folder_inside_the_corpus_is_not_a_story(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    story(root)
    for _ in range(2):
        result = invoke("corpus", root, "-o", root / "reports", "-f", "json")
        assert result.exit_code == 0, result.output
        assert "warning" not in result.stderr


def test_a_crash_on_one_pair_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.matching.compare as compare_module
    from xlate.corpus.layout import discover
    from xlate.corpus.run import run_stories

    real = compare_module.compare

    def flaky(original, republication, **kwargs):  # type: ignore[no-untyped-def]
        if str(republication.path).endswith("dawn.txt"):
            raise RuntimeError("boom")
        return real(original, republication, **kwargs)

    monkeypatch.setattr(compare_module, "compare", flaky)
    story(tmp_path / "corpus")
    result = run_stories(discover(tmp_path / "corpus").stories, tmp_path / "out")
    assert len(result.errors) == 1 and "dawn.txt" in result.errors[0]
    assert "RuntimeError: boom" in result.errors[0] and "--debug" in result.errors[0]
    assert [row["name"] for row in result.rows] == ["xi-putin--tribune"]


def test_progress_bar_on_a_terminal_plain_lines_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from xlate.cli.corpus import _progress
    from xlate.corpus.layout import discover
    from xlate.corpus.run import run_stories

    story(tmp_path / "corpus")
    stories = discover(tmp_path / "corpus").stories
    with _progress(2) as tick:
        run_stories(stories, tmp_path / "plain", progress=tick)
    plain = capsys.readouterr()
    assert "[1/2] xi-putin--dawn: " in plain.out and "[2/2]" in plain.out
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with _progress(2) as tick:
        run_stories(stories, tmp_path / "bar", progress=tick)
    bar = capsys.readouterr()
    assert "[1/2]" not in bar.out and "100%" in bar.err


def test_corpus_on_a_real_dask_cluster(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """`--scheduler`: a scheduler and two workers on 127.0.0.1 give the same index as one
    process (the cluster fixture is the one of tests/test_dask.py)."""
    if cluster is None:
        pytest.skip("tests/test_dask.py (the cluster fixture) is not available")
    from tests import test_dask

    if not test_dask.DASK.exists():
        pytest.skip("the dask command is not installed")
    root = tmp_path / "corpus"
    story(root, "a")
    story(root, "b")
    local = invoke("corpus", root, "-o", tmp_path / "local", "-j", "1", "-f", "json")
    assert local.exit_code == 0, local.output
    address, _procs = request.getfixturevalue("cluster")
    remote = invoke("corpus", root, "-o", tmp_path / "remote", "--scheduler", address, "-f", "json")
    assert remote.exit_code == 0, remote.output

    def pairs(out: Path) -> list[dict[str, object]]:
        rows = json.loads((out / "index.json").read_text("utf-8"))["pairs"]
        return [{k: v for k, v in r.items() if k != "family"} for r in rows]

    assert pairs(tmp_path / "local") == pairs(tmp_path / "remote")
    assert (tmp_path / "remote" / "a.family.json").is_file()


def test_translation_of_the_original_is_not_a_second_original(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "xi"
    folder.mkdir(parents=True)
    (folder / "original.txt").write_text(
        "Председатель КНР Си Цзиньпин встретился с президентом России Владимиром Путиным "
        "в Пекине во вторник. Лидеры подписали более 20 соглашений о сотрудничестве.\n",
        "utf-8",
    )
    (folder / "original.en.txt").write_text(
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.\n"
        "The leaders signed more than 20 cooperation agreements.\n",
        "utf-8",
    )
    (folder / "dawn.txt").write_text(TRIMMED, "utf-8")
    out = tmp_path / "out"
    result = invoke("corpus", tmp_path / "corpus", "-o", out, "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "xi--dawn.json").read_text("utf-8"))
    assert report["original"]["lang"] == "ru" and "translation" in report["original"]


def test_out_must_be_a_folder(tmp_path: Path) -> None:
    story(tmp_path / "corpus")
    (tmp_path / "file").write_text("x", "utf-8")
    result = invoke("corpus", tmp_path / "corpus", "-o", tmp_path / "file")
    one_line_error(result, "file: is a file, not a folder")


def test_stem_names_and_the_names_file(tmp_path: Path) -> None:
    from xlate.corpus.naming import REGISTRY, Namer, stem_name

    assert stem_name("dawn/article.txt") == "dawn-article"
    assert stem_name("a/Tribune News.v2.html") == "Tribune-News-v2"
    assert stem_name("新华社/稿.txt") == "稿"
    namer = Namer(tmp_path)
    assert namer.claim("x--y", ["a", "b"]) == "x--y"
    assert namer.claim("x--y", ["a", "c"]) == "x--y-2"  # same run, other inputs
    namer.save()
    assert not (tmp_path / REGISTRY).exists()  # nothing was written yet
    namer.written("x--y")
    namer.save()
    again = Namer(tmp_path)
    assert again.claim("x--y", ["a", "b"]) == "x--y"
    assert again.claim("x--y", ["q", "r"], force=True) == "x--y"  # a name the user chose
    (tmp_path / REGISTRY).write_text("{broken", "utf-8")
    assert any("unreadable" in w for w in Namer(tmp_path).warnings)


def test_two_stories_of_one_name_stay_two_families(tmp_path: Path) -> None:
    from xlate.corpus.layout import discover
    from xlate.corpus.run import Options, run_stories

    (first,) = discover(story(tmp_path / "one", "xi")).stories
    (second,) = discover(story(tmp_path / "two", "xi", reuters=WIRE, ap=CHANGED)).stories
    result = run_stories([first, second], tmp_path / "out", options=Options(formats=("json",)))
    assert result.errors == [] and result.families == ["xi", "xi-2"]
    assert [r["story"] for r in result.rows] == ["xi", "xi", "xi-2", "xi-2"]
    none = run_stories([first], tmp_path / "none", options=Options(formats=()))
    assert [r["link"] for r in none.rows] == [None, None]


def test_unreadable_story_folder_is_one_line(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        from unittest import mock

        folder = story(tmp_path / "corpus")
        real = Path.iterdir

        def denied(self: Path):  # type: ignore[no-untyped-def]
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        with mock.patch.object(Path, "iterdir", denied):
            result = invoke("corpus", tmp_path / "corpus", "-o", tmp_path / "out")
    else:
        folder = story(tmp_path / "corpus")
        folder.chmod(0)
        try:
            result = invoke("corpus", tmp_path / "corpus", "-o", tmp_path / "out")
        finally:
            folder.chmod(0o755)
    one_line_error(result, "xi-putin", "cannot read")
