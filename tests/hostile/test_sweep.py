"""What an attacker's sweep of every command found: odd paths, HTML lxml cannot parse,
and JSON inside translation files, JSON Lines, gold files and manifests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hostile.helpers import ARTICLE, one_line_error, run

A_SENTENCE = "Chinese President Xi Jinping met visiting leaders in Beijing on Tuesday."


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _odd_path(kind: str, tmp_path: Path) -> Path:
    if kind == "symlink-loop":
        os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
        os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
        return tmp_path / "a.txt"
    if kind == "name-too-long":
        return tmp_path / ("y" * 300 + ".txt")
    (tmp_path / "folder.txt").mkdir()
    return tmp_path / "folder.txt"


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("symlink-loop", "loop of symbolic links"),
        ("name-too-long", "file name too long"),
        ("directory", "is a directory"),
    ],
)
@pytest.mark.parametrize("position", ["original", "republication", "clean"])
def test_odd_paths_are_one_line(
    kind: str, problem: str, position: str, good: Path, tmp_path: Path
) -> None:
    odd = _odd_path(kind, tmp_path)
    if position == "clean":
        args: list[str | Path] = ["clean", odd]
    else:
        pair = [odd, good] if position == "original" else [good, odd]
        args = ["compare", *pair, "--out", tmp_path / "out"]
    code, _, err = run(*args)
    assert problem in one_line_error(code, err, names=odd)


def test_html_that_is_one_unclosed_comment_has_no_text(tmp_path: Path) -> None:
    page = tmp_path / "comment.html"
    page.write_text("<!--" + "x" * 1000 + f"<html><body><p>{ARTICLE}</p></body></html>")
    code, _, err = run("clean", page)
    assert "no article text" in one_line_error(code, err, names=page)


def test_deep_html_with_an_xml_declaration_keeps_its_text(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    body = "<div>" * 1000 + f"<p>{A_SENTENCE} {A_SENTENCE}</p>" + "</div>" * 1000
    page.write_text(f'<?xml version="1.0" encoding="utf-8"?><html><body>{body}</body></html>')
    code, out, err = run("clean", page)
    assert code == 0, err
    assert A_SENTENCE in out


TRANSLATIONS = {
    "deep": '{"schema": "xlate.translation/1", "sentences": ' + "[" * 5000 + "]" * 5000 + "}",
    "huge-int": '{"schema": "xlate.translation/1", "n": ' + "9" * 5000 + "}",
    "sentences-dict": json.dumps({"schema": "xlate.translation/1", "sentences": {"a": 1}}),
    "translation-list": json.dumps(
        {"schema": "xlate.translation/1", "sentences": [{"translation": ["x"]}]}
    ),
    "item-string": json.dumps({"schema": "xlate.translation/1", "sentences": ["x"]}),
    "not-an-object": "[1, 2]",
}


@pytest.mark.parametrize("kind", sorted(TRANSLATIONS))
def test_malformed_translation_json_is_one_line(kind: str, good: Path, tmp_path: Path) -> None:
    translation = tmp_path / "good.zh.json"
    translation.write_text(TRANSLATIONS[kind], encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("12", "14"), encoding="utf-8")
    code, _, err = run(
        "compare", good, copy, "--original-translation", translation, "--out", tmp_path / "o"
    )
    one_line_error(code, err, names=translation)


def test_null_translation_means_none(good: Path, tmp_path: Path) -> None:
    """A sentence whose translation is null has none (it used to become the word 'None')."""
    from xlate.translation.translate import read_translation

    translation = tmp_path / "t.json"
    sentences = [{"translation": None}, {"translation": " Two. "}]
    translation.write_text(json.dumps({"schema": "xlate.translation/1", "sentences": sentences}))
    assert read_translation(translation) == ["", "Two."]


def test_bad_json_lines_are_listed_and_the_rest_indexed(tmp_path: Path) -> None:
    good = json.dumps({"id": "good", "text": ARTICLE, "lang": "en"})
    lines = [
        good,
        '{"id": "deep", "x": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"id": ' + "1" * 5000 + ', "text": "x"}',
        json.dumps({"id": "text-list", "text": ["x"]}),
        json.dumps({"id": "lang-number", "text": ARTICLE, "lang": 5}),
        json.dumps({"id": "bidi", "text": "\u202e\u200b", "lang": "en"}),
        json.dumps({"id": "paragraphs-null", "paragraphs": [None]}),
        "{not json",
        "[1]",
    ]
    source = tmp_path / "wire.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("index", source, "--out", tmp_path / "index")
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err
    errors = [
        json.loads(line)
        for line in (tmp_path / "index" / "errors.jsonl").read_text().splitlines()
    ]
    assert len(errors) == len(lines) - 1
    assert all(str(source) in e["error"] for e in errors)
    assert "added 1 stories" in out


def test_index_reruns_after_a_run_where_every_story_failed(good: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    index = tmp_path / "index"
    assert run("index", empty, "--out", index)[0] == 2
    code, out, err = run("index", good, "--out", index)
    assert code == 0, err
    assert "added 1 stories" in out


def _story(root: Path, good: Path) -> Path:
    story = root / "story"
    story.mkdir(parents=True)
    (story / "original.txt").write_text(ARTICLE)
    (story / "republication.txt").write_text(ARTICLE.replace("12", "14"))
    return story


@pytest.mark.parametrize(
    "gold",
    ['{"presegmented": ' + "[" * 5000 + "]" * 5000 + "}", '{"presegmented": "yes"}', "[1]"],
)
def test_a_malformed_gold_file_is_a_warning(gold: str, good: Path, tmp_path: Path) -> None:
    story = _story(tmp_path / "corpus", good)
    (story / "gold.json").write_text(gold)
    code, _, err = run("corpus", tmp_path / "corpus", "--out", tmp_path / "out", "-f", "json")
    assert code == 0, err
    assert "gold.json" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "manifest", ["[" * 5000 + "]" * 5000, '[{"story": ' + "1" * 5000 + "}]", "\u202e"]
)
def test_a_malformed_manifest_is_one_line(manifest: str, tmp_path: Path) -> None:
    path = tmp_path / "pairs.json"
    path.write_text(manifest)
    code, _, err = run("corpus", path, "--out", tmp_path / "out")
    one_line_error(code, err, names=path)


def test_a_missing_package_names_each_file_and_its_language(good: Path, tmp_path: Path) -> None:
    russian = tmp_path / "russian.txt"
    russian.write_text(
        "Президент Китая Си Цзиньпин встретился в Пекине с иностранными лидерами во вторник. "
        "Стороны подписали двенадцать соглашений, сообщили официальные лица.",
        encoding="utf-8",
    )
    code, _, err = run("compare", good, russian, "--out", tmp_path / "out")
    line = one_line_error(code, err, names=russian)
    assert f"{good} is en, {russian} is ru" in line and "models install ru en" in line
    code, _, err = run("translate", russian, "--to", "zh", "--out", tmp_path / "out")
    assert f"{russian} is ru (detected" in one_line_error(code, err, names=russian)


def _as_nobody() -> list[str]:
    import shutil

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run as another user")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.parametrize("command", ["clean", "compare", "translate", "index", "models"])
def test_an_unreadable_input_is_one_line(command: str, request: pytest.FixtureRequest) -> None:
    """Typer's own readable check printed three lines of usage; xlate names the file."""
    import shutil
    import subprocess
    import sys
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="xlate-nobody-", dir="/tmp"))  # others may enter
    tmp_path.chmod(0o777)
    request.addfinalizer(lambda: shutil.rmtree(tmp_path, ignore_errors=True))
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE)
    secret.chmod(0)
    (tmp_path / "open.txt").write_text(ARTICLE.replace("12", "14"))
    out = tmp_path / "out"
    args = {
        "clean": ["clean", secret],
        "compare": ["compare", secret, tmp_path / "open.txt", "--out", out],
        "translate": ["translate", secret, "--to", "zh", "--out", out],
        "index": ["index", secret, "--out", out],
        "models": ["models", "install", "--file", secret],
    }[command]
    xlate = Path(sys.executable).parent / "xlate"
    result = subprocess.run(
        [*_as_nobody(), xlate, *args], capture_output=True, text=True, timeout=60
    )
    if command == "index":  # listed in errors.jsonl, exit 2
        assert result.returncode == 2 and "Permission denied" in result.stderr
        return
    line = one_line_error(result.returncode, result.stderr, names=secret)
    assert "Permission denied" in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["clean", "compare"])
