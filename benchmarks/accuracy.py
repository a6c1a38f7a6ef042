"""Accuracy of `xlate compare` against gold, beside a naive difflib aligner as reference.

Parts: (a) the bundled pairs in corpora/ (read with `read_article`, so segmentation is
scored too; also aligned from the gold sentences), (b) synthetic pairs from synth.py with a
fixed seed, (c) the document verdict on COUNTER (Urdu) dev pairs. Missing data is skipped
with a message. Run from the repository: `python benchmarks/accuracy.py [--quick]`.
"""

from __future__ import annotations

import argparse
import difflib
import platform
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gold import LABELS, Pair, Scores, bundled_pairs, macro_f1, score_pair
from synth import DATA, make_pairs

REPO = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
VERDICTS = ("wholly", "partially", "non")
COUNTER_CLASSES = {"WD": "wholly", "PD": "partially", "ND": "non"}
GOALS = (
    "goals: synthetic bead F1 >= 0.97, moved R >= 0.90, "
    "fact R >= 0.95 with P >= 0.90, counter macro-F1 >= 0.70"
)


@dataclass(frozen=True)
class BaselineLink:
    """A link of the difflib baseline (same fields the scorer reads from xlate links)."""

    original: tuple[int, ...]
    republication: tuple[int, ...]
    label: str
    facts: tuple[Any, ...] = ()


Aligner = Callable[[Pair], Sequence[Any]]


def difflib_links(original: Sequence[str], republication: Sequence[str]) -> list[BaselineLink]:
    """Naive reference: difflib opcodes over whole sentences; equal-sized replaced runs are
    paired 1:1 as edited when similar enough, everything else is omitted or added."""
    links: list[BaselineLink] = []
    matcher = difflib.SequenceMatcher(None, list(original), list(republication), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            links.extend(
                BaselineLink((i,), (j,), "unchanged")
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                if difflib.SequenceMatcher(None, original[i], republication[j]).ratio() >= 0.5:
                    links.append(BaselineLink((i,), (j,), "edited"))
                else:
                    links += [BaselineLink((i,), (), "omitted"), BaselineLink((), (j,), "added")]
            continue
        links.extend(BaselineLink((i,), (), "omitted") for i in range(i1, i2))
        links.extend(BaselineLink((), (j,), "added") for j in range(j1, j2))
    return links


def _compare_sentences(pair: Pair) -> Sequence[Any]:
    from xlate.matching.compare import compare
    from xlate.model import Article

    original = Article.from_sentences(pair.original, lang=pair.lang)
    republication = Article.from_sentences(pair.republication, lang=pair.lang)
    return compare(original, republication).links


def _align_only(pair: Pair) -> Sequence[Any]:
    from xlate.matching.align import align

    return align(pair.original_sentences, pair.republication_sentences)


def _difflib(pair: Pair) -> Sequence[Any]:
    return difflib_links(pair.original_sentences, pair.republication_sentences)


SYSTEMS: dict[str, Aligner] = {
    "xlate compare": _compare_sentences,
    "xlate align (no facts)": _align_only,
    "difflib baseline": _difflib,
}
"""Rows of the tables: the full comparison, its aligner alone, and the naive reference."""


# --- running ---------------------------------------------------------------------------


def run(aligner: Aligner, pairs: Sequence[Pair]) -> tuple[Scores, float, str | None]:
    """Score `aligner` over `pairs`: micro-averaged scores, seconds taken, first error if any."""
    total = Scores()
    start = time.perf_counter()
    for pair in pairs:
        try:
            links = aligner(pair)
        except Exception as exc:  # report and go on: one broken system must not hide the others
            return total, time.perf_counter() - start, f"{pair.name}: {type(exc).__name__}: {exc}"
        total.add(score_pair(links, pair))
    return total, time.perf_counter() - start, None


def bundled_with_reader(pair: Pair) -> tuple[Sequence[Any], list[str]]:
    """Compare a bundled pair read from its files with read_article; also the places where
    the segmented sentences differ from the gold sentences."""
    from xlate.api import read_article
    from xlate.matching.compare import compare

    assert pair.folder is not None
    articles = [
        read_article(pair.folder / name, presegmented=pair.presegmented, lang=pair.lang)
        for name in (pair.original_file, pair.republication_file)
    ]
    notes = []
    for side, article, gold in zip(
        ("original", "republication"),
        articles,
        (pair.original_sentences, pair.republication_sentences),
        strict=True,
    ):
        got = [s.text for s in article.sentences]
        if got != gold:
            notes.append(f"{pair.name} {side}: {len(got)} sentences segmented, {len(gold)} in gold")
            for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, gold, got).get_opcodes():
                if op != "equal":
                    notes.append(f"    gold {gold[i1:i2]!r}\n    got  {got[j1:j2]!r}")
    return compare(articles[0], articles[1]).links, notes


# --- printing --------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    """Three decimals, or '-' when the figure is undefined."""
    return "-" if value is None else f"{value:.3f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain-text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[k])) for r in [header, *rows]) for k in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            str(c).ljust(w) if k == 0 else str(c).rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def score_rows(results: dict[str, tuple[Scores, float, str | None]]) -> str:
    """The main table: one row per system."""
    header = [
        "system",
        "pairs",
        "bead P",
        "bead R",
        "bead F1",
        "moved R",
        "fact P",
        "fact R",
        "fact R any-kind",
        "seconds",
    ]
    rows = []
    for name, (s, seconds, error) in results.items():
        if error is not None and not s.pairs:
            rows.append([name, "failed", "", "", "", "", "", "", "", ""])
            continue
        rows.append(
            [
                name,
                str(s.pairs),
                fmt(s.beads.precision),
                fmt(s.beads.recall),
                fmt(s.beads.f1),
                fmt(s.moved.recall),
                fmt(s.facts.precision),
                fmt(s.facts.recall),
                fmt(s.facts_any_kind.recall),
                f"{seconds:.1f}",
            ]
        )
    out = table(header, rows)
    for name, (_, _, error) in results.items():
        if error is not None:
            out += f"\n  {name} stopped: {error}"
    return out


def label_rows(results: dict[str, tuple[Scores, float, str | None]]) -> str:
    """Per-label precision/recall (gold count, then P/R per system)."""
    names = [n for n, (s, _, _) in results.items() if s.pairs]
    if not names:
        return ""
    header = ["label", "gold", *[f"{n} P/R" for n in names], *[f"{n} predicted" for n in names[:1]]]
    rows = []
    first = results[names[0]][0]
    for lab in LABELS:
        cells = [lab, str(first.labels[lab].gold)]
        for n in names:
            t = results[n][0].labels[lab]
            cells.append(f"{fmt(t.precision)}/{fmt(t.recall)}")
        cells.append(str(first.labels[lab].predicted))
        rows.append(cells)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(first.fact_status.items()))
    return table(header, rows) + f"\n  {names[0]} fact statuses predicted: {statuses or 'none'}"


