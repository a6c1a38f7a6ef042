"""Translate segmented articles offline: Argos packages run with CTranslate2 directly.

Backends follow the small `Translator` protocol: `ArgosTranslator` (installed Argos
Translate packages, pivoting through English when needed, with an SQLite cache) and
`FileTranslator` (a translation you already have, one sentence per line).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from xlate.errors import InputError, LanguageError, ModelError
from xlate.model import Article
from xlate.translation.packages import PackageInfo, check_language, route

TranslateProgress = Callable[[int, int], None]
"""Called as `progress(sentences_done, sentences_total)` for each package step."""

# Languages written without spaces between words: joining their sentences adds none.
_UNSPACED = frozenset({"zh", "zt", "ja", "th", "lo", "km", "my"})


class Translator(Protocol):
    """A translation backend: sentences in, sentences out, in the same order."""

    name: str

    def translate(self, sentences: Sequence[str], *, source: str, target: str) -> list[str]:
        """Translate each sentence; the result is parallel to `sentences`."""
        ...

    def describe(self, *, source: str, target: str) -> str:
        """What produced the translation (package code and version), for report signatures."""
        ...


# -- cache ---------------------------------------------------------------------------------


def cache_path() -> Path:
    """The translation cache: `$XDG_CACHE_HOME/xlate/translations.sqlite`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "xlate" / "translations.sqlite"


_COLUMNS = ["package", "version", "beam", "source", "translation"]
_LOCK_TIMEOUT = 0.25
"""Seconds to wait for a cache another process holds; after that it is bypassed."""


