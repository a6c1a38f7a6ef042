"""CLI: xlate compare (one original, one or more republications)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from xlate.cli.app import app, debugging, fail, handle_errors


class FailOn(StrEnum):
    edits = "edits"
    drift = "drift"


def _formats(value: str) -> list[str]:
    from xlate.reports import FORMATS

    formats = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise fail(
            f"--format: unknown {', '.join(unknown) or 'empty'}; choose from {','.join(FORMATS)}"
        )
    return formats


OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="Comma-separated: html,md,json,align.")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", help="Worker processes (default: one per core from 8 pairs on)."),
]
"""Options `compare` and `corpus` share."""


@app.command()
@handle_errors
def compare(
    original: Annotated[Path, typer.Argument(help="The original wire text.")],
    republications: Annotated[
        list[Path], typer.Argument(help="One or more republications to check.")
    ],
    out: OutOption = Path("reports"),
    fmt: FormatOption = "html,md,json,align",
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when any sentence changed (edits), or any fact changed, dropped or "
            "introduced in a kept sentence (drift), in any republication."
        ),
    ] = None,
    presegmented: Annotated[
        bool, typer.Option(help="Inputs have one sentence per line, blank line between paragraphs.")
    ] = False,
    via: Annotated[
        str | None, typer.Option(help="Language to match in when the two languages differ.")
    ] = None,
    original_translation: Annotated[
        Path | None, typer.Option(help="Your translation of the original, one sentence a line.")
    ] = None,
    republication_translation: Annotated[
        list[Path] | None,
        typer.Option(
            help="Your translation of a republication, one sentence a line; repeat it once "
            "per republication, in order."
        ),
    ] = None,
    original_lang: Annotated[
        str | None, typer.Option(help="Original's language (else detected).")
    ] = None,
    republication_lang: Annotated[
        str | None, typer.Option(help="Republications' language (else detected).")
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            help="Report file name (default: from the inputs); with several republications, "
            "the story name."
        ),
    ] = None,
    jobs: JobsOption = None,
) -> None:
    """Align republications against the original; report edits and fact drift.

    With two or more republications, also writes the story-family report
    <story>.family.{html,md,json}.
    """
    from xlate.corpus.layout import Source, Story
    from xlate.corpus.naming import stem_name, story_name
    from xlate.corpus.run import Options, run_stories
    from xlate.fsutil import safe_name

    formats = _formats(fmt)
    if jobs is not None and jobs < 1:
        raise fail(f"--jobs must be at least 1 (got {jobs})")
    translations = list(republication_translation or [])
    if translations and len(translations) != len(republications):
        raise fail(
            f"--republication-translation given {len(translations)} times for "
            f"{len(republications)} republications; give one per republication, in order"
        )
    reps = [
        Source(path, stem_name(path), translation=translations[k] if translations else None)
        for k, path in enumerate(republications)
    ]
    seen: dict[str, int] = {}
    for k, rep in enumerate(reps):  # the same stem twice (a/article.txt, a/article.html)
        seen[rep.name] = seen.get(rep.name, 0) + 1
        if seen[rep.name] > 1:
            reps[k] = Source(rep.input, f"{rep.name}-{seen[rep.name]}", rep.translation)
    story = Story(
        safe_name(name) if name and len(reps) > 1 else story_name(original),
        Source(original, "original", translation=original_translation),
        tuple(reps),
        presegmented,
    )
    result = run_stories(
        [story],
        out,
        options=Options(
            via, original_lang, republication_lang, tuple(formats), keep_going=not debugging()
        ),
        index=False,
        names=[safe_name(name)] if name and len(reps) == 1 else None,
        jobs=jobs,
    )
    for warning in result.warnings:
        typer.echo(f"xlate: warning: {warning}", err=True)
    for error in result.errors:
        typer.echo(f"xlate: error: {error}", err=True)
    for row in result.rows:
        if len(reps) > 1:
            typer.echo(f"{row['republication']}:")
        print_row(row, [p for p in result.paths if p.name.startswith(row["name"] + ".")])
    for path in result.paths:
        if ".family." in path.name:
            typer.echo(f"wrote {path}")
    family_html = [p for p in result.paths if p.name.endswith(".family.html")]
    if family_html:
        typer.echo(f"open {family_html[0].resolve().as_uri()}")
    if result.errors:
        raise typer.Exit(2)
    exit_on(fail_on, result.rows)


def exit_on(fail_on: FailOn | None, rows: list[dict[str, Any]]) -> None:
    """Exit 1 when `--fail-on` found something in any pair."""
    if fail_on is FailOn.edits and any(row["edits"] for row in rows):
        raise typer.Exit(1)
    if fail_on is FailOn.drift and any(row["drift"] for row in rows):
        raise typer.Exit(1)


def print_row(row: dict[str, Any], paths: list[Path]) -> None:
    """The pair's one-line summary and the files written."""
    typer.echo(row["summary"])
    for path in paths:
        typer.echo(f"  wrote {path}")
    for path in paths:
        if path.suffix == ".html":
            typer.echo(f"  open {path.resolve().as_uri()}")
