"""Report renderers, one module per format, and `write_reports` that writes them atomically."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from xlate.errors import XlateError
from xlate.fsutil import safe_name, write_all
from xlate.model import Report

FORMATS: dict[str, tuple[str, str]] = {
    "html": ("xlate.reports.html", ".html"),
    "md": ("xlate.reports.markdown", ".md"),
    "json": ("xlate.reports.json", ".json"),
    "align": ("xlate.reports.beads", ".align"),
}
"""Format name -> (renderer module with `render(report) -> str`, file suffix)."""


def renderer(fmt: str) -> Callable[[Report], str]:
    """The `render` function of one format; unknown names raise XlateError listing the known."""
    if fmt not in FORMATS:
        raise XlateError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(FORMATS[fmt][0])
    render: Callable[[Report], str] = module.render
    return render


def pair_name(original: str | Path | None, republication: str | Path | None) -> str:
    """`<original stem>--<republication stem>`, sanitised for any file system."""

    def stem(path: str | Path | None, default: str) -> str:
        if not path:
            return default
        p = Path(path)
        # corpora/<pair>/original.txt: the folder says more than the file name.
        name = (
            p.stem if p.stem not in ("original", "republication") else p.parent.name + "-" + p.stem
        )
        return safe_name(name, max_bytes=100, default=default)

    return f"{stem(original, 'original')}--{stem(republication, 'republication')}"


def write_reports(
    report: Report,
    out_dir: str | Path,
    *,
    formats: Iterable[str] = ("html", "md", "json", "align"),
    name: str | None = None,
    inputs: Iterable[str | Path] = (),
) -> list[Path]:
    """Render `report` in each format and write `<name>.<suffix>` files into `out_dir`.

    The set is written all-or-nothing (`xlate.fsutil.write_all`); a name that is one of
    `inputs` (or of the report's own input paths) is refused before anything is written.
    """
    formats = list(formats)
    for fmt in formats:
        renderer(fmt)  # fail on a bad format before writing anything
    if name:  # each part sanitised; the `--` between original and republication kept
        name = "--".join(safe_name(part) for part in name.split("--"))
    else:
        name = pair_name(report.original.path, report.republication.path)
    out = Path(out_dir)
    files = {out / f"{name}{FORMATS[fmt][1]}": renderer(fmt)(report) for fmt in formats}
    sources = [*inputs, *(a.path for a in (report.original, report.republication) if a.path)]
    return write_all(files, inputs=sources)
