"""CLI: xlate models (list, install, remove Argos Translate packages)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from xlate.cli.app import LANG_CODES, Command, app, fail, handle_errors
from xlate.escape import terminal

if TYPE_CHECKING:
    from xlate.translation.packages import PackageInfo

models_app = typer.Typer(
    name="models",
    help="List, install and remove offline translation packages (Argos Translate).",
    no_args_is_help=True,
)
app.add_typer(models_app, name="models", short_help="Manage offline translation packages.")


def _shown(text: object) -> str:
    """Untrusted text (package names, folders) for a rich table: no escape sequences,
    no rich markup."""
    from rich.markup import escape

    from xlate.escape import terminal

    return escape(terminal(str(text)))


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


@models_app.command("list", cls=Command)
@handle_errors
def list_models(
    available: Annotated[
        bool, typer.Option("--available", help="List packages on the Argos index (needs network).")
    ] = False,
) -> None:
    """Show installed packages (or those available for download)."""
    from rich.console import Console
    from rich.table import Table

    from xlate.translation import packages

    console = Console()
    if available:
        entries = packages.available()
        have = {(p.from_code, p.to_code): p.version for p in packages.installed()}
        table = Table("pair", "version", "languages", "installed")
        for a in entries:
            table.add_row(
                _shown(f"{a.from_code}->{a.to_code}"),
                _shown(a.version),
                _shown(f"{a.from_name} -> {a.to_name}"),
                _shown(have.get((a.from_code, a.to_code), "")),
            )
        console.print(table)
        return
    found = packages.installed()
    if not found:
        console.print(
            f"No packages in {_shown(packages.packages_dir())}. "
            "Install one with `xlate models install FROM TO` or `--file PATH.argosmodel`."
        )
        return
    table = Table("pair", "version", "size", "tokenizer", "folder")
    for p in found:
        table.add_row(
            _shown(f"{p.from_code}->{p.to_code}"),
            _shown(p.version),
            _size(p.size),
            p.tokenizer,
            _shown(p.path.name),
        )
    console.print(table)
    console.print(f"[dim]{_shown(packages.packages_dir())}[/dim]")


@models_app.command(
    "install", cls=Command, short_help="Install a package from the index or a file."
)
@handle_errors
def install(
    source: Annotated[
        str | None, typer.Argument(metavar="FROM", help="Source language: " + LANG_CODES + ".")
    ] = None,
    target: Annotated[
        str | None, typer.Argument(metavar="TO", help="Target language: " + LANG_CODES + ".")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", metavar="FILE", help="Install this .argosmodel file instead of downloading."
        ),
    ] = None,
) -> None:
    """Install a package from the Argos index (FROM TO) or from a file (--file)."""
    from xlate.translation import packages

    if file is not None:
        if source is not None or target is not None:
            raise fail("give either FROM TO or --file PATH, not both")
        info = packages.install_file(file)
    else:
        if source is None or target is None:
            raise fail("give FROM TO (e.g. `xlate models install en ur`) or --file PATH.argosmodel")
        info = _install_with_progress(source, target)
    typer.echo(
        terminal(f"installed {info.from_code}->{info.to_code} {info.version} in {info.path}")
    )


def _install_with_progress(source: str, target: str) -> PackageInfo:
    from rich.console import Console
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    from xlate.translation import packages

    console = Console(stderr=True)  # a bar only on a terminal: no stray line in a log
    with Progress(
        *Progress.get_default_columns(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(f"{source}->{target}", total=None)

        def report(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        return packages.install_from_index(source, target, progress=report)


@models_app.command("remove", cls=Command)
@handle_errors
def remove(
    source: Annotated[
        str, typer.Argument(metavar="FROM", help="Source language: " + LANG_CODES + ".")
    ],
    target: Annotated[
        str, typer.Argument(metavar="TO", help="Target language: " + LANG_CODES + ".")
    ],
) -> None:
    """Remove the installed FROM->TO package."""
    from xlate.translation import packages

    for info in packages.remove(source, target):
        typer.echo(
            terminal(f"removed {info.from_code}->{info.to_code} {info.version} ({info.path})")
        )
