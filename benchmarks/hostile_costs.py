"""Cost of pathological inputs: does load + clean + segment stay linear?

Run: .venv/bin/python benchmarks/hostile_costs.py [--size MB] [--only NAME]
Each input is measured at `size` and at 4 x `size` (CPU seconds of this process, so
other load on the machine counts less); `growth` is the ratio of the two (4 is linear,
16 quadratic). Baseline in the same run: ordinary news text (NTREX-128 English lines in
four-sentence paragraphs, or the seed article when ../shared/data is absent) of the same
sizes; `x news` is the pathological time over the news time at 4 x `size`.

With --cli, the two whole-command cases instead, each in a process of its own (wall and
CPU seconds, peak resident memory): `xlate clean` of 20 MiB of news text in English,
Chinese, Russian and Urdu (NTREX-128 lines in four-sentence paragraphs and GUM Wikinews
paragraphs), and `xlate compare` of a 5 MB line without punctuation against an edited copy
(every 50th word changed). --base COMMIT runs the same commands with that commit's
`xlate` too (extracted with git archive), for a before/after in one run.

With --phases, that compare against the edited copy in this process instead, with the CPU
seconds of each phase (nested phases are indented and counted in their parent too). With
--facts, the CPU cost a character of fact extraction on news lines and on 3,000-character
pieces of a line without punctuation (with --base, that commit's too, and the ratio).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]
BIG = 20 * 1024 * 1024 - 4096  # just under load's 20 MiB limit, in UTF-8 bytes


def _news_lines() -> list[str]:
    source = SHARED / "data" / "ntrex128" / "newstest2019-src.eng.txt"
    if not source.is_file():
        source = next((SHARED / "seeds").glob("*.txt"))
    return [line.strip() for line in source.read_text("utf-8").splitlines() if line.strip()]


def _news(n: int) -> str:
    rng, lines, out, size = random.Random(0), _news_lines(), [], 0
    while size < n:
        out.append(" ".join(rng.choice(lines) for _ in range(4)))
        size += len(out[-1]) + 2
    return "\n\n".join(out)[:n]


def _words_without_punctuation(n: int) -> str:
    rng = random.Random(1)
    words = [w.strip(".,;:!?\"'()") for w in " ".join(_news_lines()).split()]
    return " ".join(rng.choice(words) for _ in range(n // 5))[:n]


def big_news(size: int = BIG) -> str:
    """`size` UTF-8 bytes of news paragraphs in en, zh, ru and ur (four random lines of
    one NTREX-128 file each) and GUM Wikinews paragraphs, in random order."""
    data, rng = SHARED / "data", random.Random(2)
    files = [data / "ntrex128" / f"newstest2019-{name}.txt"
             for name in ("src.eng", "ref.zho-CN", "ref.rus", "ref.urd")]
    pools = [[line.strip() for line in path.open(encoding="utf-8")] for path in files]
    gum = [
        " ".join(p)
        for line in (data / "gum_wikinews" / "gum_wikinews_news.jsonl").open(encoding="utf-8")
        for p in json.loads(line)["paragraphs"]
    ]
    out, total = [], 0
    while total < size:
        pool = rng.choice(pools)
        para = rng.choice(gum) if rng.random() < 0.1 else " ".join(rng.sample(pool, 4))
        out.append(para)
        total += len(para.encode()) + 2
    return "\n\n".join(out).encode()[:size].decode("utf-8", "ignore")


INPUTS: dict[str, Callable[[int], str]] = {
    "news (baseline)": _news,
    "one line, no punctuation": _words_without_punctuation,
    "one word repeated": lambda n: ("word " * (n // 5 + 1))[:n],
    "no spaces at all": lambda n: "a" * n,
    "backticks": lambda n: "`" * n,
    "quote marks": lambda n: "«" * n,
    "markup soup": lambda n: ("*_[$<&`~" * (n // 8 + 1))[:n],
    "1, 1, 1, ...": lambda n: ("1, " * (n // 3 + 1))[:n],
    "Chinese numerals": lambda n: ("一二三四五六七八九十百千万亿" * (n // 14 + 1))[:n],
    "short lines": lambda n: ("word word word\n" * (n // 15 + 1))[:n],
}


def cpu_seconds(text: str, folder: Path) -> float:
    from xlate.api import clean_file

    path = folder / "input.txt"
    path.write_text(text, "utf-8")
    start = time.process_time()
    clean_file(path, lang="en")
    return time.process_time() - start


_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
env = {**__import__("os").environ, "PYTHONPATH": sys.argv[1]}
done = subprocess.run(sys.argv[2:], env=env, cwd=sys.argv[1], capture_output=True)
wall = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(done.returncode, wall, use.ru_utime + use.ru_stime, use.ru_maxrss / 1024)
"""


