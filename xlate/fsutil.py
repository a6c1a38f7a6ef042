"""Atomic file output and safe file names."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from xlate.errors import OutputError


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write `data` to a temp file beside `path`, then rename it over `path`.

    Readers never see a half-written file; an existing file is replaced whole.
    Raises OutputError (one line, naming the path) when the folder cannot be written.
    """
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def safe_name(text: str, *, max_length: int = 80, default: str = "article") -> str:
    """A file-name stem from untrusted text: no separators, dots only inside, bounded length."""
    text = unicodedata.normalize("NFKC", text)
    stem = _UNSAFE.sub("-", text).strip("-.")
    stem = re.sub(r"-{2,}", "-", stem)[:max_length].strip("-.")
    return stem or default
