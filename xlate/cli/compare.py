"""CLI: xlate compare (one original, one or more republications)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from xlate.cli.app import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    LANG_CODES,
    Command,
    app,
    debugging,
    fail,
    handle_errors,
    language,
    out_folder,
    warn,
)
from xlate.escape import terminal


class FailOn(StrEnum):
    edits = "edits"
    drift = "drift"


def _formats(value: str) -> list[str]:
    """Report formats from a comma-separated, case-insensitive list."""
    from xlate.reports import FORMATS

    valid = ", ".join(FORMATS)
    formats = list(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    if not formats:
        raise fail(f"--format: no format given; choose one or more of {valid}, comma-separated")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise fail(f"--format: unknown {', '.join(map(repr, unknown))}; choose from {valid}")
    return formats


OutOption = Annotated[
    Path, typer.Option("--out", "-o", metavar="DIR", help="Folder for the reports.")
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMATS",
        help="Reports to write, comma-separated, from: html, md, json, align.",
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        help="Worker processes (default: one per core from 8 pairs on).",
    ),
]
"""Options `compare` and `corpus` share."""


@app.command(cls=Command, short_help="Compare republications with their original.")
@handle_errors
def compare(
    original: Annotated[Path, typer.Argument(metavar="ORIGINAL", help="The original wire text.")],
    republications: Annotated[
        list[Path],
        typer.Argument(metavar="REPUBLICATION...", help="One or more republications to check."),
    ],
    out: OutOption = Path("reports"),
    fmt: FormatOption = "html,md,json,align",
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when any sentence changed (edits), or any fact of a kept sentence "
            "drifted (drift; one line printed per drifted fact), in any republication."
        ),
    ] = None,
    presegmented: Annotated[
        bool,
        typer.Option(
            show_default=False,
            help="Inputs have one sentence per line, blank line between paragraphs.",
        ),
    ] = False,
    via: Annotated[
        str | None,
        typer.Option(
            metavar="LANG",
            help="Language to match in when the two languages differ: " + LANG_CODES + ".",
        ),
    ] = None,
    original_translation: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Your translation of the original: one sentence a line (empty: none), "
            "or xlate translate's .json.",
        ),
    ] = None,
    republication_translation: Annotated[
        list[Path] | None,
        typer.Option(
            metavar="FILE",
            help="Your translation of a republication: one sentence a line (empty: none), "
            "or xlate translate's .json; repeat it once per republication, in order.",
        ),
    ] = None,
    original_lang: Annotated[
        str | None,
        typer.Option(
            metavar="LANG", help="The original's language, else detected: " + LANG_CODES + "."
        ),
    ] = None,
    republication_lang: Annotated[
        str | None,
        typer.Option(
            metavar="LANG",
            help="The republications' language, else detected: " + LANG_CODES + ".",
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
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
    from xlate.matching.sanity import same_input

    formats = _formats(fmt)
    out_folder("--out", out)
    via = language("--via", via)
    original_lang = language("--original-lang", original_lang)
    republication_lang = language("--republication-lang", republication_lang)
    for republication in republications:
        if (warning := same_input(original, republication)) is not None:
            warn(warning)
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
        warn(warning)
    for error in result.errors:
        typer.echo(f"xlate: error: {terminal(error)}", err=True)
    for row in result.rows:
        if len(reps) > 1:
            typer.echo(f"{row['republication']}:")
        print_row(row, [p for p in result.paths if p.name.startswith(row["name"] + ".")])
    for path in result.paths:
        if ".family." in path.name:
            typer.echo(terminal(f"wrote {path}"))
    family_html = [p for p in result.paths if p.name.endswith(".family.html")]
    if family_html:
        typer.echo(terminal(f"open {family_html[0].resolve().as_uri()}"))
    if result.errors:
        raise typer.Exit(EXIT_INTERNAL if result.internal else EXIT_INPUT)
    exit_on(fail_on, result.rows, result.drifted)


def exit_on(fail_on: FailOn | None, rows: list[dict[str, Any]], drifted: list[str]) -> None:
    """Exit 1 when `--fail-on` found something in any pair; for drift, one line per
    drifted fact first."""
    if fail_on is FailOn.edits and any(row["edits"] for row in rows):
        raise typer.Exit(1)
    if fail_on is FailOn.drift and drifted:
        for line in drifted:
            typer.echo(terminal(line))
        raise typer.Exit(1)


def print_row(row: dict[str, Any], paths: list[Path]) -> None:
    """The pair's one-line summary and the files written."""
    typer.echo(terminal(row["summary"]))
    for path in paths:
        typer.echo(terminal(f"  wrote {path}"))
    for path in paths:
        if path.suffix == ".html":
            typer.echo(terminal(f"  open {path.resolve().as_uri()}"))