def _command(tree: Path, args: list[str]) -> tuple[int, float, float, float]:
    """Exit code, wall and CPU seconds and peak memory (MiB) of `xlate args` run from
    `tree`, in a process of its own."""
    xlate = [sys.executable, "-m", "xlate", *args]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(tree), *xlate], capture_output=True, text=True,
        check=True,
    )
    code, wall, cpu, peak = done.stdout.split()
    return int(code), float(wall), float(cpu), float(peak)


def _edited(text: str) -> str:
    words = text.split(" ")
    return " ".join(w + "s" if i % 50 == 49 else w for i, w in enumerate(words))


def _trees(base: str | None, folder: Path) -> list[tuple[str, Path]]:
    """The work tree, after `base`'s xlate (extracted into `folder`) when given."""
    trees = [("work tree", ROOT)]
    if base:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", base, "xlate"], capture_output=True, check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder / "base", filter="data")
        trees.insert(0, (base, folder / "base"))
    return trees


_FACTS = """
import sys, time
from xlate.matching.facts import extract
for path in sys.argv[1:]:
    texts, best = open(path, encoding="utf-8").read().split("\\n"), float("inf")
    for _ in range(3):
        extract._extract.cache_clear()
        start = time.process_time()
        for text in texts:
            extract.extract_facts(text, "en")
        best = min(best, time.process_time() - start)
    print(best / sum(map(len, texts)) * 1e6)
"""


def fact_costs(base: str | None) -> None:
    """CPU microseconds a character of `extract_facts` (best of three) on news lines and on
    the 3,000-character pieces of a line without punctuation, each tree in a process."""
    from xlate.text.segment import split_sentences

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sets = {
            "NTREX-128 English lines": _news_lines(),
            "3,000-character pieces": split_sentences(_words_without_punctuation(600_000), "en"),
        }
        paths = []
        for k, texts in enumerate(sets.values()):
            paths.append(folder / f"set{k}.txt")
            paths[-1].write_text("\n".join(texts), "utf-8")
        rates = {}
        for label, tree in _trees(base, folder):
            done = subprocess.run(
                [sys.executable, "-c", _FACTS, *map(str, paths)], cwd=tree, check=True,
                env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True,
            )
            rates[label] = [float(x) for x in done.stdout.split()]
        print(f"{'texts':<28}" + "".join(f"{label:>14}" for label in rates) + "  us/char")
        for k, name in enumerate(sets):
            row = [r[k] for r in rates.values()]
            ratio = f"{row[-1] / row[0]:>8.2f} x" if len(row) > 1 else ""
            print(f"{name:<28}" + "".join(f"{x:>14.2f}" for x in row) + ratio)


