"""Hostile inputs: malformed article JSON, invisible or non-regular files, deep HTML, and
text that tries to become markup, reorder itself or hide NUL bytes in the reports."""

from __future__ import annotations

import json
import os
import random
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.hostile.helpers import ARTICLE, one_line_error, run
from xlate.errors import InputError
from xlate.reports.article import render_markdown
from xlate.text.load import load

GOOD: dict[str, Any] = {
    "schema": "xlate.article/1",
    "lang": "en",
    "meta": {"headline": "Leaders meet", "lang": "en"},
    "paragraphs": ["One sentence here. Another one there."],
    "sentences": [
        {"id": 0, "paragraph": 0, "text": "One sentence here."},
        {"id": 1, "paragraph": 0, "text": "Another one there."},
    ],
}


def variant(**changes: Any) -> str:
    data = {**GOOD, **changes}
    return json.dumps(data)


def with_meta(**changes: Any) -> str:
    return variant(meta={**GOOD["meta"], **changes})


BAD_ARTICLES: dict[str, tuple[str, str]] = {
    "meta-string": (variant(meta="headline"), "meta"),
    "meta-list": (variant(meta=["a"]), "meta"),
    "paragraph-number": (variant(paragraphs=[1, 2]), "paragraphs[0]"),
    "paragraph-null": (variant(paragraphs=[None]), "paragraphs[0]"),
    "paragraphs-string": (variant(paragraphs="text"), "paragraphs"),
    "paragraphs-empty": (variant(paragraphs=[], sentences=[]), "paragraphs"),
    "paragraphs-blank": (variant(paragraphs=["  ", ""], sentences=[]), "paragraphs"),
    "paragraphs-invisible": (variant(paragraphs=["\u200b\u200d"], sentences=[]), "paragraphs"),
    "headline-dict": (with_meta(headline={"a": 1}), "meta.headline"),
    "headline-number": (with_meta(headline=12), "meta.headline"),
    "published-list": (with_meta(published=[2025]), "meta.published"),
    "meta-lang-dict": (with_meta(lang={}), "meta.lang"),
    "deep-nesting": ('{"paragraphs": ["a"], "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
    "deep-meta": (
        variant(paragraphs=["a"], sentences=[]).replace('"a"', '"a", ' + "[" * 40 + "]" * 40),
        "nested",
    ),
    "huge-integer": ('{"paragraphs": ["a"], "n": ' + "7" * 5001 + "}", "invalid JSON"),
    "huge-float-id": (variant(sentences=[{"id": 1e999, "paragraph": 0, "text": "x"}]), "id"),
    "sentences-dict": (variant(sentences={"0": "x"}), "sentences"),
    "sentence-string": (variant(sentences=["One sentence here."]), "sentences[0]"),
    "sentence-no-text": (variant(sentences=[{"id": 0, "paragraph": 0}]), "sentences[0].text"),
    "sentence-text-number": (
        variant(sentences=[{"id": 0, "paragraph": 0, "text": 5}]), "sentences[0].text"
    ),
    "sentence-id-gap": (
        variant(sentences=[{"id": 5, "paragraph": 0, "text": "x"}]), "sentences[0].id"
    ),
    "sentence-id-bool": (
        variant(sentences=[{"id": False, "paragraph": 0, "text": "x"}]), "sentences[0].id"
    ),
    "sentence-paragraph-range": (
        variant(sentences=[{"id": 0, "paragraph": 9, "text": "x"}]), "sentences[0].paragraph"
    ),
    "lang-number": (variant(lang=7), "lang"),
    "lang-path": (variant(lang="../../etc"), "lang"),
    "path-number": (variant(path=3), "path"),
    "schema-other": (variant(schema="xlate.compare/1"), "schema"),
    "top-list": ("[1, 2, 3]", "not an xlate article"),
    "top-string": ('"just a string"', "not an xlate article"),
    "not-json": ("{'single': 'quotes'}", "invalid JSON"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ARTICLES))
def test_malformed_article_json_is_one_line(kind: str, tmp_path: Path) -> None:
    text, field = BAD_ARTICLES[kind]
    path = tmp_path / f"{kind}.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load(path)
    assert field in str(info.value) and str(path) in str(info.value)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD), encoding="utf-8")
    code, _, err = run("compare", path, good, "--out", tmp_path / "out")
    line = one_line_error(code, err, names=path)
    assert field in line
    assert not (tmp_path / "out").exists()


def test_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text(variant(paragraphs=["Bad \ud800 char here."], sentences=[]), "utf-8")
    article = load(path)
    assert "\ufffd" in article.text and "\ud800" not in article.text
    code, out, err = run("clean", path, "--format", "json")
    assert code == 0, err
    assert "\ud800" not in out


# -- one normalisation for every route -----------------------------------------------------

