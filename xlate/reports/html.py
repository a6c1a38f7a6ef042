"""Self-contained HTML report: side by side, colour per label, word highlights, fact badges.

Everything from the articles goes through Jinja2 autoescaping; the page has inline CSS,
no scripts and no external resources, so it opens offline and cannot run article code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from xlate.matching.compare import short_signature
from xlate.model import LABELS, Article, Link, Report
from xlate.reports.views import (
    FACT_MEANINGS,
    LABEL_MEANINGS,
    direction,
    group_added,
    number,
    starts_paragraph,
)

if TYPE_CHECKING:
    import jinja2

Segment = tuple[str, str]  # (css class or "", text)


@dataclass
class Side:
    """One cell: its sentences (id, text, starts a paragraph), language, direction, and the
    highlighted matching text (word diff, or the translation used for matching)."""

    ids: tuple[int, ...] = ()
    sentences: list[tuple[int, str, bool]] = field(default_factory=list)
    lang: str = "und"
    dir: str = "auto"
    segments: list[Segment] = field(default_factory=list)
    translated: bool = False
    match_lang: str = "und"
    match_dir: str = "auto"
    note: str = ""
    note_href: str = ""

    @property
    def pstart(self) -> bool:
        """The cell's first sentence opens a paragraph."""
        return bool(self.sentences) and self.sentences[0][2]


@dataclass
class Row:
    label: str
    score: float
    left: Side
    right: Side
    facts: list[Any]


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("xlate.reports", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(number=number, direction=direction)
    env.filters.update(dir=direction, pct=lambda x: f"{x * 100:.0f}%")
    return env


def template(name: str) -> jinja2.Template:
    """A report template (pair, family, index): they share `xlate.css`, the globals
    `number` and `direction`, and the filters `dir` (a language's direction) and `pct`."""
    return _environment().get_template(name)


def _side(
    article: Article,
    ids: tuple[int, ...],
    link: Link,
    translation: tuple[str, ...] | None,
    via: str | None,
    *,
    left: bool,
) -> Side:
    sentences = [(i, article.sentences[i].text, starts_paragraph(article, i)) for i in ids]
    segments: list[Segment] = []
    if link.diff and link.original and link.republication and link.label != "unchanged":
        for op in link.diff:
            span = op.original if left else op.republication
            if span:
                changed = op.op != "equal"
                segments.append(("del" if left else "ins", span) if changed else ("", span))
    elif translation is not None:
        segments = [("", " ".join(translation[i] for i in ids))]
    match_lang = (via or article.lang) if translation is not None else article.lang
    return Side(
        ids=ids,
        sentences=sentences,
        lang=article.lang,
        dir=direction(article.lang),
        segments=segments,
        translated=translation is not None,
        match_lang=match_lang,
        match_dir=direction(match_lang),
    )


def rows(report: Report) -> list[Row]:
    """Links in original order, consecutive added sentences as one passage; a moved link
    also gets a row at its republication position."""
    o, r = report.original, report.republication
    out: list[Row] = []
    ghosts: list[tuple[int, Row]] = []
    for link in group_added(report.links):
        left = _side(o, link.original, link, report.original_translation, report.via, left=True)
        right = _side(
            r, link.republication, link, report.republication_translation, report.via, left=False
        )
        facts = list(link.facts)
        if link.label == "moved":
            i, j = link.original[0], link.republication[0]
            ghost_left = Side(
                note=f"moved here from original {number(i)}", note_href=f"#o{i}", dir=left.dir
            )
            ghosts.append((j, Row(link.label, link.score, ghost_left, right, facts)))
            right = Side(note=f"moved to republication {number(j)}", note_href=f"#r{j}")
        out.append(Row(link.label, link.score, left, right, facts))
    for j, ghost in sorted(ghosts, key=lambda g: g[0]):
        pos = 0
        for k, row in enumerate(out):
            if row.right.ids and max(row.right.ids) < j:
                pos = k + 1
        out.insert(pos, ghost)
    return out


def render(report: Report) -> str:
    return template("report.html.j2").render(
        report=report,
        o=report.original,
        r=report.republication,
        s=report.summary,
        rows=rows(report),
        signature=short_signature(report),
        labels=[(label, LABEL_MEANINGS[label]) for label in LABELS],
        statuses=list(FACT_MEANINGS.items()),
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
