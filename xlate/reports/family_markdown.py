"""Markdown family report: ranking, provenance, the fate grid, additions and the fact table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xlate.reports.markdown import cell

if TYPE_CHECKING:
    from xlate.corpus.family import FactRow, Family, Member


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _member(m: Member, pair_suffix: str | None) -> str:
    name = cell(m.name)
    return f"[{name}]({m.report}{pair_suffix})" if m.report and pair_suffix else name


def _fact(row: FactRow, m: int) -> str:
    r = row.readings[m]
    if r.status == "changed":
        return f"**{cell(r.text or '')}** (changed)"
    return {"kept": "kept", "dropped": "dropped", "omitted": "–", "unchecked": "?"}[r.status]


def render(family: Family, *, pair_suffix: str | None = ".html") -> str:
    o = family.original
    members = family.members
    lines = [
        f"# Story family: {cell(family.story)}",
        "",
        f"- **Wire:** {cell(o.meta.headline or o.path or 'original')} "
        f"({o.lang}, {len(o.sentences)} sentences; source {cell(o.meta.source or 'not credited')})",
        f"- **Republications:** {len(members)}",
        "",
        "## Outlets, ranked by coverage and drift",
        "",
        "| rank | republication (outlet) | language | credited source | verdict | coverage "
        "| drift | added | similarity to wire | copied from |",
        "|---:|---|---|---|---|---:|---:|---:|---:|---|",
    ]
    for m in family.ranking:
        outlet = f" ({cell(m.outlet)})" if m.outlet != m.name else ""
        copied = (
            f"{cell(m.parent)} ({m.parent_similarity:.2f}; "
            f"{m.shared} shared word pairs not in the wire)"
            if m.parent
            else "the wire"
        )
        lines.append(
            f"| {m.rank} | {_member(m, pair_suffix)}{outlet} | {m.lang} | "
            f"{cell(m.source or '–')} | {m.verdict} | {m.coverage:.0%} | {m.drift} | {m.added} | "
            f"{m.similarity:.2f} | {copied} |"
        )
    lines += ["", "## Provenance", ""]
    if family.chains:
        lines += [f"- {' → '.join(cell(n) for n in chain)}" for chain in family.chains]
        lines.append("")
        lines.append(
            "A republication is shown copying another when it is closer to it than to the wire "
            "and shares wording with it that the wire does not have."
        )
    else:
        lines.append("Every republication is closer to the wire than to any other republication.")
    lines += [
        "",
        "## What happened to each wire sentence",
        "",
        "| # | wire sentence | " + " | ".join(cell(m.name) for m in members) + " |",
        "|---:|---|" + "---|" * len(members),
    ]
    for sentence, row in zip(o.sentences, family.cells, strict=True):
        fates = []
        for c in row:
            badge: str = c.fate
            if c.drift:
                badge += " ⚠ " + "; ".join(
                    f"{f.kind}: {f.original or '—'} → {f.republication or '—'}" for f in c.drift
                )
            fates.append(cell(badge))
        lines.append(
            f"| [{sentence.id + 1}] | {cell(_short(sentence.text))} | " + " | ".join(fates) + " |"
        )
    lines += ["", "## What each outlet added", ""]
    any_added = False
    for m, added in zip(members, family.additions, strict=True):
        for a in added:
            any_added = True
            where = f"after wire [{a.after + 1}]" if a.after is not None else "at the top"
            ids = ", ".join(f"[{j + 1}]" for j in a.republication)
            lines.append(f"- **{cell(m.name)}** {ids}, {where}: {cell(_short(a.text, 200))}")
    if not any_added:
        lines.append("No outlet added anything.")
    lines += ["", "## Facts of the wire", ""]
    if family.facts:
        lines += [
            "| # | kind | wire says | "
            + " | ".join(cell(m.name) for m in members)
            + " | disagree |",
            "|---:|---|---|" + "---|" * len(members) + "---|",
        ]
        for fact in family.facts:
            disagree = ", ".join(cell(members[i].name) for i in fact.disagree) or "–"
            lines.append(
                f"| [{fact.sentence + 1}] | {fact.kind} | {cell(fact.text)} | "
                + " | ".join(_fact(fact, i) for i in range(len(members)))
                + f" | {disagree} |"
            )
    else:
        lines.append("The wire states no checkable fact.")
    lines += ["", f"<sub>xlate {family.signature.get('xlate')} | xlate.family/1</sub>", ""]
    return "\n".join(lines)
