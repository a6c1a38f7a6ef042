"""Checks for the obvious mistakes in a comparison: the same file twice, swapped arguments."""

from __future__ import annotations

import shlex
from pathlib import Path

from xlate.model import Report

SWAP_LENGTH = 1.5
"""A republication with this many times the original's sentences (and two more at least)..."""
SWAP_CONTAINS = 0.6
"""...that keeps this share of the original's sentences close to verbatim looks swapped.

On the COUNTER dev pairs (`benchmarks/swap_warning.py`) this warns on 5 of 300 pairs given
the right way round and on 17 of the 69 wholly derived pairs given swapped; warning on
length alone gives 77 false alarms."""

_CLOSE = frozenset({"unchanged", "edited", "moved", "merged", "split"})


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
    original that contains most of it nearly verbatim is usually the wire text, given second."""
    n_o, n_r = len(report.original.sentences), len(report.republication.sentences)
    if n_r < SWAP_LENGTH * n_o or n_r - n_o < 2:
        return None
    kept = sum(len(link.original) for link in report.links if link.label in _CLOSE) / n_o
    if kept < SWAP_CONTAINS:
        return None
    return (
        f"the arguments may be swapped: the republication ({n_r} sentences) is much longer "
        f"than the original ({n_o}) and contains {kept:.0%} of it nearly verbatim, so it is "
        "more likely the wire text; the original comes first: "
        f"xlate compare {shlex.quote(report.republication.path or 'ORIGINAL')} "
        f"{shlex.quote(report.original.path or 'REPUBLICATION')}"
    )
