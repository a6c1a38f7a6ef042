"""CLI: xlate index (fingerprint wire stories into an on-disk index for `xlate trace`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from xlate.cli.app import EXIT_INPUT, Command, app, handle_errors

EXIT_SOME_FAILED = EXIT_INPUT
"""Exit code of `index` and `trace` when the run finished but some inputs could not be read."""


Jobs = Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default 1).")]
Scheduler = Annotated[
    str | None, typer.Option(help="Run on the Dask scheduler at this address (tcp://HOST:PORT).")
]


def check_jobs(jobs: int | None) -> None:
    """--jobs must be a positive number of processes."""
    if jobs is not None and jobs < 1:
        raise typer.BadParameter(f"must be at least 1 (got {jobs})", param_hint="--jobs")


@app.command(cls=Command, short_help="Fingerprint wire stories into a search index.")
@handle_errors
def index(
    wire: Annotated[
        list[Path], typer.Argument(help="Wire stories: files, folders or .jsonl files.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Index folder (created or extended).")],
    jobs: Jobs = None,
    scheduler: Scheduler = None,
) -> None:
    """Clean and fingerprint wire stories into INDEX; rerun with new stories to add them.

    Files are loaded and cleaned like `xlate clean`; each line of a .jsonl file is one
    article taken as clean text ({"id", "text", "lang", "headline"} or xlate's article
    JSON). Stories already in the index (same id) are skipped. Unreadable stories are
    listed in INDEX/errors.jsonl and the exit code is 2.
    """
    from contextlib import closing

    from xlate.corpus.executor import executor_for
    from xlate.corpus.index import build_index
    from xlate.corpus.inputs import iter_items

    check_jobs(jobs)
    with closing(executor_for(jobs, scheduler)) as executor:
        stats = build_index(iter_items(wire), out, executor=executor)
    where = ", ".join(stats.segments) or "nothing new"
    typer.echo(
        f"{out}: added {stats.added} stories ({where}), skipped {stats.skipped} already "
        f"indexed, {len(stats.errors)} unreadable"
    )
    for ident, error in stats.errors[:5]:
        typer.echo(f"xlate: warning: {error or ident}", err=True)
    if stats.errors:
        typer.echo(
            f"xlate: {len(stats.errors)} stories failed, see {out / 'errors.jsonl'}", err=True
        )
        raise typer.Exit(EXIT_SOME_FAILED)
