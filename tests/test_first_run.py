"""Issue 12, the first ten minutes: set-up, help, errors, warnings and report details a new
user meets before the first report. One test (or more) per item of the issue."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.package_builder import build_package
from xlate.cli import app
from xlate.matching.align import word_diff
from xlate.matching.compare import compare, punctuation_only
from xlate.model import Article, Meta
from xlate.reports import markdown
from xlate.reports.article import render_markdown
from xlate.text.boilerplate import display_date

runner = CliRunner()
TAIPEI = REPO / "corpora" / "wikinews-taipei-lanterns"
RKI = REPO / "corpora" / "rki-xinhua-2025-09-02"
COMMANDS = [[], ["clean"], ["compare"], ["corpus"], ["translate"], ["models"]]
COMMANDS += [["models", sub] for sub in ("list", "install", "remove")]


def one_line_error(result: Any) -> str:
    """The single stderr line of a refused command (exit 2, no traceback)."""
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("xlate: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def help_text(args: list[str]) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout


def sentences(path: Path) -> list[str]:
    """The sentences of a bundled article, as xlate reads them."""
    from xlate.api import read_article

    return [s.text for s in read_article(path).sentences]


# -- set-up -----------------------------------------------------------------------------


def test_licence_is_an_spdx_string_so_setuptools_does_not_warn() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["license"] == "MIT"
    requires = project["build-system"]["requires"]
    assert any(re.fullmatch(r"setuptools>=(7[7-9]|[89]\d)", r) for r in requires), requires


def test_setup_says_each_step() -> None:
    script = (REPO / "scripts" / "setup.sh").read_text("utf-8")
    installs = [line for line in script.splitlines() if " -m pip install" in line]
    steps = [line for line in script.splitlines() if line.startswith("step ")]
    assert len(steps) >= len(installs) + 1  # the venv, each install, and the last line
    assert "--config-settings" not in script  # pyproject makes the editable install quiet


# -- help -------------------------------------------------------------------------------


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "xlate")
def test_help_reads_well_at_80_columns(args: list[str]) -> None:
    text = help_text(args)
    assert max(len(line) for line in text.splitlines()) <= 80
    usage = text.splitlines()[0]
    assert "{" not in usage and "<" not in usage, usage
    assert "..." not in text.split("Commands:")[-1] if "Commands:" in text else True
    assert "…" not in text


def test_usage_lines_name_the_arguments() -> None:
    assert "xlate compare [OPTIONS] ORIGINAL REPUBLICATION" in help_text(["compare"])
    assert "xlate clean [OPTIONS] INPUT" in help_text(["clean"])
    assert "xlate translate [OPTIONS] ARTICLE" in help_text(["translate"])


def test_language_options_list_the_codes() -> None:
    text = " ".join(help_text(["compare"]).split())
    for option in ("--via LANG", "--original-lang LANG", "--republication-lang LANG"):
        after = text.split(option, 1)[1][:160]
        assert "en, ru, ur, zh" in after, after
    assert "en, ru, ur, zh" in " ".join(help_text(["translate"]).split())


def test_corpus_help_describes_the_layout() -> None:
    text = help_text(["corpus"])
    for name in ("original.*", "republication.*", "capture.*", "gold.json", "sub-folder"):
        assert name in text


# -- errors that name the problem and the fix -------------------------------------------


def test_format_is_case_insensitive(tmp_path: Path) -> None:
    args = ["compare", str(TAIPEI / "original.txt"), str(TAIPEI / "republication.txt")]
    result = runner.invoke(app, [*args, "--format", "HTML,Md", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    written = sorted(p.suffix for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert written == [".html", ".md"]


@pytest.mark.parametrize("value", ["", " , "])
def test_empty_format_says_what_is_valid(value: str, tmp_path: Path) -> None:
    args = ["compare", str(TAIPEI / "original.txt"), str(TAIPEI / "republication.txt")]
    line = one_line_error(runner.invoke(app, [*args, "--format", value, "-o", str(tmp_path)]))
    assert "no format given" in line and "html, md, json, align" in line


def test_unknown_format_is_named(tmp_path: Path) -> None:
    args = ["compare", str(TAIPEI / "original.txt"), str(TAIPEI / "republication.txt")]
    line = one_line_error(runner.invoke(app, [*args, "--format", "html,pdf", "-o", str(tmp_path)]))
    assert "'pdf'" in line and "html, md, json, align" in line


def test_out_that_is_a_file_says_so(tmp_path: Path) -> None:
    xinhua = tmp_path / "xinhua.txt"
    shutil.copy(TAIPEI / "original.txt", xinhua)
    before = xinhua.read_bytes()
    for args in (
        ["compare", str(xinhua), str(TAIPEI / "republication.txt"), "--out", str(xinhua)],
        ["corpus", str(REPO / "corpora"), "--out", str(xinhua)],
        ["translate", str(xinhua), "--to", "ur", "--out", str(xinhua)],
        ["compare", str(xinhua), str(TAIPEI / "republication.txt"), "-o", str(xinhua / "sub")],
    ):
        line = one_line_error(runner.invoke(app, args))
        assert "xinhua.txt" in line and "is a file, not a folder" in line, line
    assert xinhua.read_bytes() == before


def test_corpus_folder_that_is_missing_points_to_the_layout(tmp_path: Path) -> None:
    line = one_line_error(runner.invoke(app, ["corpus", str(tmp_path / "nothere")]))
    assert "no such folder" in line and "xlate corpus --help" in line


def test_translate_names_every_missing_pair_at_once() -> None:
    result = runner.invoke(app, ["translate", str(RKI / "article.json"), "--to", "ur,zh,ru"])
    line = one_line_error(result)
    for lang in ("ur", "zh", "ru"):
        assert f"en->{lang}" in line and f"xlate models install en {lang}" in line, line
    assert "--file" in line


def test_translate_names_the_pivot_legs(tmp_path: Path) -> None:
    from xlate.errors import ModelError
    from xlate.translation.packages import check_routes

    with pytest.raises(ModelError) as missing:
        check_routes("ur", ["zh", "ru"])
    message = str(missing.value)
    assert "ur->zh, ur->ru" in message
    for command in ("install ur en", "install en zh", "install en ru"):
        assert message.count(command) == 1, message


def test_translate_into_the_same_language_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["translate", str(RKI / "article.json"), "--to", "en", "--out", str(tmp_path)]
    )
    line = one_line_error(result)
    assert "already in English (en)" in line and "--to" in line
    assert not list(tmp_path.iterdir())


def test_models_install_offline_is_one_clear_line() -> None:
    result = runner.invoke(app, ["models", "install", "en", "ur"])
    line = one_line_error(result)
    assert result.stdout == ""
    assert "en->ur" in line and "offline" in line
    assert "xlate models install --file" in line and "index.json" in line
    assert "list available packages" not in line


# -- warnings for obvious mistakes ------------------------------------------------------


def test_same_file_twice_warns(tmp_path: Path) -> None:
    path = str(TAIPEI / "original.txt")
    result = runner.invoke(app, ["compare", path, path, "-o", str(tmp_path), "-f", "md"])
    assert result.exit_code == 0
    assert "xlate: warning: " in result.stderr and "both the original and the republication" in (
        result.stderr
    )
    copy = tmp_path / "copy.txt"
    shutil.copy(path, copy)
    result = runner.invoke(app, ["compare", path, str(copy), "-o", str(tmp_path), "-f", "md"])
    assert "have the same content" in result.stderr


def test_swapped_arguments_warn_and_say_why(tmp_path: Path) -> None:
    # An outlet that ran only the first paragraphs of the wire story, given as the original.
    wire = TAIPEI / "original.txt"
    short = tmp_path / "outlet.txt"
    paragraphs = wire.read_text("utf-8").split("\n\n")
    short.write_text("\n\n".join(paragraphs[:3]) + "\n", encoding="utf-8")
    swapped = runner.invoke(app, ["compare", str(short), str(wire), "-o", str(tmp_path)])
    assert swapped.exit_code == 0
    warning = " ".join(swapped.stderr.split())
    assert "may be swapped" in warning and "much longer" in warning and "contains" in warning
    assert f"xlate compare {wire} {short}" in warning
    right = runner.invoke(app, ["compare", str(wire), str(short), "-o", str(tmp_path)])
    assert right.exit_code == 0 and right.stderr == ""
    usual = runner.invoke(
        app, ["compare", str(wire), str(TAIPEI / "republication.txt"), "-o", str(tmp_path)]
    )
    assert usual.stderr == ""


@pytest.mark.parametrize("option", ["--via", "--original-lang", "--republication-lang"])
def test_unknown_language_code_is_refused_with_the_valid_codes(option: str, tmp_path: Path) -> None:
    args = ["compare", str(TAIPEI / "original.txt"), str(TAIPEI / "republication.txt")]
    line = one_line_error(runner.invoke(app, [*args, option, "xx", "-o", str(tmp_path)]))
    assert option in line and "'xx'" in line and "en, ru, ur, zh" in line
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "args",
    [
        ["clean", str(TAIPEI / "original.txt"), "--lang", "xx"],
        ["translate", str(TAIPEI / "original.txt"), "--from", "xx", "--to", "ur"],
        ["translate", str(TAIPEI / "original.txt"), "--to", "ur,xx"],
    ],
    ids=["clean --lang", "translate --from", "translate --to"],
)
def test_other_language_options_refuse_unknown_codes(args: list[str]) -> None:
    line = one_line_error(runner.invoke(app, args))
    assert "'xx'" in line and "en, ru, ur, zh" in line and line.split(": ")[2].startswith("--")


def test_language_codes_are_normalised(tmp_path: Path) -> None:
    args = ["compare", str(TAIPEI / "original.txt"), str(TAIPEI / "republication.txt")]
    result = runner.invoke(app, [*args, "--original-lang", "EN", "-o", str(tmp_path), "-f", "md"])
    assert result.exit_code == 0, result.stderr


# -- report details ---------------------------------------------------------------------


def test_markdown_shows_both_paths_even_with_headlines() -> None:
    meta = Meta(headline="Lanterns light up Taipei")
    o = Article.from_sentences([sentences(TAIPEI / "original.txt")], lang="en", meta=meta)
    r = Article.from_sentences([sentences(TAIPEI / "republication.txt")], lang="en", meta=meta)
    report = compare(o.with_(path="wire/xinhua.txt"), r.with_(path="outlets/rki.html"))
    head = markdown.render(report).splitlines()[2:4]
    assert head[0].startswith("- **Original:** wire/xinhua.txt (en, ")
    assert head[1].startswith("- **Republication:** outlets/rki.html (en, ")
    assert all(line.endswith(": Lanterns light up Taipei") for line in head)


@pytest.mark.parametrize(
    ("lang", "shown"), [("en", "March 3"), ("zh", "3月3日"), ("ru", "3 марта"), ("ur", "3 مارچ")]
)
def test_year_less_dateline_is_rendered_as_written(lang: str, shown: str) -> None:
    assert display_date("--03-03", lang) == shown
    meta = Meta(dateline_place="Taipei", dateline_date="--03-03", lang=lang)
    article = Article.from_sentences([["Text."]], lang=lang, meta=meta)
    text = render_markdown(article)
    assert f"| Dateline | Taipei, {shown} |" in text and "--03-03" not in text


def test_full_dates_are_unchanged() -> None:
    assert display_date("2025-09-02", "en") == "2025-09-02"


def test_year_less_dateline_from_a_capture(tmp_path: Path) -> None:
    capture = tmp_path / "capture.txt"
    capture.write_text(
        "TAIPEI, March 3 (Xinhua) -- The Taipei lantern festival opened on Saturday. "
        "Over 4 million visitors came last year.\n\nThe festival runs through March 11.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["clean", str(capture), "--format", "md"])
    assert result.exit_code == 0
    assert "| Dateline | Taipei, March 3 |" in result.stdout


def test_comma_only_change_is_punctuation_and_scores_below_one() -> None:
    sentence = "Over 4 million visitors came last year, the city said."
    o = Article.from_sentences([["The festival opened on Saturday.", sentence]], lang="en")
    r = Article.from_sentences(
        [["The festival opened on Saturday.", sentence.replace(",", "")]], lang="en"
    )
    report = compare(o, r)
    link = report.links[1]
    assert link.label == "edited" and punctuation_only(link)
    assert link.score < 0.995  # shown as 0.92, not 1.00
    row = [line for line in markdown.render(report).splitlines() if line.startswith("| 1 |")][0]
    assert "| edited (punctuation) | 0.92 |" in row
    assert not punctuation_only(report.links[0])


def test_word_edit_is_not_punctuation() -> None:
    o = Article.from_sentences([["The quake measured 7.1 on Monday."]], lang="en")
    r = Article.from_sentences([["The quake measured 7.4 on Monday."]], lang="en")
    link = compare(o, r).links[0]
    assert link.label == "edited" and not punctuation_only(link)


@pytest.mark.parametrize(
    ("before", "after", "old", "new"),
    [
        ("It measured 7.1 on Monday.", "It measured 7.4 on Monday.", "7.1 ", "7.4 "),
        ("Trade reached 1,000 tonnes.", "Trade reached 1,200 tonnes.", "1,000 ", "1,200 "),
        ("Talks began at 10:30 today.", "Talks began at 10:45 today.", "10:30 ", "10:45 "),
        ("贸易额达2448亿美元。", "贸易额达2500亿美元。", "2448", "2500"),
    ],
)
def test_diff_never_splits_a_number(before: str, after: str, old: str, new: str) -> None:
    ops = word_diff(before, after)
    changed = [(op.original, op.republication) for op in ops if op.op != "equal"]
    assert changed == [(old, new)]
    assert "".join(op.original for op in ops) == before
    assert "".join(op.republication for op in ops) == after


def test_number_at_sentence_end_keeps_its_full_stop_apart() -> None:
    ops = word_diff("Growth was 7.1.", "Growth was 7.4.")
    assert [(op.original, op.republication) for op in ops if op.op != "equal"] == [("7.1", "7.4")]


# -- no stray blank lines after progress bars --------------------------------------------


@pytest.fixture(scope="module")
def en_ur(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package(tmp_path_factory.mktemp("argosmodels"), "en", "ur")


def test_translate_output_has_no_stray_blank_lines(en_ur: Path, tmp_path: Path) -> None:
    installed = runner.invoke(app, ["models", "install", "--file", str(en_ur)])
    assert installed.exit_code == 0, installed.stderr
    story = tmp_path / "story.txt"
    story.write_text("Police said three people were killed.\nMarkets fell.\n", encoding="utf-8")
    args = ["translate", str(story), "--to", "ur", "--from", "en", "--presegmented"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [str(tmp_path / f"story.ur.{s}") for s in ("txt", "json")]


# -- the README walk-through -------------------------------------------------------------


def test_readme_walkthrough_on_a_fresh_clone(tmp_path: Path) -> None:
    """The README's first-comparison lines, run by tests/walkthrough.py on a clone of HEAD
    with the fast set-up (this checkout's packages; the full set-up needs pip's indexes)."""
    from tests import walkthrough

    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout to clone")
    result = walkthrough.run(fast=True, keep=tmp_path / "walk")
    assert result.problems == [], result.output
    assert result.lines[0] == "cd xlate" and result.lines[1] == "bash scripts/setup.sh"
    assert result.opened.endswith("/xlate/reports/taipei.html")
    assert (tmp_path / "walk" / "xlate" / "reports" / "rki.md").is_file()


def test_progress_bar_on_a_terminal_erases_itself(en_ur: Path, tmp_path: Path) -> None:
    """On a real terminal (a pty) the bar is drawn, then erased: nothing is left after the
    last erase, so the paths printed next start on a clean line."""
    import os
    import pty
    import subprocess
    import sys

    installed = runner.invoke(app, ["models", "install", "--file", str(en_ur)])
    assert installed.exit_code == 0, installed.stderr
    story = tmp_path / "story.txt"
    story.write_text("Police said three people were killed.\nMarkets fell.\n", encoding="utf-8")
    leader, follower = pty.openpty()
    args = ["translate", str(story), "--to", "ur", "--from", "en", "--presegmented"]
    proc = subprocess.run(
        [sys.executable, "-m", "xlate", *args, "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "80"},
        timeout=300,
    )
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the pty is drained
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert b"en->ur" in drawn and drawn.endswith(b"\x1b[2K"), drawn[-80:]
    assert proc.stdout.decode().splitlines() == [
        str(tmp_path / f"story.ur.{s}") for s in ("txt", "json")
    ]
