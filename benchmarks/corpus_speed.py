"""Speed of corpus runs and of the story-family report.

Run: .venv/bin/python benchmarks/corpus_speed.py [--pairs 1000] [--jobs 2]

1. A corpus of `--pairs` pairs of 40-sentence articles (GUM Wikinews text, seeded edits:
   drops, insertions, word changes, a moved paragraph; 10 republications a story) run by
   `xlate corpus DIR --jobs N` as one process, all four report formats, family reports and
   the index. Goal: 1,000 pairs in under 60 s on 2 cores with --jobs 2.
2. The family of one original and 50 republications: `build_family` + the three family
   formats from 50 pair reports (the reports made beforehand), and the whole
   `xlate compare ORIGINAL REP x50` process. Goal: under 5 s (the family report).
CPU time (user + system, worker processes included) is printed beside wall time: on a
machine shared with other work, wall time measures the neighbours as much as xlate.
Baseline, in the same run: one `xlate compare` process per pair (the way a script would
loop over pairs before `xlate corpus`), timed on a few sampled pairs and extrapolated.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_speed import edited, wikinews_sentences  # noqa: E402

from xlate import __version__  # noqa: E402

SENTENCES = 40
REPS_PER_STORY = 10


def wire_of(docs: list[list[list[str]]], rng: random.Random) -> list[list[str]]:
    """A wire story of SENTENCES sentences (paragraphs of random Wikinews articles)."""
    paragraphs: list[list[str]] = []
    while sum(len(p) for p in paragraphs) < SENTENCES:
        paragraphs.extend(docs[rng.randrange(len(docs))])
    count, out = 0, []
    for para in paragraphs:
        take = para[: SENTENCES - count]
        if take:
            out.append(take)
            count += len(take)
    return out


def story_texts(
    docs: list[list[list[str]]], rng: random.Random, reps: int
) -> tuple[str, list[str]]:
    """An original of SENTENCES sentences and `reps` edited republications, as file texts."""
    trimmed = wire_of(docs, rng)
    pool = [s for d in docs for p in d for s in p]

    def text(paras: list[list[str]]) -> str:
        return "\n\n".join(" ".join(p) for p in paras) + "\n"

    return text(trimmed), [text(edited(trimmed, rng, pool)) for _ in range(reps)]


def make_corpus(root: Path, pairs: int, rng: random.Random) -> list[tuple[Path, Path]]:
    docs = wikinews_sentences()
    made: list[tuple[Path, Path]] = []
    for k in range(0, pairs, REPS_PER_STORY):
        folder = root / f"story-{k // REPS_PER_STORY:04d}"
        folder.mkdir(parents=True)
        original, reps = story_texts(docs, rng, min(REPS_PER_STORY, pairs - k))
        (folder / "original.txt").write_text(original, "utf-8")
        for j, rep in enumerate(reps):
            path = folder / f"outlet-{j:02d}.txt"
            path.write_text(rep, "utf-8")
            made.append((folder / "original.txt", path))
    return made


CPU: list[float] = []
"""CPU seconds (user + system, the process and its workers) of the last `timed` command."""


def timed(cmd: list[str]) -> float:
    """Wall-clock seconds of `cmd`; its CPU seconds go to CPU[-1]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=5, help="baseline processes to time")
    args = parser.parse_args()
    print(
        f"xlate {__version__} | Python {platform.python_version()} | {platform.platform()} | "
        f"{os.cpu_count()} CPUs | load {os.getloadavg()[0]:.2f}"
    )
    xlate = [sys.executable, "-m", "xlate"]
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pairs = make_corpus(root / "corpus", args.pairs, rng)
        corpus_s = timed(
            [*xlate, "corpus", str(root / "corpus"), "-o", str(root / "out"), "-j", str(args.jobs)]
        )
        corpus_cpu = CPU[-1]
        written = len(list((root / "out").glob("*.html")))
        sample = rng.sample(pairs, min(args.sample, len(pairs)))
        per_pair = statistics.median(
            timed([*xlate, "compare", str(o), str(r), "-o", str(root / "base")]) for o, r in sample
        )
        per_pair_cpu = statistics.median(CPU[-len(sample) :])
        baseline_s = per_pair * len(pairs)
        print(f"\n1. corpus of {len(pairs)} pairs x {SENTENCES} sentences (all formats, index)")
        print(
            f"   xlate corpus --jobs {args.jobs}: {corpus_s:.1f} s ({written} HTML pages)   "
            f"goal < 60 s: {'met' if corpus_s < 60 else 'NOT met'}"
        )
        print(
            f"   one xlate compare process per pair: {per_pair:.2f} s each x {len(pairs)} = "
            f"{baseline_s:.0f} s serial, {baseline_s / args.jobs:.0f} s on {args.jobs} cores "
            f"(median of {len(sample)} sampled)   ratio {baseline_s / corpus_s:.1f}x "
            f"({baseline_s / args.jobs / corpus_s:.1f}x against {args.jobs} parallel loops)"
        )
        print(
            f"   CPU time (user + system, workers included): xlate corpus {corpus_cpu:.1f} s "
            f"= {corpus_cpu / len(pairs) * 1000:.0f} ms a pair, i.e. "
            f"{corpus_cpu / args.jobs:.0f} s on {args.jobs} idle cores; "
            f"one process per pair {per_pair_cpu:.2f} s a pair "
            f"({per_pair_cpu * len(pairs) / corpus_cpu:.1f}x more CPU)"
        )
        family_case(root, xlate)
    print(f"\nload after the run: {os.getloadavg()[0]:.2f}")


def family_case(root: Path, xlate: list[str]) -> None:
    from xlate.api import read_article
    from xlate.corpus.family import build_family
    from xlate.matching.compare import compare
    from xlate.reports.family import write_family

    rng = random.Random(5)
    original, reps = story_texts(wikinews_sentences(), rng, 50)
    folder = root / "family"
    folder.mkdir()
    (folder / "original.txt").write_text(original, "utf-8")
    paths = []
    for j, text in enumerate(reps):
        path = folder / f"outlet-{j:02d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    o = read_article(folder / "original.txt")
    reports = [compare(o, read_article(p)) for p in paths]
    start = time.perf_counter()
    family = build_family("family", reports)
    write_family(family, root / "family-out")
    family_s = time.perf_counter() - start
    whole_s = timed([*xlate, "compare", str(folder / "original.txt"), *map(str, paths), "-o",
                     str(root / "family-cli")])  # fmt: skip
    whole_cpu = CPU[-1]
    one_s = timed([*xlate, "compare", str(folder / "original.txt"), str(paths[0]), "-o",
                   str(root / "family-one")])  # fmt: skip
    print(f"\n2. family of 1 original + {len(reps)} republications x {SENTENCES} sentences")
    print(
        f"   build_family + html/md/json from the 50 reports: {family_s:.2f} s   "
        f"goal < 5 s: {'met' if family_s < 5 else 'NOT met'}"
    )
    print(
        f"   xlate compare ORIGINAL REP x{len(reps)} (50 pair reports in all formats + family, "
        f"default jobs): {whole_s:.1f} s, CPU {whole_cpu:.1f} s"
    )
    print(
        f"   one xlate compare process per pair: {one_s:.2f} s x {len(reps)} = "
        f"{one_s * len(reps):.0f} s, ratio {one_s * len(reps) / whole_s:.1f}x"
    )


if __name__ == "__main__":
    main()
