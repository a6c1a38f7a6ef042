"""The Typer app and the error boundary shared by every command."""

from __future__ import annotations

import errno
import functools
import os
import re
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
    (Typer writes required arguments in braces, `{ORIGINAL}`), and whose path arguments
    xlate checks itself: an unreadable file is one line naming it (exit 2), not Typer's
    three-line usage error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
            if getattr(info, "readable", False):
                info.readable = False  # type: ignore[union-attr]

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [
            re.sub(r"^\{(.*)\}(\.\.\.)?$", r"\1", piece)
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
    # OpenBLAS reserves buffers for every core when numpy loads, and exits the process
    # when a memory limit refuses them; xlate's numpy work is single-threaded anyway.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if _address_space() < MIN_MEMORY:
        raise fail(
            f"xlate needs at least {MIN_MEMORY >> 20} MiB of memory; the address-space "
            f"limit (ulimit -v) is {_address_space() >> 20} MiB"
        )


MIN_MEMORY = 256 << 20
"""Below this address-space limit the native libraries abort instead of raising."""


def _address_space() -> int:
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return 1 << 62 if soft == resource.RLIM_INFINITY else soft


EXIT_FINDINGS = 1
"""`--fail-on` found something; never used for a crash."""
EXIT_INPUT = 2
"""Bad input or a problem the user can fix (one line on stderr)."""
EXIT_INTERNAL = 3
"""A bug in xlate (one line asking for a report; --debug shows the traceback)."""


def fail(message: str, code: int = EXIT_INPUT) -> typer.Exit:
    """Print one line on stderr (control characters made visible) and return the Exit."""
    from xlate.escape import terminal

    typer.echo(f"xlate: error: {terminal(message)}", err=True)
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


def debugging() -> bool:
    """`--debug`, or XLATE_DEBUG set to 1/true/yes/on (0, false, no, off or empty: not)."""
    flag = os.environ.get("XLATE_DEBUG", "").strip().lower()
    return bool(_state["debug"]) or flag in ("1", "true", "yes", "on")


def handle_errors(fn: F) -> F:
    """The error boundary: XlateError, an OSError (disk full, no permission) or running
    out of memory is one line naming the file or inputs and exit 2; any other exception
    is a bug, one line and exit 3.

    `xlate --debug` (or XLATE_DEBUG=1) shows the traceback instead.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException, SystemExit):
            raise
        except XlateError as exc:
            if debugging():
                raise
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            print("xlate: interrupted", file=sys.stderr)
            raise typer.Exit(130) from None
        except BrokenPipeError:  # `xlate clean x | head`: the reader has had enough
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None
        except OSError as exc:  # the machine's answer (disk full, no permission): not a bug
            if debugging():
                raise
            where = exc.filename or (
                # xlate's own files fail with their name; a nameless full disk is stdout's
                "standard output" if exc.errno in _FULL else _inputs(kwargs)
            )
            raise fail(f"{where}: {exc.strerror or exc}") from None
        except MemoryError:
            if debugging():
                raise
            raise fail(
                f"{_inputs(kwargs)}: out of memory ({_memory_limit()}); give smaller inputs "
                "or run where more memory is available"
            ) from None
        except Exception as exc:  # the boundary: anything else is a bug in xlate
            if debugging():
                raise
            raise fail(
                f"internal error ({type(exc).__name__}: {str(exc)[:200]}) while running "
                f"{fn.__name__} on {_inputs(kwargs)}; please report it with the output of "
                "`xlate --debug ...`",
                EXIT_INTERNAL,
            ) from None

    return wrapper  # type: ignore[return-value]


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
"""Errors of a full disk or device."""


def _inputs(kwargs: dict[str, Any]) -> str:
    """The file arguments of a command, for a message about the run as a whole."""
    from pathlib import Path

    files = [
        str(p)
        for k, v in kwargs.items()
        if k != "out"
        for p in (v if isinstance(v, list) else [v])
        if isinstance(p, Path)
    ]
    return ", ".join(files) or "the input"


def _memory_limit() -> str:
    if _address_space() < 1 << 62:
        return f"the address-space limit is {_address_space() >> 20} MiB"
    pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    return f"the machine has {pages * size >> 20} MiB"
