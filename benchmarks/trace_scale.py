"""Scale of `xlate index` and `xlate trace` on synthetic wire archives.

Run: .venv/bin/python benchmarks/trace_scale.py [--sizes 10000,100000] [--articles 10000]
     [--trace-articles 1000] [--jobs 2]

0. MinHash: xlate's numpy signatures against datasketch's (if installed) on the same bigrams.

Archives of 10,000 and 100,000 stories are built from real sentences (NTREX-128 in en, zh,
ru, ur; GUM Wikinews; TICO-19): 8 to 16 sentences of one language, drawn in runs of 1-3
neighbours, with seeded edits (numbers changed, a sentence dropped, two swapped). The
articles to trace are edited copies of archive stories (sentences dropped, numbers changed,
sentences added from other stories) plus 10% unrelated texts.

1. Index build (`xlate index ARCHIVE.jsonl --jobs N` as a process): wall time and peak
   memory of the process tree (sampled); baseline: --jobs 1 on the smallest archive.
2. Query time once the index is loaded (`Index.search` on precomputed fingerprints, and
   fingerprint + search), median and 95th percentile, and how it grows from the smallest
   to the largest archive (sub-linear when the ratio is below the size ratio).
3. Trace throughput (`trace`, verification by `compare`, no report files) on
   `--trace-articles` articles against the smallest index: in-process (the baseline),
   `--jobs N` and a local Dask cluster of N single-threaded worker processes; the three
   trace.jsonl files must be byte-identical. P@1 of the traced sources is printed as a check.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from xlate import __version__
from xlate.corpus.index import Index, fingerprint
from xlate.corpus.inputs import Item, read_item
from xlate.corpus.trace import TraceOptions, trace

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
XLATE = Path(sys.executable).parent / "xlate"
_NUMBER = re.compile(r"\d+")


def sentence_pools() -> dict[str, list[list[str]]]:
    """Documents (lists of sentences) per language from NTREX, GUM and TICO."""
    pools: dict[str, list[list[str]]] = {"en": [], "zh": [], "ru": [], "ur": []}
    ntrex = DATA / "ntrex128"
    ids = (ntrex / "DOCUMENT_IDS.tsv").read_text("utf-8").splitlines()
    for lang, name in (("en", "src.eng"), ("zh", "ref.zho-CN"), ("ru", "ref.rus"),
                       ("ur", "ref.urd")):  # fmt: skip
        docs: dict[str, list[str]] = {}
        for doc, line in zip(
            ids, (ntrex / f"newstest2019-{name}.txt").read_text("utf-8").splitlines(), strict=True
        ):
            docs.setdefault(doc, []).append(line)
        pools[lang].extend(docs.values())
    for line in (DATA / "gum_wikinews" / "gum_wikinews_news.jsonl").read_text("utf-8").splitlines():
        pools["en"].append([s for p in json.loads(line)["paragraphs"] for s in p])
    for lang in ("zh", "ru", "ur"):
        tmx = (DATA / "tico19" / f"all.en-{lang}.tmx").read_text("utf-8")
        for side in ("en", lang):
            segs = re.findall(rf'<tuv xml:lang="{side}"><seg>(.*?)</seg>', tmx)
            pools[side].extend(segs[i : i + 150] for i in range(0, len(segs), 150))
    return pools


def edit_numbers(sentence: str, rng: random.Random) -> str:
    return _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), sentence, count=1)


def archive(n: int, pools: dict[str, list[list[str]]], rng: random.Random) -> list[dict]:
    """`n` stories of 8-16 sentences drawn from one language's pool (a run of 1-3 neighbours
    at a time, so stories read like news but rarely share a sentence), with edits."""
    langs = ["en"] * 5 + ["zh", "ru", "ur"]
    flat = {lang: [s for doc in docs for s in doc if s.strip()] for lang, docs in pools.items()}
    stories = []
    for i in range(n):
        lang = rng.choice(langs)
        pool = flat[lang]
        sents: list[str] = []
        target = rng.randint(8, 16)
        while len(sents) < target:
            start = rng.randrange(len(pool))
            sents.extend(pool[start : start + rng.randint(1, 3)])
        for j in range(len(sents)):
            if rng.random() < 0.2:
                sents[j] = edit_numbers(sents[j], rng)
        if len(sents) > 4 and rng.random() < 0.5:
            sents.pop(rng.randrange(len(sents)))
        if len(sents) > 4 and rng.random() < 0.5:
            a, b = rng.sample(range(len(sents)), 2)
            sents[a], sents[b] = sents[b], sents[a]
        text = "\n\n".join(" ".join(sents[p : p + 3]) for p in range(0, len(sents), 3))
        stories.append({"id": f"s{i:06d}", "text": text, "lang": lang})
    return stories


def articles(stories: list[dict], n: int, rng: random.Random) -> list[dict]:
    out = []
    for i in range(n):
        if rng.random() < 0.1:
            a, b = rng.sample(stories, 2)  # unrelated: halves of two other stories
            text = a["text"][: len(a["text"]) // 3] + "\n\n" + b["text"][-len(b["text"]) // 3 :]
            out.append({"id": f"a{i:06d}", "text": text, "lang": a["lang"], "gold": None})
            continue
        story = rng.choice(stories)
        paras = story["text"].split("\n\n")
        kept = [p for p in paras if rng.random() > 0.2] or paras[:1]
        kept = [edit_numbers(p, rng) if rng.random() < 0.3 else p for p in kept]
        other = rng.choice(stories)
        if other["lang"] == story["lang"] and rng.random() < 0.5:
            kept.append(other["text"].split("\n\n")[0])
        out.append({"id": f"a{i:06d}", "text": "\n\n".join(kept), "lang": story["lang"],
                    "gold": story["id"]})  # fmt: skip
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(
                json.dumps({k: v for k, v in row.items() if k != "gold"}, ensure_ascii=False) + "\n"
            )
    return path


def timed_process(cmd: list[str]) -> tuple[float, float, float]:
    """Wall time (s), CPU time of the process tree (s: comparable on a loaded machine) and
    peak resident memory of the tree (MiB, sampled every 0.1 s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if proc.returncode:
        raise SystemExit(
            f"{' '.join(cmd)} failed: {proc.stderr.read().decode() if proc.stderr else ''}"
        )
    return took, cpu, peak / 2**20


def query_times(index: Index, rows: list[dict]) -> tuple[list[float], list[float], float]:
    """Search-only and fingerprint+search CPU times of this process (s; wall time on a
    machine shared by many would measure the others), and P@1 on the derived articles."""
    search, total, hits, derived = [], [], 0, 0
    for row in rows:
        start = time.process_time()
        article = read_item(Item(row["id"], "q", json.dumps(row)))
        fp = fingerprint(article)
        mid = time.process_time()
        found = index.search(fp, lang=article.lang, limit=3)
        end = time.process_time()
        search.append(end - mid)
        total.append(end - start)
        if row["gold"]:
            derived += 1
            hits += bool(found) and found[0].id == row["gold"]
    return search, total, hits / max(1, derived)


def minhash_versus_datasketch(stories: list[dict]) -> None:
    """Signature time per story, xlate's numpy MinHash against datasketch's, same bigrams."""
    try:
        from datasketch import MinHash
    except ImportError:
        print("  datasketch not installed: `pip install datasketch` to compare")
        return
    from xlate.corpus.minhash import NUM_PERM, bigram_hashes, signature, word_hashes, words

    tokens = [words(row["text"]) for row in stories]
    start = time.process_time()
    for t in tokens:
        signature(bigram_hashes(word_hashes(t)))
    ours = time.process_time() - start
    start = time.process_time()
    for t in tokens:
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([f"{a} {b}".encode() for a, b in zip(t, t[1:], strict=False)])
        m.digest()
    theirs = time.process_time() - start
    n = len(tokens)
    print(f"  xlate {ours / n * 1000:.2f} ms a story, datasketch {theirs / n * 1000:.2f} ms "
          f"(x{theirs / ours:.2f}), {NUM_PERM} permutations, word bigrams")  # fmt: skip


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--trace-articles", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=2000, help="articles timed per index")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"xlate {__version__}, Python {platform.python_version()}, {platform.platform()}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")  # fmt: skip
    rng = random.Random(args.seed)
    pools = sentence_pools()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        stories = archive(max(sizes), pools, rng)
        rows = articles(stories[: min(sizes)], args.articles, rng)
        print("\n0. MinHash signatures of 2,000 stories (CPU time)")
        minhash_versus_datasketch(stories[:2000])
        queries = rows[: args.queries]
        print("\n1. index build (xlate index --jobs N, one process tree)")
        head = f"{'wall s':>7} {'CPU s':>7} {'peak MiB':>9} {'stories/s':>9}"
        print(f"  {'stories':>8} {'jobs':>4} {head}")
        results = {}
        for n in sizes:
            wire = write_jsonl(tmp / f"wire-{n}.jsonl", stories[:n])
            runs = [1, args.jobs] if n == min(sizes) else [args.jobs]
            for jobs in runs:
                out = tmp / f"idx-{n}-{jobs}"
                took, cpu, peak = timed_process([str(XLATE), "index", str(wire), "--out", str(out),
                                            "--jobs", str(jobs)])  # fmt: skip
                row = f"{took:7.1f} {cpu:7.1f} {peak:9.0f} {n / took:9.0f}"
                print(f"  {n:8,} {jobs:4} {row}", flush=True)
            index = Index(tmp / f"idx-{n}-{args.jobs}")
            index.search(fingerprint(read_item(Item("w", "q", json.dumps(queries[0])))))
            results[n] = query_times(index, queries)
        print(f"\n2. query CPU time once loaded ({len(queries)} articles; median / p95 ms)")
        print(f"  {'stories':>8} {'search':>15} {'fingerprint+search':>20} {'P@1':>6}")
        for n, (search, total, p1) in results.items():
            med, med_total = statistics.median(search) * 1000, statistics.median(total) * 1000
            print(f"  {n:8,} {med:7.2f} / {pct(search, 0.95):5.2f} "
                  f"{med_total:11.2f} / {pct(total, 0.95):5.2f} {p1:6.3f}")  # fmt: skip
        if len(sizes) > 1:
            a, b = min(sizes), max(sizes)
            ratio = statistics.median(results[b][0]) / statistics.median(results[a][0])
            print(f"  median search time x{ratio:.2f} for x{b / a:.0f} stories")
        trace_rows = rows[: args.trace_articles]
        articles_file = write_jsonl(tmp / "articles.jsonl", trace_rows)
        index_dir = tmp / f"idx-{min(sizes)}-{args.jobs}"
        options = TraceOptions(formats=())
        print(f"\n3. trace throughput ({len(trace_rows)} articles, {min(sizes):,}-story index, "
              "verify top 3, no report files)")  # fmt: skip
        timings = {}
        start, cpu = time.perf_counter(), time.process_time()
        trace([articles_file], index_dir, tmp / "t1", jobs=1, options=options)
        timings["in-process"] = time.perf_counter() - start
        cpu = time.process_time() - cpu
        print(
            f"  in-process CPU time {cpu:.1f} s, {cpu / len(trace_rows) * 1000:.0f} ms an article"
        )
        start = time.perf_counter()
        trace([articles_file], index_dir, tmp / "tj", jobs=args.jobs, options=options)
        timings[f"--jobs {args.jobs}"] = time.perf_counter() - start
        from distributed import LocalCluster

        with LocalCluster(n_workers=args.jobs, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:  # fmt: skip
            start = time.perf_counter()
            trace([articles_file], index_dir, tmp / "td", scheduler=cluster.scheduler_address,
                  options=options)  # fmt: skip
            timings[f"Dask {args.jobs} workers"] = time.perf_counter() - start
        base = timings["in-process"]
        for name, took in timings.items():
            rate = len(trace_rows) / took
            print(f"  {name:18} {took:7.1f} s {rate:7.1f} articles/s  x{base / took:.2f}")
        first = (tmp / "t1" / "trace.jsonl").read_bytes()
        same = all((tmp / d / "trace.jsonl").read_bytes() == first for d in ("tj", "td"))
        print(f"  trace.jsonl byte-identical across the three: {same}")
        if not same:
            for d in ("tj", "td"):
                other = (tmp / d / "trace.jsonl").read_text("utf-8").splitlines()
                diff = [
                    p for p in zip(first.decode().splitlines(), other, strict=False) if p[0] != p[1]
                ]
                print(f"  {d}: {len(diff)} lines differ; first: {diff[:1]}")
        gold = {r["id"]: r["gold"] for r in trace_rows}
        lines = [json.loads(x) for x in (tmp / "t1" / "trace.jsonl").read_text().splitlines()]
        top = {x["article"]: x["source"] for x in lines if x["rank"] in (1, None)}
        found = sum(top.get(a) == g for a, g in gold.items() if g) / max(
            1, sum(1 for g in gold.values() if g)
        )
        load = os.getloadavg()[0]
        print(f"  traced sources P@1 on the derived articles: {found:.3f}; load {load:.1f}")


if __name__ == "__main__":
    main()
