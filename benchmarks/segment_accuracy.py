"""Sentence segmentation accuracy on the hand-written gold set, against plain sentencex.

Run: .venv/bin/python benchmarks/segment_accuracy.py [--show-errors]
Gold: tests/data/segment_gold/{en,zh,ru,ur}.txt, one case per block between `---` lines,
one gold sentence per line; the paragraph is the lines joined by a space (by nothing for zh).
A case is an error when the predicted sentence list differs from the gold list. Boundary
precision and recall count sentence breaks by character offset in the paragraph.
Baseline, run in the same script: sentencex.segment(lang, paragraph), whitespace stripped.
Goal: at most 1 error per 30 cases in each language.

The gold set was written alongside the rules, so two independent checks follow when
../shared/data is present: GUM's 24 English Wikinews articles (paragraphs with expert
sentence breaks, scored like the gold set) and NTREX-128 (each document's lines joined
into one paragraph; a line end is a break the segmenter should find, so this measures
recall; NTREX lines sometimes hold two sentences, so extra breaks are not all errors).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import xlate
from xlate.text.segment import split_sentences

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "data" / "segment_gold"
SHARED = REPO.parent / "shared" / "data"
NTREX = {
    "en": "newstest2019-src.eng.txt",
    "zh": "newstest2019-ref.zho-CN.txt",
    "ru": "newstest2019-ref.rus.txt",
    "ur": "newstest2019-ref.urd.txt",
}
LANGS = ("en", "zh", "ru", "ur")

Splitter = Callable[[str, str], list[str]]


def read_gold(lang: str) -> list[list[str]]:
    """The gold cases of one language: each a list of sentences."""
    text = (GOLD / f"{lang}.txt").read_text(encoding="utf-8")
    cases: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == "---":
            cases.append([])
        elif line.strip():
            cases[-1].append(line.strip())
    return [case for case in cases if case]


def joiner(lang: str) -> str:
    """How the gold lines of a case join into its paragraph."""
    return "" if lang == "zh" else " "


def breaks(paragraph: str, sentences: list[str]) -> set[int]:
    """Character offsets in `paragraph` where each sentence but the last ends."""
    offsets: set[int] = set()
    position = 0
    for sentence in sentences[:-1]:
        found = paragraph.find(sentence, position)
        if found < 0:
            raise ValueError(f"sentence not found in its paragraph: {sentence!r}")
        position = found + len(sentence)
        offsets.add(position)
    return offsets


def sentencex_split(paragraph: str, lang: str) -> list[str]:
    """The baseline: plain sentencex, whitespace stripped, empty pieces dropped."""
    import sentencex

    return [s.strip() for s in sentencex.segment(lang, paragraph) if s.strip()]


def score(
    splitter: Splitter, lang: str, cases: list[list[str]]
) -> tuple[int, float, float, list[tuple[list[str], list[str]]]]:
    """Errors, boundary precision, boundary recall and the failing (gold, predicted) pairs."""
    errors: list[tuple[list[str], list[str]]] = []
    tp = fp = fn = 0
    for gold in cases:
        paragraph = joiner(lang).join(gold)
        predicted = splitter(paragraph, lang)
        if predicted != gold:
            errors.append((gold, predicted))
        want, got = breaks(paragraph, gold), breaks(paragraph, predicted)
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return len(errors), precision, recall, errors


def gum_cases() -> list[list[str]]:
    """GUM Wikinews paragraphs as lists of gold sentences (empty when the data is absent)."""
    path = SHARED / "gum_wikinews" / "gum_wikinews_news.jsonl"
    if not path.exists():
        return []
    cases: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cases.extend(p for p in json.loads(line)["paragraphs"] if p)
    return cases


def ntrex_documents(lang: str) -> list[list[str]]:
    """NTREX-128 documents of one language as lists of lines (empty when absent)."""
    folder = SHARED / "ntrex128"
    if not (folder / NTREX[lang]).exists():
        return []
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (folder / NTREX[lang]).read_text(encoding="utf-8").splitlines()
    documents: dict[str, list[str]] = {}
    for doc, line in zip(ids, lines, strict=False):
        if line.strip():
            documents.setdefault(doc, []).append(line.strip())
    return list(documents.values())


def line_recall(splitter: Splitter, lang: str, documents: list[list[str]]) -> tuple[float, int]:
    """Share of NTREX line ends found as breaks, and the count of breaks inside lines."""
    found = missed = extra = 0
    for lines in documents:
        paragraph = joiner(lang).join(lines)
        want, got = breaks(paragraph, lines), breaks(paragraph, splitter(paragraph, lang))
        found += len(want & got)
        missed += len(want - got)
        extra += len(got - want)
    return found / (found + missed) if found + missed else 1.0, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="print each failing case")
    args = parser.parse_args()

    print(f"platform: {platform.platform()}, python {sys.version.split()[0]}")
    print(f"xlate {xlate.__version__}, sentencex {version('sentencex')}")
    print()
    header = f"{'lang':<5} {'segmenter':<10} {'cases':>5} {'errors':>6} {'b-prec':>7} {'b-rec':>7}"
    print(header)
    print("-" * len(header))
    failures: list[tuple[str, list[str], list[str]]] = []
    budget_ok = True
    for lang in LANGS:
        cases = read_gold(lang)
        for name, splitter in (("xlate", split_sentences), ("sentencex", sentencex_split)):
            count, precision, recall, errors = score(splitter, lang, cases)
            print(
                f"{lang:<5} {name:<10} {len(cases):>5} {count:>6} {precision:>7.3f} {recall:>7.3f}"
            )
            if name == "xlate":
                failures.extend((lang, gold, got) for gold, got in errors)
                budget_ok &= count * 30 <= len(cases)
    print()
    print(f"goal (<= 1 error per 30 cases in every language): {'met' if budget_ok else 'MISSED'}")

    segmenters = (("xlate", split_sentences), ("sentencex", sentencex_split))
    gum = gum_cases()
    print()
    if gum:
        print("independent: GUM Wikinews (en), one case per paragraph")
        print(header)
        print("-" * len(header))
        for name, splitter in segmenters:
            count, precision, recall, _ = score(splitter, "en", gum)
            print(f"{'en':<5} {name:<10} {len(gum):>5} {count:>6} {precision:>7.3f} {recall:>7.3f}")
    else:
        print(f"GUM Wikinews not found under {SHARED}: skipped")
    print()
    if ntrex_documents("en"):
        print("independent: NTREX-128 documents, line ends found (recall) and breaks inside lines")
        row = f"{'lang':<5} {'segmenter':<10} {'lines':>6} {'recall':>7} {'inside':>7}"
        print(row)
        print("-" * len(row))
        for lang in LANGS:
            documents = ntrex_documents(lang)
            lines = sum(len(d) for d in documents)
            for name, splitter in segmenters:
                recall, extra = line_recall(splitter, lang, documents)
                print(f"{lang:<5} {name:<10} {lines:>6} {recall:>7.3f} {extra:>7}")
    else:
        print(f"NTREX-128 not found under {SHARED}: skipped")
    print()

    sample = " ".join(" ".join(case) for case in read_gold("en")) + " "
    text = sample * (2000 // sum(len(case) for case in read_gold("en")) + 1)
    split_sentences(text, "en")
    start = time.perf_counter()
    count = len(split_sentences(text, "en"))
    print(f"speed: {count} English sentences in {time.perf_counter() - start:.3f} s")

    if args.show_errors:
        for lang, gold, got in failures:
            print(f"\n[{lang}] gold:")
            print("\n".join(f"  | {s}" for s in gold))
            print("  predicted:")
            print("\n".join(f"  | {s}" for s in got))


if __name__ == "__main__":
    main()
