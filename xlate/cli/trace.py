"""CLI: xlate trace (find the wire source of every article, verify it, report)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from xlate.cli.app import Command, app, handle_errors
from xlate.cli.index import EXIT_SOME_FAILED, Jobs, Scheduler, check_jobs


@app.command(cls=Command, short_help="Find each article's wire source and what it changed.")
@handle_errors
def trace(
    articles: Annotated[
        list[Path], typer.Argument(help="Articles: files, folders or .jsonl files.")
    ],
    index: Annotated[Path, typer.Option("--index", "-i", help="Index built by `xlate index`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the results.")] = Path(
        "trace"
    ),
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="Report formats for derived pairs: html,md,json,align or none."
        ),
    ] = "html,md,json,align",
    verify: Annotated[
        int, typer.Option(help="How many ranked candidates to verify with the aligner.")
    ] = 3,
    jobs: Jobs = None,
    scheduler: Scheduler = None,
) -> None:
    """Rank candidate wire sources for every article, verify them, write OUT/trace.jsonl.

    One line per verified candidate (article, source, rank, score, verdict, coverage,
    derived, reuse, drift), in input order; pair and family reports and
    reports/index.html for every derived pair. Unreadable articles go to OUT/errors.jsonl
    (exit code 2); a rerun resumes after the last finished partition.
    """
    from xlate.cli.compare import _formats
    from xlate.corpus.trace import TraceOptions
    from xlate.corpus.trace import trace as run_trace

    check_jobs(jobs)
    if verify < 1:
        raise typer.BadParameter(f"must be at least 1 (got {verify})", param_hint="--verify")
    formats = () if fmt.strip() == "none" else tuple(_formats(fmt))
    stats = run_trace(
        articles,
        index,
        out,
        jobs=jobs,
        scheduler=scheduler,
        options=TraceOptions(verify=verify, formats=formats),
    )
    typer.echo(
        f"{out / 'trace.jsonl'}: traced {stats.traced} articles, {stats.resumed} done before, "
        f"{stats.failed} failed; {stats.derived} derived (article, source) pairs"
    )
    if stats.failed:
        typer.echo(f"xlate: {stats.failed} articles failed, see {out / 'errors.jsonl'}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED)
