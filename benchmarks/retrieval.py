"""Retrieval: find each article's wire source among all sources (`xlate index` + search).

Run: .venv/bin/python benchmarks/retrieval.py [--distractors 10000] [--no-verify]

1. COUNTER (../shared/data/counter_dev: Urdu wire stories and the newspaper stories derived
   from them; NC licence, read in place, never copied): every source in the index, every
   derived newspaper story (WD and PD) as a query; precision at 1 and MRR of xlate's search
   and of a plain TF-IDF cosine (unigrams, raw TF, smooth IDF, L2) over the same tokens.
   COUNTER holds two pairs of identical source texts (0406 = 0482, 0430 = 0488); the strict
   figure counts them as misses, the "dedup" figure accepts the identical twin. Then every
   non-derived (ND) story is traced as `xlate trace` does (top 3 verified by `compare`):
   how many get a `wholly` source. Then the same with `--distractors` synthetic Urdu
   stories added to the index (10-20 sentences drawn from NTREX-128 and TICO-19 Urdu).
2. Across languages, NTREX-128: the 123 English documents as the index, their Chinese,
   Russian and Urdu translations as queries; no translation package is used, so what is
   found is what the facts (numbers, dates, places, names) find.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import math
import platform
import random
import re
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from xlate import __version__
from xlate.corpus.index import Index, build_index, fingerprint
from xlate.corpus.inputs import Item, read_item
from xlate.corpus.minhash import words

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
COUNTER = DATA / "counter_dev"
NTREX = DATA / "ntrex128"
TICO = DATA / "tico19"


def counter() -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Sources by id, and (source id, class, text) of every newspaper story."""
    sources: dict[str, str] = {}
    derived = []
    for path in sorted(COUNTER.glob("*.xml")):
        root = ET.parse(path).getroot()
        text = (root.findtext("headline") or "") + "\n\n" + (root.findtext("body") or "")
        if path.stem[4:].lower() == "p":
            derived.append((path.stem[:4], root.get("classification") or "", text))
        else:
            sources[path.stem] = text
    return sources, derived


def urdu_sentences() -> list[str]:
    lines = (NTREX / "newstest2019-ref.urd.txt").read_text("utf-8").splitlines()
    tmx = (TICO / "all.en-ur.tmx").read_text("utf-8")
    lines += re.findall(r'<tuv xml:lang="ur"><seg>(.*?)</seg>', tmx)
    return [x.strip() for x in lines if x.strip()]


def distractors(n: int, seed: int = 7) -> list[str]:
    pool = urdu_sentences()
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        start = rng.randrange(len(pool))
        k = rng.randint(10, 20)
        out.append(" ".join(pool[(start + i) % len(pool)] for i in range(k)))
    return out