def cli_costs(base: str | None, only: str | None) -> None:
    """Print the two whole-command cases (see the module docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        trees = _trees(base, folder)
        news, line = folder / "news.txt", folder / "line.txt"
        news.write_text(big_news(), "utf-8")
        line.write_text(_words_without_punctuation(5_000_000), "utf-8")
        (folder / "edited.txt").write_text(_edited(line.read_text("utf-8")), "utf-8")
        cases = {
            f"clean, {news.stat().st_size / 2**20:.0f} MiB news": [
                "clean", str(news), "-o", str(folder / "out.txt")],
            "compare, 5 MB line vs itself": [
                "compare", str(line), str(line), "-o", str(folder / "same")],
            "compare, 5 MB line vs edited": [
                "compare", str(line), str(folder / "edited.txt"), "-o", str(folder / "edit"),
            ],
        }
        print(f"{'case':<32}{'xlate':<12}{'exit':>5}{'wall s':>9}{'CPU s':>8}{'peak MiB':>10}")
        for name, args in cases.items():
            if only and only not in name:
                continue
            for label, tree in trees:
                code, wall, cpu, peak = _command(tree, args)
                print(f"{name:<32}{label:<12}{code:>5}{wall:>9.1f}{cpu:>8.1f}{peak:>10.0f}")


# (module, function, label): the phases of a compare, timed by wrapping each function.
_PHASES = [
    ("xlate.matching.compare", "align", "align"),
    ("xlate.matching.similarity", "_matrix", "  similarity scoring"),
    ("xlate.matching.align", "_dp", "  gap DP (with its scoring)"),
    ("xlate.matching.align", "_link", "  word diffs of links"),
    ("xlate.matching.compare", "_with_facts", "facts of each link"),
    ("xlate.matching.facts", "check_facts", "  check_facts"),
    ("xlate.matching.compare", "_given_nearby", "facts given nearby"),
    ("xlate.matching.compare", "moved_figures", "moved figures"),
    ("xlate.matching.compare", "bigram_reuse", "bigram reuse"),
    ("xlate.matching.compare", "evidence", "verdict evidence"),
    ("xlate.matching.facts.extract", "_extract", "fact extraction (in all of the above)"),
]


def phases() -> None:
    """Print the CPU seconds of each phase of the 5 MB line's compare (see the docstring)."""
    import importlib

    from xlate.api import read_article
    from xlate.matching.compare import compare
    from xlate.reports import write_reports

    spent: dict[str, float] = {label: 0.0 for *_, label in _PHASES}

    def timed(function: Callable[..., object], label: str) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start

        return run

    for module, name, label in _PHASES:
        owner = importlib.import_module(module)
        setattr(owner, name, timed(getattr(owner, name), label))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        line = _words_without_punctuation(5_000_000)
        (folder / "line.txt").write_text(line, "utf-8")
        (folder / "edited.txt").write_text(_edited(line), "utf-8")
        start = time.process_time()
        original, edited = read_article(folder / "line.txt"), read_article(folder / "edited.txt")
        read = time.process_time() - start
        start = time.process_time()
        report = compare(original, edited)
        total = time.process_time() - start
        start = time.process_time()
        write_reports(report, folder / "out")
        written = time.process_time() - start
    print(f"{'read both files':<40}{read:>8.1f} s")
    print(f"{'compare':<40}{total:>8.1f} s")
    for label, seconds in spent.items():
        print(f"  {label:<38}{seconds:>8.1f} s")
    print(f"{'write the four reports':<40}{written:>8.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=0.25, help="smaller size in MB")
    parser.add_argument("--only", help="measure the inputs whose name contains this")
    parser.add_argument("--cli", action="store_true", help="the whole-command cases instead")
    parser.add_argument("--base", help="with --cli or --facts, also run this commit's xlate")
    parser.add_argument("--phases", action="store_true", help="CPU seconds of each phase")
    parser.add_argument("--facts", action="store_true", help="fact extraction cost a character")
    args = parser.parse_args()
    import xlate

    print(f"xlate {xlate.__version__} | Python {platform.python_version()} | {platform.platform()}")
    if args.cli or args.phases or args.facts:
        print(f"load average {os.getloadavg()[0]:.1f}")
        if args.cli:
            cli_costs(args.base, args.only)
        elif args.facts:
            fact_costs(args.base)
        else:
            phases()
        return
    print(f"load average {os.getloadavg()[0]:.1f}; CPU seconds of load + clean + segment")
    small = int(args.size * 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cpu_seconds("Warm up the imports. Another sentence.", folder)
        news = None
        print(f"{'input':<28}{small / 1e6:>8.2f} MB{4 * small / 1e6:>9.2f} MB  growth  x news")
        for name, make in INPUTS.items():
            if args.only and args.only not in name and "baseline" not in name:
                continue
            a = cpu_seconds(make(small), folder)
            b = cpu_seconds(make(4 * small), folder)
            news = b if news is None else news
            print(f"{name:<28}{a:>9.2f} s{b:>10.2f} s{b / max(a, 1e-3):>8.1f}{b / news:>8.1f}")


if __name__ == "__main__":
    main()