# --- parts -----------------------------------------------------------------------------


def part_bundled(corpora: Path) -> None:
    """(a) every bundled gold pair; the en-GB/en-US pair must show no add/omit and no drift."""
    print(f"\n(a) bundled pairs in {corpora}")
    pairs = bundled_pairs(corpora) if corpora.exists() else []
    if not pairs:
        print("  skipped: no gold.json found")
        return
    results: dict[str, tuple[Scores, float, str | None]] = {}
    results["xlate compare (read_article)"] = _run_reader(pairs)
    for name, aligner in SYSTEMS.items():
        results[f"{name} (gold sentences)"] = run(aligner, pairs)
    print(score_rows(results))
    per_pair = []
    for pair in pairs:
        row = [pair.name, f"{len(pair.original_sentences)}/{len(pair.republication_sentences)}"]
        for aligner in SYSTEMS.values():
            s, _, error = run(aligner, [pair])
            row.append("failed" if error else fmt(s.beads.f1))
        per_pair.append(row)
    print(table(["pair", "sentences", *[f"{name} F1" for name in SYSTEMS]], per_pair))
    print(
        label_rows(
            {
                k.removesuffix(" (gold sentences)"): v
                for k, v in results.items()
                if "gold sentences" in k
            }
        )
    )
    for pair in pairs:
        if (
            pair.presegmented
            and not pair.facts
            and all(b.label in ("unchanged", "edited") for b in pair.beads)
        ):
            _house_style(pair)


