"""Corpus runs: compare every republication of every story, write pair reports, family
reports and the index (`index.html`, `index.csv`, `index.json`).

`run_stories(stories, out)` is the API (`xlate corpus` and `xlate compare ORIGINAL REP...`
are thin layers over it; `xlate trace` calls it for the pairs it finds). Pairs run through
an executor (`xlate.corpus.executor`): in-process, a local process pool or Dask. Every file
is written atomically, so an interrupted run leaves only complete reports.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlate.corpus.layout import Source, Story
from xlate.corpus.naming import Namer
from xlate.errors import ModelError, OutputError, XlateError

if TYPE_CHECKING:
    from xlate.model import Article, Report

INDEX_COLUMNS = (
    "story", "outlet", "language", "verdict", "coverage", "drift", "added", "edits", "link",
    "name", "original", "republication", "url", "date",
)  # fmt: skip
"""Columns of index.csv (and keys of each pair in index.json)."""
POOL_MIN_PAIRS = 8
"""With `jobs=None`, runs of fewer pairs stay in one process."""


@dataclass(frozen=True)
class Options:
    """How pairs are compared (as `xlate compare`'s options)."""

    via: str | None = None
    original_lang: str | None = None
    republication_lang: str | None = None
    formats: tuple[str, ...] = ("html", "md", "json", "align")
    keep_going: bool = True
    """False: a pair's error is raised (a traceback for --debug) instead of recorded."""


@dataclass(frozen=True)
class PairTask:
    """One pair for a worker: inputs, options, and the report name chosen in the parent."""

    story: str
    original: Source
    republication: Source
    presegmented: bool
    name: str
    out: Path
    options: Options


@dataclass(frozen=True)
class PairResult:
    """What a worker returns: the report (None on error), written files, and any error."""

    task: PairTask
    report: Report | None
    paths: tuple[Path, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    internal: bool = False
    """The error is a bug in xlate, not a problem of the input."""


@dataclass
class RunResult:
    """Index rows, family report names, every file written, warnings and errors naming
    files, the index page."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    families: list[str] = field(default_factory=list)  # names, not records: memory stays flat
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    internal: bool = False
    """Some pair failed on a bug in xlate (exit 3), not on its input (exit 2)."""
    drifted: list[str] = field(default_factory=list)
    """One line per drifted fact of a kept sentence, naming the pair (for --fail-on drift)."""
    index: Path | None = None


@lru_cache(maxsize=8)
def _read_cached(path: str, mtime: float, presegmented: bool, lang: str | None) -> Article:
    from xlate.api import read_article

    return read_article(path, presegmented=presegmented, lang=lang)


def _read(source: Source, presegmented: bool, lang: str | None) -> Article:
    if not isinstance(source.input, Path):
        return source.input
    try:
        mtime = source.input.stat().st_mtime
    except OSError:  # missing, a loop, a name too long: read_article names the problem
        mtime = 0.0
    return _read_cached(str(source.input), mtime, presegmented, lang)


def run_pair(task: PairTask) -> PairResult:
    """Compare one pair and write its reports (runs in a worker; originals are cached)."""
    from xlate.api import read_translation
    from xlate.matching.compare import compare
    from xlate.matching.sanity import swapped
    from xlate.reports import write_reports
    from xlate.translation.packages import article_language

    o_src, r_src, opts = task.original, task.republication, task.options
    try:
        original = _read(o_src, task.presegmented, o_src.lang or opts.original_lang)
        rep = _read(r_src, task.presegmented, r_src.lang or opts.republication_lang)
        if original.lang != rep.lang:  # a language xlate cannot work with is the file's problem
            for article, src, option in (
                (original, o_src, "--original-lang"),
                (rep, r_src, "--republication-lang"),
            ):
                if src.translation is None:
                    article_language(article.lang, src.path or task.name, option)
        try:
            report = compare(
                original,
                rep,
                via=opts.via,
                original_translation=read_translation(o_src.translation, article=original)
                if o_src.translation
                else None,
                republication_translation=read_translation(r_src.translation, article=rep)
                if r_src.translation
                else None,
            )
        except ModelError as exc:  # say which file is in which language
            raise ModelError(
                f"{o_src.path or 'original'} is {original.lang}, {r_src.path or task.name} "
                f"is {rep.lang}: {exc}"
            ) from None
        inputs = [p for p in (o_src.input, r_src.input, o_src.translation, r_src.translation)
                  if isinstance(p, (str, Path))]  # fmt: skip
        paths = write_reports(
            report, task.out, formats=opts.formats, name=task.name, inputs=inputs
        )
    except XlateError as exc:
        if not opts.keep_going:
            raise
        return PairResult(task, None, error=str(exc))
    except MemoryError:  # the CLI says it in one line, naming the inputs and the limit
        raise
    except Exception as exc:  # a bug on one odd article must not sink a thousand-pair run
        if not opts.keep_going:
            raise
        where = f"{o_src.path or 'original'} / {r_src.path or task.name}"
        problem = f"{type(exc).__name__}: {str(exc)[:200]}"
        return PairResult(
            task,
            None,
            error=f"{where}: internal error ({problem}) on this pair; please report it with "
            "the output of `xlate --debug ...`",
            internal=True,
        )
    warning = swapped(report)
    return PairResult(task, report, tuple(paths), warnings=(warning,) if warning else ())


def plan(
    stories: Sequence[Story],
    out: str | Path,
    options: Options,
    *,
    names: Sequence[str] | None = None,
) -> tuple[list[PairTask], Namer]:
    """Every pair of `stories` with a report name unique in this run and in `out`.

    `names` (one per pair) overrides the names. Returns the tasks and the `Namer` (its
    warnings list the renames; `written` + `save` record the names once reports exist).
    """
    namer = Namer(out)
    chosen = iter(names) if names is not None else None
    with namer.reserve():
        tasks = _claim_pairs(stories, out, options, namer, chosen)
    return tasks, namer


def _claim_pairs(
    stories: Sequence[Story],
    out: str | Path,
    options: Options,
    namer: Namer,
    chosen: Iterator[str] | None,
) -> list[PairTask]:
    tasks = []
    for story in stories:
        for rep in story.republications:
            inputs = [story.original.path, rep.path]
            if chosen is not None:  # names the user gave are kept, even over other reports
                name = namer.claim(next(chosen), inputs, force=True)
            else:
                name = namer.claim(f"{story.name}--{rep.name}", inputs)
            tasks.append(
                PairTask(
                    story.name, story.original, rep, story.presegmented, name, Path(out), options
                )
            )
    return tasks


def run_stories(
    stories: Sequence[Story],
    out: str | Path,
    *,
    options: Options | None = None,
    jobs: int | None = 1,
    scheduler: str | None = None,
    progress: Callable[[PairResult], None] | None = None,
    family: bool = True,
    index: bool | str = True,
    names: Sequence[str] | None = None,
    notes: Sequence[str] = (),
) -> RunResult:
    """Compare every pair, write pair reports, a family report per story with two or more
    republications, and `index.{html,csv,json}` (`index` may name the corpus: an index of
    another corpus in `out` is then kept and this one written as `index-2.*`).

    `jobs` workers (None: one per core from POOL_MIN_PAIRS pairs on) or a Dask
    `scheduler`; `progress` is called once per pair as results arrive (in input order).
    `names` overrides the report names; `notes` (what the layout skipped and why) go into
    the index beside the run's errors.
    """
    import os

    from xlate.corpus.executor import executor_for

    options = options or Options()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: not a folder; give --out a folder for the reports")
    stories = _unique_stories(stories)
    tasks, namer = plan(stories, out, options, names=names)
    result = RunResult()
    if jobs is None:  # a worker costs about a second to start: not worth it for a few pairs
        jobs = (os.cpu_count() or 1) if len(tasks) >= POOL_MIN_PAIRS else 1
    jobs = max(1, min(jobs, len(tasks)))
    chunk = max(1, min(16, len(tasks) // (jobs * 4)))
    by_story = {s.name: s for s in stories}
    executor = executor_for(jobs, scheduler)
    try:
        pending: list[PairResult] = []
        for done in executor.map(run_pair, tasks, chunk=chunk):
            if pending and pending[0].task.story != done.task.story:
                _finish_story(by_story[pending[0].task.story], pending, result, namer, family)
                pending = []
            pending.append(done)
            _record(done, result)
            if done.report is not None:
                namer.written(done.task.name)
            if progress:
                progress(done)
        if pending:
            _finish_story(by_story[pending[0].task.story], pending, result, namer, family)
    finally:
        executor.close()
        if index and result.rows:
            corpus = index if isinstance(index, str) else str(out)
            with namer.reserve():
                name = namer.claim("index", [corpus], kind="index")
            paths = write_index(result, out, title=corpus, name=name, notes=notes)
            namer.written(name, kind="index")
            result.paths += paths
            result.index = paths[0]
        result.warnings = [*namer.warnings, *result.warnings]
        namer.save()
    return result


def _unique_stories(stories: Sequence[Story]) -> list[Story]:
    """Stories with distinct names (`x`, `x-2`...): a family is one original's, never two."""
    from dataclasses import replace

    taken: set[str] = set()
    out = []
    for story in stories:
        name, n = story.name, 2
        while name in taken:
            name, n = f"{story.name}-{n}", n + 1
        taken.add(name)
        out.append(story if name == story.name else replace(story, name=name))
    return out


def _record(done: PairResult, result: RunResult) -> None:
    t = done.task
    if done.report is None:
        result.errors.append(done.error or f"pair {t.name} failed")
        result.internal = result.internal or done.internal
        return
    from xlate.matching.compare import drift

    result.warnings += [f"{t.republication.path or t.name}: {w}" for w in done.warnings]
    drifted = drift(done.report)
    for pair, fact in drifted:
        where = f"original {list(pair.original)} / republication {list(pair.republication)}"
        result.drifted.append(
            f"drift: {t.name}: {fact.kind} {fact.status}: {fact.original or '-'} -> "
            f"{fact.republication or '-'} ({fact.reason}; {where})"
        )
    s = done.report.summary
    formats = t.options.formats
    link = f"{t.name}{_suffix('html' if 'html' in formats else formats[0])}" if formats else None
    result.paths += done.paths
    result.rows.append(
        {
            "story": t.story,
            "outlet": t.republication.outlet
            or done.report.republication.meta.outlet
            or t.republication.name,
            "language": done.report.republication.lang,
            "verdict": s.verdict,
            "coverage": s.coverage,
            "drift": len(drifted),
            "added": s.counts.get("added", 0),
            "edits": sum(n for label, n in s.counts.items() if label != "unchanged"),
            "summary": summary_line(done.report),
            "link": link,
            "name": t.name,
            "original": t.original.path,
            "republication": t.republication.path,
            "url": t.republication.url,
            "date": t.republication.date,
        }
    )


def summary_line(report: Report) -> str:
    """One line: verdict, coverage, derivation, label counts, facts drifted and restyled."""
    s = report.summary
    counts = ", ".join(f"{n} {label}" for label, n in s.counts.items() if n)
    return (
        f"{s.verdict} derived: coverage {s.coverage:.0%}, derived {s.derived:.0%}; "
        f"{counts}; facts: {s.drift} drifted, {s.style} restyled"
    )


def _suffix(fmt: str) -> str:
    from xlate.reports import FORMATS

    return FORMATS[fmt][1]


def _finish_story(
    story: Story, results: list[PairResult], result: RunResult, namer: Namer, family: bool
) -> None:
    """Build and write the family report of a story once all its pairs are in."""
    from xlate.corpus.family import MemberInfo, build_family
    from xlate.reports.family import write_family

    done = [r for r in results if r.report is not None]
    if not family or len(done) < 2:
        return
    formats = done[0].task.options.formats
    fam = build_family(
        story.name,
        [r.report for r in done if r.report is not None],
        info=[
            MemberInfo(
                name=r.task.republication.name,
                outlet=r.task.republication.outlet,
                url=r.task.republication.url,
                date=r.task.republication.date,
                report=r.task.name,
            )
            for r in done
        ],
    )
    name = namer.claim(story.name, [story.original.path], kind="family")
    paths = write_family(
        fam, done[0].task.out, formats=formats, name=name,
        pair_suffix=".html" if "html" in formats else None,
    )  # fmt: skip
    namer.written(name, kind="family")
    result.families.append(name)
    result.paths += paths
    for row in result.rows:
        if row["story"] == story.name:
            row["family"] = f"{name}.family.html" if "html" in formats else None


def write_index(
    result: RunResult,
    out: str | Path,
    *,
    title: str,
    name: str = "index",
    notes: Sequence[str] = (),
) -> list[Path]:
    """`<name>.html`, `.csv` and `.json`: one row per pair, with links to the reports, and
    the notes and errors of the run."""
    from xlate.fsutil import write_atomic
    from xlate.reports.family_html import render_index

    out = Path(out)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=INDEX_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(result.rows)
    families = sorted(
        {(r["story"], r["family"]) for r in result.rows if r.get("family")}, key=lambda f: f[0]
    )
    family_links = [{"story": s, "link": link} for s, link in families]
    errors = list(dict.fromkeys(result.errors))
    data = {
        "schema": "xlate.index/1",
        "pairs": [{k: row.get(k) for k in (*INDEX_COLUMNS, "family")} for row in result.rows],
        "families": family_links,
        "notes": list(notes),
        "errors": errors,
    }
    return [
        write_atomic(
            out / f"{name}.html",
            render_index(result.rows, family_links, title=title, notes=[*notes, *errors]),
        ),
        write_atomic(out / f"{name}.csv", buffer.getvalue()),
        write_atomic(out / f"{name}.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n"),
    ]
