"""Corpus layouts: which files are stories, originals, republications and translations.

Two layouts, found by `discover(path)`:

- **Story folders**: a folder per story holding `original.*` and any number of other files,
  each a republication (also one level down: `dawn/article.txt`). `<stem>.<lang>.txt`
  beside `<stem>.*` is a translation of it into `<lang>`, one sentence a line. A
  `gold.json` with `"presegmented": true` says the files hold one sentence a line. A
  `capture.*` with no original is cleaned only. The folder itself may be one story.
- **Manifest**: `manifest.csv` or `manifest.json` (or that file given directly), one row
  per pair: `story`, `original`, `republication`, optional `outlet`, `url`, `date`,
  `translation` (of the republication); paths relative to the manifest.

Layout mistakes raise `LayoutError` (one line naming the file); doubtful files become
warnings in `Layout.warnings`.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xlate.errors import InputError, XlateError
from xlate.fsutil import safe_name
from xlate.model import LANGUAGES, Article
from xlate.text.load import MAX_BYTES, read_text
from xlate.validate import Fields, parse_json, read_json_file

ARTICLE_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".pdf", ".docx"}
)
"""File types read as articles; other files in a story folder are skipped with a warning."""
MANIFESTS = ("manifest.csv", "manifest.json")
MANIFEST_COLUMNS = ("story", "original", "republication", "outlet", "url", "date", "translation")
EXPECTED = (
    "expected a folder per story holding original.* and one or more republications (any "
    "other file), or a manifest.csv / manifest.json with columns story, original, "
    "republication[, outlet, url, date, translation]"
)
_TRANSLATION = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})\.txt$")
_IGNORED = re.compile(r"^(readme|license|licence|gold|notes?)(\..*)?$|\.family\.", re.I)


class LayoutError(XlateError):
    """A corpus folder or manifest that cannot be read as stories."""


@dataclass(frozen=True)
class Source:
    """One input of a story: a file (or an Article already read) and what is known of it."""

    input: Path | Article
    name: str
    translation: Path | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None

    @property
    def path(self) -> str | None:
        return str(self.input) if isinstance(self.input, Path) else self.input.path


@dataclass(frozen=True)
class Story:
    """One wire story: its original and every republication to compare with it."""

    name: str
    original: Source
    republications: tuple[Source, ...]
    presegmented: bool = False


@dataclass
class Layout:
    """What `discover` found: stories, raw captures to clean, and warnings naming files."""

    stories: list[Story] = field(default_factory=list)
    captures: list[tuple[str, Path]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def discover(path: str | Path, *, skip: Sequence[str | Path] = ()) -> Layout:
    """The stories under `path` (a corpus folder or a manifest file); see the module doc.

    Folders in `skip` (the output folder, when it lies inside the corpus) are not read.
    """
    try:
        return _discover(Path(path), skip)
    except OSError as exc:  # a folder that cannot be listed, a file that vanished
        where = exc.filename or path
        raise LayoutError(f"{where}: cannot read ({exc.strerror or exc})") from None


def _discover(root: Path, skip: Sequence[str | Path]) -> Layout:
    skipped = {Path(os.path.realpath(p)) for p in skip}
    if root.is_file():
        if root.suffix.lower() not in (".csv", ".json"):
            raise LayoutError(f"{root}: not a folder or a manifest (.csv, .json); {EXPECTED}")
        return read_manifest(root)
    if not root.is_dir():
        raise LayoutError(
            f"{root}: no such folder; give the folder that holds one sub-folder per story, "
            "or a manifest (see `xlate corpus --help`)"
        )
    for name in MANIFESTS:
        if (root / name).is_file():
            return read_manifest(root / name)
    layout = Layout()
    folders = sorted(
        p
        for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and Path(os.path.realpath(p)) not in skipped
    )
    if _originals(root) or (list(root.glob("capture.*")) and not folders):
        _story_folder(root, layout)
    else:
        for file in sorted(p for p in root.iterdir() if p.is_file()):
            if not _skipped(file):
                layout.warnings.append(f"{file}: not in a story folder; skipped")
        for folder in folders:
            _story_folder(folder, layout)
    if not layout.stories and not layout.captures:
        why = f" ({'; '.join(layout.warnings[:2])})" if layout.warnings else ""
        raise LayoutError(f"{root}: no story found{why}; {EXPECTED}")
    return layout


def _skipped(file: Path) -> bool:
    return file.name.startswith(".") or bool(_IGNORED.search(file.name))


def _originals(folder: Path) -> list[Path]:
    """`original.*`, except `original.<lang>.txt` beside another original (its translation)."""
    found = sorted(p for p in folder.glob("original.*") if p.is_file())
    translations = set(_translations(found).values())
    return [p for p in found if p not in translations]


def _story_folder(folder: Path, layout: Layout) -> None:
    story = safe_name(Path(os.path.realpath(folder)).name, default="story")
    originals = _originals(folder)
    if len(originals) > 1:
        names = ", ".join(p.name for p in originals)
        raise LayoutError(f"{folder}: several originals ({names}); keep one original.*")
    files = sorted(p for p in folder.iterdir() if p.is_file() and not _skipped(p))
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        files += sorted(p for p in sub.iterdir() if p.is_file() and not _skipped(p))
    translations = _translations(files)
    captures = [p for p in files if p.parent == folder and p.stem == "capture"]
    if not originals:
        for capture in captures:
            layout.captures.append((story, capture))
        others = [p for p in files if p not in captures and p not in translations.values()]
        if captures:
            layout.notes.append(
                f"{folder}: capture only (no original.*): cleaned, nothing compared; put the "
                "wire's text in original.* here to compare the capture with it"
            )
        elif others:
            layout.warnings.append(
                f"{folder}: no original.* (found {', '.join(p.name for p in others[:3])}"
                f"{', ...' if len(others) > 3 else ''}); story skipped"
            )
        return
    if captures:
        layout.captures += [(story, c) for c in captures]
    # A cleaned capture (article.json / article.md beside capture.*) is not another outlet.
    cleaned = {p for p in files if captures and p.parent == folder and p.stem == "article"}
    reps: list[Source] = []
    for file in files:
        if file in originals or file in cleaned or file in translations.values():
            continue
        if file.suffix.lower() not in ARTICLE_SUFFIXES:
            layout.warnings.append(
                f"{file}: not an article file ({file.suffix or 'no suffix'}); skipped"
            )
            continue
        rel = file.relative_to(folder).with_suffix("")
        reps.append(
            Source(
                file,
                safe_name("-".join(rel.parts).replace(".", "-"), default="republication"),
                translation=translations.get(file),
            )
        )
    reps = _unique_names(reps, file_suffix=True)
    if not reps:
        layout.warnings.append(f"{originals[0]}: no republication beside it; nothing to compare")
        return
    gold = folder / "gold.json"
    presegmented = False
    if gold.is_file():
        try:
            presegmented = Fields(read_json_file(gold, max_bytes=MAX_BYTES), path=gold).flag(
                "presegmented"
            )
        except InputError as exc:
            layout.warnings.append(f"{exc}; its presegmented flag ignored")
    original = Source(originals[0], "original", translation=translations.get(originals[0]))
    layout.stories.append(Story(story, original, tuple(reps), presegmented))


def _translations(files: list[Path]) -> dict[Path, Path]:
    """`<stem>.<lang>.txt` files that translate a sibling `<stem>.*`, by the file they translate."""
    by_stem: dict[tuple[Path, str], list[Path]] = {}
    for file in files:
        by_stem.setdefault((file.parent, file.stem), []).append(file)
    out: dict[Path, Path] = {}
    for file in files:
        m = _TRANSLATION.match(file.name)
        if not m or m["lang"] not in LANGUAGES:
            continue
        for other in by_stem.get((file.parent, m["stem"]), []):
            if other != file:
                out[other] = file
    return out


def _unique_names(sources: list[Source], *, file_suffix: bool = False) -> list[Source]:
    """Names unique within a story: the file suffix first (`dawn-html`), then a number."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    for s in sources:
        seen[s.name] = seen.get(s.name, 0) + 1
    out, taken = [], set()
    for s in sources:
        name = s.name
        if seen[name] > 1 and file_suffix and isinstance(s.input, Path):
            name = f"{name}-{s.input.suffix.lstrip('.').lower()}"
        base, n = name, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        out.append(replace(s, name=name))
    return out