HOSTILE = "Evil \u202egnp.exe\u202c text\x00 with \x1b[31mred\x1b[0m and \u2066isolates\u2069 here."
_CONTROLS = ["\u202e", "\u202c", "\u2066", "\u2069", "\x00", "\x1b"]


def _routes(tmp_path: Path) -> dict[str, tuple[Path, bool]]:
    """The same hostile sentence through each input route: path -> (file, presegmented)."""
    body = f"{ARTICLE}\n\n{HOSTILE}"
    json_path = tmp_path / "article.json"
    json_path.write_text(
        variant(paragraphs=[ARTICLE, HOSTILE], sentences=[], meta={"headline": HOSTILE}),
        "utf-8",
    )
    preseg = tmp_path / "preseg.txt"
    preseg.write_text(ARTICLE.replace(". ", ".\n") + "\n\n" + HOSTILE + "\n", "utf-8")
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>Evil &#x202e;title</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
        + "<p>Evil &#x202e;gnp.exe&#x202c; text &#x2066;isolated&#x2069; here.</p>"
        + "</article></body></html>",
        "utf-8",
    )
    md = tmp_path / "story.md"
    md.write_text(body.replace("\x00", ""), "utf-8")  # NUL bytes make a text file binary
    return {"json": (json_path, False), "presegmented": (preseg, True), "html": (html, False),
            "md": (md, False)}


@pytest.mark.parametrize("route", ["json", "presegmented", "html", "md"])
def test_bidi_nul_and_escapes_never_reach_a_report(route: str, tmp_path: Path) -> None:
    path, presegmented = _routes(tmp_path)[route]
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE, "utf-8")
    flag = ["--presegmented"] if presegmented else []
    if presegmented:
        other.write_text(ARTICLE.replace(". ", ".\n") + "\n", "utf-8")
    code, _, err = run("compare", path, other, "--out", tmp_path / "out", *flag)
    assert code == 0, err
    written = list((tmp_path / "out").iterdir())
    assert {p.suffix for p in written} == {".html", ".md", ".json", ".align"}
    for report in written:
        text = report.read_text("utf-8")
        assert not [c for c in _CONTROLS if c in text], (report.name, route)


# -- Markdown never carries live HTML, links or images -------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src=https://evil.example></iframe>",
    "[click](javascript:alert(1))",
    "![img](http://evil.example/track.png)",
    "<https://evil.example/auto>",
    "visit https://evil.example/x and www.evil.example now",
    "[ref][1]\n\n[1]: https://evil.example",
    "# not a heading",
    "1. not a list",
    "| a | b |",
    "`code` **bold** ~~strike~~",
]


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)


