"""CLI: xlate compare, and xlate corpus (the main job over the bundled pairs)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from xlate.cli.app import (
    LANG_CODES,
    Command,
    app,
    article_language,
    fail,
    handle_errors,
    language,
    out_folder,
    warn,
)

if TYPE_CHECKING:
    from xlate.model import Report


class FailOn(StrEnum):
    edits = "edits"
    drift = "drift"


def _formats(value: str) -> list[str]:
    """Report formats from a comma-separated, case-insensitive list."""
    from xlate.reports import FORMATS

    formats = list(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    valid = ", ".join(FORMATS)
    if not formats:
        raise fail(f"--format: no format given; choose one or more of {valid}, comma-separated")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise fail(f"--format: unknown {', '.join(map(repr, unknown))}; choose from {valid}")
    return formats


@app.command(cls=Command, short_help="Compare a republication with its original.")
@handle_errors
def compare(
    original: Annotated[Path, typer.Argument(metavar="ORIGINAL", help="The original wire text.")],
    republication: Annotated[
        Path, typer.Argument(metavar="REPUBLICATION", help="The republication to check.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="DIR", help="Folder for the reports.")
    ] = Path("reports"),
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMATS",
            help="Reports to write, comma-separated, from: html, md, json, align.",
        ),
    ] = "html,md,json,align",
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when any sentence changed (edits), or any fact of a kept sentence "
            "drifted (drift; one line printed per drifted fact)."
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
            "or xlate translate's .json."
        ),
    ] = None,
    republication_translation: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Your translation of the republication: one sentence a line (empty: none), "
            "or xlate translate's .json."
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
            help="The republication's language, else detected: " + LANG_CODES + ".",
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Report file name (default: from the inputs)."),
    ] = None,
) -> None:
    """Align a republication against the original; report edits and fact drift."""
    from xlate.api import read_article, read_translation
    from xlate.matching.compare import compare as run_compare
    from xlate.matching.compare import drift
    from xlate.matching.sanity import same_input, swapped
    from xlate.reports import write_reports

    formats = _formats(fmt)
    out_folder("--out", out)
    via = language("--via", via)
    original_lang = language("--original-lang", original_lang)
    republication_lang = language("--republication-lang", republication_lang)
    if (warning := same_input(original, republication)) is not None:
        warn(warning)
    o = read_article(original, presegmented=presegmented, lang=original_lang)
    r = read_article(republication, presegmented=presegmented, lang=republication_lang)
    if o.lang != r.lang:  # a language xlate cannot work with is the file's problem
        for article, path, option, given in (
            (o, original, "--original-lang", original_translation),
            (r, republication, "--republication-lang", republication_translation),
        ):
            if given is None:
                article_language(article.lang, path, option)
    report = run_compare(
        o,
        r,
        via=via,
        original_translation=read_translation(original_translation, article=o)
        if original_translation
        else None,
        republication_translation=read_translation(republication_translation, article=r)
        if republication_translation
        else None,
    )
    if (warning := swapped(report)) is not None:
        warn(warning)
    sources = [original, republication, original_translation, republication_translation]
    paths = write_reports(
        report, out, formats=formats, name=name, inputs=[p for p in sources if p is not None]
    )
    _print_summary(report, paths)
    if fail_on is FailOn.edits and any(link.label != "unchanged" for link in report.links):
        raise typer.Exit(1)
    drifted = drift(report) if fail_on is FailOn.drift else []
    for link, fact in drifted:
        where = f"original {list(link.original)} / republication {list(link.republication)}"
        typer.echo(
            f"drift: {fact.kind} {fact.status}: {fact.original or '-'} -> "
            f"{fact.republication or '-'} ({fact.reason}; {where})"
        )
    if drifted:
        raise typer.Exit(1)


def _print_summary(report: Report, paths: list[Path]) -> None:
    from xlate.escape import terminal

    s = report.summary
    counts = ", ".join(f"{n} {label}" for label, n in s.counts.items() if n)
    typer.echo(
        f"{s.verdict} derived: coverage {s.coverage:.0%}, derived {s.derived:.0%}; "
        f"{counts}; facts: {s.drift} drifted, {s.style} restyled"
    )
    for path in paths:
        typer.echo(terminal(f"  wrote {path}"))


@app.command(cls=Command, short_help="Compare every pair in a corpus folder.")
@handle_errors
def corpus(
    folder: Annotated[
        Path, typer.Argument(metavar="FOLDER", help="Corpus folder (layout above).")
    ] = Path("corpora"),
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="DIR", help="Folder for the reports.")
    ] = Path("reports"),
) -> None:
    """The main job: clean every capture and compare every pair under FOLDER.

    FOLDER holds one sub-folder per story; in each sub-folder xlate reads:

    \b
      original.*       the wire text (.txt, .md, .html or .json)
      republication.*  the outlet's copy, compared with original.*
      capture.*        a raw capture: cleaned into DIR/<sub-folder>.article.json
                       and .md, and compared with original.* when there is no
                       republication.*
      gold.json        optional; {"presegmented": true} reads the pair as one
                       sentence per line, a blank line between paragraphs

    Reports are named after the sub-folder: DIR/<sub-folder>.html, .md, .json
    and .align. Sub-folders without these files are skipped.
    """

    from xlate.api import clean_file, find_captures, find_pairs, read_article
    from xlate.escape import terminal
    from xlate.fsutil import write_atomic
    from xlate.matching.compare import compare as run_compare
    from xlate.reports import write_reports
    from xlate.text.clean import render_markdown

    if not folder.is_dir():
        raise fail(
            f"{folder}: not a folder; give the folder that holds one sub-folder per story "
            "(see `xlate corpus --help`)"
        )
    out_folder("--out", out)
    for capture in find_captures(folder):
        article = clean_file(capture).article.with_(path=str(capture))
        stem = capture.parent.name
        typer.echo(
            terminal(
                f"{capture}: {len(article.paragraphs)} paragraphs, "
                f"{len(article.sentences)} sentences"
            )
        )
        for path in (
            write_atomic(out / f"{stem}.article.json", article.to_json(), inputs=[capture]),
            write_atomic(out / f"{stem}.article.md", render_markdown(article), inputs=[capture]),
        ):
            typer.echo(terminal(f"  wrote {path}"))
    for original, republication, presegmented in find_pairs(folder):
        typer.echo(terminal(f"{original.parent}:"))
        o = read_article(original, presegmented=presegmented)
        r = read_article(republication, presegmented=presegmented)
        report = run_compare(o, r)
        paths = write_reports(
            report, out, name=original.parent.name, inputs=[original, republication]
        )
        _print_summary(report, paths)