def read_manifest(path: Path) -> Layout:
    """Stories from a manifest (CSV with a header row, or JSON: a list of row objects)."""
    rows = _manifest_rows(path)
    if not rows:
        raise LayoutError(f"{path}: no rows; {EXPECTED}")
    layout = Layout()
    unknown = sorted({k for row in rows for k in row} - set(MANIFEST_COLUMNS))
    if unknown:
        layout.warnings.append(f"{path}: unknown columns {', '.join(unknown)} ignored")
    base = path.parent
    originals: dict[str, Path] = {}
    reps: dict[str, list[Source]] = {}
    seen: set[tuple[str, Path]] = set()
    for n, row in enumerate(rows, 2 if path.suffix.lower() == ".csv" else 1):
        where = f"{path}, {'line' if path.suffix.lower() == '.csv' else 'row'} {n}"
        missing = [
            c for c in ("story", "original", "republication") if not (row.get(c) or "").strip()
        ]
        if missing:
            raise LayoutError(f"{where}: no {', '.join(missing)}")
        story = safe_name(row["story"].strip(), default="story")
        original = _existing(base, row["original"], where)
        rep = _existing(base, row["republication"], where)
        if originals.setdefault(story, original) != original:
            raise LayoutError(
                f"{where}: story {story} already has original {originals[story]}; "
                "one original a story"
            )
        if (story, rep) in seen:
            layout.warnings.append(f"{where}: {rep} listed twice for story {story}; skipped")
            continue
        seen.add((story, rep))
        translation = _existing(base, row["translation"], where) if row.get("translation") else None
        outlet = (row.get("outlet") or "").strip() or None
        from xlate.corpus.naming import stem_name

        reps.setdefault(story, []).append(
            Source(
                rep,
                safe_name(outlet, default="republication") if outlet else stem_name(rep),
                translation=translation,
                outlet=outlet,
                url=(row.get("url") or "").strip() or None,
                date=(row.get("date") or "").strip() or None,
            )
        )
    for story, original in originals.items():
        layout.stories.append(
            Story(story, Source(original, "original"), tuple(_unique_names(reps[story])))
        )
    return layout


