"""How often the family report's provenance finds a copy of a copy, and how often it invents one.

Run: .venv/bin/python benchmarks/provenance_accuracy.py [--families 100] [--seed 3]

Each synthetic family (GUM Wikinews text, 40-sentence wire, edits as in compare_speed.py:
sentences dropped, words changed, sentences inserted from other articles, a paragraph
moved) has five republications:

- `a`: an edited copy of the wire; `b`: an edited copy of `a` (the chain wire → a → b);
- `c`, `d`: two more edited copies of the wire, made independently (no parent);
- `e`: a copy of the wire with sentences dropped only, and `f`: `e` with more dropped (a
  chain with no wording of its own: nothing tells it from two independent trims).

Scores: recall of b → a; false parents among a, c, d (each copied the wire); how often
f → e is reported. Baseline in the same run: "closest member wins" (a member's parent is
the member most similar to it whenever that one is closer than the wire), the rule without
the shared-wording condition.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_speed import edited, wikinews_sentences  # noqa: E402
from corpus_speed import wire_of  # noqa: E402

from xlate import __version__  # noqa: E402
from xlate.corpus.family import (  # noqa: E402
    _bigrams,
    _jaccard,
    build_family,  # noqa: E402
)
from xlate.matching.compare import compare  # noqa: E402
from xlate.model import Article  # noqa: E402


def trimmed(paragraphs: list[list[str]], rng: random.Random, rate: float) -> list[list[str]]:
    out = [[s for s in p if rng.random() >= rate] for p in paragraphs]
    return [p for p in out if p]


def closest_wins(texts: dict[str, list[list[str]]], wire: list[list[str]]) -> dict[str, str]:
    """Baseline: parent = the most similar earlier member when it beats the wire."""
    grams = {k: _bigrams([s for p in v for s in p]) for k, v in texts.items()}
    wire_grams = _bigrams([s for p in wire for s in p])
    order = sorted(texts, key=lambda k: -_jaccard(grams[k], wire_grams))
    parents = {}
    for pos, b in enumerate(order):
        best = max(order[:pos], key=lambda a: _jaccard(grams[a], grams[b]), default=None)
        if best and _jaccard(grams[best], grams[b]) > _jaccard(grams[b], wire_grams):
            parents[b] = best
    return parents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=100)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    print(f"xlate {__version__} | Python {platform.python_version()} | {platform.platform()}")
    docs = wikinews_sentences()
    pool = [s for d in docs for p in d for s in p]
    rng = random.Random(args.seed)
    found = {"xlate": [0, 0, 0], "closest": [0, 0, 0]}  # b->a, false parents, f->e
    for _ in range(args.families):
        wire = wire_of(docs, rng)
        a = edited(wire, rng, pool)
        e = trimmed(wire, rng, 0.2)
        texts = {
            "a": a,
            "b": edited(a, rng, pool),
            "c": edited(wire, rng, pool),
            "d": edited(wire, rng, pool),
            "e": e,
            "f": trimmed(e, rng, 0.25),
        }
        o = Article.from_sentences(wire, lang="en", path="wire.txt")
        reports = [
            compare(o, Article.from_sentences(t, lang="en", path=f"{k}.txt"))
            for k, t in texts.items()
        ]
        family = build_family("s", reports)
        ours = {m.name: m.parent for m in family.members if m.parent}
        for name, parents in (("xlate", ours), ("closest", closest_wins(texts, wire))):
            found[name][0] += parents.get("b") == "a"
            found[name][1] += sum(1 for k in ("a", "c", "d") if parents.get(k))
            found[name][2] += parents.get("f") == "e"
    n = args.families
    print(f"\n{n} families, 40-sentence wires, seed {args.seed}")
    print(f"{'rule':<34}{'b -> a found':>14}{'false parents':>16}{'f -> e (trims)':>16}")
    for name, label in (
        ("xlate", "xlate (closer + shared wording)"),
        ("closest", "closest member wins"),
    ):
        hit, false, trims = found[name]
        print(f"{label:<34}{hit / n:>14.2f}{false / (3 * n):>16.3f}{trims / n:>16.2f}")


if __name__ == "__main__":
    main()
