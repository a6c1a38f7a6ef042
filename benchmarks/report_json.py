"""The JSON report's writer against the standard library, on large generated reports.

`python benchmarks/report_json.py [--lines N]`: compares a text of N figure-laden lines
(many fact checks) and one of N short lines with a short text, then times
`xlate.reports.json.to_dict` against the same with `dataclasses.asdict`, and
`xlate.reports.json.dumps` against `json.dumps(..., ensure_ascii=False, indent=1)`,
in CPU seconds, and checks that both give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from dataclasses import asdict

from xlate import __version__
from xlate.matching.compare import compare
from xlate.model import Article
from xlate.reports import json as report_json
from xlate.text.segment import segment

SHORT = "The talks in Beijing ended on Tuesday with 12 agreements."


def _article(lines: list[str]) -> Article:
    return segment(Article(paragraphs=tuple(lines), lang="en"))


def _cpu(fn: object, repeat: int = 3) -> tuple[float, object]:
    """The least CPU time of `repeat` runs, and the value."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        value = fn()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=20000)
    n = parser.parse_args().lines
    print(f"xlate {__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"load {os.getloadavg()[0]:.1f}")
    texts = {
        "figures": [f"Output rose {i}.{i} million, {i}% more, on Sept. 2, 2025." for i in range(n)],
        "short lines": ["Short line here."] * n,
    }
    for name, lines in texts.items():
        report = compare(_article(lines), _article([SHORT]))
        facts = sum(len(link.facts) for link in report.links)
        fast, data = _cpu(lambda report=report: report_json.to_dict(report))
        flat = report_json._flat
        report_json._flat = lambda record, names: asdict(record)  # type: ignore[assignment]
        try:
            plain, plain_data = _cpu(lambda report=report: report_json.to_dict(report))
        finally:
            report_json._flat = flat  # type: ignore[assignment]
        written, text = _cpu(lambda data=data: report_json.dumps(data))
        stdlib, stdlib_text = _cpu(
            lambda data=data: json.dumps(data, ensure_ascii=False, indent=1)
        )
        print(
            f"{name}: {len(report.links)} links, {facts} fact checks, {len(text):,} chars; "
            f"to_dict {fast:.2f}s vs asdict {plain:.2f}s ({plain / fast:.1f}x), "
            f"dumps {written:.2f}s vs json.dumps {stdlib:.2f}s ({stdlib / written:.1f}x); "
            f"identical: {data == plain_data and text == stdlib_text}"
        )


if __name__ == "__main__":
    main()