class _Cache:
    """(package code, package version, beam size, source text) -> translation.

    The cache only saves time: when it is unwritable, corrupt, another program's
    database, or locked for longer than a moment, a one-line warning is logged and
    translation goes on without it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._off = False

    def _bypass(self, problem: object) -> None:
        import logging

        self._off = True
        self.close()
        logging.getLogger("xlate").warning(
            "xlate: warning: %s: %s; translating without the cache", self.path, problem
        )

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and not self._off:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if self.path.exists() and not self.path.is_file():
                    self._bypass("not a regular file")  # a FIFO would block SQLite for ever
                    return None
                conn = sqlite3.connect(self.path, timeout=_LOCK_TIMEOUT)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS translations (package TEXT, version TEXT, "
                    "beam INTEGER, source TEXT, translation TEXT, "
                    "PRIMARY KEY (package, version, beam, source))"
                )
                columns = [row[1] for row in conn.execute("PRAGMA table_info(translations)")]
            except (OSError, sqlite3.Error) as exc:
                self._bypass(exc)
                return None
            self._conn = conn
            if columns != _COLUMNS:
                self._bypass("not xlate's translation cache (other columns)")
        return self._conn

    def get(self, pkg: PackageInfo, beam: int, texts: Sequence[str]) -> dict[str, str]:
        conn = self._connect()
        if conn is None:
            return {}
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(texts))
        try:
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                rows = conn.execute(
                    "SELECT source, translation FROM translations WHERE package = ? AND "
                    f"version = ? AND beam = ? AND source IN ({','.join('?' * len(chunk))})",
                    (pkg.code, pkg.version, beam, *chunk),
                )
                found.update((s, t) for s, t in rows.fetchall() if isinstance(t, str))
        except sqlite3.Error as exc:
            self._bypass(exc)
            return {}
        return found

    def put(self, pkg: PackageInfo, beam: int, pairs: dict[str, str]) -> None:
        conn = self._connect()
        if conn is None or not pairs:
            return
        try:
            with conn:  # one transaction
                conn.executemany(
                    "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)",
                    [(pkg.code, pkg.version, beam, s, t) for s, t in pairs.items()],
                )
        except sqlite3.Error as exc:
            self._bypass(exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


# -- tokenizers ----------------------------------------------------------------------------


class _SentencePiece:
    def __init__(self, path: Path) -> None:
        import sentencepiece as spm

        self._sp = spm.SentencePieceProcessor(model_file=str(path))

    def encode(self, text: str) -> list[str]:
        return list(self._sp.encode(text, out_type=str))

    def decode(self, tokens: list[str]) -> str:
        # Pieces unknown to the processor come back with their word-boundary mark.
        return str(self._sp.decode(tokens)).replace("\u2581", " ").strip()


class _BPE:
    def __init__(self, pkg: PackageInfo) -> None:
        import importlib.util

        if importlib.util.find_spec("sacremoses") is None:
            raise ModelError(
                f"{pkg.path}: {pkg.code} uses a BPE tokenizer, which needs the sacremoses "
                "package (pip install sacremoses)"
            )
        from argostranslate.tokenizer import BPETokenizer

        self._bpe = BPETokenizer(pkg.path / "bpe.model", pkg.from_code, pkg.to_code)

    def encode(self, text: str) -> list[str]:
        return list(self._bpe.encode(text))

    def decode(self, tokens: list[str]) -> str:
        return str(self._bpe.decode(tokens)).strip()


@dataclass
class _Loaded:
    translator: Any
    tokenizer: _SentencePiece | _BPE


# -- Argos backend -------------------------------------------------------------------------


class ArgosTranslator:
    """Installed Argos Translate packages run with CTranslate2 and SentencePiece.

    Each package's model is loaded once, on first need. All sentences of a call go to
    CTranslate2 in one `translate_batch` per package, longest first, and come back in
    their order. Without a direct package it pivots through English. Translations are
    cached in SQLite (`cache=False` turns that off), so a re-run loads no model at all.
    `intra_threads=0` lets CTranslate2 choose; `progress(done, total)` is called as
    sentences of each package step complete.
    """

    name = "argos"

    def __init__(
        self,
        *,
        device: str = "cpu",
        beam_size: int = 2,
        inter_threads: int = 1,
        intra_threads: int = 0,
        max_batch_size: int = 64,
        batch_type: Literal["examples", "tokens"] = "examples",
        compute_type: str = "default",
        cache: bool = True,
        progress: TranslateProgress | None = None,
    ) -> None:
        if beam_size < 1 or max_batch_size < 1:
            raise ValueError("beam_size and max_batch_size must be at least 1")
        self.device = device
        self.beam_size = beam_size
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads
        self.max_batch_size = max_batch_size
        self.batch_type = batch_type
        self.compute_type = compute_type
        self.progress = progress
        self.loads = 0  # models loaded so far: lets callers (and tests) see cache hits
        self._cache = _Cache(cache_path()) if cache else None
        self._models: dict[Path, _Loaded] = {}

    def describe(self, *, source: str, target: str) -> str:
        """Package codes and versions on the route, `identity` for the same language.

        For example `translate-ur_en 1.0 + translate-en_zh 1.0`.
        """
        steps = route(source, target)
        return " + ".join(p.describe() for p in steps) if steps else "identity"

    def translate(self, sentences: Sequence[str], *, source: str, target: str) -> list[str]:
        """Translate `sentences` from `source` to `target`, pivoting through English if needed.

        Raises LanguageError for an unknown code and ModelError (naming the pair and the
        install command) when no package route is installed.
        """
        texts = list(sentences)
        for pkg in route(source, target):
            texts = self._run(pkg, texts)
        return texts

    def close(self) -> None:
        """Release loaded models and the cache connection."""
        self._models.clear()
        if self._cache is not None:
            self._cache.close()

    def _load(self, pkg: PackageInfo) -> _Loaded:
        loaded = self._models.get(pkg.path)
        if loaded is not None:
            return loaded
        import ctranslate2

        tokenizer: _SentencePiece | _BPE
        try:
            if pkg.tokenizer == "sentencepiece":
                tokenizer = _SentencePiece(pkg.path / "sentencepiece.model")
            else:
                tokenizer = _BPE(pkg)
            model = ctranslate2.Translator(
                str(pkg.path / "model"),
                device=self.device,
                compute_type=self.compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(
                f"{pkg.path}: cannot load {pkg.describe()} on {self.device} ({exc}); if the "
                f"package is damaged, reinstall it: `xlate models install {pkg.from_code} "
                f"{pkg.to_code}`"
            ) from None
        loaded = _Loaded(model, tokenizer)
        self._models[pkg.path] = loaded
        self.loads += 1
        return loaded

    def _run(self, pkg: PackageInfo, texts: list[str]) -> list[str]:
        """One package step: cache lookups, then one batch for the misses."""
        stripped = [t.strip() for t in texts]
        wanted = [t for t in dict.fromkeys(stripped) if t]
        done = self._cache.get(pkg, self.beam_size, wanted) if self._cache else {}
        missing = [t for t in wanted if t not in done]
        hits = len(wanted) - len(missing)
        if self.progress is not None:
            self.progress(hits, len(wanted))
        if missing:
            progress = self.progress
            report = None if progress is None else lambda n: progress(hits + n, len(wanted))
            fresh = self._batch(pkg, missing, report)
            if self._cache is not None:
                self._cache.put(pkg, self.beam_size, fresh)
            done.update(fresh)
        return [done[t] if t else "" for t in stripped]

    def _batch(
        self, pkg: PackageInfo, texts: list[str], report: Callable[[int], None] | None
    ) -> dict[str, str]:
        loaded = self._load(pkg)
        # A sentence too long for the model goes in pieces (`split_tokens`), whose
        # translations are joined back: nothing is cut off or refused.
        pieces = [
            (i, piece)
            for i, text in enumerate(texts)
            for piece in split_tokens(loaded.tokenizer.encode(text))
        ]
        # Longest first: batches hold pieces of similar length (less padding), and the
        # asynchronous results then complete roughly in the order they are read.
        order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][1]), reverse=True)
        prefix = [[pkg.target_prefix]] * len(pieces) if pkg.target_prefix else None
        hyps: dict[int, list[str]] = {}
        left = [0] * len(texts)
        for i, _ in pieces:
            left[i] += 1
        done = 0
        try:
            pending = loaded.translator.translate_batch(
                [pieces[k][1] for k in order],
                target_prefix=prefix,
                beam_size=self.beam_size,
                max_batch_size=self.max_batch_size,
                batch_type=self.batch_type,
                replace_unknowns=True,
                # Argos Translate decodes with this penalty; the same value gives users
                # the translations they know from it.
                length_penalty=0.2,
                asynchronous=True,
            )
            for k, result in zip(order, pending, strict=True):
                hyp = list(result.result().hypotheses[0])
                if pkg.target_prefix and hyp[:1] == [pkg.target_prefix]:
                    hyp = hyp[1:]
                hyps[k] = hyp
                left[pieces[k][0]] -= 1
                if left[pieces[k][0]] == 0 and report is not None:
                    done += 1
                    report(done)
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"{pkg.path}: {pkg.describe()} failed to translate ({exc})") from None
        joined: list[list[str]] = [[] for _ in texts]
        for k, (i, _) in enumerate(pieces):
            joined[i] += hyps[k]
        return {text: loaded.tokenizer.decode(joined[i]) for i, text in enumerate(texts)}


MAX_PIECE_TOKENS = 150
"""The longest token sequence given to a model at once. Models are trained on sentences
far shorter; CTranslate2 cuts inputs at 1,024 tokens and outputs at 256, and a model
with fixed position encodings refuses anything past them."""


def split_tokens(tokens: list[str], limit: int = MAX_PIECE_TOKENS) -> list[list[str]]:
    """`tokens` in pieces of at most `limit`, cut before a word start (`▁` in
    SentencePiece, not after a `@@` continuation in BPE) in the second half of a piece
    when there is one."""
    pieces = []
    start = 0
    while len(tokens) - start > limit:
        window = range(start + limit, start + limit // 2, -1)
        cut = next((j for j in window if tokens[j].startswith("▁")), None)
        cut = cut or next((j for j in window if not tokens[j - 1].endswith("@@")), start + limit)
        pieces.append(tokens[start:cut])
        start = cut
    pieces.append(tokens[start:])
    return pieces


# -- precomputed translations --------------------------------------------------------------


class FileTranslator:
    """A translation you already have (see `read_translation`), parallel to the source
    sentences; an empty line means no translation for that sentence."""

    name = "file"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.lines = read_translation(self.path)
        self._digest = hashlib.sha256("\n".join(self.lines).encode("utf-8")).hexdigest()[:12]

    def translate(self, sentences: Sequence[str], *, source: str, target: str) -> list[str]:
        """The file's lines fitted to the sentences (see `fit_translation`)."""
        return fit_translation(self.lines, len(sentences), self.path)

    def describe(self, *, source: str, target: str) -> str:
        """The file name and a short hash of its content."""
        return f"file {self.path.name} sha256:{self._digest}"


