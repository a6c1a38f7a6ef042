"""Conventions shared by the human views (HTML and Markdown, pair and family reports).

Sentence ids are 0-based in the data model, JSON and `.align`; people read 1-based
numbers, always written `[n]`. Right-to-left languages get `dir="rtl"`; consecutive
added sentences read as one added passage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from xlate.model import Article, Link

LABEL_MEANINGS: dict[str, str] = {
    "unchanged": "same sentence",
    "edited": "light rewording",
    "rewritten": "same content, heavy rewording",
    "merged": "several original sentences became one",
    "split": "one original sentence became several",
    "moved": "kept, but out of order",
    "added": "only in the republication",
    "omitted": "only in the original",
}
"""What each link label means, for legends."""

FACT_MEANINGS: dict[str, str] = {
    "kept": "same in both",
    "changed": "different value in the republication",
    "dropped": "left out by the republication",
    "introduced": "only in the republication",
}
"""What each fact status means, for legends."""

RTL_LANGUAGES = frozenset({"ur", "ar", "fa", "he", "ps", "sd", "ug", "yi", "ku", "dv"})
"""Languages written right to left (ISO 639-1)."""


def number(i: int) -> str:
    """The human number of 0-based sentence id `i`: `[i + 1]`."""
    return f"[{i + 1}]"


def direction(lang: str | None) -> str:
    """The HTML `dir` value for text in `lang`: rtl, ltr, or auto when the language is unknown."""
    if not lang or lang == "und":
        return "auto"
    return "rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr"


def starts_paragraph(article: Article, i: int) -> bool:
    """Whether sentence `i` is the first of its paragraph."""
    return i == 0 or article.sentences[i - 1].paragraph != article.sentences[i].paragraph


def group_added(links: Iterable[Link]) -> list[Link]:
    """Links with each run of consecutive added sentences merged into one added link.

    Runs are gathered first and joined once (joining link by link was quadratic: 25 s
    for a republication that adds 100,000 sentences)."""
    runs: list[list[Link]] = []
    for link in links:
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and link.label == prev.label == "added"
            and link.republication
            and prev.republication
            and link.republication[0] == prev.republication[-1] + 1
        ):
            runs[-1].append(link)
        else:
            runs.append([link])
    return [run[0] if len(run) == 1 else _joined(run) for run in runs]


def _joined(run: list[Link]) -> Link:
    return replace(
        run[0],
        republication=tuple(i for link in run for i in link.republication),
        diff=tuple(d for link in run for d in link.diff),
        facts=tuple(f for link in run for f in link.facts),
    )
