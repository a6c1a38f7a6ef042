"""PDF input: speed and quality of reading a PDF capture, against the same text as .txt.

Run: .venv/bin/python benchmarks/pdf_speed.py [--docs N]
Each article (the cleaned seed, corpora/rki-xinhua-2025-09-02/article.json, then N GUM
Wikinews news articles from ../shared/data/gum_wikinews) is laid out as a PDF with reportlab
(headline, hard-wrapped paragraphs, page numbers) and as a DOCX, then read back with
`read_article`. Baselines in the same run: the same paragraphs as a .txt (blank line between
paragraphs) for speed, and pdfium's plain text (`get_text_range`, no geometry) through
`clean` for quality. Quality: share of the .txt read's paragraphs and sentences that the
PDF read recovers exactly, and whether the headline came back; paragraphs again for other
layouts (first-line indents, justified or ragged text with no space between paragraphs,
two columns). Also an 11-page PDF (the seed twenty times) for speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.document_builder import make_docx, make_pdf  # noqa: E402
from xlate import __version__  # noqa: E402
from xlate.api import read_article  # noqa: E402
from xlate.model import Article, Document  # noqa: E402
from xlate.text.clean import clean  # noqa: E402
from xlate.text.segment import segment  # noqa: E402

LAYOUTS = (("indented", 1), ("justified", 1), ("flush", 1), ("spaced", 2), ("justified", 2))
"""Other layouts scored for paragraphs (besides the one-column spaced layout)."""
SEED = REPO / "corpora" / "rki-xinhua-2025-09-02" / "article.json"
GUM = REPO.parent / "shared" / "data" / "gum_wikinews" / "gum_wikinews_news.jsonl"


def articles(limit: int) -> list[tuple[str, str | None, list[str]]]:
    """(name, headline, paragraphs): the cleaned seed, then GUM Wikinews articles."""
    seed = json.loads(SEED.read_text("utf-8"))
    out = [("seed", seed["meta"]["headline"], seed["paragraphs"])]
    if not GUM.exists():
        print(f"(GUM Wikinews not found at {GUM}: seed only)")
        return out
    for line in GUM.read_text("utf-8").splitlines()[:limit]:
        doc = json.loads(line)
        paragraphs = [" ".join(p) for p in doc["paragraphs"] if p]
        title = doc.get("title") or None
        if title and paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        out.append((str(doc.get("id", len(out))), title, paragraphs))
    return out


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def plain_pdfium(path: Path) -> Article:
    """The quality baseline: pdfium's text in stream order, no geometry, then clean."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return segment(clean(Document(text=text.replace("\r\n", "\n"), path=str(path))).article)


def plain_paras(path: Path) -> list[str]:
    return list(plain_pdfium(path).paragraphs)


def sentences(article: Article, headline: str | None = None) -> list[str]:
    return [s.text for s in article.sentences if s.text != headline]


