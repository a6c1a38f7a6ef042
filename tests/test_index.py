"""xlate index: wire stories fingerprinted on disk, incremental, searchable, bad lines listed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from xlate.cli import app
from xlate.corpus.index import Index, build_index, fingerprint
from xlate.corpus.inputs import Item, iter_items, read_item
from xlate.corpus.minhash import NUM_PERM, bigram_hashes, jaccard, signature, word_hashes, words
from xlate.errors import XlateError
from xlate.model import Article

runner = CliRunner()
CORPORA = REPO / "corpora"
STORIES = ("ntrex-house-style", "wikinews-afghan-robotics", "wikinews-iodine-deficiency",
           "wikinews-taipei-lanterns", "xinhua-xi-putin-family")  # fmt: skip


def wire_folder(tmp_path: Path, names: tuple[str, ...] = STORIES) -> Path:
    """The bundled originals, one file per story, as a day's wire."""
    wire = tmp_path / "wire"
    wire.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(CORPORA / name / "original.txt", wire / f"{name}.txt")
    return wire


def test_minhash_estimates_jaccard() -> None:
    a = words("the quick brown fox jumps over the lazy dog near the river bank today")
    b = words("the quick brown fox jumps over the lazy cat near the river bank today")
    sa, sb = set(zip(a, a[1:], strict=False)), set(zip(b, b[1:], strict=False))
    exact = len(sa & sb) / len(sa | sb)
    sig_a = signature(bigram_hashes(word_hashes(a)))
    sig_b = signature(bigram_hashes(word_hashes(b)))
    assert sig_a.shape == (NUM_PERM,)
    assert abs(jaccard(sig_a, sig_b[None, :])[0] - exact) < 0.15
    assert words("中国和俄罗斯") == ["中国", "国和", "和俄", "俄罗", "罗斯"]


def test_index_finds_each_republication_and_grows_without_rebuilding(tmp_path: Path) -> None:
    wire = wire_folder(tmp_path, STORIES[:3])
    stats = build_index(iter_items([wire]), tmp_path / "idx")
    assert (stats.added, stats.skipped, stats.errors) == (3, 0, ())
    first = tmp_path / "idx" / "seg-000000"
    before = {p.name: p.read_bytes() for p in first.iterdir()}
    wire = wire_folder(tmp_path)  # the next day's wire holds the old stories too
    stats = build_index(iter_items([wire]), tmp_path / "idx")
    assert (stats.added, stats.skipped) == (2, 3)
    assert {p.name: p.read_bytes() for p in first.iterdir()} == before
    index = Index(tmp_path / "idx")
    assert index.size == 5
    for name in STORIES[:4]:
        article = read_item(Item(id="q", path=str(CORPORA / name / "republication.txt")))
        best = index.search(fingerprint(article), lang=article.lang)[0]
        assert best.id == str(wire / f"{name}.txt")
        assert index.article(best).text == read_item(Item("x", best.id)).text


def test_facts_find_a_source_across_languages(tmp_path: Path) -> None:
    build_index(iter_items([wire_folder(tmp_path)]), tmp_path / "idx")
    article = read_item(Item("q", str(CORPORA / "xinhua-xi-putin-family" / "vestnik-ru.txt")))
    assert article.lang == "ru"
    best = Index(tmp_path / "idx").search(fingerprint(article), lang="ru")[0]
    assert best.id.endswith("xinhua-xi-putin-family.txt")


def test_a_text_sharing_nothing_with_the_index_has_no_candidates(tmp_path: Path) -> None:
    # A tiny model's translation can be words no story holds: no candidate, not a crash.
    build_index(iter_items([wire_folder(tmp_path, STORIES[:2])]), tmp_path / "idx")
    article = Article.from_sentences([["Zqxv wplk brrt ghjk.", "Vvkz xqpl mmrt."]], lang="en")
    assert Index(tmp_path / "idx").search(fingerprint(article), lang="en") == []


