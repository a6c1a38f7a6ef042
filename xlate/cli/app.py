"""The Typer app and the error boundary shared by every command."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, overload

import typer
from typer.core import TyperCommand

from xlate.errors import XlateError
from xlate.model import LANGUAGES

LANG_CODES = ", ".join(sorted(LANGUAGES)) + " or another ISO 639-1 code"
"""The language codes help texts list."""

app = typer.Typer(
    name="xlate",
    help="Trace what happens to a wire-service story when other outlets republish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich formatting alone costs ~130 ms of start-up
)


class Command(TyperCommand):
    """A command whose usage line reads `xlate compare [OPTIONS] ORIGINAL REPUBLICATION`
    (Typer writes required arguments in braces, `{ORIGINAL}`)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [
            piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
            for piece in super().collect_usage_pieces(ctx)
        ]


F = TypeVar("F", bound=Callable[..., Any])
_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        from xlate import __version__

        typer.echo(f"xlate {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    debug: bool = typer.Option(
        False, "--debug", help="Show tracebacks instead of one-line errors."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Trace what happens to a wire-service story when other outlets republish it."""
    _state["debug"] = debug


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"xlate: error: {message}", err=True)
    return typer.Exit(code)


def warn(message: str) -> None:
    """Print one warning line on stderr; the command goes on."""
    typer.echo(f"xlate: warning: {message}", err=True)


@overload
def language(option: str, code: str) -> str: ...
@overload
def language(option: str, code: None) -> None: ...
def language(option: str, code: str | None) -> str | None:
    """`code` checked and normalised, or an error naming `option` and the valid codes."""
    if code is None:
        return None
    from xlate.translation.packages import check_language

    try:
        return check_language(code)
    except XlateError as exc:
        raise fail(f"{option}: {exc}") from None


def out_folder(option: str, path: Path) -> Path:
    """`path` when it is a folder or does not exist yet (it is created on first write)."""
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        where = "" if existing == path else f" ({existing})"
        raise fail(
            f"{option} {path}{where}: is a file, not a folder; give a folder for the output "
            "(a missing one is created)"
        )
    return path


def handle_errors(fn: F) -> F:
    """Turn XlateError (and unreadable files) into one line on stderr and exit code 2.

    `xlate --debug` (or XLATE_DEBUG=1) shows the traceback instead.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except XlateError as exc:
            if _state["debug"] or os.environ.get("XLATE_DEBUG"):
                raise
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            print("xlate: interrupted", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
