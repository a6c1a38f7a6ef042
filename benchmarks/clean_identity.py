"""Do load + clean + segment give byte-identical results at two commits (many real texts)?

Run: .venv/bin/python benchmarks/clean_identity.py [--base COMMIT] [--big]
The inputs: the test fixtures (tests/data), the seed articles, every NTREX-128 news
document in English, Chinese, Russian and Urdu as it is, hard-wrapped at 60 characters
and as markdown, every GUM Wikinews article, the Urdu COUNTER documents (tags dropped),
the Text+Berg documents, and the pathological texts of hostile_costs.py; with --big also
20 MiB of news text (hostile_costs.big_news). Each commit's `xlate` runs in a process of
its own; the script prints how many results (article, sentences, changes) are identical
and the CPU seconds each commit took, and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

from hostile_costs import INPUTS, SHARED, big_news

ROOT = Path(__file__).resolve().parents[1]
_RUN = """
import hashlib, json, sys, time
sys.path.insert(0, sys.argv[1])
from xlate.api import clean_file
from xlate.errors import InputError
out, cpu = {}, 0.0
for path in sorted(sys.argv[2:]):
    start = time.process_time()
    try:
        c = clean_file(path, lang=None)
        value = repr((c.article, c.changes))
    except InputError as error:
        value = "error: " + str(error)
    cpu += time.process_time() - start
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    out[path.rsplit("/", 1)[-1]] = digest
print(json.dumps({"digests": out, "cpu": cpu, "file": __import__("xlate").__file__}))
"""


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def _ntrex_documents() -> dict[str, str]:
    folder = SHARED / "data" / "ntrex128"
    ids = [line.split("\t")[0] for line in _lines(folder / "DOCUMENT_IDS.tsv")]
    out = {}
    names = (("en", "src.eng"), ("zh", "ref.zho-CN"), ("ru", "ref.rus"), ("ur", "ref.urd"))
    for code, name in names:
        docs: dict[str, list[str]] = {}
        for doc, line in zip(ids, _lines(folder / f"newstest2019-{name}.txt"), strict=False):
            docs.setdefault(doc, []).append(line.strip())
        for n, lines in enumerate(docs.values()):
            paras = [" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3)]
            out[f"ntrex-{code}-{n}.txt"] = "\n\n".join(paras)
            out[f"ntrex-{code}-{n}-wrapped.txt"] = "\n\n".join(
                "\n".join(textwrap.wrap(p, 60)) for p in paras
            )
            out[f"ntrex-{code}-{n}.md"] = f"# {lines[0]}\n\n" + "\n\n".join(
                f"- **{p[:40]}**{p[40:]}" if i % 3 == 1 else p for i, p in enumerate(paras[1:])
            )
    return out


def _other_documents(big: bool) -> dict[str, str]:
    out = {}
    data = SHARED / "data"
    for n, line in enumerate(_lines(data / "gum_wikinews" / "gum_wikinews_news.jsonl")):
        doc = json.loads(line)
        out[f"gum-{n}.txt"] = "\n\n".join(" ".join(p) for p in doc["paragraphs"])
    for path in sorted((data / "counter_dev").glob("*.xml")):
        text = re.sub(r"<[^>]+>", "\n", path.read_text("utf-8", "replace"))
        out[f"counter-{path.stem}.txt"] = text
    for path in sorted((data / "textberg_dev").glob("*.*")):
        if path.suffix in (".de", ".fr"):
            out[f"textberg-{path.name}.txt"] = path.read_text("utf-8")
    for n, make in enumerate(INPUTS.values()):
        out[f"hostile-{n}.txt"] = make(100_000)
    if big:
        out["news-20mib.txt"] = big_news()
    return out


def _files(folder: Path, big: bool) -> list[str]:
    texts = {**_ntrex_documents(), **_other_documents(big)}
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
        paths.append(str(folder / name))
    for path in [*(ROOT / "tests" / "data").rglob("*.*"), *(SHARED / "seeds").glob("*.txt")]:
        paths.append(str(path))
    return paths


def _run(tree: Path, files: list[str]) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(tree), *files],
        capture_output=True, text=True, check=True, env=env,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="afe4475", help="commit to compare the work tree with")
    parser.add_argument("--big", action="store_true", help="also 20 MiB of news text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base, inputs = Path(tmp) / "base", Path(tmp) / "inputs"
        base.mkdir()
        inputs.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.base, "xlate"], capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(base, filter="data")
        files = _files(inputs, args.big)
        old, new = _run(base, files), _run(ROOT, files)
    assert isinstance(old["digests"], dict) and isinstance(new["digests"], dict)
    differ = sorted(k for k, v in new["digests"].items() if old["digests"].get(k) != v)
    print(f"load average {os.getloadavg()[0]:.1f}; {len(files)} inputs")
    print(f"xlate from {old['file']} and {new['file']}")
    print(f"CPU seconds: {args.base} {old['cpu']:.1f}, work tree {new['cpu']:.1f}")
    print(f"identical: {len(files) - len(differ)} of {len(files)}")
    for name in differ:
        print("DIFFERS:", name)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
