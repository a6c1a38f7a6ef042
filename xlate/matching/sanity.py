"""Checks for the obvious mistakes in a comparison: the same file twice, swapped arguments."""

from __future__ import annotations

import shlex
from pathlib import Path

from xlate.model import Report

SWAP_LENGTH = 1.5
"""The republication must have this many times the original's sentences to look swapped..."""
SWAP_COVERAGE = 0.8
"""...and reuse at least this share of the original's sentences."""


def same_input(original: str | Path, republication: str | Path) -> str | None:
    """A warning when both paths are one file, or two files with the same bytes."""
    a, b = Path(original), Path(republication)
    try:
        if a.samefile(b):
            return f"{a} is given as both the original and the republication"
        if a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes():
            return f"{a} and {b} have the same content: every sentence will be unchanged"
    except OSError:
        return None  # reading them is the loader's job, with a proper error
    return None


def swapped(report: Report) -> str | None:
    """A warning when the arguments look swapped: a republication much longer than the
    original that contains nearly all of it is usually the wire text, given second."""
    n_o, n_r = len(report.original.sentences), len(report.republication.sentences)
    coverage = report.summary.coverage
    if n_r < SWAP_LENGTH * n_o or n_r - n_o < 3 or coverage < SWAP_COVERAGE:
        return None
    return (
        f"the arguments may be swapped: the republication ({n_r} sentences) is much longer "
        f"than the original ({n_o}) and contains {coverage:.0%} of it, so it is more likely "
        "the wire text; the original comes first: "
        f"xlate compare {shlex.quote(report.republication.path or 'ORIGINAL')} "
        f"{shlex.quote(report.original.path or 'REPUBLICATION')}"
    )
