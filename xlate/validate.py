"""The validation layer at xlate's input boundaries: typed checks and text normalisation.

Everything read from outside (article JSON, gold files, settings, translation files,
package metadata) passes through here. Malformed data becomes one `InputError` naming
the file and the field; text from every route gets the same normalisation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from xlate.errors import InputError
from xlate.model import Article, Meta, Sentence

MAX_JSON_DEPTH = 32
"""Deepest nesting accepted in a JSON input; xlate's own formats need four levels."""

# Bidi embeddings, overrides and isolates, marks, and the Arabic letter mark: they reorder
# what a reader sees (U+202E shows "exe.txt" as "txt.exe") and carry no article text.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_STRIP = re.compile(f"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f{_BIDI}]+")
_BREAKS = re.compile(r"\r\n?|[\x0c\x85\u2028]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"')
_BRACKET = re.compile(r"[\[\]{}]")
_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|und")


MAX_RUN = 500_000
"""Longest stretch of text that does not split into sentences that xlate aligns: no
article has one (a 30-minute transcript without punctuation is about 25,000 characters),
and sentences cut from a longer one at arbitrary points cannot be matched meaningfully."""
_RUN = re.compile(r"[^.!?。！？۔؟\n]+")
_LONG = 1500  # a sentence this long was cut by force (segment.MAX_SENTENCE is 3,000)


def check_runs(texts: Iterable[str], *, path: str | Path) -> None:
    """An `InputError` when one of `texts` holds a stretch longer than `MAX_RUN` without a
    sentence end or line break (a quick look before cleaning)."""
    for text in texts:
        if len(text) <= MAX_RUN:
            continue
        longest = max((m.end() - m.start() for m in _RUN.finditer(text)), default=0)
        if longest > MAX_RUN:
            _too_long(longest, path)


def check_sentences(article: Article, *, path: str | Path) -> None:
    """An `InputError` when consecutive sentences of over 1,500 characters (cut by force
    from text that does not split into sentences) add up to more than `MAX_RUN`."""
    stretch = 0
    for sentence in article.sentences:
        stretch = stretch + len(sentence.text) if len(sentence.text) >= _LONG else 0
        if stretch > MAX_RUN:
            _too_long(sum(len(s.text) for s in article.sentences if len(s.text) >= _LONG), path)


def _too_long(size: int, path: str | Path) -> None:
    raise InputError(
        path,
        f"{size:,} characters that do not split into sentences (the limit is {MAX_RUN:,}): "
        "not article text; break it into lines or sentences",
    )


def normalise_text(text: str) -> str:
    """Text as every input route hands it on: one line-break style, no NUL, no control
    characters but tab and newline, no bidi controls, lone surrogates as U+FFFD."""
    text = _BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _STRIP.sub("", text)


def json_depth_ok(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when no bracket nests deeper than `limit` (checked before parsing, in one scan)."""
    depth = 0
    for m in _BRACKET.finditer(_JSON_STRING.sub('""', text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > limit:
            return False
    return True


def parse_json(text: str, *, path: str | Path, limit: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON text from `path`; InputError (one line) for anything json refuses,
    nesting deeper than `limit`, or integers longer than Python's digit limit."""
    if not json_depth_ok(text, limit):
        raise InputError(path, f"JSON nested deeper than {limit} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON (line {exc.lineno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(path, f"invalid JSON ({_first_line(exc)})") from None


def read_json_file(path: str | Path, *, max_bytes: int = 1 << 20) -> Any:
    """A small JSON file (settings, gold, metadata) read and parsed with the checks above."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"too large for a JSON settings file (over {max_bytes} bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    return parse_json(text, path=path)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


class Fields:
    """Typed access to one JSON object of `path`; errors name the field (`meta.headline`)."""

    def __init__(self, data: Any, *, path: str | Path, where: str = "") -> None:
        if not isinstance(data, dict):
            raise InputError(path, f"{where.rstrip('.') or 'top level'}: expected a JSON object")
        self.data, self.path, self.where = data, path, where

    def _fail(self, key: str, problem: str) -> InputError:
        return InputError(self.path, f"{self.where}{key}: {problem}")

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "missing")
            return None
        if not isinstance(value, str):
            raise self._fail(key, f"expected a string, got {_kind(value)}")
        return normalise_text(value)

    def integer(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, f"expected an integer, got {_kind(value)}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self._fail(key, f"expected true or false, got {_kind(value)}")
        return value

    def items(self, key: str, *, required: bool = False) -> list[Any]:
        value = self.data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self._fail(key, f"expected a list, got {_kind(value)}")
        return value

    def strings(self, key: str, *, required: bool = False) -> list[str]:
        out = []
        for i, item in enumerate(self.items(key, required=required)):
            if not isinstance(item, str):
                raise self._fail(f"{key}[{i}]", f"expected a string, got {_kind(item)}")
            out.append(normalise_text(item))
        return out


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def language_code(value: str | None, *, path: str | Path, field: str) -> str | None:
    """`value` when it looks like a language code (`en`, `zh-Hans`, `und`), else InputError."""
    if value is None or not value.strip():
        return None
    if not _CODE.fullmatch(value.strip()):
        raise InputError(path, f"{field}: {value[:40]!r} is not a language code")
    return value.strip()


def given_language(value: str | None) -> str | None:
    """A language code the caller gave (`--lang`, `lang=`), or LanguageError."""
    if value is None:
        return None
    if not _CODE.fullmatch(value.strip()):
        from xlate.errors import LanguageError

        raise LanguageError(
            f"{value[:40]!r} is not a language code: use an ISO 639-1 code such as en, ru, ur, zh"
        )
    return value.strip()


def article_from_data(data: Any, *, path: str | Path) -> Article:
    """Check parsed article JSON (`Article.to_dict`'s layout) field by field into an Article."""
    if not isinstance(data, dict) or "paragraphs" not in data:
        raise InputError(path, "not an xlate article JSON (no 'paragraphs' list)")
    top = Fields(data, path=path)
    schema = top.text("schema")
    if schema is not None and schema != "xlate.article/1":
        raise InputError(path, f"schema: {schema[:40]!r} is not xlate.article/1")
    paragraphs = top.strings("paragraphs", required=True)
    if not any(p.strip() for p in paragraphs):
        raise InputError(path, "paragraphs: article JSON has no text")
    raw_meta = top.data.get("meta")
    meta = Meta()
    if raw_meta is not None:
        fields = Fields(raw_meta, path=path, where="meta.")
        meta = Meta(**{name: fields.text(name) for name in Meta.__dataclass_fields__})
        meta = Meta(
            **{**meta.to_dict(), "lang": language_code(meta.lang, path=path, field="meta.lang")}
        )
    lang = language_code(top.text("lang"), path=path, field="lang") or "und"
    sentences: list[Sentence] = []
    for i, item in enumerate(top.items("sentences")):
        s = Fields(item, path=path, where=f"sentences[{i}].")
        sid, para, text = s.integer("id"), s.integer("paragraph"), s.text("text", required=True)
        if sid != i:
            raise InputError(path, f"sentences[{i}].id: expected {i} (ids count from 0), got {sid}")
        if not 0 <= para < len(paragraphs) or (sentences and para < sentences[-1].paragraph):
            raise InputError(path, f"sentences[{i}].paragraph: {para} is out of order or range")
        sentences.append(Sentence(sid, para, text or ""))
    return Article(
        paragraphs=tuple(paragraphs),
        meta=meta,
        lang=lang,
        sentences=tuple(sentences),
        path=top.text("path"),
    )