def _manifest_rows(path: Path) -> list[dict[str, Any]]:
    try:
        text = read_text(path)
    except InputError as exc:
        raise LayoutError(f"{exc} (the manifest)") from None
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        header = [h.strip().lower() for h in reader.fieldnames or []]
        missing = [c for c in ("story", "original", "republication") if c not in header]
        if missing:
            raise LayoutError(f"{path}: no column {', '.join(missing)}; {EXPECTED}")
        return [
            {
                (k or "").strip().lower(): (v or "") if isinstance(v, str) else ""
                for k, v in row.items()
            }
            for row in reader
        ]
    try:
        data = parse_json(text, path=path)
    except InputError as exc:
        raise LayoutError(str(exc)) from None
    if isinstance(data, dict):
        data = data.get("pairs")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise LayoutError(f'{path}: expected a list of objects (or {{"pairs": [...]}}); {EXPECTED}')
    return [{str(k).lower(): "" if v is None else str(v) for k, v in r.items()} for r in data]


def _existing(base: Path, value: str, where: str) -> Path:
    path = (
        Path(os.path.realpath(base / value.strip()))
        if not Path(value.strip()).is_absolute()
        else Path(value.strip())
    )
    if not path.is_file():
        raise LayoutError(f"{where}: {value.strip()}: no such file")
    return path
