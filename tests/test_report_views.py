"""Human views: 1-based sentence numbers, added passages, direction and bidi isolation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_reports import collect
from xlate.matching.compare import compare
from xlate.model import Article, Link
from xlate.reports import write_reports
from xlate.reports.html import rows
from xlate.reports.views import direction, group_added, number

WIRE = [
    ["The talks took place in Beijing on Tuesday.", "Both sides signed 20 agreements."],
    ["Trade grew by 5 percent in 2024."],
]
OUTLET = [
    ["The talks took place in Shanghai on Tuesday.", "Both sides signed 20 agreements."],
    ["This story was first published by a news agency.", "More details will follow soon."],
    ["Trade grew by 5 percent in 2024."],
]


def pair() -> tuple[Article, Article]:
    return (
        Article.from_sentences(WIRE, lang="en", path="wire.txt"),
        Article.from_sentences(OUTLET, lang="en", path="outlet.txt"),
    )


def test_numbers_and_directions() -> None:
    assert number(0) == "[1]"
    assert [direction(x) for x in ("ur", "zh", "ru", "en", "und", None, "ar-EG")] == [
        "rtl",
        "ltr",
        "ltr",
        "ltr",
        "auto",
        "auto",
        "rtl",
    ]


def test_group_added_merges_only_consecutive_added_links() -> None:
    links = [
        Link((0,), (0,), "unchanged", 1.0),
        Link((), (1,), "added", 0.0),
        Link((), (2,), "added", 0.0),
        Link((1,), (3,), "unchanged", 1.0),
        Link((), (4,), "added", 0.0),
        Link((), (6,), "added", 0.0),
    ]
    grouped = group_added(links)
    assert [(g.original, g.republication, g.label) for g in grouped] == [
        ((0,), (0,), "unchanged"),
        ((), (1, 2), "added"),
        ((1,), (3,), "unchanged"),
        ((), (4,), "added"),
        ((), (6,), "added"),
    ]


def test_html_numbers_from_one_and_groups_the_added_passage(tmp_path: Path) -> None:
    report = compare(*pair())
    added = [row for row in rows(report) if row.label == "added"]
    assert len(added) == 1 and added[0].right.ids == (2, 3)
    assert added[0].right.pstart  # the passage opens the outlet's second paragraph
    (html,) = write_reports(report, tmp_path, formats=["html"])
    text = html.read_text("utf-8")
    assert '<a class="sid" id="r2" href="#r2" dir="ltr">[3]</a>' in text
    assert '<a class="sid" id="o0" href="#o0" dir="ltr">[1]</a>' in text
    badge = 'place: <bdi lang="en">Beijing</bdi> → <bdi lang="en">Shanghai</bdi>'
    assert badge in text


def test_every_text_cell_and_badge_has_a_direction(tmp_path: Path) -> None:
    o = Article.from_sentences([["اجلاس بیجنگ میں ہوا۔"]], lang="ur", path="ur.txt")
    r = Article.from_sentences([["اجلاس شنگھائی میں ہوا۔"]], lang="ur", path="ur2.txt")
    (html,) = write_reports(compare(o, r), tmp_path, formats=["html"])
    tags = collect(html.read_text("utf-8")).tags
    cells = [dict(a) for t, a in tags if t == "td" and "data-side" in dict(a)]
    assert cells and all(c.get("dir") == "rtl" and c.get("lang") == "ur" for c in cells)
    # fact badges in the table (summary and legend badges are English UI text, dir="ltr" page)
    badges = [dict(a) for t, a in tags if t == "span" and "title" in dict(a)]
    assert badges and all(b.get("dir") == "ltr" for b in badges)


def test_markdown_numbers_from_one_json_and_align_stay_zero_based(tmp_path: Path) -> None:
    report = compare(*pair())
    md, js, align = write_reports(report, tmp_path, formats=["md", "json", "align"])
    text = md.read_text("utf-8")
    assert "[1] The talks took place in Beijing" in text
    assert (
        "| added | 0.00 |  | [3] This story was first published by a news agency. [4] More" in text
    )
    assert "[0]" not in text
    data = json.loads(js.read_text("utf-8"))
    assert data["republication"]["sentences"][0]["id"] == 0
    assert [link["republication"] for link in data["links"] if link["label"] == "added"] == [
        [2],
        [3],
    ]
    assert "[]:[2]\n[]:[3]" in align.read_text("utf-8")


def test_compare_prints_a_file_link_to_the_html_report(tmp_path: Path) -> None:
    from urllib.parse import unquote, urlparse

    from typer.testing import CliRunner

    from xlate.cli import app

    wire, outlet = tmp_path / "wire.txt", tmp_path / "outlet 1.txt"
    wire.write_text("\n".join(" ".join(p) for p in WIRE), "utf-8")
    outlet.write_text("\n".join(" ".join(p) for p in OUTLET), "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["compare", str(wire), str(outlet), "-o", str(out)])
    assert result.exit_code == 0, result.output
    links = [line.split()[-1] for line in result.output.splitlines() if "file://" in line]
    assert len(links) == 1 and links[0].startswith("file:///")
    target = Path(unquote(urlparse(links[0]).path))
    assert target.suffix == ".html" and target.parent == out.resolve() and target.exists()


def test_every_anchor_is_unique_and_every_link_lands(tmp_path: Path) -> None:
    from tests.conftest import REPO
    from xlate.api import read_article

    folder = REPO / "corpora" / "wikinews-taipei-lanterns"  # has moved, merged, added runs
    report = compare(
        read_article(folder / "original.txt"), read_article(folder / "republication.txt")
    )
    (html,) = write_reports(report, tmp_path, formats=["html"])
    tags = collect(html.read_text("utf-8")).tags
    ids = [dict(a)["id"] for _, a in tags if "id" in dict(a)]
    assert len(ids) == len(set(ids))
    hrefs = {dict(a)["href"] for t, a in tags if t == "a" and "href" in dict(a)}
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs if h)
