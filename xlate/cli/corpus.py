"""CLI: xlate corpus (every story of a folder or manifest: pair and family reports, index)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from xlate.cli.app import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    Command,
    app,
    debugging,
    fail,
    handle_errors,
    out_folder,
    warn,
)
from xlate.cli.compare import (
    FailOn,
    FormatOption,
    JobsOption,
    OutOption,
    _formats,
    exit_on,
    print_row,
)
from xlate.errors import XlateError
from xlate.escape import terminal

if TYPE_CHECKING:
    from collections.abc import Callable

    from xlate.corpus.run import PairResult


@app.command(cls=Command, short_help="Compare every story in a corpus folder or manifest.")
@handle_errors
def corpus(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="FOLDER",
            help="Corpus folder (a sub-folder per story) or manifest (.csv, .json).",
        ),
    ] = Path("corpora"),
    out: OutOption = Path("reports"),
    fmt: FormatOption = "html,md,json,align",
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Exit 1 when any pair has edits, or drift (as in compare)."),
    ] = None,
    jobs: JobsOption = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="tcp://HOST:PORT", help="Run pairs on a Dask scheduler at this address."
        ),
    ] = None,
) -> None:
    """The main job: compare every story under FOLDER (pair reports, family reports,
    index.html, .csv and .json in DIR).

    FOLDER holds one sub-folder per story; in each sub-folder xlate reads:

    \b
      original.*        the wire text (.txt, .md, .html, .pdf, .docx or .json)
      republication.*   an outlet's copy; any other file is a republication too
                        (republication-dawn.txt, tribune.html, ...)
      <stem>.<lang>.txt a translation of <stem>.*, one sentence a line
      capture.*         a raw capture: cleaned into DIR/<sub-folder>.article.json
                        and .md (compared with original.* when there is one)
      gold.json         optional; {"presegmented": true} reads the story as one
                        sentence per line, a blank line between paragraphs

    Or FOLDER is a manifest (.csv or .json) with the columns story, original,
    republication, outlet, url, date. A sub-folder with no original.* is skipped
    with a note saying so.
    """
    from xlate.corpus.layout import discover
    from xlate.corpus.run import run_stories

    formats = _formats(fmt)
    if jobs is not None and jobs < 1:
        raise fail(f"--jobs must be at least 1 (got {jobs})")
    if out.exists() and not out.is_dir():
        out_folder("--out", out)
    layout = discover(folder, skip=[out])
    for warning in layout.warnings:
        warn(terminal(warning))
    for note in layout.notes:
        typer.echo(terminal(note))
    failed = _clean_captures(layout.captures, out)
    if not layout.stories:
        typer.echo(
            terminal(f"{folder}: no story with an original and a republication; nothing compared")
        )
        if failed:
            raise typer.Exit(EXIT_INPUT)
        return
    from xlate.corpus.run import Options

    total = sum(len(s.republications) for s in layout.stories)
    with _progress(total) as progress:
        result = run_stories(
            layout.stories,
            out,
            options=Options(formats=tuple(formats), keep_going=not debugging()),
            jobs=jobs,
            scheduler=scheduler,
            progress=progress,
            index=str(folder.resolve()),
            notes=[*layout.notes, *layout.warnings],
        )
    for warning in result.warnings:
        warn(terminal(warning))
    for error in dict.fromkeys(result.errors):
        typer.echo(f"xlate: error: {terminal(error)}", err=True)
    typer.echo(
        terminal(
            f"{len(result.rows)} of {total} pairs compared, {len(result.families)} family "
            "reports" + (f"; index: {result.index.resolve().as_uri()}" if result.index else "")
        )
    )
    if result.errors or failed:
        raise typer.Exit(EXIT_INTERNAL if result.internal else EXIT_INPUT)
    exit_on(fail_on, result.rows, result.drifted)


def _clean_captures(captures: list[tuple[str, Path]], out: Path) -> int:
    """Clean each raw capture into `<story>.article.{json,md}` (as `xlate clean` would);
    a capture that cannot be read is one error line and the run goes on. Returns how
    many failed."""
    from xlate.api import clean_file
    from xlate.fsutil import write_all
    from xlate.reports.article import render_markdown

    failed = 0
    for story, capture in captures:
        try:
            article = clean_file(capture).article.with_(path=str(capture))
        except XlateError as exc:
            if debugging():
                raise
            typer.echo(f"xlate: error: {terminal(str(exc))}", err=True)
            failed += 1
            continue
        typer.echo(
            terminal(
                f"{capture}: {len(article.paragraphs)} paragraphs, "
                f"{len(article.sentences)} sentences"
            )
        )
        files = {
            out / f"{story}.article.json": article.to_json(),
            out / f"{story}.article.md": render_markdown(article),
        }
        for path in write_all(files, inputs=[capture]):
            typer.echo(terminal(f"  wrote {path}"))
    return failed


class _progress:
    """A rich progress bar on a terminal; plain lines (one per pair) otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._bar: object | None = None

    def __enter__(self) -> Callable[[PairResult], None]:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=False)
            bar.start()
            task = bar.add_task("comparing", total=self.total)
            self._bar = bar

            def tick(result: PairResult) -> None:
                bar.update(task, advance=1, description=result.task.name[:40])

            return tick
        return self._line

    def _line(self, result: PairResult) -> None:
        self.done += 1
        t = result.task
        if result.report is None:
            typer.echo(f"[{self.done}/{self.total}] {t.name}: failed")
            return
        from xlate.corpus.run import summary_line

        print_row(
            {"summary": f"[{self.done}/{self.total}] {t.name}: {summary_line(result.report)}"}, []
        )

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()  # type: ignore[attr-defined]
