"""Alignment through a machine translation: strict bead P/R/F1 on Text+Berg, and speed.

Data: `../shared/data/textberg_dev` (GPL v2, read here, never copied): a German yearbook
document, its French edition, the hand alignment and three MTs of the German into French
(Google, Europarl full, Europarl light). Each aligner matches the MT against the French.

Strict bead scoring as in Bleualign's evaluation: a bead counts only when both id lists
equal a gold bead's; precision over every predicted bead with a sentence, recall over the
gold beads with sentences on both sides.

Rows, all in this run: xlate's translated-text mode (`align_translated`, what `compare`
uses whenever a side is read through a translation), the same-language aligner (`align`,
what `compare` used before), and a Gale-Church length-only DP on the German and French
character lengths. The peers' figures on the same document (from issue 8) are printed
for reference.

Speed: `compare` on 2,000 × 2,000 Wikinews sentences, same language (the old path) and
with the republication read through a noisy translation (the new mode), in one run.

Run: `.venv/bin/python benchmarks/mt_alignment.py [--no-speed]`
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "textberg_dev"
MTS = {
    "google": "eval1957.google.fr",
    "europarl full": "eval1957.europarlfull.fr",
    "europarl light": "eval1957.europarllight.fr",
}
PUBLISHED = "published on this dev document (issue 8): Bleualign 0.78, hunalign 0.75, vecalign 0.71"
RUNS = 3
GOAL = "goal: F1 >= 0.88 with Google MT, >= 0.85 with each Europarl MT"

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()]


def read_gold(path: Path) -> list[BeadKey]:
    """`[0,1]:[2]` lines -> bead keys."""
    beads = []
    for line in path.read_text("utf-8").splitlines():
        left, right = line.strip().split(":")

        def ids(part: str) -> tuple[int, ...]:
            inner = part.strip()[1:-1].strip()
            return tuple(int(x) for x in inner.split(",")) if inner else ()

        beads.append((ids(left), ids(right)))
    return beads


def strict(pred: Iterable[BeadKey], gold: Sequence[BeadKey]) -> tuple[float, float, float]:
    """Bleualign's strict bead precision, recall and F1."""
    pred = [p for p in pred if p[0] or p[1]]
    gold_set = set(gold)
    both = [g for g in gold if g[0] and g[1]]
    pred_set = set(pred)
    p = sum(k in gold_set for k in pred) / len(pred) if pred else 0.0
    r = sum(k in pred_set for k in both) / len(both) if both else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gale_church(la: Sequence[int], lb: Sequence[int]) -> list[BeadKey]:
    """Length-only Gale-Church DP (1:1, 1:0, 0:1, 2:1, 1:2, 2:2) with the paper's priors."""
    prior = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2}
    prior.update({(1, 2): 0.089 / 2, (2, 2): 0.011})
    c = sum(lb) / max(1, sum(la))
    n, m = len(la), len(lb)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for (da, db), p in prior.items():
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                x, y = sum(la[pi:i]), sum(lb[pj:j])
                mean = (x + y / c) / 2
                delta = (y - x * c) / math.sqrt(6.8 * mean) if mean else 0.0
                tail = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12)
                total = cost[pi][pj] - math.log(p) - math.log(tail)
                if total < cost[i][j]:
                    cost[i][j], back[i][j] = total, (da, db)
    out: list[BeadKey] = []
    i, j = n, m
    while i or j:
        da, db = back[i][j]
        out.append((tuple(range(i - da, i)), tuple(range(j - db, j))))
        i, j = i - da, j - db
    return out[::-1]


def textberg() -> None:
    from xlate.matching.align import align
    from xlate.matching.mtalign import align_translated

    if not DATA.exists():
        print(f"textberg_dev not found at {DATA}: skipped")
        return
    de = read_lines(DATA / "dev.de")
    fr = read_lines(DATA / "dev.fr")
    gold = read_gold(DATA / "dev.defr")
    print(
        f"Text+Berg dev (eval1957): {len(de)} German, {len(fr)} French sentences, "
        f"{sum(1 for g in gold if g[0] and g[1])} gold beads with both sides"
    )
    print(PUBLISHED)
    print(GOAL)
    print(f"{'aligner':34} {'MT':15} {'P':>6} {'R':>6} {'F1':>6} {'time':>7}")
    gc = gale_church([len(s) for s in de], [len(s) for s in fr])
    print(
        f"{'Gale-Church (lengths only)':34} {'-':15} "
        + " ".join(f"{x:6.3f}" for x in strict(gc, gold))
    )
    for mt_name, file in MTS.items():
        mt = read_lines(DATA / file)
        for label, fn in (
            ("xlate translated-text mode", align_translated),
            ("xlate same-language aligner", align),
        ):
            start = time.perf_counter()
            links = fn(mt, fr)
            took = time.perf_counter() - start
            beads = [(link.original, link.republication) for link in links]
            p, r, f = strict(beads, gold)
            print(f"{label:34} {mt_name:15} {p:6.3f} {r:6.3f} {f:6.3f} {took:6.2f}s")


