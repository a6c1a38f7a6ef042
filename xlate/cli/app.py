"""The Typer app and the error boundary shared by every command."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from xlate.errors import XlateError

app = typer.Typer(
    name="xlate",
    help="Trace what happens to a wire-service story when other outlets republish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich formatting alone costs ~130 ms of start-up
)

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


def debugging() -> bool:
    """Whether tracebacks were asked for (`--debug` or XLATE_DEBUG=1)."""
    return bool(_state["debug"] or os.environ.get("XLATE_DEBUG"))


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"xlate: error: {message}", err=True)
    return typer.Exit(code)


def handle_errors(fn: F) -> F:
    """Turn XlateError (and unreadable files) into one line on stderr and exit code 2.

    `xlate --debug` (or XLATE_DEBUG=1) shows the traceback instead.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except XlateError as exc:
            if debugging():
                raise
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            print("xlate: interrupted", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
