"""CLI: xlate compare, and xlate corpus (the main job over the bundled pairs)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from xlate.cli.app import app, article_language, fail, handle_errors

if TYPE_CHECKING:
    from xlate.model import Report


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


@app.command()
@handle_errors
def compare(
    original: Annotated[Path, typer.Argument(help="The original wire text.")],
    republication: Annotated[Path, typer.Argument(help="The republication to check.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path(
        "reports"
    ),
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: html,md,json,align.")
    ] = "html,md,json,align",
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when any sentence changed (edits), or any fact changed, dropped or "
            "introduced in a kept sentence (drift)."
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
        Path | None,
        typer.Option(help="Your translation of the republication, one sentence a line."),
    ] = None,
    original_lang: Annotated[
        str | None, typer.Option(help="Original's language (else detected).")
    ] = None,
    republication_lang: Annotated[
        str | None, typer.Option(help="Republication's language (else detected).")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="Report file name (default: from the inputs).")
    ] = None,
) -> None:
    """Align a republication against the original; report edits and fact drift."""
    from xlate.api import read_article, read_translation
    from xlate.matching.compare import compare as run_compare
    from xlate.matching.compare import drift
    from xlate.reports import write_reports

    formats = _formats(fmt)
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
        original_translation=read_translation(original_translation)
        if original_translation
        else None,
        republication_translation=read_translation(republication_translation)
        if republication_translation
        else None,
    )
    sources = [original, republication, original_translation, republication_translation]
    paths = write_reports(
        report, out, formats=formats, name=name, inputs=[p for p in sources if p is not None]
    )
    _print_summary(report, paths)
    if fail_on is FailOn.edits and any(link.label != "unchanged" for link in report.links):
        raise typer.Exit(1)
    if fail_on is FailOn.drift and drift(report):
        raise typer.Exit(1)


def _print_summary(report: Report, paths: list[Path]) -> None:
    from xlate.escape import terminal

    s = report.summary
    counts = ", ".join(f"{n} {label}" for label, n in s.counts.items() if n)
    facts = ", ".join(f"{s.fact_counts[k]} {k}" for k in ("changed", "dropped", "introduced"))
    typer.echo(
        f"{s.verdict} derived: coverage {s.coverage:.0%}, derived {s.derived:.0%}; "
        f"{counts}; facts: {facts}"
    )
    for path in paths:
        typer.echo(terminal(f"  wrote {path}"))


@app.command()
@handle_errors
def corpus(
    folder: Annotated[Path, typer.Argument(help="Corpus folder.")] = Path("corpora"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path(
        "reports"
    ),
) -> None:
    """The main job: clean every capture and compare every pair under FOLDER."""

    from xlate.api import clean_file, find_captures, find_pairs, read_article
    from xlate.escape import terminal
    from xlate.fsutil import write_atomic
    from xlate.matching.compare import compare as run_compare
    from xlate.reports import write_reports
    from xlate.text.clean import render_markdown

    if not folder.is_dir():
        raise fail(f"{folder}: not a folder")
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
