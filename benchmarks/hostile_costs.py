"""Cost of pathological inputs: does load + clean + segment stay linear?

Run: .venv/bin/python benchmarks/hostile_costs.py [--size MB] [--only NAME]
Each input is measured at `size` and at 4 x `size` (CPU seconds of this process, so
other load on the machine counts less); `growth` is the ratio of the two (4 is linear,
16 quadratic). Baseline in the same run: ordinary news text (NTREX-128 English lines in
four-sentence paragraphs, or the seed article when ../shared/data is absent) of the same
sizes; `x news` is the pathological time over the news time at 4 x `size`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=0.25, help="smaller size in MB")
    parser.add_argument("--only", help="measure the inputs whose name contains this")
    args = parser.parse_args()
    import xlate

    print(f"xlate {xlate.__version__} | Python {platform.python_version()} | {platform.platform()}")
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
