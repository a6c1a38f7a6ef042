"""The story family: fates, additions, facts, ranking, provenance, and its three renderings."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from xlate.corpus.family import SCHEMA, MemberInfo, build_family
from xlate.errors import XlateError
from xlate.matching.compare import compare
from xlate.model import Article
from xlate.reports.family import FAMILY_FORMATS, to_dict, write_family

REPO = Path(__file__).resolve().parent.parent
FAMILY = REPO / "corpora" / "xinhua-xi-putin-family"

WIRE = [
    [
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.",
        "The two leaders signed over 20 cooperation agreements.",
    ],
    [
        "Trade between the two countries reached 244.8 billion U.S. dollars in 2024.",
        "China has been Russia's largest trading partner for 15 consecutive years.",
        "The talks covered energy, space and agriculture.",
    ],
    ["Putin said relations had reached a historic high."],
]


def article(paragraphs: list[list[str]], path: str) -> Article:
    return Article.from_sentences(paragraphs, lang="en", path=path)


@pytest.fixture(scope="module")
def family():  # type: ignore[no-untyped-def]
    wire = article(WIRE, "wire/original.txt")
    faithful = article(WIRE, "a/faithful.txt")
    # trimmed copy with a local sentence added after the trade figure
    trimmed = article(
        [
            WIRE[0],
            [
                WIRE[1][0],
                "Analysts in Karachi expect the figure to keep growing next year.",
                WIRE[1][1],
            ],
        ],
        "b/trimmed.txt",
    )
    # a copy of that copy, trimmed again: carries the added sentence
    copy = article(
        [
            [WIRE[0][0]],
            [
                WIRE[1][0],
                "Analysts in Karachi expect the figure to keep growing next year.",
                WIRE[1][1],
            ],
        ],
        "c/copy.txt",
    )
    changed = article(
        [
            WIRE[0],
            [
                "Trade between the two countries reached 248.4 billion U.S. dollars in 2024.",
                WIRE[1][1].replace("15", "16"),
                WIRE[1][2],
            ],
            WIRE[2],
        ],
        "d/changed.txt",
    )
    reports = [compare(wire, rep) for rep in (faithful, trimmed, copy, changed)]
    return build_family(
        "story",
        reports,
        info=[
            MemberInfo(name=n, report=f"story--{n}")
            for n in ("faithful", "trimmed", "copy", "changed")
        ],
    )


def test_fates_per_wire_sentence(family) -> None:  # type: ignore[no-untyped-def]
    names = [m.name for m in family.members]
    assert names == ["faithful", "trimmed", "copy", "changed"]
    assert len(family.cells) == 6
    fates = [[c.fate for c in row] for row in family.cells]
    assert all(row[0] == "kept" for row in fates)
    assert fates[1][2] == "omitted"  # the copy dropped the second sentence
    assert fates[4][1] == "omitted" and fates[5][1] == "omitted"
    drift = family.cells[2][3].drift  # the changed trade figure
    assert any(f.status == "changed" and "248.4" in (f.republication or "") for f in drift)


def test_additions_are_placed_after_the_wire_sentence(family) -> None:  # type: ignore[no-untyped-def]
    (added,) = family.additions[1]
    assert added.text.startswith("Analysts in Karachi")
    assert added.after == 2 and added.republication == (3,)
    assert family.additions[0] == ()


def test_fact_table_marks_outlets_that_disagree(family) -> None:  # type: ignore[no-untyped-def]
    money = next(f for f in family.facts if f.kind == "money")
    assert money.sentence == 2 and "244.8" in money.text
    assert [family.members[i].name for i in money.disagree] == ["changed"]
    assert money.readings[3].text and "248.4" in money.readings[3].text
    years = next(f for f in family.facts if "15" in f.text)
    assert [r.status for r in years.readings] == ["kept", "kept", "kept", "changed"]
    putin = [f for f in family.facts if f.sentence == 5]
    assert putin and putin[0].readings[1].status == "omitted"


def test_ranking_by_coverage_then_drift(family) -> None:  # type: ignore[no-untyped-def]
    ranking = [m.name for m in family.ranking]
    assert ranking[0] == "faithful"
    assert ranking.index("changed") < ranking.index("trimmed") < ranking.index("copy")
    assert [m.rank for m in family.ranking] == [1, 2, 3, 4]


def test_provenance_finds_the_copy_of_a_copy(family) -> None:  # type: ignore[no-untyped-def]
    by_name = {m.name: m for m in family.members}
    assert by_name["copy"].parent == "trimmed"
    assert by_name["copy"].shared >= 3
    assert by_name["trimmed"].parent is None and by_name["changed"].parent is None
    assert family.chains == (("wire", "trimmed", "copy"),)


def test_independent_copies_are_not_chained() -> None:
    wire = article(WIRE, "wire.txt")
    a = article([WIRE[0], WIRE[1]], "a.txt")
    b = article([WIRE[0], WIRE[1][:2]], "b.txt")
    fam = build_family("s", [compare(wire, a), compare(wire, b)])
    assert fam.chains == () and all(m.parent is None for m in fam.members)


def test_family_needs_one_original() -> None:
    wire = article(WIRE, "wire.txt")
    other = article([["Something else entirely happened in Lahore on Monday."]], "o.txt")
    rep = article(WIRE, "rep.txt")
    with pytest.raises(XlateError, match="another original"):
        build_family("s", [compare(wire, rep), compare(other, rep)])
    with pytest.raises(XlateError, match="at least one"):
        build_family("s", [])


def test_json_schema(family, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = write_family(family, tmp_path, formats=["json"])
    assert [p.name for p in paths] == ["story.family.json"]
    data = json.loads(paths[0].read_text("utf-8"))
    assert data == to_dict(family)
    assert data["schema"] == SCHEMA == "xlate.family/1"
    assert set(data) == {
        "schema", "story", "original", "members", "sentences", "additions", "facts",
        "ranking", "chains", "signature",
    }  # fmt: skip
    names = [m["name"] for m in data["members"]]
    assert set(data["members"][0]) >= {
        "name", "outlet", "lang", "source", "verdict", "coverage", "drift", "added",
        "similarity", "rank", "parent", "report",
    }  # fmt: skip
    assert len(data["sentences"]) == len(data["original"]["sentences"])
    for row in data["sentences"]:
        assert list(row["fates"]) == names
    assert data["additions"]["trimmed"][0]["after"] == 2
    assert data["chains"] == [["wire", "trimmed", "copy"]]
    assert data["ranking"][0] == "faithful"


def test_every_format_is_written(family, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = write_family(family, tmp_path, name="x")
    assert sorted(p.name for p in paths) == sorted(f"x{s}" for _, s in FAMILY_FORMATS.values())
    md = (tmp_path / "x.family.md").read_text("utf-8")
    assert "wire → trimmed → copy" in md
    assert "[faithful](story--faithful.html)" in md
    assert "**248\\.4 billion U.S. dollars** (changed)" in md  # article text escaped


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]


def test_html_escapes_hostile_text() -> None:
    hostile = '<script>document.title="pwned"</script> <img src=x onerror=alert(1)>'
    wire = article(WIRE, "wire.txt")
    rep = article([WIRE[0], [hostile + " Officials said so."], WIRE[1]], 'evil"<b>.txt')
    fam = build_family("st<i>ry", [compare(wire, rep), compare(wire, wire)])
    from xlate.reports.family_html import render

    page = render(fam)
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "i" not in parser.tags
    assert "&lt;script&gt;" in page
    assert all(h.startswith("#") or h.endswith(".html") for h in parser.hrefs)
    assert "Content-Security-Policy" in page


def test_bundled_family(tmp_path: Path) -> None:
    """The bundled seed family: a copy of a copy, a changed figure, a Russian version."""
    from xlate.corpus.layout import discover
    from xlate.corpus.run import Options, plan, run_pair

    layout = discover(FAMILY)
    (story,) = layout.stories
    assert {r.name for r in story.republications} == {
        "city-courier", "evening-ledger", "northern-star", "vestnik-ru", "xinmin-zh",
    }  # fmt: skip
    tasks, _ = plan([story], tmp_path, Options(formats=()))
    results = [run_pair(t) for t in tasks]
    assert all(r.error is None for r in results), [r.error for r in results]
    fam = build_family(story.name, [r.report for r in results if r.report])
    by_name = {m.name: m for m in fam.members}
    assert by_name["evening-ledger"].parent == "northern-star"
    assert by_name["vestnik-ru"].lang == "ru" and by_name["vestnik-ru"].parent is None
    # two translations share English phrasing the wire lacks: that is no evidence of copying
    assert by_name["xinmin-zh"].lang == "zh" and by_name["xinmin-zh"].parent is None
    assert fam.chains == (("wire", "northern-star", "evening-ledger"),)
    assert {by_name[n].source for n in by_name} == {"Xinhua"}
    money = next(f for f in fam.facts if f.kind == "money")
    assert [fam.members[i].name for i in money.disagree] == ["city-courier"]
    assert fam.additions[[m.name for m in fam.members].index("northern-star")]


def test_html_grid_legend_links_and_additions(family) -> None:  # type: ignore[no-untyped-def]
    from xlate.reports.family_html import render

    page = render(family)
    parser = _Tags()
    parser.feed(page)
    assert {f"story--{n}.html" for n in ("faithful", "trimmed", "copy", "changed")} <= set(
        parser.hrefs
    )
    for fate in ("kept", "edited", "omitted", "moved"):
        assert f'<span class="fate {fate}">{fate}</span>' in page  # the legend
    assert 'class="para"' in page  # paragraph starts are marked
    assert "added</span> by <bdi>trimmed</bdi> after [3]" in page
    assert "wire → trimmed → copy" in page.replace("<bdi>", "").replace("</bdi>", "")
    assert render(family, pair_suffix=None).count("story--") == 0  # no links without pages
