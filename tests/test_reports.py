"""Reports: escaping of hostile text, no external resources, formats, atomic writes."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO
from xlate.errors import OutputError, XlateError
from xlate.matching.compare import compare
from xlate.model import Article, Meta
from xlate.reports import pair_name, write_reports
from xlate.reports.beads import parse

HOSTILE = [
    "<script>alert('x')</script> Officials said the plan was approved.",
    'A caption <img src=x onerror="alert(1)"> was shown in Beijing.',
    "</textarea><svg onload=alert(2)> The talks ended on September 2.",
    "Trade reached 244.8 billion U.S. dollars in 2024.",
]


def hostile_pair() -> tuple[Article, Article]:
    meta = Meta(headline="<script>document.cookie</script> Xi </title><b onclick=x>", lang="en")
    original = Article.from_sentences([HOSTILE], lang="en", meta=meta, path="orig<script>.txt")
    rep = [
        HOSTILE[0],
        HOSTILE[1].replace("Beijing", "Shanghai"),
        "<iframe src=//evil></iframe> Added.",
    ]
    return original, Article.from_sentences([rep], lang="en", meta=meta, path="rep.txt")


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def collect(html: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(html)
    return parser


def test_html_escapes_hostile_text_and_headline(tmp_path: Path) -> None:
    report = compare(*hostile_pair())
    (html_path,) = write_reports(report, tmp_path, formats=["html"])
    html = html_path.read_text("utf-8")
    tags = collect(html).tags
    names = {tag for tag, _ in tags}
    assert not names & {"script", "img", "svg", "iframe", "textarea", "b"}
    for _, attrs in tags:
        for key, _value in attrs:
            assert not key.startswith("on")
    assert "&lt;script&gt;alert" in html
    assert "&lt;/textarea&gt;&lt;svg onload=alert(2)&gt;" in html


def test_html_references_no_external_resource(tmp_path: Path) -> None:
    report = compare(*hostile_pair())
    (html_path,) = write_reports(report, tmp_path, formats=["html"])
    for _tag, attrs in collect(html_path.read_text("utf-8")).tags:
        for key, value in attrs:
            if key in ("src", "srcset", "data", "action", "formaction"):
                pytest.fail(f"{key}={value}")
            if key == "href":
                assert value and value.startswith("#"), value


def test_markdown_escapes_html_and_pipes(tmp_path: Path) -> None:
    original, rep = hostile_pair()
    rep = Article.from_sentences([["A | B <script>x</script> said."]], lang="en", path="r.txt")
    (md,) = write_reports(compare(original, rep), tmp_path, formats=["md"])
    text = md.read_text("utf-8")
    assert "<script>" not in text and "<iframe" not in text
    assert "A \\| B &lt;script&gt;" in text


def test_json_schema(tmp_path: Path) -> None:
    report = compare(*hostile_pair())
    (path,) = write_reports(report, tmp_path, formats=["json"])
    data = json.loads(path.read_text("utf-8"))
    assert data["schema"] == "xlate.compare/2"
    for side in ("original", "republication"):
        assert set(data[side]) >= {"path", "lang", "meta", "sentences"}
        assert [s["id"] for s in data[side]["sentences"]] == list(
            range(len(data[side]["sentences"]))
        )
    assert set(data["summary"]) >= {"coverage", "derived", "verdict", "counts"}
    for link in data["links"]:
        assert set(link) >= {"original", "republication", "label", "score", "facts"}
        for fact in link["facts"]:
            assert set(fact) == {
                "kind", "original", "republication", "status", "severity", "reason"
            }
    seen_o = sorted(i for link in data["links"] for i in link["original"])
    assert seen_o == list(range(len(data["original"]["sentences"])))


def test_align_format_round_trips(tmp_path: Path) -> None:
    report = compare(*hostile_pair())
    (path,) = write_reports(report, tmp_path, formats=["align"])
    beads = parse(path.read_text("utf-8"))
    assert beads == [(link.original, link.republication) for link in report.links]
    assert "[]:[2]" in path.read_text("utf-8")


def test_existing_reports_are_replaced_whole(tmp_path: Path) -> None:
    report = compare(*hostile_pair())
    first = write_reports(report, tmp_path, name="pair")
    for path in first:
        path.write_text("stale")
    second = write_reports(report, tmp_path, name="pair")
    assert first == second
    assert all(p.read_text("utf-8") != "stale" for p in second)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in second)


def test_unwritable_out_dir_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="file"):
        write_reports(compare(*hostile_pair()), blocker / "reports")


def test_unknown_format_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(XlateError, match="unknown report format"):
        write_reports(compare(*hostile_pair()), tmp_path, formats=["html", "pdf"])
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("original", "republication", "expected"),
    [
        ("a/xinhua.txt", "b/rki.html", "xinhua--rki"),
        ("../../etc/passwd", "x/<script>.txt", "passwd--script"),
        (
            "corpora/pair-1/original.txt",
            "corpora/pair-1/republication.txt",
            "pair-1-original--pair-1-republication",
        ),
        ("/tmp/新华社 稿.txt", "/tmp/a b?.md", "新华社-稿--a-b"),
    ],
)
def test_pair_names_are_sanitised(original: str, republication: str, expected: str) -> None:
    assert pair_name(original, republication) == expected


def bundled_pairs() -> list[tuple[Path, Path, bool]]:
    """Every same-language pair of the bundled corpus (the others need their translation)."""
    from xlate.corpus.layout import discover

    return [
        (Path(str(story.original.input)), Path(str(rep.input)), story.presegmented)
        for story in discover(REPO / "corpora").stories
        for rep in story.republications
        if rep.translation is None
    ]


@pytest.mark.parametrize("pair", bundled_pairs(), ids=lambda p: f"{p[0].parent.name}-{p[1].stem}")
def test_bundled_pair_html_is_self_contained(pair: tuple[Path, Path, bool], tmp_path: Path) -> None:
    from xlate.api import read_article

    original, republication, presegmented = pair
    report = compare(
        read_article(original, presegmented=presegmented),
        read_article(republication, presegmented=presegmented),
    )
    (html_path,) = write_reports(report, tmp_path, formats=["html"])
    tags = collect(html_path.read_text("utf-8")).tags
    assert not {tag for tag, _ in tags} & {"script", "img", "iframe", "link", "object", "embed"}
    for _tag, attrs in tags:
        for key, value in attrs:
            assert key not in ("src", "srcset", "data", "action", "formaction"), (key, value)
            if key == "href":
                assert value and value.startswith("#"), value
