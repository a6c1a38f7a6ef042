"""Long documents: time and peak memory of the aligner at 1k to 100k sentences a side.

Each size is run in a fresh process (peak memory is that process's maximum resident set):
the original is Wikinews sentences (GUM) made unique by a running number, in paragraphs;
the republication is an edited copy (sentences dropped, reworded and inserted, one
paragraph moved; `compare_speed.edited`). Rows: `align` as it is now (scored on demand
past `AlignOptions.dense_cells`) against the full-matrix method (`dense_cells` without
limit) in the same run, the latter only up to 10k sentences (30k would need 3.6 GB for
the matrix alone). `--compare` also times `compare` (alignment plus facts) on the largest
size.

Run: `.venv/bin/python benchmarks/long_documents.py [--sizes 1000,10000,30000,100000]`
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

FULL_LIMIT = 10_000
"""Largest size the full-matrix method is run at."""


def make_pair(n: int, seed: int = 11) -> tuple[list[list[str]], list[list[str]]]:
    """An original of `n` unique sentences in paragraphs and an edited copy of it."""
    from compare_speed import edited, wikinews_sentences

    docs = wikinews_sentences()
    pool = [s for d in docs for p in d for s in p]
    rng = random.Random(seed)
    paragraphs: list[list[str]] = []
    count = 0
    while count < n:
        for para in docs[rng.randrange(len(docs))]:
            take = [f"{s} ({count + k})" for k, s in enumerate(para[: n - count])]
            if take:
                paragraphs.append(take)
                count += len(take)
    return paragraphs, edited(paragraphs, rng, pool)


def one(n: int, method: str, with_compare: bool) -> dict[str, float]:
    """Align (and optionally compare) one pair in this process; time and peak memory."""
    from xlate.matching.align import AlignOptions, align
    from xlate.matching.compare import compare
    from xlate.model import Article

    original, republication = make_pair(n)
    a = [s for p in original for s in p]
    b = [s for p in republication for s in p]
    opts = AlignOptions(dense_cells=2**62) if method == "full" else AlignOptions()
    start = time.perf_counter()
    links = align(a, b, options=opts)
    out = {"align_s": time.perf_counter() - start, "links": float(len(links))}
    if with_compare:
        o = Article.from_sentences(original, lang="en")
        r = Article.from_sentences(republication, lang="en")
        start = time.perf_counter()
        compare(o, r, options=opts)
        out["compare_s"] = time.perf_counter() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["sentences_b"] = float(len(b))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    import xlate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,30000,100000")
    parser.add_argument("--compare", action="store_true", help="also time compare, largest size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--method", default="banded", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.method, args.compare)))
        return 0
    print(
        f"xlate {xlate.__version__} | Python {platform.python_version()} | "
        f"{platform.platform()} | load {os.getloadavg()[0]:.2f}"
    )
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"{'sentences':>9} {'method':>12} {'align s':>8} {'compare s':>9} {'peak MB':>8}")
    for n in sizes:
        for method in ("banded", "full"):
            if method == "full" and n > FULL_LIMIT:
                print(f"{n:>9} {'full matrix':>12}  skipped: {n}² cells do not fit in memory")
                continue
            cmd = [sys.executable, __file__, "--one", str(n), "--method", method]
            if args.compare and n == max(sizes) and method == "banded":
                cmd.append("--compare")
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            comp = f"{r['compare_s']:9.1f}" if "compare_s" in r else f"{'-':>9}"
            label = "full matrix" if method == "full" else "now"
            print(f"{n:>9} {label:>12} {r['align_s']:8.2f} {comp} {r['peak_mb']:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
