"""Command line: a thin layer over the Python API. Each command lives in its own module."""

from __future__ import annotations

from xlate.cli import (  # noqa: F401  (register commands)
    clean,
    compare,
    corpus,
    index,
    models,
    trace,
    translate,
)
from xlate.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