def variants() -> None:
    """Stability: each MT on parts of the document and on merge-free versions of it.

    Parts are the halves and quarters (cut between gold beads). A merge-free version keeps
    only the gold's 1:1, 1:0 and 0:1 beads (a seeded share `keep` of the n:m ones): a
    faithful document with few merges, where the old aligner would be tempting.
    """
    from xlate.matching.align import align
    from xlate.matching.mtalign import align_translated

    if not DATA.exists():
        return
    fr = read_lines(DATA / "dev.fr")
    gold = read_gold(DATA / "dev.defr")
    with_de = [g for g in gold if g[0]]
    q = len(with_de) // 4
    parts = {"half 1": (0, 2 * q), "half 2": (2 * q, len(with_de))}
    parts |= {f"quarter {k + 1}": (k * q, (k + 1) * q if k < 3 else len(with_de)) for k in range(4)}
    print("Stability (strict F1, translated-text mode / same-language aligner):")
    print(f"{'MT':15} " + " ".join(f"{name:>12}" for name in [*parts, "no n:m", "20% n:m"]))
    worst = 1.0
    for mt_name, file in MTS.items():
        mt = read_lines(DATA / file)
        cells = []
        for lo, hi in parts.values():
            first, last = with_de[lo][0][0], with_de[hi - 1][0][-1]
            cells.append(_part(mt, fr, gold, lambda g, f=first, t=last: f <= g[0][0] <= t))
        for keep in (0.0, 0.2):
            rng = random.Random(8)
            cells.append(_part(mt, fr, gold, lambda g, k=keep, r=rng: len(g[0]) + len(g[1]) <= 2
                               or r.random() < k))
        row = []
        for a, b, g in cells:
            f_mt = strict(_beads(align_translated(a, b)), g)[2]
            f_old = strict(_beads(align(a, b)), g)[2]
            worst = min(worst, f_mt)
            row.append(f"{f_mt:.3f}/{f_old:.3f}")
        print(f"{mt_name:15} " + " ".join(f"{cell:>12}" for cell in row))
    print(f"lowest translated-text F1 over these variants: {worst:.3f}")


def ntrex_noise() -> None:
    """NTREX-128's English read through a simulated MT with structure changes, per document.

    The republication's translator merges ~10% of neighbouring sentence pairs and splits
    ~5% of sentences at a comma; its MT (`crosslingual_accuracy.degrade`, plus a heavier
    word-order level standing in for paraphrase) leaves ~3% of lines empty. The aligner
    reads only English, so one language pair stands for all.
    """
    from crosslingual_accuracy import DATA as SHARED
    from crosslingual_accuracy import Noise, degrade, ntrex_docs, vocabulary

    from xlate.matching.align import align
    from xlate.matching.mtalign import align_translated

    if not (SHARED / "ntrex128").exists():
        return
    docs = ntrex_docs(SHARED / "ntrex128", "ru")
    vocab = vocabulary(s for doc in docs for s in doc.english)
    levels = {"word noise": Noise(), "paraphrase": Noise(substitute=0.35, drop=0.15, swap=0.3)}
    print("NTREX-128 English through a simulated MT with merges, splits and empty lines:")
    for name, noise in levels.items():
        rng = random.Random(8)
        pred_mt: list[BeadKey] = []
        pred_old: list[BeadKey] = []
        gold: list[BeadKey] = []
        for doc in docs:
            english, mt, g = _restructure(list(doc.english), rng, vocab, noise, degrade)
            shift = (sum(len(x[0]) for x in gold), sum(len(x[1]) for x in gold))

            def moved(beads: Iterable[BeadKey], d: tuple[int, int] = shift) -> list[BeadKey]:
                return [(tuple(i + d[0] for i in o), tuple(j + d[1] for j in r)) for o, r in beads]

            gold += moved(g)
            pred_mt += moved(_beads(align_translated(english, mt)))
            pred_old += moved(_beads(align(english, mt)))
        f_mt, f_old = strict(pred_mt, gold)[2], strict(pred_old, gold)[2]
        print(f"  {name:12} {len(docs)} docs: translated-text mode F1 {f_mt:.3f}, "
              f"same-language aligner {f_old:.3f}")