def _run_reader(pairs: Sequence[Pair]) -> tuple[Scores, float, str | None]:
    total = Scores()
    start = time.perf_counter()
    notes: list[str] = []
    try:
        for pair in pairs:
            links, pair_notes = bundled_with_reader(pair)
            notes += pair_notes
            total.add(score_pair(links, pair))
    except Exception as exc:  # report and go on with the other rows
        return total, time.perf_counter() - start, f"{type(exc).__name__}: {exc}"
    finally:
        if notes:
            print("  segmentation differs from gold:")
            print("\n".join("  " + n for n in notes))
        elif total.pairs:
            print("  segmentation: every file segments exactly as the gold sentences")
    return total, time.perf_counter() - start, None


def _house_style(pair: Pair) -> None:
    try:
        links = _compare_sentences(pair)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        print(f"  {pair.name}: compare failed: {type(exc).__name__}: {exc}")
        return
    counts = Counter(link.label for link in links)
    drift = [(link, f) for link in links for f in link.facts if f.status != "kept"]
    status = "ok" if not counts["added"] and not counts["omitted"] and not drift else "FAILS"
    print(
        f"  {pair.name} (house style only): added {counts['added']}, omitted {counts['omitted']}, "
        f"non-kept facts {len(drift)} (must all be 0: {status})"
    )
    for link, fact in drift[:5]:
        where = f"{list(link.original)}->{list(link.republication)}"
        print(
            f"    {fact.kind} {fact.status}: {fact.original!r} -> {fact.republication!r} on {where}"
        )