class TfIdf:
    """The baseline: plain TF-IDF cosine over word unigrams, exhaustive."""

    def __init__(self, docs: dict[str, str]) -> None:
        self.ids = list(docs)
        tfs = [collections.Counter(words(docs[i])) for i in self.ids]
        df = collections.Counter(t for tf in tfs for t in tf)
        n = len(tfs)
        self.idf = {t: math.log((n + 1) / (d + 1)) + 1 for t, d in df.items()}
        self.postings: dict[str, list[tuple[int, float]]] = collections.defaultdict(list)
        for doc, tf in enumerate(tfs):
            vec = {t: c * self.idf[t] for t, c in tf.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            for t, v in vec.items():
                self.postings[t].append((doc, v / norm))

    def rank(self, text: str, k: int = 10) -> list[str]:
        tf = collections.Counter(words(text))
        vec = {t: c * self.idf[t] for t, c in tf.items() if t in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores: dict[int, float] = collections.defaultdict(float)
        for t, v in vec.items():
            for doc, w in self.postings[t]:
                scores[doc] += v / norm * w
        best = sorted(scores, key=lambda d: (-scores[d], self.ids[d]))[:k]
        return [self.ids[d] for d in best]


def score(ranked: list[list[str]], gold: list[str], twins: dict[str, str]) -> dict[str, float]:
    p1 = mrr = p1_dedup = 0.0
    for ids, want in zip(ranked, gold, strict=True):
        p1 += bool(ids) and ids[0] == want
        p1_dedup += bool(ids) and twins.get(ids[0], ids[0]) == twins.get(want, want)
        mrr += 1 / (ids.index(want) + 1) if want in ids else 0.0
    n = len(gold)
    return {"P@1": p1 / n, "P@1 dedup": p1_dedup / n, "MRR": mrr / n}


def query(index: Index, text: str, lang: str, k: int = 10) -> tuple[list[str], float]:
    article = read_item(Item("q", "query", json.dumps({"text": text, "lang": lang})))
    fp = fingerprint(article)
    start = time.perf_counter()
    found = index.search(fp, lang=lang, limit=k)
    return [c.id for c in found], time.perf_counter() - start


def run_counter(tmp: Path, n_distractors: int, verify: bool) -> None:
    sources, stories = counter()
    by_text: dict[str, str] = {}
    twins = {}
    for sid, text in sources.items():
        key = hashlib.sha256(" ".join(words(text)).encode()).hexdigest()
        twins[sid] = by_text.setdefault(key, sid)
    derived = [(s, t) for s, c, t in stories if c in ("WD", "PD")]
    nd = [(s, t) for s, c, t in stories if c == "ND"]
    print(f"COUNTER dev: {len(sources)} sources, {len(derived)} derived (WD+PD), {len(nd)} ND")
    extra = distractors(n_distractors) if n_distractors else []
    for label, added in (("sources only", []), (f"+{len(extra):,} distractors", extra)):
        if label != "sources only" and not extra:
            continue
        wire = tmp / f"wire-{len(added)}.jsonl"
        with wire.open("w", encoding="utf-8") as out:
            for sid, text in sources.items():
                out.write(json.dumps({"id": sid, "text": text, "lang": "ur"}) + "\n")
            for i, text in enumerate(added):
                out.write(json.dumps({"id": f"d{i:05d}", "text": text, "lang": "ur"}) + "\n")
        start = time.perf_counter()
        build_index(
            [Item(f"{i}", str(wire), line) for i, line in _lines(wire)], tmp / f"idx-{len(added)}"
        )
        build = time.perf_counter() - start
        index = Index(tmp / f"idx-{len(added)}")
        ranked, times = [], []
        for _, text in derived:
            ids, took = query(index, text, "ur")
            ranked.append(ids)
            times.append(took)
        gold = [s for s, _ in derived]
        ours = score(ranked, gold, twins)
        start = time.perf_counter()
        baseline = TfIdf({**sources, **{f"d{i:05d}": t for i, t in enumerate(added)}})
        base = score([baseline.rank(t) for _, t in derived], gold, twins)
        base_time = time.perf_counter() - start
        print(f"\n[{label}] index {index.size:,} stories built in {build:.1f} s; "
              f"median query {statistics.median(times) * 1000:.1f} ms")  # fmt: skip
        print(f"  {'':10} {'P@1':>7} {'P@1 dedup':>10} {'MRR':>7}")
        for name, s in (("xlate", ours), ("TF-IDF", base)):
            print(f"  {name:10} {s['P@1']:7.4f} {s['P@1 dedup']:10.4f} {s['MRR']:7.4f}")
        print(f"  (TF-IDF baseline: {base_time:.1f} s for index + all queries)")
        misses = [g for ids, g in zip(ranked, gold, strict=True) if not ids or ids[0] != g]
        print(f"  xlate misses at rank 1: {', '.join(misses) or 'none'}")
        if verify:
            wholly = _wholly(index, nd)
            print(f"  ND stories given a `wholly` source (top 3 verified): {len(wholly)} of "
                  f"{len(nd)} {wholly}")  # fmt: skip


def _lines(path: Path) -> list[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(json.loads(line)["id"], line) for line in handle]


def _wholly(index: Index, nd: list[tuple[str, str]]) -> list[str]:
    from xlate.matching.compare import compare
    from xlate.text.segment import segment

    found = []
    for sid, text in nd:
        article = segment(read_item(Item(sid, "q", json.dumps({"text": text, "lang": "ur"}))))
        for candidate in index.search(fingerprint(article), lang="ur", limit=3):
            if candidate.score < 0.05:
                continue
            report = compare(segment(index.article(candidate)), article)
            if report.summary.verdict == "wholly":
                found.append(f"{sid}p->{candidate.id}")
    return found


def run_ntrex(tmp: Path) -> None:
    doc_ids = (NTREX / "DOCUMENT_IDS.tsv").read_text("utf-8").splitlines()
    files = {"en": "newstest2019-src.eng.txt", "zh": "newstest2019-ref.zho-CN.txt",
             "ru": "newstest2019-ref.rus.txt", "ur": "newstest2019-ref.urd.txt"}  # fmt: skip
    docs: dict[str, dict[str, list[str]]] = {lang: {} for lang in files}
    for lang, name in files.items():
        lines = (NTREX / name).read_text("utf-8").splitlines()
        for doc, line in zip(doc_ids, lines, strict=True):
            docs[lang].setdefault(doc, []).append(line)
    wire = tmp / "ntrex-en.jsonl"
    wire.write_text("".join(json.dumps({"id": d, "text": "\n\n".join(s), "lang": "en"}) + "\n"
                            for d, s in docs["en"].items()), "utf-8")  # fmt: skip
    build_index([Item(i, str(wire), line) for i, line in _lines(wire)], tmp / "ntrex-idx")
    index = Index(tmp / "ntrex-idx")
    print(f"\nNTREX-128: {index.size} English documents indexed; queries in zh, ru, ur "
          "(no translation package: facts only)")  # fmt: skip
    print(f"  {'query':6} {'P@1':>7} {'MRR':>7} {'found@10':>9}")
    for lang in ("en", "zh", "ru", "ur"):
        gold = list(docs[lang])
        ranked = [query(index, "\n\n".join(docs[lang][d]), lang)[0] for d in gold]
        s = score(ranked, gold, {})
        found = sum(g in r for r, g in zip(ranked, gold, strict=True)) / len(gold)
        print(f"  {lang:6} {s['P@1']:7.4f} {s['MRR']:7.4f} {found:9.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distractors", type=int, default=10000)
    parser.add_argument("--no-verify", action="store_true", help="skip the ND `wholly` check")
    args = parser.parse_args()
    print(f"xlate {__version__}, Python {platform.python_version()}, {platform.platform()}")
    with tempfile.TemporaryDirectory() as tmp:
        if COUNTER.is_dir():
            run_counter(Path(tmp), args.distractors, not args.no_verify)
        else:
            print(f"skipped COUNTER: {COUNTER} not found", file=sys.stderr)
        if NTREX.is_dir():
            run_ntrex(Path(tmp))
        else:
            print(f"skipped NTREX: {NTREX} not found", file=sys.stderr)


if __name__ == "__main__":
    main()
