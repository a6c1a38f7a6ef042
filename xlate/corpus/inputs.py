"""Inputs of `xlate index` and `xlate trace`: article files, folders and JSON Lines files,
streamed as items and read one at a time (in the worker that handles them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from xlate.errors import InputError
from xlate.escape import is_invisible
from xlate.model import Article
from xlate.validate import Fields, article_from_data, language_code, parse_json

MAX_LINE = 20 * 2**20
"""The longest JSON Lines article read (characters), as `load` refuses files over 20 MiB."""
_INPUT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})


@dataclass(frozen=True)
class Item:
    """One input article before parsing: a file, or one line of a JSON Lines file."""

    id: str
    path: str
    line: str | None = None
    problem: str | None = None  # known before reading (a line too long to hold)


def iter_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article under `paths` (files, folders searched recursively, `.jsonl` files),
    in a stable order. A JSON Lines article's id is its `id` field, else `FILE:LINE`."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _INPUT_SUFFIXES
            )
        elif path.exists():
            files = [path]
        else:
            raise InputError(path, "no such file or folder")
        for file in files:
            if file.suffix.lower() == ".jsonl":
                yield from _jsonl_items(file)
            else:
                yield Item(id=str(file), path=str(file))


def _jsonl_items(file: Path) -> Iterator[Item]:
    try:
        handle = file.open("r", encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(file, f"cannot read ({exc.strerror or exc})") from None
    with handle:
        number = 0
        while line := handle.readline(MAX_LINE + 1):
            number += 1
            ident = f"{file}:{number}"
            if len(line) > MAX_LINE and not line.endswith("\n"):
                while (rest := handle.readline(MAX_LINE)) and not rest.endswith("\n"):
                    pass  # skip the rest of the line without holding it
                yield Item(ident, str(file), problem=f"line over {MAX_LINE >> 20} MiB")
                continue
            if not line.strip():
                continue
            try:
                data = parse_json(line, path=ident)
                if isinstance(data, dict) and isinstance(data.get("id"), str | int):
                    ident = str(data["id"])
            except InputError:
                pass  # reported when the item is read, under FILE:LINE
            yield Item(id=ident, path=str(file), line=line)


def read_item(item: Item) -> Article:
    """The article of an input item. Files are loaded and cleaned (`read_article`); a JSON
    Lines record is taken as clean text: an xlate article (`paragraphs`) or `text` with
    optional `lang` and `headline`. Raises InputError naming the item."""
    from xlate.model import Meta
    from xlate.validate import check_runs

    # FILE:LINE ids name the line already; an `id` field is named beside its file
    where = item.id if item.id.startswith(f"{item.path}:") else f"{item.path} ({item.id})"
    if item.problem is not None:
        raise InputError(where, item.problem)
    if item.line is None:
        from xlate.api import read_article

        return read_article(item.path).with_(path=item.id)
    data = parse_json(item.line, path=where)
    if not isinstance(data, dict):
        raise InputError(where, "a JSON Lines article must be an object")
    if "paragraphs" in data:
        article = article_from_data(data, path=where)
    elif "text" in data:
        fields = Fields(data, path=where)
        paragraphs = tuple(
            p.strip() for p in (fields.text("text", required=True) or "").split("\n\n")
        )
        lang = language_code(fields.text("lang"), path=where, field="lang") or "und"
        meta = Meta(headline=fields.text("headline"), lang=None if lang == "und" else lang)
        article = Article(paragraphs=tuple(p for p in paragraphs if p), meta=meta, lang=lang)
    else:
        raise InputError(where, "no 'paragraphs' list and no 'text'")
    if is_invisible(article.text):
        raise InputError(where, "article has no text")
    check_runs(article.paragraphs, path=where)
    if article.lang == "und":
        from xlate.text.langid import detect_language

        lang = detect_language(article.text)
        article = article.with_(
            lang=lang, meta=replace(article.meta, lang=article.meta.lang or lang)
        )
    return article.with_(path=item.id)
