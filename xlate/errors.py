"""One exception family; every message names the file and the fix."""

from __future__ import annotations


class XlateError(Exception):
    """Base class: a problem the user can fix. The CLI prints it on one line, exit code 2."""


class InputError(XlateError):
    """An input file is missing, unreadable, empty, binary or has no article text."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class OutputError(XlateError):
    """An output folder or file cannot be written."""


class LanguageError(XlateError):
    """An unknown or unsupported language code."""


class ModelError(XlateError):
    """A translation package is missing, corrupt or unsafe."""
