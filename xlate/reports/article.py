"""The clean stage's outputs for people: an article as markdown (headline, metadata table,
body) and the changes `clean` recorded, one line each (`--explain`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from xlate.escape import markdown
from xlate.model import Article, Change
from xlate.text.boilerplate import display_date


def explain(changes: Iterable[Change]) -> str:
    """One line per change, `rule: 'before' -> 'after'` (with the source line when known)."""
    out = []
    for c in changes:
        where = f"line {c.line}: " if c.line is not None else ""
        out.append(f"{where}{c.rule}: {_show(c.before)!s} -> {_show(c.after)!s}")
    return "\n".join(out)


def render_markdown(article: Article) -> str:
    """A readable markdown rendering: headline, metadata table, body paragraphs."""
    meta = article.meta
    parts = [f"# {markdown(meta.headline or 'Untitled article')}", ""]
    date = display_date(meta.dateline_date, article.lang) if meta.dateline_date else None
    rows = [
        ("Outlet", meta.outlet), ("Site", meta.site), ("Credited source", meta.source),
        ("Dateline", ", ".join(x for x in (meta.dateline_place, date) if x) or None),
        ("Published", meta.published), ("Captured", meta.captured),
        ("Language", meta.lang or article.lang), ("Capture file", article.path),
    ]
    filled = [(k, v) for k, v in rows if v]
    if filled:
        parts += ["| Field | Value |", "| --- | --- |"]
        parts += [f"| {k} | {markdown(v)} |" for k, v in filled]
        parts.append("")
    for paragraph in article.paragraphs:
        parts += [markdown(paragraph), ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def _show(text: str, limit: int = 120) -> str:
    shown = "".join(
        ch if ch == " " or unicodedata.category(ch)[0] not in "CZ" else f"\\u{ord(ch):04x}"
        for ch in text.replace("\n", "⏎")
    )
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return "'" + shown + "'"
