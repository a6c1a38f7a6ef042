"""Markdown report: the summary, then a table of every change.

Sentences are numbered from 1 (`[1]`), as in the HTML report; consecutive added sentences
form one row.
"""

from __future__ import annotations

from xlate.escape import markdown as cell
from xlate.matching.compare import punctuation_only, short_signature
from xlate.model import Article, FactCheck, Link, Report
from xlate.reports.views import group_added, number


def _sentences(article: Article, ids: tuple[int, ...], translation: tuple[str, ...] | None) -> str:
    """Sentences with their 1-based numbers; a translated side also shows the translation."""
    if translation is None:
        return " ".join(f"{number(i)} {cell(article.sentences[i].text)}" for i in ids)
    return " ".join(
        f"{number(i)} {cell(article.sentences[i].text)} ({cell(translation[i])})" for i in ids
    )


def _fact(f: FactCheck) -> str:
    """One fact check as Markdown: article text escaped, drift in bold."""
    if f.status == "changed":
        text = cell(f"{f.kind} changed: {f.original} → {f.republication}")
    elif f.status == "dropped":
        text = cell(f"{f.kind} dropped: {f.original}")
    elif f.status == "introduced":
        text = cell(f"{f.kind} introduced: {f.republication}")
    else:
        return cell(f"{f.kind} kept: {f.original}")
    if f.severity == "drift":
        return f"**drift** {text}"
    return f"{text} ({cell(f'{f.severity}: {f.reason}')})" if f.severity else text


def _about(article: Article) -> str:
    """Language, size, and the credited source and dateline when known (provenance)."""
    parts = [article.lang, f"{len(article.sentences)} sentences"]
    meta = article.meta
    if meta.source:
        parts.append(f"credited: {cell(meta.source)}")
    if meta.dateline_place:
        parts.append(f"dateline: {cell(meta.dateline_place)}")
    return ", ".join(parts)


def _side(article: Article) -> str:
    """The file path (always: two copies of a story often share a headline), its language,
    size, credited source and dateline, then the headline when the capture has one."""
    where = cell(article.path or "(no file)")
    about = f"{where} ({_about(article)})"
    return f"{about}: {cell(article.meta.headline)}" if article.meta.headline else about


def render(report: Report) -> str:
    o, r, s = report.original, report.republication, report.summary
    lines = [
        "# xlate comparison",
        "",
        f"- **Original:** {_side(o)}",
        f"- **Republication:** {_side(r)}",
    ]
    if report.via:
        lines.append(
            f"- **Matched in:** {cell(report.via)} (translated side shown with its translation)"
        )
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
        f"Facts: **{s.drift} drifted**, {s.style} restyled; "
        + ", ".join(f"{n} {status}" for status, n in s.fact_counts.items()),
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
            left = _sentences(o, link.original, report.original_translation)
            right = _sentences(r, link.republication, report.republication_translation)
            label = f"{link.label} (punctuation)" if punctuation_only(link) else link.label
            lines.append(f"| {n} | {label} | {link.score:.2f} | {left} | {right} | {facts} |")
    lines += ["", f"<sub>{cell(short_signature(report))}</sub>", ""]
    return "\n".join(lines)


def _is_change(link: Link) -> bool:
    return link.label != "unchanged" or any(f.status != "kept" for f in link.facts)