def _restructure(english, rng, vocab, noise, degrade):  # type: ignore[no-untyped-def]
    """(original sentences, MT lines of the restructured republication, gold beads)."""
    mt: list[str] = []
    gold: list[BeadKey] = []
    k = 0
    while k < len(english):
        roll = rng.random()
        parts = english[k].split(", ", 1)
        if roll < 0.1 and k + 1 < len(english):
            gold.append(((k, k + 1), (len(mt),)))
            mt.append(degrade(english[k] + " " + english[k + 1], rng, vocab, noise=noise))
            k += 2
            continue
        if roll < 0.15 and len(parts) == 2:
            gold.append(((k,), (len(mt), len(mt) + 1)))
            mt += [degrade(parts[0] + ".", rng, vocab, noise=noise),
                   degrade(parts[1][:1].upper() + parts[1][1:], rng, vocab, noise=noise)]
        else:
            gold.append(((k,), (len(mt),)))
            mt.append("" if roll > 0.97 else degrade(english[k], rng, vocab, noise=noise))
        k += 1
    return english, mt, gold


def _part(mt, fr, gold, keep):  # type: ignore[no-untyped-def]
    """The gold beads `keep` accepts (with the 0:1 beads after each), their sentences
    renumbered from 0: (MT lines, French lines, gold)."""
    a: list[str] = []
    b: list[str] = []
    out: list[BeadKey] = []
    kept = False  # was the last bead with German kept? A 0:1 bead goes with it
    for g in gold:
        if g[0]:
            kept = keep(g)
        if not kept:
            continue
        na, nb = len(a), len(b)
        out.append((tuple(range(na, na + len(g[0]))), tuple(range(nb, nb + len(g[1])))))
        a += [mt[i] for i in g[0]]
        b += [fr[j] for j in g[1]]
    return a, b, out


def _beads(links) -> list[BeadKey]:  # type: ignore[no-untyped-def]
    return [(link.original, link.republication) for link in links]


def speed() -> None:
    from compare_speed import pair_of_size, texts, wikinews_sentences
    from crosslingual_accuracy import Noise, degrade, vocabulary

    from xlate.matching.align import align
    from xlate.matching.compare import compare
    from xlate.matching.mtalign import MTAlignOptions, align_translated

    docs = wikinews_sentences()
    rng = random.Random(8)
    original, republication = pair_of_size(docs, 2000, rng)
    orig, rep = texts(original), texts(republication)
    vocab = vocabulary(rep)
    noisy = [degrade(s, rng, vocab, noise=Noise()) for s in rep]
    rows = [
        ("compare, same language (old path)", lambda: compare(original, republication)),
        (
            "compare through a noisy translation",
            lambda: compare(original, republication, republication_translation=noisy),
        ),
        ("aligner alone: align, same language", lambda: align(orig, rep)),
        ("aligner alone: align (old path), MT", lambda: align(orig, noisy)),
        ("aligner alone: align_translated, MT", lambda: align_translated(orig, noisy)),
        (
            "align_translated, MT, DP route forced",
            lambda: align_translated(orig, noisy, options=MTAlignOptions(faithful=1.01)),
        ),
    ]
    print(
        f"{len(orig)} x {len(rep)} Wikinews sentences, best of {RUNS} "
        f"(load {os.getloadavg()[0]:.2f}):"
    )
    times = [time_it(fn) for _, fn in rows]
    for (label, _), took in zip(rows, times, strict=True):
        print(f"  {label:40} {took:6.2f} s  ratio {took / times[0]:.2f}")
    print(
        f"compare through a translation / same language: {times[1] / times[0]:.2f} "
        f"(load {os.getloadavg()[0]:.2f}); issue 8's bar: through a translation no slower "
        f"than the same-language time when it was filed, about 3 s here: "
        f"{times[1]:.2f} s {'met' if times[1] <= 3.0 else 'NOT met'}"
    )


def time_it(fn) -> float:  # type: ignore[no-untyped-def]
    """Best of `RUNS` cold runs: the fact memo is emptied before each."""
    from xlate.matching.facts.extract import _extract

    best = float("inf")
    for _ in range(RUNS):
        _extract.cache_clear()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    import xlate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-speed", action="store_true", help="skip the 2,000 x 2,000 timing")
    args = parser.parse_args(argv)
    print(
        f"xlate {xlate.__version__} | Python {platform.python_version()} | "
        f"{platform.platform()} | load {os.getloadavg()[0]:.2f}"
    )
    textberg()
    variants()
    ntrex_noise()
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
