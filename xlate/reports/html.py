"""Self-contained HTML report: side by side, colour per label, word highlights, fact badges.

Everything from the articles goes through Jinja2 autoescaping; the page has inline CSS,
no scripts and no external resources, so it opens offline and cannot run article code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from xlate.matching.compare import short_signature
from xlate.model import Article, Link, Report

if TYPE_CHECKING:
    import jinja2

Segment = tuple[str, str]  # (css class or "", text)


@dataclass
class Side:
    """One cell: sentence ids, the text in its own language, and highlighted matching text."""

    ids: tuple[int, ...] = ()
    text: str = ""
    segments: list[Segment] = field(default_factory=list)
    translated: bool = False
    note: str = ""
    note_href: str = ""


@dataclass
class Row:
    label: str
    score: float
    left: Side
    right: Side
    facts: list[Any]


@cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("xlate.reports", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")


def _sep(article: Article) -> str:
    return "" if article.lang == "zh" else " "


def _side(
    article: Article,
    ids: tuple[int, ...],
    link: Link,
    translation: tuple[str, ...] | None,
    *,
    left: bool,
) -> Side:
    text = _sep(article).join(article.sentences[i].text for i in ids)
    segments: list[Segment] = []
    if link.diff and link.label != "unchanged":
        for op in link.diff:
            span = op.original if left else op.republication
            if span:
                changed = op.op != "equal"
                segments.append(("del" if left else "ins", span) if changed else ("", span))
    elif translation is not None:
        segments = [("", " ".join(translation[i] for i in ids))]
    return Side(ids=ids, text=text, segments=segments, translated=translation is not None)


def rows(report: Report) -> list[Row]:
    """Links in original order; a moved link also gets a row at its republication position."""
    o, r = report.original, report.republication
    out: list[Row] = []
    ghosts: list[tuple[int, Row]] = []
    for link in report.links:
        left = _side(o, link.original, link, report.original_translation, left=True)
        right = _side(r, link.republication, link, report.republication_translation, left=False)
        facts = list(link.facts)
        if link.label == "moved":
            j = link.republication[0]
            ghost_left = Side(
                note=f"moved here from original [{link.original[0]}]",
                note_href=f"#o{link.original[0]}",
            )
            ghosts.append((j, Row(link.label, link.score, ghost_left, right, facts)))
            right = Side(note=f"moved to republication [{j}]", note_href=f"#r{j}")
        out.append(Row(link.label, link.score, left, right, facts))
    for j, ghost in sorted(ghosts, key=lambda g: g[0]):
        pos = 0
        for k, row in enumerate(out):
            if row.right.ids and max(row.right.ids) < j:
                pos = k + 1
        out.insert(pos, ghost)
    return out


def render(report: Report) -> str:
    return _template().render(
        report=report,
        o=report.original,
        r=report.republication,
        s=report.summary,
        rows=rows(report),
        signature=short_signature(report),
        meta_fields=(
            ("headline", "Headline"),
            ("outlet", "Outlet"),
            ("site", "Site"),
            ("source", "Credited source"),
            ("dateline_place", "Dateline"),
            ("published", "Published"),
            ("captured", "Captured"),
        ),
    )
