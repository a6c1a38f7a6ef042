"""The `.align` format of the vecalign and bertalign test sets: one bead a line, `[4]:[5, 6]`."""

from __future__ import annotations

from xlate.model import Report


def render(report: Report) -> str:
    return "".join(f"{list(link.original)}:{list(link.republication)}\n" for link in report.links)


def parse(text: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Read beads back from `.align` text (the inverse of `render`, used to score gold files)."""
    beads = []
    for line in text.splitlines():
        if not line.strip():
            continue
        left, _, right = line.partition(":")
        beads.append((_ids(left), _ids(right)))
    return beads


def _ids(part: str) -> tuple[int, ...]:
    inner = part.strip().strip("[]").strip()
    return tuple(int(x) for x in inner.split(",")) if inner else ()
