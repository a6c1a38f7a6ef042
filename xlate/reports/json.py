"""The `xlate.compare/2` JSON report: everything compare found, for programs."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from xlate.jsonio import dumps
from xlate.model import Article, DiffOp, FactCheck, Report

SCHEMA = "xlate.compare/2"


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (schema documented in the README)."""
    return {
        "schema": SCHEMA,
        "original": _side(report.original, report.original_translation),
        "republication": _side(report.republication, report.republication_translation),
        "via": report.via,
        "links": [
            {
                "original": list(link.original),
                "republication": list(link.republication),
                "label": link.label,
                "score": link.score,
                "facts": [_flat(f, _FACT_FIELDS) for f in link.facts],
                "diff": [_flat(d, _DIFF_FIELDS) for d in link.diff if link.label != "unchanged"],
            }
            for link in report.links
        ],
        "summary": asdict(report.summary),
        "signature": report.signature,
    }


_FACT_FIELDS = tuple(f.name for f in fields(FactCheck))
_DIFF_FIELDS = tuple(f.name for f in fields(DiffOp))


def _flat(record: FactCheck | DiffOp, names: tuple[str, ...]) -> dict[str, Any]:
    """`asdict` for a record of plain values, without its deep copies (a 20 MiB text has
    a million fact checks: 47 s with `asdict`)."""
    return {name: getattr(record, name) for name in names}


def _side(article: Article, translation: tuple[str, ...] | None) -> dict[str, Any]:
    side: dict[str, Any] = {
        "path": article.path,
        "lang": article.lang,
        "meta": article.meta.to_dict(),
        "sentences": [
            {"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in article.sentences
        ],
    }
    if translation is not None:
        side["translation"] = list(translation)
    return side


def render(report: Report) -> str:
    return dumps(to_dict(report)) + "\n"


