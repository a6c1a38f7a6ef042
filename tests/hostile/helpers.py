"""Shared helpers of the hostile-input suite: run the CLI, check its one-line errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from xlate.cli import app

ARTICLE = (
    "BEIJING, Sept. 2 (Xinhua) -- Chinese President Xi Jinping met visiting leaders in "
    "Beijing on Tuesday, the foreign ministry said.\n\n"
    "The two sides signed 12 agreements worth 3.5 billion U.S. dollars, officials said. "
    "Trade between the countries rose 8 percent last year."
)


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    return result.exit_code, result.stdout, result.stderr


def one_line_error(code: int, stderr: str, *, names: str | Path | None = None) -> str:
    """Assert exit 2 and a single `xlate: error:` line (naming `names`); return the line."""
    lines = stderr.strip().splitlines()
    assert code == 2, (code, stderr)
    assert len(lines) == 1, stderr
    assert lines[0].startswith("xlate: error: "), stderr
    assert "Traceback" not in stderr
    if names is not None:
        assert str(names) in lines[0], (names, lines[0])
    return lines[0]
