"""HTML family report and corpus index: self-contained pages, article text always escaped.

Like the pair report: inline CSS, no script, no external resource, a Content-Security-Policy
that forbids loading anything, `dir` on every text (right-to-left languages right-aligned).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from xlate.reports.html import template
from xlate.reports.views import starts_paragraph

if TYPE_CHECKING:
    from xlate.corpus.family import Family

FATES = ("kept", "edited", "rewritten", "merged", "split", "moved", "omitted")


def render(family: Family, *, pair_suffix: str | None = ".html") -> str:
    o = family.original
    first = {s.id for s in o.sentences if starts_paragraph(o, s.id)}
    added_after: dict[int | None, list[tuple[str, Any]]] = {}
    for m, added in zip(family.members, family.additions, strict=True):
        for a in added:
            added_after.setdefault(a.after, []).append((m.name, a))
    return template("family.html.j2").render(
        f=family,
        o=o,
        members=family.members,
        rows=list(zip(o.sentences, family.cells, strict=True)),
        first=first,
        added_after=added_after,
        fates=FATES,
        outlets=any(m.outlet != m.name for m in family.members),
        pair_suffix=pair_suffix,
    )


def render_index(
    rows: Sequence[dict[str, Any]],
    families: Sequence[dict[str, Any]],
    *,
    title: str,
    notes: Sequence[str] = (),
) -> str:
    """The corpus index page: one row per pair, links to pair and family reports, and the
    run's notes (what was skipped and why, pairs that failed)."""
    return template("index.html.j2").render(rows=rows, families=families, title=title, notes=notes)