def test_a_full_standard_output_is_named(command: str, good: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("12", "14"))
    args = ["clean", good] if command == "clean" else ["compare", good, copy, "-o", tmp_path]
    xlate = Path(sys.executable).parent / "xlate"
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [xlate, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert "standard output: No space left" in one_line_error(result.returncode, result.stderr)


@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_signal_during_the_renames_waits_for_the_whole_set(
    signum: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C between two renames used to leave a set half old, half new."""
    import signal

    from xlate import fsutil

    files = {tmp_path / f"report.{s}": s for s in ("html", "md", "json", "align")}
    for path in files:
        path.write_text("old")
    renames: list[str] = []
    real_replace = os.replace

    def replace(src: str, dst: Path) -> None:
        if not renames:
            signal.raise_signal(getattr(signal, signum))
        renames.append(str(dst))
        real_replace(src, dst)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "replace", replace)
    # Set here for both signals: a run started in the background inherits SIGINT ignored,
    # and the held signal goes back to whatever handler was there.
    number = getattr(signal, signum)
    previous = signal.signal(number, stop)
    try:
        with pytest.raises(KeyboardInterrupt):
            fsutil.write_all(files)
    finally:
        signal.signal(number, previous)
    assert len(renames) == 4
    assert all(path.read_text() == content for path, content in files.items())
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_split_tokens_cuts_at_word_starts_and_keeps_every_token() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from xlate.translation.translate import split_tokens

    pieces_of = st.sampled_from(["\u2581the", "re", "\u2581x", "ab@@", "c", "。"])

    @given(st.lists(pieces_of, max_size=700), st.integers(min_value=2, max_value=200))
    def check(tokens: list[str], limit: int) -> None:
        pieces = split_tokens(tokens, limit)
        assert [t for p in pieces for t in p] == tokens
        assert all(0 < len(p) <= limit for p in pieces[:-1]) and len(pieces[-1]) <= limit
        start = 0
        for piece in pieces[:-1]:  # a cut falls before a word start when its window has one
            end = start + len(piece)
            window = tokens[start + limit // 2 + 1 : start + limit + 1]
            if any(t.startswith("\u2581") for t in window):
                assert tokens[end].startswith("\u2581")
            start = end

    check()
    words = ["\u2581w"] + ["x"] * 9
    assert [len(p) for p in split_tokens(words * 40, 150)] == [150, 150, 100]


def test_a_sentence_longer_than_the_model_is_translated_whole(tmp_path: Path) -> None:
    """The test package has 256 fixed positions: a 3,000-character sentence used to be
    refused ("No position encodings ... >= 256"), and CTranslate2 cuts real models'
    inputs at 1,024 tokens and outputs at 256."""
    from tests.package_builder import build_package
    from xlate.translation.translate import ArgosTranslator

    code, _, err = run("models", "install", "--file", build_package(tmp_path, "en", "zh"))
    assert code == 0, err
    long = " ".join(f"word{i} number {i}," for i in range(300)) + " end."
    translator = ArgosTranslator(cache=False)
    whole = translator.translate([long], source="en", target="zh")[0]
    assert whole
    article = tmp_path / "long.txt"
    article.write_text(long)
    code, out, err = run("translate", article, "--to", "zh", "--from", "en", "-o", tmp_path)
    assert code == 0, err


@pytest.mark.parametrize("kind", ["fifo", "folder", "huge"])
def test_a_package_index_that_is_not_a_sane_file_is_one_line(
    kind: str, isolated_dirs: Path
) -> None:
    """Argos opens the index blocking and reads it whole: a FIFO there hung forever."""
    index = isolated_dirs / "data" / "argos-translate" / "index.json"
    index.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(index)
    elif kind == "folder":
        index.mkdir()
    else:
        with index.open("wb") as handle:
            handle.truncate(17 << 20)
    for args in (["models", "list", "--available"], ["models", "install", "en", "de"]):
        code, _, err = run(*args)
        one_line_error(code, err, names=index)


def test_a_bad_capture_does_not_stop_the_corpus(good: Path, tmp_path: Path) -> None:
    """One unreadable capture used to end the run before any pair was compared."""
    corpus = tmp_path / "corpus"
    _story(corpus, good)
    (corpus / "broken").mkdir()
    (corpus / "broken" / "capture.html").write_text("<!--" + "x" * 100)
    code, out, err = run("corpus", corpus, "--out", tmp_path / "out", "-f", "json")
    assert code == 2, err
    assert [line for line in err.splitlines() if "error" in line] == [
        f"xlate: error: {corpus / 'broken' / 'capture.html'}: HTML page has no article text"
    ]
    assert "1 of 1 pairs compared" in out
    assert (tmp_path / "out" / "story--republication.json").is_file()


def test_absurd_translation_settings_are_refused(good: Path, tmp_path: Path) -> None:
    """--threads 100000 crashed CTranslate2 (SIGSEGV); --beam-size 100000 took 3.7 GB."""
    code, _, err = run("translate", good, "--to", "zh", "--threads", "100000", "-o", tmp_path)
    assert "--threads: at most" in one_line_error(code, err)
    code, _, err = run("translate", good, "--to", "zh", "--beam-size", "100000", "-o", tmp_path)
    assert code == 2 and "--beam-size" in err and "Traceback" not in err


def test_concurrent_runs_of_other_inputs_never_share_a_name(good: Path, tmp_path: Path) -> None:
    """Two runs into one folder picked the same free name and one report replaced the other."""
    import subprocess
    import sys

    xlate = Path(sys.executable).parent / "xlate"
    reps = []
    for folder, day in (("a", "Monday"), ("b", "Sunday")):
        (tmp_path / folder).mkdir()
        reps.append(tmp_path / folder / "rep.txt")
        reps[-1].write_text(ARTICLE.replace("Tuesday", day))
    out = tmp_path / "out"
    runs = [
        subprocess.Popen(
            [xlate, "compare", good, rep, "--out", out, "-f", "json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for rep in reps * 3
    ]
    results = [(run.wait(timeout=120), run.communicate()[1]) for run in runs]
    assert [code for code, _ in results] == [0] * 6, results
    reports = sorted(p for p in out.glob("*.json") if not p.name.startswith("."))
    assert [p.name for p in reports] == ["good--rep-2.json", "good--rep.json"]
    sources = {json.loads(p.read_text())["republication"]["path"] for p in reports}
    assert sources == {str(rep) for rep in reps}
    registry = json.loads((out / ".xlate-names.json").read_text())
    assert sorted(registry) == ["pair:good--rep", "pair:good--rep-2"]


def test_a_failed_run_leaves_the_names_as_they_were(good: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("12", "14"))
    out = tmp_path / "out"
    assert run("compare", good, copy, "--out", out, "-f", "json")[0] == 0
    registry = (out / ".xlate-names.json").read_text()
    (report,) = [p for p in out.glob("*.json") if not p.name.startswith(".")]
    copy.write_text("")
    assert run("compare", good, copy, "--out", out, "-f", "json")[0] == 2
    other = tmp_path / "other.txt"
    other.write_text("")
    assert run("compare", good, other, "--out", out, "-f", "json", "--name", report.stem)[0] == 2
    assert (out / ".xlate-names.json").read_text() == registry
    assert report.is_file()


def test_json_report_records_match_asdict(good: Path, tmp_path: Path) -> None:
    """The JSON report's fast record conversion agrees with its plain twin, `asdict`."""
    from dataclasses import asdict

    from xlate.api import read_article
    from xlate.matching.compare import compare
    from xlate.reports import json as json_report

    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("12", "14").replace("Tuesday", "Monday"))
    report = compare(read_article(good), read_article(copy))
    data = json_report.to_dict(report)
    assert [link["facts"] for link in data["links"]] == [
        [asdict(f) for f in link.facts] for link in report.links
    ]
    assert any(link["facts"] for link in data["links"])
    assert [link["diff"] for link in data["links"]] == [
        [asdict(d) for d in link.diff] if link.label != "unchanged" else []
        for link in report.links
    ]


def test_json_report_dumps_is_json_dumps_byte_for_byte(good: Path, tmp_path: Path) -> None:
    """The report's own indenting writer and its plain twin agree on any JSON data."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from xlate.api import read_article
    from xlate.matching.compare import compare
    from xlate.reports.json import dumps, to_dict

    def plain(data: object) -> str:
        return json.dumps(data, ensure_ascii=False, indent=1)

    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
    data = st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=30,
    )

    @settings(max_examples=300, deadline=None)
    @given(data)
    def check(value: object) -> None:
        assert dumps(value) == plain(value)

    check()
    copy = tmp_path / "copy.txt"
    copy.write_text("\u202e" + ARTICLE.replace("12", "14") + ' "quoted" \\ \u2028 中文 ۔')
    report = to_dict(compare(read_article(good), read_article(copy)))
    assert dumps(report) == plain(report)


@pytest.mark.parametrize(
    ("encoding", "tail"), [("utf-16", b"A"), ("utf-16-le", b"\x00"), ("utf-16-be", b"\x00")]
)
def test_utf16_cut_off_mid_character_is_read(encoding: str, tail: bytes, tmp_path: Path) -> None:
    """A UTF-16 capture with an odd byte at the end was refused as binary or undecodable."""
    capture = tmp_path / "cut.txt"
    capture.write_bytes(ARTICLE.encode(encoding) + tail)
    code, out, err = run("clean", capture)
    assert code == 0, err
    assert "Xi Jinping met visiting leaders" in out


def test_an_encrypted_docx_says_so(tmp_path: Path) -> None:
    """Word stores a password-protected .docx in an OLE2 container, not a ZIP archive."""
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    code, _, err = run("clean", locked)
    assert "password-protected" in one_line_error(code, err, names=locked)


@pytest.mark.parametrize(
    "segments",
    [
        '["../../../etc"]',
        "[5]",
        '"seg-000000"',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_a_crafted_index_manifest_is_one_line(
    segments: str, good: Path, tmp_path: Path
) -> None:
    """Segment names led outside the index, or crashed trace (exit 3)."""
    index = tmp_path / "index"
    assert run("index", good, "--out", index)[0] == 0
    manifest = index / "index.json"
    manifest.write_text('{"schema": "xlate.index/1", "segments": ' + segments + "}")
    code, _, err = run("trace", good, "--index", index, "--out", tmp_path / "trace")
    one_line_error(code, err, names=manifest)
    code, _, err = run("index", good, "--out", index)
    one_line_error(code, err, names=manifest)


@pytest.mark.parametrize("stdout", ["closed", "ascii"])
def test_clean_to_a_standard_output_that_cannot_take_it(stdout: str, tmp_path: Path) -> None:
    """A closed standard output or a non-UTF-8 one crashed `clean` (exit 3)."""
    import subprocess
    import sys

    capture = tmp_path / "zh.txt"
    capture.write_text("北京9月2日电 中国国家主席习近平在北京会见来访领导人。双方签署了12项协议。")
    xlate = Path(sys.executable).parent / "xlate"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"} if stdout == "ascii" else None
    result = subprocess.run(
        [str(xlate), "clean", str(capture)],
        stdout=subprocess.PIPE if stdout == "ascii" else None,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        close_fds=True,
        pass_fds=(),
        preexec_fn=(lambda: os.close(1)) if stdout == "closed" else None,
    )
    assert "standard output" in one_line_error(result.returncode, result.stderr)


def test_group_added_agrees_with_its_plain_twin() -> None:
    """Runs of added sentences are joined once (link by link was quadratic: 25 s for a
    republication adding 100,000 sentences); the result is the link-by-link one."""
    from dataclasses import replace

    from hypothesis import given
    from hypothesis import strategies as st

    from xlate.model import DiffOp, FactCheck, Link
    from xlate.reports.views import group_added

    def plain(links: list[Link]) -> list[Link]:
        out: list[Link] = []
        for link in links:
            prev = out[-1] if out else None
            if (
                prev is not None
                and link.label == prev.label == "added"
                and link.republication
                and prev.republication
                and link.republication[0] == prev.republication[-1] + 1
            ):
                out[-1] = replace(
                    prev,
                    republication=prev.republication + link.republication,
                    diff=prev.diff + link.diff,
                    facts=prev.facts + link.facts,
                )
            else:
                out.append(link)
        return out

    step = st.tuples(
        st.sampled_from(["added", "added", "unchanged", "omitted"]),
        st.integers(1, 2),
        st.integers(0, 1),
        st.booleans(),
    )

    @given(st.lists(step, max_size=15))
    def check(steps: list[tuple[str, int, int, bool]]) -> None:
        links, at = [], 0
        for k, (label, size, gap, fact) in enumerate(steps):
            rep = () if label == "omitted" else tuple(range(at, at + size))
            at += len(rep) + gap
            facts = (FactCheck("number", None, str(k), "introduced"),) if fact else ()
            links.append(
                Link((), rep, label, 0.0, diff=(DiffOp("insert", "", str(k)),), facts=facts)  # type: ignore[arg-type]
            )
        assert group_added(links) == plain(links)

    check()
