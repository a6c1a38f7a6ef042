"""Readers' comments under a captured story ('2. Jeb says:', '• Kurt Ernst says:'): a
thread of two or more comment headers ends the article; everything from the first header
on is page furniture, not the outlet's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(
    r"(?:\d{1,3}\.\s*|[•·*–-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"\s+(?:says|said|wrote|writes|replied)(?:\s+on\s+[^:]{4,40})?\s*:"
)


def thread_start(lines: Sequence[str]) -> int | None:
    """Index of the first comment header when the lines hold two or more, else None."""
    found = [i for i, line in enumerate(lines) if _HEADER.fullmatch(line.strip())]
    return found[0] if len(found) >= 2 else None
