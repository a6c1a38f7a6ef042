"""How often `xlate compare` warns "the arguments may be swapped", on real wire/newspaper pairs.

COUNTER (Urdu, ../shared/data/counter_dev): each pair is compared the right way round
(wire first: a warning is a false alarm) and swapped (newspaper first: a warning is a
hit). Beside xlate's rule (`xlate.matching.sanity.swapped`: the republication is much
longer AND keeps most of the original close to verbatim), the same run scores the
length-only rule as the baseline. Run from the repository:
`python benchmarks/swap_warning.py`."""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from accuracy import COUNTER_CLASSES, counter_pairs, read_counter

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from xlate import __version__  # noqa: E402
from xlate.matching.compare import compare  # noqa: E402
from xlate.matching.sanity import SWAP_LENGTH, swapped  # noqa: E402
from xlate.model import Article, Report  # noqa: E402
from xlate.text.segment import segment  # noqa: E402


def length_only(report: Report) -> bool:
    """The baseline: warn whenever the republication is much longer, whatever it holds."""
    n_o, n_r = len(report.original.sentences), len(report.republication.sentences)
    return n_r >= SWAP_LENGTH * n_o and n_r - n_o >= 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--counter", type=Path, default=REPO.parent / "shared" / "data" / "counter_dev"
    )
    args = parser.parse_args()
    print(f"xlate {__version__}, Python {platform.python_version()}, {platform.platform()}")
    if not args.counter.exists():
        print(f"COUNTER not found at {args.counter}; nothing to measure")
        return 0
    counts: Counter[tuple[str, str, str]] = Counter()
    pairs: Counter[str] = Counter()
    start = time.perf_counter()
    for _, source, derived in counter_pairs(args.counter):
        wire, _ = read_counter(source)
        paper, attrs = read_counter(derived)
        gold = COUNTER_CLASSES.get(attrs.get("classification", ""))
        if gold is None or not wire or not paper:
            continue
        w, p = (segment(Article(paragraphs=(t,), lang="ur")) for t in (wire, paper))
        pairs[gold] += 1
        for order, report in (("right", compare(w, p)), ("swapped", compare(p, w))):
            counts[(gold, order, "xlate")] += swapped(report) is not None
            counts[(gold, order, "length")] += length_only(report)
    seconds = time.perf_counter() - start
    print(f"{sum(pairs.values())} COUNTER pairs, each compared both ways, in {seconds:.0f} s")
    print()
    print("| gold class | pairs | rule | false alarms (wire first) | hits (newspaper first) |")
    print("|---|---:|---|---:|---:|")
    for gold in ("wholly", "partially", "non"):
        for rule in ("xlate", "length"):
            alarms, hits = counts[(gold, "right", rule)], counts[(gold, "swapped", rule)]
            n = pairs[gold]
            print(
                f"| {gold} | {n} | {rule} | {alarms} ({alarms / n:.1%}) | {hits} ({hits / n:.1%}) |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