def read_translation(path: str | Path) -> list[str]:
    """A translation of an article's sentences, from a file.

    xlate translate's `.json` gives its sentences' translations; any other file is text
    with one translated sentence a line, where an empty line means "no translation for
    this sentence" (trailing empty lines are dropped). Raises InputError naming the file.
    """
    from xlate.text.load import read_text

    path = Path(path)
    text = read_text(path)  # regular files only, size-limited, normalised
    if path.suffix.lower() == ".json":
        return _translation_json(text, path)
    lines = [line.strip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    if not any(lines):
        raise InputError(path, "has no translated text")
    return lines


def _translation_json(text: str, path: Path) -> list[str]:
    from xlate.validate import Fields, parse_json

    data = parse_json(text, path=path)
    if not isinstance(data, dict) or data.get("schema") != "xlate.translation/1":
        raise InputError(
            path, "is not a translation written by `xlate translate` (xlate.translation/1)"
        )
    items = Fields(data, path=path).items("sentences", required=True)
    return [
        (Fields(item, path=path, where=f"sentences[{i}].").text("translation") or "").strip()
        for i, item in enumerate(items)
    ]


def fit_translation(lines: Sequence[str], sentences: int, path: str | Path) -> list[str]:
    """`lines` as one translation per sentence: as they are when the counts agree, else
    without their empty lines (paragraph breaks) when that makes them agree.

    Raises InputError naming `path` and the likely fix when neither fits.
    """
    if len(lines) == sentences:
        return list(lines)
    filled = [line for line in lines if line]
    if len(filled) == sentences:
        return filled
    problem = (
        f"has {len(lines)} lines ({len(filled)} with text) but the article has "
        f"{sentences} sentences"
    )
    if len(filled) < sentences and Path(path).suffix.lower() == ".txt":
        hint = (
            "if it is xlate translate's paragraph .txt, pass its .json instead, or write "
            "one sentence a line with `xlate translate --format lines`"
        )
    else:
        hint = (
            "one line per sentence expected, an empty line where a sentence has no "
            "translation (use --presegmented so the article's sentences are its lines)"
        )
    raise InputError(path, f"{problem}; {hint}")


# -- articles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Translation:
    """An article's sentences in another language.

    `sentences` is parallel to `article.sentences`; `paragraphs` joins them by the source
    paragraph ids, in order. `package` says what translated it (see Translator.describe).
    """

    target: str
    article: Article
    sentences: tuple[str, ...]
    paragraphs: tuple[str, ...]
    package: str
    translator: str = "argos"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written by `write_translation`."""
        from xlate import __version__

        return {
            "schema": "xlate.translation/1",
            "source_lang": self.article.lang,
            "target_lang": self.target,
            "translator": self.translator,
            "package": self.package,
            "xlate_version": __version__,
            "source_path": self.article.path,
            "sentences": [
                {"id": s.id, "paragraph": s.paragraph, "source": s.text, "translation": t}
                for s, t in zip(self.article.sentences, self.sentences, strict=True)
            ],
        }


def translate_article(article: Article, *, target: str, translator: Translator) -> Translation:
    """Translate every sentence of a segmented article into `target`."""
    where = article.path or "article"
    if not article.sentences:
        raise InputError(where, "has no sentences to translate (segment it first)")
    if article.lang in ("", "und"):
        raise LanguageError(f"{where}: source language unknown; give it (--from LANG)")
    source, target = check_language(article.lang), check_language(target)
    texts = [s.text for s in article.sentences]
    out = translator.translate(texts, source=source, target=target)
    if len(out) != len(texts):
        raise ModelError(
            f"{translator.name} returned {len(out)} sentences for {len(texts)} ({where})"
        )
    joiner = "" if target in _UNSPACED else " "
    grouped: dict[int, list[str]] = {}
    for sentence, text in zip(article.sentences, out, strict=True):
        grouped.setdefault(sentence.paragraph, []).append(text)
    paragraphs = tuple(joiner.join(t for t in grouped[p] if t) for p in sorted(grouped))
    return Translation(
        target=target,
        article=article,
        sentences=tuple(out),
        paragraphs=paragraphs,
        package=translator.describe(source=source, target=target),
        translator=translator.name,
    )


TRANSLATION_FORMATS = ("txt", "json", "lines")
"""What `write_translation` can write: paragraphs, sentence-aligned JSON, one sentence a line."""


def write_translation(
    translation: Translation,
    out_dir: Path,
    stem: str,
    *,
    formats: Sequence[str] = ("txt", "json"),
) -> list[Path]:
    """Write `<stem>.<lang>.txt` (paragraphs, blank line between), `<stem>.<lang>.json`
    and/or `<stem>.<lang>.lines.txt` (one sentence a line, for a human translator to fix;
    both it and the .json are read back by `read_translation`).

    The set is written all-or-nothing and never over the source article
    (`xlate.fsutil.write_all`); returns the paths in `formats` order.
    """
    from xlate.fsutil import write_all

    base = Path(out_dir) / f"{stem}.{translation.target}"
    content = {
        "txt": (".txt", lambda: "\n\n".join(translation.paragraphs) + "\n"),
        "json": (
            ".json",
            lambda: json.dumps(translation.to_dict(), ensure_ascii=False, indent=1) + "\n",
        ),
        "lines": (".lines.txt", lambda: "".join(t + "\n" for t in translation.sentences)),
    }
    files = {base.with_name(base.name + content[f][0]): content[f][1]() for f in formats}
    return write_all(files, inputs=[translation.article.path] if translation.article.path else [])
