"""Markdown report: the summary, then a table of every change.

Sentences are numbered from 1 (`[1]`), as in the HTML report; consecutive added sentences
form one row.
"""

from __future__ import annotations

from xlate.matching.compare import short_signature
from xlate.model import Article, FactCheck, Link, Report
from xlate.reports.views import group_added, number


def cell(text: str) -> str:
    """Article text made safe for a table cell: no HTML, no pipes, no line breaks."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.replace("|", "\\|").split())


def _sentences(article: Article, ids: tuple[int, ...], translation: tuple[str, ...] | None) -> str:
    """Sentences with their 1-based numbers; a translated side also shows the translation."""
    if translation is None:
        return " ".join(f"{number(i)} {article.sentences[i].text}" for i in ids)
    return " ".join(f"{number(i)} {article.sentences[i].text} ({translation[i]})" for i in ids)


def _fact(f: FactCheck) -> str:
    if f.status == "changed":
        return f"{f.kind} changed: {f.original} → {f.republication}"
    if f.status == "dropped":
        return f"{f.kind} dropped: {f.original}"
    if f.status == "introduced":
        return f"{f.kind} introduced: {f.republication}"
    return f"{f.kind} kept: {f.original}"


def _headline(article: Article) -> str:
    return article.meta.headline or article.path or "untitled"


def render(report: Report) -> str:
    o, r, s = report.original, report.republication, report.summary
    lines = [
        "# xlate comparison",
        "",
        f"- **Original:** {cell(_headline(o))} ({o.lang}, {len(o.sentences)} sentences)",
        f"- **Republication:** {cell(_headline(r))} ({r.lang}, {len(r.sentences)} sentences)",
    ]
    if report.via:
        lines.append(f"- **Matched in:** {report.via} (translated side shown with its translation)")
    lines += [
        f"- **Verdict:** {s.verdict} derived: {s.coverage:.0%} of the original reused, "
        f"{s.derived:.0%} of the republication comes from the original, "
        f"{s.reuse:.0%} of its word pairs occur in the original",
        "",
        "| label | sentences |",
        "|---|---:|",
    ]
    lines += [f"| {label} | {n} |" for label, n in s.counts.items() if n]
    lines += [
        "",
        "Facts: " + ", ".join(f"{n} {status}" for status, n in s.fact_counts.items()),
        "",
        "## Changes",
        "",
    ]
    changes = [link for link in group_added(report.links) if _is_change(link)]
    if not changes:
        lines.append("No changes: every sentence is unchanged and every fact kept.")
    else:
        lines += [
            "| # | label | score | original | republication | facts |",
            "|---|---|---:|---|---|---|",
        ]
        for n, link in enumerate(changes, 1):
            facts = "; ".join(_fact(f) for f in link.facts if f.status != "kept")
            left = cell(_sentences(o, link.original, report.original_translation))
            right = cell(_sentences(r, link.republication, report.republication_translation))
            lines.append(
                f"| {n} | {link.label} | {link.score:.2f} | {left} | {right} | {cell(facts)} |"
            )
    lines += ["", f"<sub>{cell(short_signature(report))}</sub>", ""]
    return "\n".join(lines)


def _is_change(link: Link) -> bool:
    return link.label != "unchanged" or any(f.status != "kept" for f in link.facts)
