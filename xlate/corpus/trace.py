"""Trace: for every article, find its wire sources in an index and verify them with the aligner.

Output (in the trace folder):

- `trace.jsonl`, schema `xlate.trace/1`: one line per verified candidate source, in the
  order of the input articles, then by rank; an article without any candidate has one line
  with `source: null`. Fields: article, source, rank, score, jaccard, support (place,
  agency and date), twins (sources with the same text, when any), verdict, coverage,
  derived, reuse, drift (facts changed, dropped or introduced in kept sentences), report.
  No timing or host data, so in-process, pool and Dask runs give byte-identical files.
- `errors.jsonl`: one line per article that could not be read or traced, with the reason.
- `reports/`: pair reports, family reports (a source with several derived articles) and
  `index.{html,csv,json}` for every derived pair (verdict not `non`), by the corpus-run API.
- `.parts/`: finished partitions; a rerun skips them, so an interrupted run resumes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlate.corpus.executor import executor_for
from xlate.corpus.index import Candidate, Index, fingerprint
from xlate.corpus.inputs import Item, iter_items, read_item
from xlate.errors import ModelError, OutputError, XlateError
from xlate.fsutil import write_atomic
from xlate.model import Article

if TYPE_CHECKING:
    from xlate.corpus.run import RunResult
    from xlate.model import Summary
    from xlate.translation.translate import Translator

SCHEMA = "xlate.trace/1"


@dataclass(frozen=True)
class TraceOptions:
    """How many candidates to verify, the least retrieval score worth verifying, the share
    of an article's sentences that must come from a source to name it `wholly` (see
    `verdict`), and which report formats to write for derived pairs (empty: none)."""

    verify: int = 3
    min_score: float = 0.05
    wholly_derived: float = 0.5
    formats: tuple[str, ...] = ("html", "md", "json", "align")


def verdict(summary: Summary, options: TraceOptions) -> str:
    """The verdict of `compare`, except that a source is named `wholly` only when at least
    `options.wholly_derived` of the article's sentences come from it: a long article that
    takes in a whole wire story among much else (the heavy word reuse `compare` counts as
    wholly derived) is partially derived from it."""
    if summary.verdict == "wholly" and summary.derived < options.wholly_derived:
        return "partially"
    return summary.verdict


@dataclass(frozen=True)
class Traced:
    """The result lines of one article, or the reason it failed."""

    id: str
    lines: tuple[dict[str, Any], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class TraceStats:
    """What a trace run did: articles traced now, skipped (done before), failed."""

    traced: int
    resumed: int
    failed: int
    derived: int
    out: Path


_INDEXES: dict[tuple[str, str], Index] = {}


def _index(path: str, digest: str | None = None) -> Index:
    """The index at `path`, loaded once per process (each worker keeps its own) and again
    when its segments are not those of `digest` (a Dask worker outlives a run)."""
    if digest is None or (path, digest) not in _INDEXES:
        index = Index(path)
        _INDEXES[(path, index.digest)] = index
        return index
    return _INDEXES[(path, digest)]


def trace_item(item: Item, *, index: str, digest: str, options: TraceOptions) -> Traced:
    """Trace one article (the function the executors run): search, then verify."""
    try:
        return Traced(item.id, tuple(_trace(item, _index(index, digest), options)))
    except XlateError as exc:
        return Traced(item.id, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one hostile article must not stop a corpus run
        return Traced(item.id, error=f"{item.id}: failed ({type(exc).__name__}: {exc})")


def _trace(item: Item, index: Index, options: TraceOptions) -> Iterator[dict[str, Any]]:
    from xlate.matching.compare import compare, drift
    from xlate.text.segment import segment

    article = read_item(item)
    if not article.sentences:
        article = segment(article)
    candidates = [
        c for c in _search(index, article, options.verify) if c.score >= options.min_score
    ]
    if not candidates:
        yield _line(item.id, None)
        return
    for rank, candidate in enumerate(candidates, 1):
        source = index.article(candidate)
        if not source.sentences:
            source = segment(source)
        found: dict[str, Any] = {"rank": rank, "score": candidate.score}
        found.update(jaccard=candidate.jaccard, support=candidate.support)
        if candidate.twins:
            found["twins"] = list(candidate.twins)
        try:
            report = compare(source, article)
        except ModelError as exc:
            # Another language and no translation package: the retrieval stands unverified.
            yield _line(item.id, candidate.id, **found, verdict="unverified", note=str(exc))
            continue
        summary = report.summary
        yield _line(
            item.id,
            candidate.id,
            **found,
            verdict=verdict(summary, options),
            coverage=round(summary.coverage, 4),
            derived=round(summary.derived, 4),
            reuse=round(summary.reuse, 4),
            drift=len(drift(report)),
        )


_TRANSLATORS: dict[str, Translator] = {}


def _search(index: Index, article: Article, limit: int) -> list[Candidate]:
    """Candidates for `article`; where a translation package leads from its language to
    another language of the index, the translated text is searched too (best score kept)."""
    from xlate.translation.packages import route

    best = {c.id: c for c in index.search(fingerprint(article), lang=article.lang, limit=limit)}
    for target in sorted(index.languages - {article.lang}):
        try:
            route(article.lang, target)
        except XlateError:
            continue  # no package: the facts alone find sources in that language
        if "argos" not in _TRANSLATORS:
            from xlate.translation.translate import ArgosTranslator

            _TRANSLATORS["argos"] = ArgosTranslator()
        translator = _TRANSLATORS["argos"]
        texts = translator.translate(
            [s.text for s in article.sentences], source=article.lang, target=target
        )
        translated = Article(paragraphs=(" ".join(texts),), meta=article.meta, lang=target)
        for c in index.search(fingerprint(translated), lang=target, limit=limit):
            if c.id not in best or c.score > best[c.id].score:
                best[c.id] = c
    return sorted(best.values(), key=lambda c: (-c.score * c.support, c.id))[:limit]


def _line(article: str, source: str | None, **fields: Any) -> dict[str, Any]:
    if source is None:
        fields = {"rank": None, "score": None, "verdict": "non"}
    return {"schema": SCHEMA, "article": article, "source": source, **fields}


def trace(
    inputs: Sequence[str | Path],
    index: str | Path,
    out: str | Path,
    *,
    jobs: int | None = 1,
    scheduler: str | None = None,
    options: TraceOptions | None = None,
    partition: int = 256,
    progress: Callable[[int], None] | None = None,
) -> TraceStats:
    """Trace every article under `inputs` (files, folders, `.jsonl`) against the index at
    `index`; write `trace.jsonl`, `errors.jsonl` and the reports into `out`.

    Runs in-process (`jobs` 1), in a pool of `jobs` processes, or on the Dask cluster at
    `scheduler`. Articles are taken `partition` at a time in input order; each finished
    partition is saved under `out/.parts`, so a rerun with the same inputs and index resumes
    after the last finished one. Memory holds a few partitions, never the whole corpus;
    the reports stage (`trace_reports`) holds the derived articles.
    """
    out = Path(out)
    index_path = os.path.realpath(index)
    loaded = _index(index_path)  # fail early on a bad index
    options = options or TraceOptions()
    parts = out / ".parts"
    parts.mkdir(parents=True, exist_ok=True)
    key = json.dumps(
        [loaded.digest, options.verify, options.min_score, options.wholly_derived, options.formats]
    )
    names: list[str] = []
    pending: deque[tuple[str, int]] = deque()
    resumed = 0

    def feed(items: Iterable[Item]) -> Iterator[Item]:
        nonlocal resumed
        for name, chunk in _partitions(items, partition, key):
            names.append(name)
            if (parts / name).exists():
                resumed += len(chunk)
                continue
            pending.append((name, len(chunk)))
            yield from chunk

    fn = partial(trace_item, index=index_path, digest=loaded.digest, options=options)
    buffer: list[Traced] = []
    traced = 0
    with closing(executor_for(jobs, scheduler)) as executor:
        for result in executor.map(fn, feed(iter_items(inputs)), chunk=8):
            buffer.append(result)
            if len(buffer) == pending[0][1]:
                write_atomic(parts / pending.popleft()[0], _dump(buffer))
                traced += len(buffer)
                buffer = []
                if progress:
                    progress(traced)
    stats = _join(out, names, traced, resumed)
    if options.formats and stats.derived:
        trace_reports(
            inputs, index_path, out, formats=options.formats, jobs=jobs, scheduler=scheduler
        )
    return stats


def trace_reports(
    inputs: Sequence[str | Path],
    index: str | Path,
    out: str | Path,
    *,
    formats: Sequence[str] = ("html", "md", "json", "align"),
    jobs: int | None = 1,
    scheduler: str | None = None,
) -> RunResult | None:
    """Pair reports, family reports and `index.{html,csv,json}` in `out/reports` for every
    derived (article, source) pair of `out/trace.jsonl`, through the corpus-run API:
    one story per source, its republications the articles derived from it."""
    from xlate.corpus.layout import Source, Story
    from xlate.corpus.naming import stem_name
    from xlate.corpus.run import Options, run_stories

    out = Path(out)
    derived: dict[str, list[str]] = {}
    with (out / "trace.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            line = json.loads(raw)
            if line["verdict"] in ("wholly", "partially"):
                derived.setdefault(line["source"], []).append(line["article"])
    wanted = {article for articles in derived.values() for article in articles}
    articles: dict[str, Article] = {}
    for item in iter_items(inputs):
        if item.id in wanted and item.id not in articles:
            articles[item.id] = read_item(item)
    loaded = _index(os.path.realpath(index))
    stories = [
        Story(
            name=stem_name(source),
            original=Source(loaded.article_by_id(source), name=stem_name(source)),
            republications=tuple(
                Source(articles[a], name=stem_name(a)) for a in derived[source] if a in articles
            ),
        )
        for source in sorted(derived)
    ]
    if not stories:
        return None
    return run_stories(
        stories,
        out / "reports",
        options=Options(formats=tuple(formats)),
        jobs=jobs,
        scheduler=scheduler,
    )


def _partitions(items: Iterable[Item], size: int, key: str) -> Iterator[tuple[str, list[Item]]]:
    iterator = iter(items)
    number = 0
    while chunk := list(islice(iterator, size)):
        digest = hashlib.sha256(
            "\n".join([key, *(f"{i.id}\t{i.path}" for i in chunk)]).encode()
        ).hexdigest()[:12]
        yield f"part-{number:06d}-{digest}.jsonl", chunk
        number += 1


def _dump(results: list[Traced]) -> str:
    rows: list[dict[str, Any]] = []
    for result in results:
        if result.error is not None:
            rows.append({"error": {"article": result.id, "error": result.error}})
        rows.extend({"line": line} for line in result.lines)
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _join(out: Path, names: list[str], traced: int, resumed: int) -> TraceStats:
    counts = {"failed": 0, "derived": 0}

    def rows(kind: str) -> Iterator[str]:
        for name in names:
            with (out / ".parts" / name).open(encoding="utf-8") as handle:
                for raw in handle:
                    row = json.loads(raw)
                    if kind in row:
                        if kind == "error":
                            counts["failed"] += 1
                        else:
                            counts["derived"] += row["line"]["verdict"] in ("wholly", "partially")
                        yield json.dumps(row[kind], ensure_ascii=False) + "\n"

    _write_lines(out / "trace.jsonl", rows("line"))
    _write_lines(out / "errors.jsonl", rows("error"))
    # Parts of other inputs (an earlier run on other articles) are not part of this result.
    wanted = set(names)
    for stale in (out / ".parts").iterdir():
        if stale.name.startswith("part-") and stale.name not in wanted:
            stale.unlink()
    return TraceStats(traced, resumed, counts["failed"], counts["derived"], out)


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    """Stream `lines` into a temp file beside `path`, then rename it over `path`."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(lines)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
