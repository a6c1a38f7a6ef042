"""Speed of `compare`: in-process on a typical pair and on 2,000 × 2,000 sentences, and the CLI.

Run: .venv/bin/python benchmarks/compare_speed.py
Baseline, run in the same script: a naive aligner that scores every sentence pair with
difflib.SequenceMatcher and keeps each republication sentence's best match. At
2,000 × 2,000 the baseline is timed on 200 × 200 and scaled by the pair count (it is
quadratic), which the output says. Goals: typical pair < 50 ms after warm-up,
2,000 × 2,000 < 5 s on a 2-core machine.
"""

from __future__ import annotations

import difflib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xlate import __version__
from xlate.matching.compare import compare
from xlate.model import Article

REPO = Path(__file__).resolve().parent.parent
GUM = REPO.parent / "shared" / "data" / "gum_wikinews" / "gum_wikinews_news.jsonl"


def wikinews_sentences() -> list[list[list[str]]]:
    if not GUM.exists():
        sys.exit(f"needs {GUM} (the shared Wikinews data); not found")
    return [json.loads(line)["paragraphs"] for line in GUM.read_text("utf-8").splitlines()]


def edited(paragraphs: list[list[str]], rng: random.Random, pool: list[str]) -> list[list[str]]:
    """A republication: some sentences dropped, some added, one paragraph moved, words changed."""
    out = [list(p) for p in paragraphs]
    for para in out:
        for k in range(len(para) - 1, -1, -1):
            roll = rng.random()
            if roll < 0.08:
                del para[k]
            elif roll < 0.16:
                words = para[k].split()
                words[rng.randrange(len(words))] = rng.choice(["new", "several", "major", "local"])
                para[k] = " ".join(words)
            elif roll < 0.22:
                para.insert(k, rng.choice(pool))
    out = [p for p in out if p]
    if len(out) > 2:
        out.insert(0, out.pop(rng.randrange(1, len(out))))
    return out


def naive_difflib(original: list[str], republication: list[str]) -> list[tuple[int, int]]:
    """Best original sentence for each republication sentence by SequenceMatcher ratio."""
    links = []
    for j, r in enumerate(republication):
        scores = [difflib.SequenceMatcher(None, o, r).ratio() for o in original]
        best = max(range(len(original)), key=scores.__getitem__)
        if scores[best] >= 0.5:
            links.append((best, j))
    return links


def best_of(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pair_of_size(
    docs: list[list[list[str]]], n: int, rng: random.Random
) -> tuple[Article, Article]:
    paragraphs: list[list[str]] = []
    while sum(len(p) for p in paragraphs) < n:
        paragraphs.extend(docs[rng.randrange(len(docs))])
    pool = [s for d in docs for p in d for s in p]
    count = 0
    trimmed = []
    for para in paragraphs:
        take = para[: n - count]
        if take:
            trimmed.append(take)
            count += len(take)
    rep = edited(trimmed, rng, pool)
    return Article.from_sentences(trimmed, lang="en"), Article.from_sentences(rep, lang="en")


def texts(article: Article) -> list[str]:
    return [s.text for s in article.sentences]


def main() -> None:
    print(
        f"xlate {__version__} | Python {platform.python_version()} | {platform.platform()} | "
        f"{os.cpu_count()} CPUs"
    )
    rng = random.Random(7)
    docs = wikinews_sentences()
    o, r = pair_of_size(docs, 40, rng)
    compare(o, r)  # warm-up: imports, regexes, rapidfuzz
    ours = statistics.median(best_of(lambda: compare(o, r), 3) for _ in range(5))
    base = best_of(lambda: naive_difflib(texts(o), texts(r)), 3)
    print(f"\n{'case':<28}{'xlate':>12}{'difflib':>14}{'ratio':>9}")
    print(
        f"{f'{len(o.sentences)} x {len(r.sentences)} in-process':<28}{ours * 1000:>9.1f} ms"
        f"{base * 1000:>11.1f} ms{base / ours:>8.1f}x   "
        f"goal < 50 ms: {'met' if ours < 0.05 else 'NOT met'}"
    )

    big_o, big_r = pair_of_size(docs * 4, 2000, rng)
    ours_big = best_of(lambda: compare(big_o, big_r), 1)
    sample_o, sample_r = texts(big_o)[:200], texts(big_r)[:200]
    base_small = best_of(lambda: naive_difflib(sample_o, sample_r), 1)
    scale = (len(big_o.sentences) * len(big_r.sentences)) / (200 * 200)
    base_big = base_small * scale
    print(
        f"{f'{len(big_o.sentences)} x {len(big_r.sentences)} in-process':<28}{ours_big:>10.2f} s "
        f"{base_big:>10.1f} s*{base_big / ours_big:>7.0f}x   "
        f"goal < 5 s: {'met' if ours_big < 5 else 'NOT met'}"
    )
    print("  * difflib timed on 200 x 200 and scaled by the pair count")

    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "original.txt"), Path(tmp, "republication.txt")
        a.write_text("\n\n".join(" ".join(p) for p in _paragraphs(o)), "utf-8")
        b.write_text("\n\n".join(" ".join(p) for p in _paragraphs(r)), "utf-8")
        cmd = [sys.executable, "-m", "xlate", "compare", str(a), str(b), "--out", tmp]
        whole = statistics.median(
            best_of(lambda: subprocess.run(cmd, check=True, capture_output=True), 1)
            for _ in range(3)
        )
        bare = best_of(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 3)
    print(
        f"{'xlate compare (process)':<28}{whole * 1000:>9.0f} ms   "
        f"(python start-up alone {bare * 1000:.0f} ms)"
    )


def _paragraphs(article: Article) -> list[list[str]]:
    paras: dict[int, list[str]] = {}
    for s in article.sentences:
        paras.setdefault(s.paragraph, []).append(s.text)
    return list(paras.values())


if __name__ == "__main__":
    main()