_INERT = {"h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td", "sub", "ul", "li"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.live: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        shown = [(k, v) for k, v in attrs if not (k == "style" and "text-align" in (v or ""))]
        if tag not in _INERT or shown:
            self.live.append(f"<{tag} {shown}>")


def _live(html: str) -> list[str]:
    """Every element Markdown made that is not plain structure: links, images, code,
    emphasis, raw HTML, or any attribute."""
    parser = _Tags()
    parser.feed(html)
    return parser.live


@pytest.mark.parametrize("payload", PAYLOADS)
def test_clean_markdown_output_is_inert(payload: str, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        variant(
            paragraphs=[ARTICLE, f"Before {payload} after.", payload],
            sentences=[],
            meta={"headline": payload, "outlet": payload, "site": payload},
        ),
        "utf-8",
    )
    code, out, err = run("clean", path, "--format", "md")
    assert code == 0, err
    html = _rendered(out)
    assert html.count("<h1>") == 1
    assert not _live(html), (payload, out, html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_report_is_inert(payload: str, tmp_path: Path) -> None:
    original = tmp_path / "o.txt"
    original.write_text("One plain sentence.\nAnother plain sentence.\n", "utf-8")
    republication = tmp_path / "r.txt"
    republication.write_text(f"One {payload} sentence.\n{payload}\n", "utf-8")
    code, _, err = run(
        "compare", original, republication, "--presegmented", "--out", tmp_path, "-f", "md"
    )
    assert code == 0, err
    html = _rendered((tmp_path / "o--r.md").read_text("utf-8"))
    assert not [t for t in _live(html) if t not in ("<sub []>", "<strong []>")], payload


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_article_markdown_renders_as_the_same_words(text: str) -> None:
    from xlate.model import Article, Meta

    article = Article(paragraphs=(f"x {text}",), meta=Meta(headline=text or "h"), lang="en")
    html = _rendered(render_markdown(article))
    assert not _live(html)
    assert html.count("<p>") <= 1 and html.count("<h1>") == 1


# -- files that are not articles -----------------------------------------------------------


def test_zero_width_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zw.txt"
    path.write_text("\u200b\u200c\u200d\ufeff\n\u2060\u200b\n", "utf-8")
    code, out, err = run("clean", path)
    one_line_error(code, err, names=path)
    assert out == ""


def test_fifo_input_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run("clean", fifo)
    assert "not a regular file" in one_line_error(code, err, names=fifo)


def test_html_nested_a_thousand_deep_keeps_its_text(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>" + "<div>" * 1000 + body + "</div>" * 1000 + "</body></html>", "utf-8"
    )
    assert "12 agreements" in load(path).text


# -- any article JSON: an article or one InputError ----------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_field = st.sampled_from(["schema", "lang", "meta", "paragraphs", "sentences", "path"])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(_field, _json, max_size=3),
    meta=st.dictionaries(
        st.sampled_from(["headline", "outlet", "lang", "published"]), _json, max_size=2
    ),
)
def test_any_article_json_loads_or_is_one_input_error(
    changes: dict[str, Any], meta: dict[str, Any], tmp_path: Path
) -> None:
    data = {**GOOD, "meta": {**GOOD["meta"], **meta}, **changes}
    path = tmp_path / "h.json"
    path.write_text(json.dumps(data), "utf-8")
    try:
        article = load(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
    else:
        assert article.text.strip()


@pytest.mark.parametrize("value", ["../x", "en\x1b[31m", "e n", "x" * 300])
def test_language_option_must_be_a_code(value: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    code, _, err = run("clean", path, "--lang", value, "-f", "json")
    message = one_line_error(code, err)
    assert "language code" in message and "--lang" in message and "\x1b[" not in err


def test_messages_name_the_file_not_a_guessed_language(tmp_path: Path) -> None:
    english = tmp_path / "en.txt"
    english.write_text(ARTICLE, "utf-8")
    digits = tmp_path / "digits.txt"
    digits.write_text("12345 678. 999 1000 222.\n", "utf-8")
    odd = tmp_path / "odd.json"
    odd.write_text(variant(lang="zz", sentences=[]), "utf-8")
    for args, path in (
        (["compare", english, digits, "--out", tmp_path / "o"], digits),
        (["compare", odd, english, "--out", tmp_path / "o"], odd),
        (["translate", digits, "--to", "ur"], digits),
        (["translate", odd, "--to", "ur"], odd),
    ):
        code, _, err = run(*args)
        line = one_line_error(code, err, names=path)
        assert "'und'" not in line and "give it with --" in line


def test_translation_files_get_the_same_checks(tmp_path: Path) -> None:
    from xlate.api import read_translation
    from xlate.translation.translate import FileTranslator

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for reader in (read_translation, FileTranslator):
        with pytest.raises(InputError, match="not a regular file"):
            reader(fifo)
    path = tmp_path / "tr.txt"  # a translation is lines of text
    path.write_text('{"a": "\u202eevil"}\nsecond\x1b[2J line\n', "utf-8")
    assert read_translation(path) == ['{"a": "evil"}', "second line"]  # ftfy drops escapes
    assert FileTranslator(path).lines == read_translation(path)
    foreign = tmp_path / "tr.json"  # .json must be xlate translate's own
    foreign.write_text('{"a": "\u202eevil"}', "utf-8")
    with pytest.raises(InputError, match="xlate translate"):
        read_translation(foreign)


@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", "-dotted.txt"])
def test_a_page_long_run_without_sentence_ends_is_refused(suffix: str, tmp_path: Path) -> None:
    from xlate.validate import MAX_RUN

    # '-dotted': random words, some with a period inside ("U.S") that ends no sentence.
    rng = random.Random(5)
    words = ["trade", "rose", "in", "the", "capital", "U.S", "p.m", "minister", "said", "talks"]
    run_text = " ".join(rng.choice(words) for _ in range(MAX_RUN // 5))
    if suffix != "-dotted.txt":
        run_text = run_text.replace(".", "")
    assert len(run_text) > MAX_RUN
    path = tmp_path / f"line{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"paragraphs": [run_text], "lang": "en"}), "utf-8")
    elif suffix == ".jsonl":
        path.write_text(json.dumps({"id": "a", "text": run_text, "lang": "en"}) + "\n", "utf-8")
    else:
        path.write_text(run_text, "utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Trade rose in the capital. Officials said so.\n", "utf-8")
    if suffix == ".jsonl":
        # At corpus scale the story is recorded in the errors file and the run goes on.
        code, _, err = run("index", path, other, "--out", tmp_path / "idx")
        assert code == 2 and "Traceback" not in err, err
        errors = (tmp_path / "idx" / "errors.jsonl").read_text("utf-8")
        assert "do not split into sentences" in errors
        return
    code, _, err = run("compare", path, other, "--out", tmp_path / "out")
    assert "do not split into sentences" in one_line_error(code, err, names=path)
    # Just under the limit, with the sentence ends of real text, it is compared.
    path.write_text(". ".join(["Trade rose in the capital"] * (MAX_RUN // 20)), "utf-8")
    if suffix.endswith(".txt"):
        code, _, err = run("compare", path, other, "--out", tmp_path / "out")
        assert code == 0, err