def part_synthetic(n: int, seed: int) -> None:
    """(b) synthetic pairs with a fixed seed."""
    print(f"\n(b) synthetic pairs: {n}, seed {seed}")
    try:
        pairs = make_pairs(n, seed=seed)
    except FileNotFoundError as exc:
        print(f"  skipped: {exc}")
        return
    results = {name: run(aligner, pairs) for name, aligner in SYSTEMS.items()}
    print(score_rows(results))
    print(label_rows(results))
    kinds = Counter(f.kind for p in pairs for f in p.facts)
    print("  gold fact changes: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    _fact_kind_recall(pairs)


def _fact_kind_recall(pairs: Sequence[Pair]) -> None:
    """Fact-change recall per gold kind, for compare only (where drift detection fails)."""
    from gold import predicted_facts, score_facts

    by_kind: dict[str, list[int]] = {}
    try:
        for pair in pairs:
            predicted = predicted_facts(_compare_sentences(pair))
            for fact in pair.facts:
                s = score_facts(predicted, [fact])
                found = by_kind.setdefault(fact.kind, [0, 0])
                found[0] += s.facts.correct_gold
                found[1] += 1
    except Exception:  # noqa: BLE001 - the main table already reported the failure
        return
    print(
        "  compare fact-change recall by kind: "
        + ", ".join(f"{k} {hit}/{total}" for k, (hit, total) in sorted(by_kind.items()))
    )


def read_counter(path: Path) -> tuple[str, dict[str, str]]:
    """Body text of one COUNTER XML file and its attributes (the headline is left out)."""
    root = ET.parse(path).getroot()
    body = (root.findtext("body") or "").strip()
    return body, dict(root.attrib)


def counter_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(id, source file, derived file) for every COUNTER pair in `folder`."""
    pairs = []
    for source in sorted(folder.glob("[0-9][0-9][0-9][0-9].xml")):
        derived = [source.with_name(source.stem + s + ".xml") for s in ("p", "P")]
        found = [d for d in derived if d.exists()]
        if found:
            pairs.append((source.stem, source, found[0]))
    return pairs


@dataclass(frozen=True)
class CounterRow:
    """One COUNTER pair: gold class and what compare's summary said."""

    pair: str
    gold: str
    coverage: float
    derived: float
    reuse: float
    verdict: str


def part_counter(folder: Path, *, quick: bool, dump: Path | None) -> None:
    """(c) document verdicts on COUNTER: macro-F1 over wholly/partially/non."""
    print(f"\n(c) COUNTER (Urdu) document verdicts in {folder}")
    pairs = counter_pairs(folder) if folder.exists() else []
    if not pairs:
        print("  skipped: no COUNTER pairs found (NNNN.xml + NNNNp.xml)")
        return
    if quick:
        pairs = pairs[::4]
    rows, disagree, seconds = _counter_rows(pairs)
    if not rows:
        return
    gold = [r.gold for r in rows]
    predicted = [r.verdict for r in rows]
    right = sum(g == p for g, p in zip(gold, predicted, strict=True))
    print(
        f"  pairs scored: {len(rows)} in {seconds:.1f} s; class label from the derived file "
        f"(the source file's label differs on {disagree})"
    )
    print(
        f"  macro-F1 {macro_f1(gold, predicted, VERDICTS):.3f}   accuracy {right / len(rows):.3f}"
    )
    confusion = [
        [v, *[str(sum(r.gold == v and r.verdict == w for r in rows)) for w in VERDICTS]]
        for v in VERDICTS
    ]
    print(table(["gold \\ predicted", *VERDICTS], confusion))
    stats = []
    for v in VERDICTS:
        for name in ("coverage", "derived", "reuse"):
            values = [getattr(r, name) for r in rows if r.gold == v]
            if len(values) >= 2:
                quartiles = statistics.quantiles(values, n=4)
                mean = statistics.fmean(values)
                stats.append([f"{v} {name}", str(len(values)), *map(fmt, [mean, *quartiles])])
    print(table(["class value", "n", "mean", "q1", "median", "q3"], stats))
    if dump is not None:
        from xlate.fsutil import write_atomic

        target = dump if dump.parent != Path() else OUT / dump
        lines = ["pair,gold,coverage,derived,reuse,verdict"] + [
            f"{r.pair},{r.gold},{r.coverage},{r.derived},{r.reuse},{r.verdict}" for r in rows
        ]
        write_atomic(target, "\n".join(lines) + "\n")
        print(f"  per-pair values written to {target}")


def _counter_rows(pairs: Sequence[tuple[str, Path, Path]]) -> tuple[list[CounterRow], int, float]:
    """Compare every COUNTER pair (bodies segmented as Urdu); rows, label disagreements, seconds."""
    from xlate.model import Article
    from xlate.text.segment import segment

    rows: list[CounterRow] = []
    disagree = 0
    start = time.perf_counter()
    try:
        from xlate.matching.compare import compare

        for pid, source, derived in pairs:
            s_text, s_attr = read_counter(source)
            d_text, d_attr = read_counter(derived)
            label = d_attr.get("classification", "")
            disagree += s_attr.get("classification") != label
            gold = COUNTER_CLASSES.get(label)
            if gold is None or not s_text or not d_text:
                continue
            articles = [segment(Article(paragraphs=(t,), lang="ur")) for t in (s_text, d_text)]
            sm = compare(articles[0], articles[1]).summary
            rows.append(CounterRow(pid, gold, sm.coverage, sm.derived, sm.reuse, sm.verdict))
    except Exception as exc:  # noqa: BLE001 - reported, the rest of the benchmark goes on
        print(f"  compare failed after {len(rows)} pairs: {type(exc).__name__}: {exc}")
    return rows, disagree, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the tables; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="40 synthetic pairs and every 4th COUNTER pair"
    )
    parser.add_argument("--pairs", type=int, default=200, help="synthetic pairs (default 200)")
    parser.add_argument("--seed", type=int, default=13, help="synthetic seed (default 13)")
    parser.add_argument("--corpora", type=Path, default=REPO / "corpora")
    parser.add_argument(
        "--counter", type=Path, default=REPO.parent / "shared" / "data" / "counter_dev"
    )
    parser.add_argument(
        "--dump-counter",
        type=Path,
        default=None,
        metavar="FILE",
        help="CSV of per-pair coverage/derived/gold (a bare name goes to benchmarks/out/)",
    )
    parser.add_argument("--only", choices=("bundled", "synthetic", "counter"), action="append")
    args = parser.parse_args(argv)
    import xlate

    print("xlate accuracy benchmark")
    print(
        f"xlate {xlate.__version__} | Python {platform.python_version()} | {platform.platform()} | "
        f"{platform.processor() or platform.machine()}"
    )
    print(GOALS)
    parts = set(args.only or ("bundled", "synthetic", "counter"))
    if "bundled" in parts:
        part_bundled(args.corpora)
    if "synthetic" in parts:
        if DATA.exists():
            part_synthetic(40 if args.quick else args.pairs, args.seed)
        else:
            print(f"\n(b) synthetic pairs: skipped, shared data not found at {DATA}")
    if "counter" in parts:
        part_counter(args.counter, quick=args.quick, dump=args.dump_counter)
    return 0


if __name__ == "__main__":
    sys.exit(main())
