"""Report names: taken from the inputs' paths, unique within a run, never stolen from another pair.

A name is `<story>--<republication>`: the story is the story folder (or the original's file
stem), the republication its file stem, or `<folder>-<stem>` when the stem says nothing
(`article.txt`, `index.html`). `Namer` keeps names unique within a run, and an output folder
remembers which pair each name belongs to (`.xlate-names.json`), so a later run for another
pair gets a new name (and a warning) instead of overwriting that pair's reports.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from xlate.fsutil import folder_lock, safe_name, write_atomic

REGISTRY = ".xlate-names.json"
"""File in an output folder mapping each report name to the pair it holds."""

SUFFIXES = {
    "pair": (".html", ".md", ".json", ".align"),
    "family": (".family.html", ".family.md", ".family.json"),
    "index": (".html", ".csv", ".json"),
}
"""The files a name stands for, by kind."""

GENERIC_STEMS = frozenset(
    {"article", "capture", "document", "index", "original", "page", "republication", "story",
     "text", "untitled", "copy", "default"}
)  # fmt: skip
"""File stems that name no outlet: the parent folder is put in front of them."""


def stem_name(path: str | Path, *, default: str = "article") -> str:
    """A file-name stem for one input: its stem, or `<folder>-<stem>` when the stem is generic."""
    p = Path(path)
    stem = p.stem
    if stem.lower() in GENERIC_STEMS and p.parent.name:
        stem = f"{p.parent.name}-{stem}"
    # No dots in report names: `<name>.<suffix>` must split back into name and suffix.
    return safe_name(stem.replace(".", "-"), max_bytes=60, default=default)


def story_name(original: str | Path) -> str:
    """The story a standalone original belongs to: its stem (or `<folder>-<stem>`)."""
    return stem_name(original, default="story")


def _key(paths: Iterable[str | Path | None]) -> list[str]:
    return [os.path.realpath(p) if p else "" for p in paths]


class Namer:
    """Hands out report names unique within one run and within one output folder.

    `claim(name, inputs)` returns `name`, or `name-2`, `name-3`... when `name` is already
    used in this run or the output folder holds reports of other inputs under it.
    `warnings` lists every rename, for the CLI to print. `written(name)` then `save()`
    record the names whose reports were written.
    """

    def __init__(self, out_dir: str | Path) -> None:
        self.out = Path(out_dir)
        self.warnings: list[str] = []
        self._taken: set[str] = set()
        self._owners: dict[str, list[str]] = {}
        self._claimed: dict[str, list[str]] = {}
        self._written: set[str] = set()
        self._reserved: dict[str, list[str] | None] = {}  # by `reserve`: the owner before
        self._created = False
        self._load()

    def _load(self) -> None:
        registry = self.out / REGISTRY
        try:
            data = json.loads(registry.read_text("utf-8")) if registry.is_file() else {}
        except (OSError, ValueError, RecursionError):
            data = {}
            warning = f"{registry}: unreadable, rebuilt from this run"
            if warning not in self.warnings:
                self.warnings.append(warning)
        if isinstance(data, dict):
            self._owners = {k: v for k, v in data.items() if isinstance(v, list)}

    @contextlib.contextmanager
    def reserve(self) -> Iterator[None]:
        """Names claimed inside are recorded in the folder's registry at once, under the
        folder's lock: concurrent runs into one folder never take the same name for
        different inputs, nor lose each other's entries."""
        try:  # another run may create it at the same moment
            self.out.mkdir(parents=True)
            self._created = True
        except FileExistsError:
            pass
        with folder_lock(self.out):
            self._load()  # what other runs recorded since
            before = set(self._claimed)
            yield
            new = {k: v for k, v in self._claimed.items() if k not in before}
            for entry, key in new.items():
                if self._owners.get(entry) != key:
                    self._reserved[entry] = self._owners.get(entry)
            self._owners.update(new)
            self._write()

    def _write(self) -> None:
        registry = self.out / REGISTRY
        if self._owners:
            text = json.dumps(self._owners, ensure_ascii=False, indent=1, sort_keys=True)
            write_atomic(registry, text + "\n", locked=True)
        else:
            registry.unlink(missing_ok=True)

    def _free(self, name: str, kind: str, key: list[str]) -> bool:
        entry = f"{kind}:{name}"
        if entry in self._taken:
            return False
        owner = self._owners.get(entry)
        if owner is not None:
            return owner == key
        # Files nobody registered (an older run, a hand-made file) are not ours to replace.
        return not any((self.out / f"{name}{suffix}").exists() for suffix in SUFFIXES[kind])

    def claim(
        self,
        name: str,
        inputs: Iterable[str | Path | None],
        *,
        kind: str = "pair",
        force: bool = False,
    ) -> str:
        """A unique name for the `kind` ("pair", "family" or "index") reports of `inputs`.

        Starts from `name`; with `force` (a name the user chose) the name is kept even if
        another pair held it.
        """
        name = name.replace(".", "-").replace("/", "-") or "report"  # parts are safe_name'd
        key = _key(inputs)
        chosen = name
        if not force:
            n = 2
            while not self._free(chosen, kind, key):
                chosen = f"{name}-{n}"
                n += 1
            if chosen != name:
                held = f"{kind}:{name}" in self._taken
                why = "used earlier in this run" if held else "holds reports of other inputs"
                self.warnings.append(
                    f"{self.out / name}{'.family' if kind == 'family' else ''}.*: {why}; "
                    f"writing {chosen} instead"
                )
        self._taken.add(f"{kind}:{chosen}")
        self._claimed[f"{kind}:{chosen}"] = key
        return chosen

    def written(self, name: str, *, kind: str = "pair") -> None:
        """Note that the reports of a claimed name were written (so `save` keeps it)."""
        entry = f"{kind}:{name}"
        if entry in self._claimed:
            self._written.add(entry)

    def save(self) -> None:
        """Keep in the registry the names whose reports were written; release the rest
        (and the folder itself when this run created it and wrote nothing into it)."""
        if not self._claimed or not self.out.is_dir():
            return
        with folder_lock(self.out):
            self._load()
            for entry, previous in self._reserved.items():
                if entry in self._written or self._owners.get(entry) != self._claimed[entry]:
                    continue
                if previous is None:  # reserved here and never written: released
                    del self._owners[entry]
                else:
                    self._owners[entry] = previous
            self._owners.update({e: self._claimed[e] for e in self._written})
            self._write()
        if self._created and not any(self.out.iterdir()):
            self.out.rmdir()