def test_jsonl_input_and_bad_lines(tmp_path: Path) -> None:
    story = (CORPORA / STORIES[1] / "original.txt").read_text("utf-8")
    lines = [
        json.dumps({"id": "good", "text": story, "lang": "en"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["a list"]),
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = runner.invoke(
        app, ["index", str(tmp_path / "wire.jsonl"), "--out", str(tmp_path / "i")]
    )
    assert result.exit_code == 2, result.output
    errors = [json.loads(x) for x in (tmp_path / "i" / "errors.jsonl").read_text().splitlines()]
    assert [e["article"] for e in errors] == [f"{tmp_path / 'wire.jsonl'}:2", "empty",
                                              f"{tmp_path / 'wire.jsonl'}:4"]  # fmt: skip
    assert "invalid JSON" in errors[0]["error"] and "no text" in errors[1]["error"]
    assert Index(tmp_path / "i").size == 1
    assert np.asarray(Index(tmp_path / "i").segments[0].arrays["sig"]).shape == (1, NUM_PERM)


def test_index_refuses_a_folder_that_is_not_an_index(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "file.txt").write_text("x")
    result = runner.invoke(
        app, ["index", str(wire_folder(tmp_path)), "--out", str(tmp_path / "other")]
    )
    assert result.exit_code == 2 and "not an xlate index" in result.stderr
    result = runner.invoke(app, ["index", str(tmp_path / "missing"), "--out", str(tmp_path / "i")])
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = runner.invoke(
        app, ["index", str(tmp_path / "wire"), "--out", str(tmp_path / "other" / "file.txt")]
    )
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_a_damaged_index_is_one_error_and_never_unpickled(tmp_path: Path) -> None:
    build_index(iter_items([wire_folder(tmp_path)]), tmp_path / "idx")
    (tmp_path / "idx" / "seg-000000" / "sig.npy").write_bytes(b"\x93NUMPY garbage")
    article = CORPORA / STORIES[0] / "republication.txt"
    result = runner.invoke(
        app, ["trace", str(article), "--index", str(tmp_path / "idx"), "-o", str(tmp_path / "t")]
    )
    assert result.exit_code == 2 and "damaged index segment" in result.stderr
    assert "Traceback" not in result.output


def test_an_index_without_evidence_searches_by_text_and_bad_evidence_is_one_error(
    tmp_path: Path,
) -> None:
    build_index(iter_items([wire_folder(tmp_path)]), tmp_path / "idx")
    evidence = tmp_path / "idx" / "seg-000000" / "evidence.json"
    article = read_item(next(iter_items([CORPORA / STORIES[1] / "republication.txt"])))
    evidence.unlink()  # an index built before evidence was stored
    best = Index(tmp_path / "idx").search(fingerprint(article))[0]
    assert Path(best.id).stem == STORIES[1] and best.support == 1.0
    evidence.write_text('[[1, 2]]', "utf-8")
    with pytest.raises(XlateError, match="damaged index segment"):
        Index(tmp_path / "idx")


@pytest.mark.parametrize("jobs", [2])
def test_pool_builds_the_same_index(tmp_path: Path, jobs: int) -> None:
    wire = wire_folder(tmp_path)
    assert runner.invoke(app, ["index", str(wire), "-o", str(tmp_path / "a")]).exit_code == 0
    result = runner.invoke(
        app, ["index", str(wire), "-o", str(tmp_path / "b"), "--jobs", str(jobs)]
    )
    assert result.exit_code == 0, result.output
    for file in (tmp_path / "a" / "seg-000000").iterdir():
        assert file.read_bytes() == (tmp_path / "b" / "seg-000000" / file.name).read_bytes()


def test_an_overlong_jsonl_line_is_an_error_not_a_memory_hog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.corpus.inputs as inputs_module

    monkeypatch.setattr(inputs_module, "MAX_LINE", 1000)
    story = (CORPORA / STORIES[1] / "original.txt").read_text("utf-8")[:600]
    lines = [
        json.dumps({"id": "long", "text": "word " * 5000}),
        json.dumps({"id": "ok", "text": story}),
    ]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    items = list(iter_items([tmp_path / "w.jsonl"]))
    assert [i.id for i in items] == [f"{tmp_path / 'w.jsonl'}:1", "ok"]
    stats = build_index(items, tmp_path / "idx")
    assert stats.added == 1 and "line over" in stats.errors[0][1]


def test_segments_bound_memory_and_search_spans_them(tmp_path: Path) -> None:
    wire = wire_folder(tmp_path)
    stats = build_index(iter_items([wire]), tmp_path / "idx", segment_size=2)
    assert stats.added == 5 and stats.segments == ("seg-000000", "seg-000001", "seg-000002")
    index = Index(tmp_path / "idx")
    assert [len(s.ids) for s in index.segments] == [2, 2, 1]
    for name in STORIES[:4]:
        article = read_item(Item(id="q", path=str(CORPORA / name / "republication.txt")))
        assert index.search(fingerprint(article), lang=article.lang)[0].id == str(
            wire / f"{name}.txt"
        )


def _jsonl(path: Path, stories: dict[str, tuple[str, dict[str, str]]]) -> list[Item]:
    lines = [json.dumps({"id": i, "paragraphs": text.split("\n\n"), "lang": "en", "meta": meta})
             for i, (text, meta) in stories.items()]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return list(iter_items([path]))


def test_place_agency_and_date_tell_the_source_from_a_parallel_report(tmp_path: Path) -> None:
    body = (CORPORA / "wikinews-afghan-robotics" / "original.txt").read_text("utf-8")
    paragraphs = body.split("\n\n")
    lead, rest = paragraphs[0], "\n\n".join(paragraphs[1:5])
    # Two agencies, the same event: the parallel report (AP) also has the article's last
    # paragraph, so its cosine is higher; the article credits Reuters, whose story is dated
    # before it (the AP one after it), and a third story has the same text as Reuters'.
    extra = paragraphs[5]
    reuters = f"WASHINGTON (Reuters) - {lead}\n\n{rest}"
    ap = f"NEW YORK (AP) - {lead}\n\n{rest}\n\n{extra}"
    build_index(_jsonl(tmp_path / "wire.jsonl", {
        "ap": (ap, {"published": "2017-07-20"}),
        "reuters": (reuters, {"published": "2017-07-18"}),
        "reuters-again": (reuters, {"published": "2017-07-18"}),
    }), tmp_path / "idx")  # fmt: skip
    index = Index(tmp_path / "idx")

    def crawled(text: str, published: str | None) -> Article:
        data = {"paragraphs": text.split("\n\n"), "lang": "en", "meta": {"published": published}}
        return read_item(Item("a", "crawl", json.dumps(data)))

    uncredited = index.search(fingerprint(crawled(f"{lead}\n\n{rest}\n\n{extra}", None)))
    assert uncredited[0].id == "ap"  # the words alone favour the parallel report
    article = crawled(f"WASHINGTON (Reuters) - {lead}\n\n{rest}\n\n{extra}", "2017-07-19")
    first, second = index.search(fingerprint(article))
    assert (first.id, first.twins, second.id) == ("reuters", ("reuters-again",), "ap")
    assert first.score < second.score and first.support > 1 > second.support


def test_evidence_of_an_urdu_dateline_and_its_factors() -> None:
    from xlate.corpus.evidence import AGREE, LATER, evidence, factor
    from xlate.model import Meta

    text = "اسلام آباد ۔ 26 جولائی (اے پی پی) رویت ہلال کمیٹی کا اجلاس پیر کو ہو گا۔"
    wire = evidence(Article((text,), Meta(published="2014-07-26"), lang="ur"))
    assert (wire.place, wire.agency) == (("اسلام", "آباد"), "APP")
    crawl = evidence(Article(("اسلام آباد (اے پی پی) اجلاس پیر کو ہو گا۔",),
                             Meta(published="2014-07-27"), lang="ur"))  # fmt: skip
    assert factor(crawl, wire) == pytest.approx(AGREE * AGREE)
    early = evidence(Article(("لاہور (اے ایف پی) اجلاس ہو گا۔",), Meta(published="2014-07-20")))
    assert factor(early, wire) == pytest.approx(LATER / AGREE)
    assert factor(evidence(Article(("no dateline here",))), wire) == 1.0