def recovered(expected: list[str], got: list[str]) -> float:
    pool = list(got)
    hits = 0
    for item in expected:
        if item in pool:
            pool.remove(item)
            hits += 1
    return hits / len(expected) if expected else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20, help="GUM Wikinews articles (default 20)")
    args = parser.parse_args()
    print(
        f"xlate {__version__} | Python {platform.python_version()} | {platform.platform()} | "
        f"load {os.getloadavg()[0]:.2f}"
    )
    rows = []
    layouts: dict[tuple[str, int], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (name, headline, paragraphs) in enumerate(articles(args.docs)):
            txt = folder / f"{n}.txt"
            txt.write_text((headline + "\n\n" if headline else "") + "\n\n".join(paragraphs))
            pdf = make_pdf(folder / f"{n}.pdf", paragraphs, headline=headline)
            docx = make_docx(folder / f"{n}.docx", paragraphs, headline=headline)
            # the same text read as .txt is what to recover; its headline (kept as a
            # paragraph when clean does not recognise it) is scored separately
            gold = read_article(txt)
            body = [p for p in gold.paragraphs if p != headline]
            got_pdf, got_docx, plain = read_article(pdf), read_article(docx), plain_pdfium(pdf)
            for layout, columns in LAYOUTS:
                variant = make_pdf(
                    folder / f"{n}-{layout}-{columns}.pdf",
                    paragraphs,
                    headline=headline,
                    layout=layout,
                    columns=columns,
                )
                got = read_article(variant)
                layouts.setdefault((layout, columns), []).append(
                    (recovered(body, list(got.paragraphs)), recovered(body, plain_paras(variant)))
                )
            rows.append(
                {
                    "name": name,
                    "t_txt": best_time(lambda t=txt: read_article(t)),
                    "t_pdf": best_time(lambda p=pdf: read_article(p)),
                    "t_docx": best_time(lambda d=docx: read_article(d)),
                    "para_pdf": recovered(body, list(got_pdf.paragraphs)),
                    "para_plain": recovered(body, list(plain.paragraphs)),
                    "para_docx": recovered(body, list(got_docx.paragraphs)),
                    "sent_pdf": recovered(sentences(gold, headline), sentences(got_pdf)),
                    "sent_plain": recovered(sentences(gold, headline), sentences(plain)),
                    "head_pdf": headline is None or got_pdf.meta.headline == headline,
                }
            )
        seed_name, seed_head, seed_paras = articles(0)[0]
        big = make_pdf(folder / "big.pdf", seed_paras * 20, headline=seed_head)
        big_txt = folder / "big.txt"
        big_txt.write_text(seed_head + "\n\n" + "\n\n".join(seed_paras * 20))
        pages = __import__("pypdfium2").PdfDocument(big).__len__()
        t_big_pdf = best_time(lambda: read_article(big), repeat=2)
        t_big_txt = best_time(lambda: read_article(big_txt), repeat=2)

    def mean(key: str) -> float:
        return statistics.fmean(float(r[key]) for r in rows)

    print(f"{len(rows)} articles ({rows[0]['name']} + {len(rows) - 1} GUM Wikinews)")
    print(
        f"speed, mean per article: txt {mean('t_txt') * 1000:.1f} ms | "
        f"pdf {mean('t_pdf') * 1000:.1f} ms ({mean('t_pdf') / mean('t_txt'):.2f}x txt) | "
        f"docx {mean('t_docx') * 1000:.1f} ms ({mean('t_docx') / mean('t_txt'):.2f}x txt)"
    )
    print(
        f"speed, {pages}-page PDF: {t_big_pdf * 1000:.0f} ms "
        f"({t_big_pdf / pages * 1000:.1f} ms/page; {t_big_pdf / t_big_txt:.2f}x the same .txt)"
    )
    print(
        f"paragraphs recovered exactly: pdf {mean('para_pdf'):.1%} | "
        f"plain pdfium text + clean {mean('para_plain'):.1%} | docx {mean('para_docx'):.1%}"
    )
    print(
        f"sentences recovered exactly (vs the .txt read): pdf {mean('sent_pdf'):.1%} | "
        f"plain pdfium text + clean {mean('sent_plain'):.1%}"
    )
    print(f"headline recovered from the PDF: {sum(r['head_pdf'] for r in rows)}/{len(rows)}")
    for (layout, columns), scores in layouts.items():
        pdf = statistics.fmean(a for a, _ in scores)
        plain = statistics.fmean(b for _, b in scores)
        print(
            f"paragraphs recovered, {layout} layout, {columns} column(s): pdf {pdf:.1%} | "
            f"plain pdfium text + clean {plain:.1%}"
        )
    worst = sorted(rows, key=lambda r: r["para_pdf"])[:3]
    lowest = ", ".join(f"{r['name']} {r['para_pdf']:.0%}" for r in worst)
    print(f"lowest paragraph recovery: {lowest}")


if __name__ == "__main__":
    main()
