"""The story-family report (`<story>.family.{html,md,json}`): JSON schema `xlate.family/1`,
and `write_family` that writes the chosen formats atomically."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlate.fsutil import write_atomic

if TYPE_CHECKING:
    from xlate.corpus.family import Family

FAMILY_FORMATS: dict[str, tuple[str, str]] = {
    "html": ("xlate.reports.family_html", ".family.html"),
    "md": ("xlate.reports.family_markdown", ".family.md"),
    "json": ("xlate.reports.family", ".family.json"),
}
"""Format name -> (module with `render(family, *, pair_suffix) -> str`, file suffix)."""


def to_dict(family: Family) -> dict[str, Any]:
    """The family as plain JSON-ready data (schema `xlate.family/1`, documented in the README)."""
    from xlate.corpus.family import SCHEMA

    o = family.original
    names = [m.name for m in family.members]
    return {
        "schema": SCHEMA,
        "story": family.story,
        "original": {
            "path": o.path,
            "lang": o.lang,
            "meta": o.meta.to_dict(),
            "sentences": [
                {"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in o.sentences
            ],
        },
        "members": [asdict(m) for m in family.members],
        "sentences": [
            {
                "id": i,
                "fates": {
                    name: {
                        "fate": cell.fate,
                        "republication": list(cell.republication),
                        "score": cell.score,
                        "drift": [asdict(f) for f in cell.drift],
                    }
                    for name, cell in zip(names, row, strict=True)
                },
            }
            for i, row in enumerate(family.cells)
        ],
        "additions": {
            name: [
                {"republication": list(a.republication), "after": a.after, "text": a.text}
                for a in added
            ]
            for name, added in zip(names, family.additions, strict=True)
        },
        "facts": [
            {
                "sentence": row.sentence,
                "kind": row.kind,
                "text": row.text,
                "readings": {
                    name: {"status": r.status, "text": r.text}
                    for name, r in zip(names, row.readings, strict=True)
                },
                "disagree": [names[i] for i in row.disagree],
            }
            for row in family.facts
        ],
        "ranking": [m.name for m in family.ranking],
        "chains": [list(chain) for chain in family.chains],
        "signature": family.signature,
    }


def render(family: Family, *, pair_suffix: str | None = None) -> str:
    """`to_dict` as compact UTF-8 JSON, one line (`pair_suffix` is for the human formats only).

    Compact because the indenting encoder is pure Python: with 50 members it took longer
    than building the family.
    """
    return json.dumps(to_dict(family), ensure_ascii=False, separators=(",", ":")) + "\n"


def family_renderer(fmt: str) -> Callable[..., str]:
    """The `render` function of one family format (html, md or json)."""
    module = importlib.import_module(FAMILY_FORMATS[fmt][0])
    render_fn: Callable[..., str] = module.render
    return render_fn


def write_family(
    family: Family,
    out_dir: str | Path,
    *,
    formats: Iterable[str] = ("html", "md", "json"),
    name: str | None = None,
    pair_suffix: str | None = ".html",
) -> list[Path]:
    """Write `<name>.family.<suffix>` for each format known to families (others are skipped).

    `pair_suffix` is the suffix of the pair reports the human formats link to (None: no links).
    """
    out = Path(out_dir)
    stem = name or family.story
    return [
        write_atomic(
            out / f"{stem}{FAMILY_FORMATS[fmt][1]}",
            family_renderer(fmt)(family, pair_suffix=pair_suffix),
        )
        for fmt in formats
        if fmt in FAMILY_FORMATS
    ]
