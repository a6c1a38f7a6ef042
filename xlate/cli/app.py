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


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"xlate: error: {message}", err=True)
    return typer.Exit(code)


def handle_errors(fn: F) -> F:
    """Turn XlateError (and unreadable files) into one line on stderr and exit code 2.

    Set XLATE_DEBUG=1 to see the traceback instead.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except XlateError as exc:
            if os.environ.get("XLATE_DEBUG"):
                raise
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            print("xlate: interrupted", file=sys.stderr)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
