"""Cross-lingual alignment accuracy of `compare` with a bring-your-own English translation.

For en-zh, en-ru and en-ur, every document of NTREX-128 and TICO-19 (long TICO documents cut
into chunks) is compared as original = English sentences, republication = the human
translation, with the English side standing in for the republication's translation:

- perfect: the English source lines themselves (the best translation possible);
- degraded: the same lines through a seeded noise model that imitates machine translation
  (synonyms and wrong words, dropped words, local reordering, the odd badly garbled sentence);
- edited: ~10% of the republication deleted, one sentence moved, one inserted from another
  document (perfect translation), scored against the correspondingly edited gold;
- edited + degraded: the edited republication with its English through the noise model.

Alignment reads only the English texts, so bead F1 differs across pairs only through the
noise drawn; facts are extracted from each side in its own language, so the fact checks
measure false drift of the language-independent normalisation (the translations keep every
fact). Run from the repository: `python benchmarks/crosslingual_accuracy.py [--quick]`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from gold import Bead, Scores, score_beads

OUT = Path(__file__).resolve().parent / "out"
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
PAIRS: dict[str, tuple[str, str]] = {
    "zh": ("newstest2019-ref.zho-CN.txt", "all.en-zh.tmx"),
    "ru": ("newstest2019-ref.rus.txt", "all.en-ru.tmx"),
    "ur": ("newstest2019-ref.urd.txt", "all.en-ur.tmx"),
}
"""Target language -> (NTREX reference file, TICO-19 TMX file)."""
GOAL = "goal: bead F1 >= 0.98 with a perfect translation"
CHUNK = 150
"""Longest TICO-19 document compared in one piece; longer ones are cut into even chunks."""
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Noise:
    """Per-word rates of the simulated machine translation; `heavy` sentences use the
    `heavy_*` rates instead."""

    substitute: float = 0.20
    drop: float = 0.10
    swap: float = 0.10
    heavy: float = 0.05
    heavy_substitute: float = 0.50
    heavy_drop: float = 0.20
    heavy_swap: float = 0.30


# What an MT system plausibly writes instead: synonyms and near-misses for frequent words.
_SYNONYM_TEXT = """
said:stated,told,declared|says:states,tells|told:informed,said to|according:referring|
the:a,this|a:the,one|an:the,one|of:from,for|in:at,inside,within|on:upon,about|to:towards,for|
for:to,regarding|with:along with,by|by:through,via|from:of,out of|at:in,near|and:as well as,also|
but:however,yet|is:was,remains|was:is,had been|are:were,remain|were:are,had been|has:had|
have:has,possess|will:would,shall|would:will,could|can:could,may|could:can,might|
people:persons,individuals,residents|man:person,male|woman:female,lady|men:persons,males|
women:females,ladies|children:kids,minors|child:kid,minor|police:law enforcement,officers|
government:authorities,administration|country:nation,state|city:town,municipality|
president:head of state,leader|minister:secretary,official|company:firm,enterprise|
killed:murdered,slain|died:passed away,perished|attack:assault,strike|war:conflict,fighting|
found:discovered,located|made:produced,done|make:produce,do|took:took away,seized|take:get,seize|
new:novel,fresh|old:elderly,former|large:big,huge|big:large,major|small:little,minor|
important:significant,key|year:annual period|years:annual periods|day:date|days:dates|
week:seven days|month:thirty days|time:moment,period|report:account,statement|
reported:stated,said|announced:declared,said|added:also said,continued|
also:too,as well|very:extremely,quite|more:additional,further|many:numerous,several|
first:initial,earliest|last:previous,final|before:prior to,earlier|after:following,later|
during:throughout,amid|because:since,as|however:but,nevertheless|while:whereas,as|
world:globe,planet|home:house,residence|house:home,building|school:academy|
hospital:clinic,medical centre|health:wellbeing|disease:illness,sickness|virus:pathogen|
patients:sick people|patient:sick person|doctor:physician|doctors:physicians|
study:research,investigation|studies:research works|data:information,figures|
group:team,party|members:participants|member:participant|officials:authorities|
official:authority|public:people,community|state:nation,government|team:side,squad|
game:match,contest|win:victory,triumph|won:gained,claimed|lost:was defeated,missed|
help:assist,support|need:require|needs:requires|want:wish,desire|wanted:wished|
know:understand|think:believe|believe:think|get:obtain,receive|got:obtained,received|
show:display,demonstrate|shows:displays|showed:displayed,demonstrated|use:employ,utilise|
used:employed,utilised|work:labour,job|working:labouring|including:among them,such as|
around:about,approximately|about:around,regarding|over:above,more than|under:below,beneath|
"""
SYNONYMS: dict[str, tuple[str, ...]] = {
    word.strip(): tuple(alt.strip() for alt in alts.split(","))
    for entry in _SYNONYM_TEXT.replace("\n", "").split("|")
    if entry.strip()
    for word, alts in [entry.split(":", 1)]
}
_WORD = re.compile(r"^(\W*)(.*?)(\W*)$")


def degrade(sentence: str, rng: random.Random, vocab: Sequence[str], *, noise: Noise) -> str:
    """`sentence` as a weak MT system might have rendered it (same rng, same output).

    Words are dropped or substituted (a synonym when one is known, else a random corpus
    word), then neighbours swapped; tokens holding digits are never substituted, since MT
    copies numbers through. At least one word always survives.
    """
    heavy = rng.random() < noise.heavy
    substitute = noise.heavy_substitute if heavy else noise.substitute
    drop = noise.heavy_drop if heavy else noise.drop
    swap = noise.heavy_swap if heavy else noise.swap
    words = sentence.split()
    out: list[str] = []
    for word in words:
        roll = rng.random()
        if roll < drop:
            continue
        if roll < drop + substitute and not any(c.isdigit() for c in word):
            word = _substitute(word, rng, vocab)
        out.append(word)
    k = 0
    while k + 1 < len(out):
        if rng.random() < swap:
            out[k], out[k + 1] = out[k + 1], out[k]
            k += 1
        k += 1
    return " ".join(out or words[:1])


def _substitute(word: str, rng: random.Random, vocab: Sequence[str]) -> str:
    match = _WORD.match(word)
    assert match is not None  # the pattern matches every string
    lead, core, trail = match.groups()
    alternatives = SYNONYMS.get(core.lower())
    new = rng.choice(alternatives) if alternatives else rng.choice(vocab)
    if core[:1].isupper():
        new = new[:1].upper() + new[1:]
    return lead + new + trail


def vocabulary(sentences: Iterable[str]) -> tuple[str, ...]:
    """Distinct lower-case alphabetic words of three letters or more, sorted (stable draws)."""
    return tuple(sorted({w for s in sentences for w in re.findall(r"[a-z]{3,}", s.lower())}))


# --- corpora ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    """One document: English lines and their human translation, 1:1 by index."""

    name: str
    english: tuple[str, ...]
    target: tuple[str, ...]


def ntrex_docs(folder: Path, lang: str) -> list[Doc]:
    """NTREX-128 documents for `lang`, in file order (DOCUMENT_IDS.tsv gives each line's doc)."""
    ids = (folder / "DOCUMENT_IDS.tsv").read_text("utf-8").splitlines()
    english = (folder / "newstest2019-src.eng.txt").read_text("utf-8").splitlines()
    target = (folder / PAIRS[lang][0]).read_text("utf-8").splitlines()
    if not len(ids) == len(english) == len(target):
        raise ValueError(
            f"{folder}: line counts differ ({len(ids)}, {len(english)}, {len(target)})"
        )
    lines: dict[str, list[int]] = {}
    for k, doc in enumerate(ids):
        lines.setdefault(doc.split("\t")[0], []).append(k)
    return [
        Doc(doc, tuple(english[k] for k in ks), tuple(target[k] for k in ks))
        for doc, ks in lines.items()
    ]


def tico_docs(folder: Path, lang: str, *, chunk: int = CHUNK) -> list[Doc]:
    """TICO-19 documents for `lang`, grouped by the DOC part of `tuid="DOC:SEG"`, segments in
    SEG order; documents longer than `chunk` are cut into near-equal consecutive chunks."""
    segments: dict[str, list[tuple[int, str, str]]] = {}
    for tu in ET.parse(folder / PAIRS[lang][1]).getroot().iter("tu"):
        doc, seg = tu.get("tuid", "").rsplit(":", 1)
        texts = {
            tuv.get(XML_LANG, "").split("-")[0]: "".join(seg.itertext()).strip()
            for tuv in tu.iter("tuv")
            for seg in tuv.iter("seg")
        }
        if texts.get("en") and texts.get(lang):
            segments.setdefault(doc, []).append((int(seg), texts["en"], texts[lang]))
    docs = []
    for doc, segs in segments.items():
        segs.sort()
        parts = -(-len(segs) // chunk)
        size = -(-len(segs) // parts)
        for p in range(parts):
            part = segs[p * size : (p + 1) * size]
            name = doc if parts == 1 else f"{doc}#{p + 1}"
            docs.append(Doc(name, tuple(s[1] for s in part), tuple(s[2] for s in part)))
    return docs


# --- one document ----------------------------------------------------------------------


@dataclass(frozen=True)
class Drift:
    """A fact check that is not `kept` on a perfectly translated document."""

    kind: str
    status: str
    original: str | None
    republication: str | None
    english: str
    target: str


@dataclass
class DocResult:
    """Scores of one document under the three conditions, and what drifted."""

    sentences: int
    perfect: Scores
    degraded: Scores
    edited: Scores
    edited_degraded: Scores
    labels: Counter[str] = field(default_factory=Counter)
    facts: int = 0
    drift: list[Drift] = field(default_factory=list)


@dataclass(frozen=True)
class Task:
    """Everything a worker needs for one document (the vocabulary is set per worker)."""

    lang: str
    corpus: str
    doc: Doc
    donor: tuple[str, str]
    seed: int
    noise: Noise


_VOCAB: tuple[str, ...] = ()


def _init_worker(vocab: tuple[str, ...]) -> None:
    global _VOCAB
    _VOCAB = vocab


def run_doc(task: Task) -> DocResult:
    """Compare one document under the four conditions; score each against its gold."""
    from xlate.matching.compare import compare
    from xlate.model import Article

    doc, lang = task.doc, task.lang
    # One generator per document and condition: results do not depend on worker scheduling.
    key = f"{task.seed}:{task.corpus}:{lang}:{doc.name}"
    original = Article.from_sentences([list(doc.english)], lang="en")
    republication = Article.from_sentences([list(doc.target)], lang=lang)
    gold = [Bead((k,), (k,), "unchanged") for k in range(len(doc.english))]

    report = compare(original, republication, republication_translation=doc.english)
    result = DocResult(
        sentences=len(doc.english),
        perfect=score_beads(report.links, gold),
        degraded=Scores(),
        edited=Scores(),
        edited_degraded=Scores(),
        labels=Counter(link.label for link in report.links),
    )
    for link in report.links:
        for fact in link.facts:
            result.facts += 1
            if fact.status != "kept" and fact.severity != "style":  # style is not drift
                result.drift.append(
                    Drift(
                        fact.kind,
                        fact.status,
                        fact.original,
                        fact.republication,
                        " ".join(doc.english[i] for i in link.original),
                        " ".join(doc.target[j] for j in link.republication),
                    )
                )

    rng = random.Random(f"{key}:degraded")
    noisy = [degrade(s, rng, _VOCAB, noise=task.noise) for s in doc.english]
    report = compare(original, republication, republication_translation=noisy)
    result.degraded = score_beads(report.links, gold)

    target, english, edited_gold = edit(doc, task.donor, random.Random(f"{key}:edited"))
    edited = Article.from_sentences([target], lang=lang)
    report = compare(original, edited, republication_translation=english)
    result.edited = score_beads(report.links, edited_gold)

    rng = random.Random(f"{key}:edited-degraded")
    noisy = [degrade(s, rng, _VOCAB, noise=task.noise) for s in english]
    report = compare(original, edited, republication_translation=noisy)
    result.edited_degraded = score_beads(report.links, edited_gold)
    return result


def edit(
    doc: Doc, donor: tuple[str, str], rng: random.Random
) -> tuple[list[str], list[str], list[Bead]]:
    """An edited republication of `doc`: its sentences, their English, and the gold beads.

    About 10% of sentences are deleted (at least one from five sentences on), one sentence
    is moved at least two places and past more words than it has (so the move is the only
    reading of the change), and `donor` (target, English) from another document is inserted.
    """
    n = len(doc.english)
    deleted = set(rng.sample(range(n), round(n * 0.1) or (1 if n >= 5 else 0)))
    order = [i for i in range(n) if i not in deleted]
    moved = _move(order, doc, rng)
    slots: list[int | None] = list(order)
    slots.insert(rng.randrange(len(slots) + 1), None)
    target = [donor[0] if i is None else doc.target[i] for i in slots]
    english = [donor[1] if i is None else doc.english[i] for i in slots]
    beads = [Bead((i,), (), "omitted") for i in sorted(deleted)]
    for j, i in enumerate(slots):
        if i is None:
            beads.append(Bead((), (j,), "added"))
        else:
            beads.append(Bead((i,), (j,), "moved" if i == moved else "unchanged"))
    return target, english, beads


def _move(order: list[int], doc: Doc, rng: random.Random) -> int | None:
    """Move one sentence of `order` in place; return its id, or None when no move is clear."""
    words = [len(doc.english[i].split()) for i in order]
    candidates = [
        (a, b)
        for a in range(len(order))
        for b in range(len(order))
        if abs(a - b) >= 2 and sum(words[min(a, b) + (a < b) : max(a, b) + (a < b)]) > words[a]
    ]
    if not candidates:
        return None
    a, b = rng.choice(candidates)
    sentence = order.pop(a)
    order.insert(b, sentence)
    return sentence


# --- running and printing --------------------------------------------------------------


@dataclass
class PairResult:
    """Totals of one language pair over one corpus."""

    lang: str
    docs: int = 0
    sentences: int = 0
    perfect: Scores = field(default_factory=Scores)
    degraded: Scores = field(default_factory=Scores)
    edited: Scores = field(default_factory=Scores)
    edited_degraded: Scores = field(default_factory=Scores)
    labels: Counter[str] = field(default_factory=Counter)
    facts: int = 0
    drift: list[Drift] = field(default_factory=list)
    seconds: float = 0.0


def run_pair(
    corpus: str, lang: str, docs: Sequence[Doc], *, seed: int, noise: Noise, jobs: int
) -> PairResult:
    """Run every document of one pair (in `jobs` processes) and add up the results."""
    rng = random.Random(f"{seed}:{corpus}:{lang}:donors")
    tasks = []
    for k, doc in enumerate(docs):
        other = docs[rng.choice([m for m in range(len(docs)) if m != k])] if len(docs) > 1 else doc
        line = rng.randrange(len(other.english))
        tasks.append(
            Task(lang, corpus, doc, (other.target[line], other.english[line]), seed, noise)
        )
    vocab = vocabulary(s for doc in docs for s in doc.english)
    total = PairResult(lang)
    start = time.perf_counter()
    if jobs > 1:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(vocab,)) as pool:
            results = list(pool.map(run_doc, tasks, chunksize=4))
    else:
        _init_worker(vocab)
        results = [run_doc(task) for task in tasks]
    total.seconds = time.perf_counter() - start
    for r in results:
        total.docs += 1
        total.sentences += r.sentences
        total.perfect.add(r.perfect)
        total.degraded.add(r.degraded)
        total.edited.add(r.edited)
        total.edited_degraded.add(r.edited_degraded)
        total.labels.update(r.labels)
        total.facts += r.facts
        total.drift.extend(r.drift)
    return total


def fmt(value: float | None) -> str:
    """Three decimals, or '-' when the figure is undefined."""
    return "-" if value is None else f"{value:.3f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain-text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def results_table(results: Sequence[PairResult]) -> str:
    """One row per pair: documents, sentences, F1 per condition, share of links labelled
    unchanged or edited, fact checks and non-kept ones (all, and other than attribution)
    per 100 sentences with a perfect translation, seconds."""
    header = [
        "pair",
        "docs",
        "sentences",
        "F1 perfect",
        "F1 degraded",
        "F1 edited",
        "F1 edit+deg",
        "unch+edit",
        "facts/100",
        "drift/100",
        "non-attr/100",
        "seconds",
    ]
    rows = []
    for r in results:
        links = sum(r.labels.values())
        one_to_one = r.labels["unchanged"] + r.labels["edited"]
        rows.append(
            [
                f"en-{r.lang}",
                str(r.docs),
                str(r.sentences),
                fmt(r.perfect.beads.f1),
                fmt(r.degraded.beads.f1),
                fmt(r.edited.beads.f1),
                fmt(r.edited_degraded.beads.f1),
                fmt(one_to_one / links if links else None),
                f"{100 * r.facts / r.sentences:.1f}",
                f"{100 * len(r.drift) / r.sentences:.1f}",
                f"{100 * sum(d.kind != 'attribution' for d in r.drift) / r.sentences:.1f}",
                f"{r.seconds:.1f}",
            ]
        )
    return table(header, rows)


def drift_report(result: PairResult, *, top: int) -> str:
    """Drift by kind and status, then the `top` most frequent (kind, status, surfaces) among
    attribution checks and among the other kinds, each with up to two sentence pairs."""
    by_kind = Counter(f"{d.kind}/{d.status}" for d in result.drift)
    lines = [
        f"  en-{result.lang}: {len(result.drift)} non-kept of {result.facts} fact checks; "
        + ", ".join(f"{k} {c}" for k, c in by_kind.most_common())
    ]
    for title, attribution in (("other kinds", False), ("attribution", True)):
        drift = [d for d in result.drift if (d.kind == "attribution") == attribution]
        examples: dict[tuple[str, str, str | None, str | None], list[Drift]] = {}
        for d in drift:
            examples.setdefault((d.kind, d.status, d.original, d.republication), []).append(d)
        ranked = sorted(examples.items(), key=lambda item: -len(item[1]))[:top]
        lines.append(f"   {title}:")
        for (kind, status, before, after), found in ranked:
            lines.append(f"    {len(found):4d}  {kind:<11} {status:<10} {before!r} -> {after!r}")
            for d in found[:2]:
                lines.append(f"          en: {_around(d.english, d.original)}")
                lines.append(f"          {result.lang}: {_around(d.target, d.republication)}")
    return "\n".join(lines)


def _around(text: str, surface: str | None, width: int = 140) -> str:
    """`text`, or a window of it around `surface` when the whole is longer than `width`."""
    if len(text) <= width:
        return text
    at = text.find(surface) if surface else -1
    start = max(0, min(at - width // 3, len(text) - width)) if at >= 0 else 0
    return (
        ("…" if start else "")
        + text[start : start + width]
        + ("…" if start + width < len(text) else "")
    )


def dump_drift(results: Sequence[PairResult], corpus: str, path: Path) -> None:
    """Append every non-kept check as a TSV row (corpus, pair, kind, status, surfaces, texts)."""
    new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        if new:
            out.write("corpus\tpair\tkind\tstatus\toriginal\trepublication\ten\ttarget\n")
        for r in results:
            for d in r.drift:
                cells = (
                    corpus,
                    f"en-{r.lang}",
                    d.kind,
                    d.status,
                    d.original or "",
                    d.republication or "",
                    d.english,
                    d.target,
                )
                out.write("\t".join(c.replace("\t", " ") for c in cells) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print one table per corpus; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="first 15 documents per corpus")
    parser.add_argument("--seed", type=int, default=19, help="noise and edit seed (default 19)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding ntrex128, tico19")
    parser.add_argument(
        "--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes"
    )
    parser.add_argument(
        "--examples", type=int, default=10, help="drift examples per pair (0: none)"
    )
    parser.add_argument(
        "--dump-drift",
        type=Path,
        default=None,
        metavar="FILE",
        help="write every false drift as TSV (a bare name goes to benchmarks/out/)",
    )
    args = parser.parse_args(argv)
    import xlate

    print("xlate cross-lingual alignment benchmark (bring-your-own translation)")
    print(
        f"xlate {xlate.__version__} | Python {platform.python_version()} | {platform.platform()} | "
        f"{platform.processor() or platform.machine()} | {args.jobs} worker(s) | seed {args.seed}"
    )
    print(GOAL)
    print(f"noise: {Noise()}")
    dump = args.dump_drift
    if dump is not None:
        dump = dump if dump.parent != Path() else OUT / dump
        dump.unlink(missing_ok=True)
    corpora = {
        "NTREX-128": (args.data / "ntrex128", "newstest2019-src.eng.txt", ntrex_docs),
        "TICO-19": (args.data / "tico19", PAIRS["zh"][1], tico_docs),
    }
    for corpus, (folder, probe, loader) in corpora.items():
        print(f"\n{corpus} ({folder})")
        if not (folder / probe).is_file():
            print(f"  skipped: data not found ({folder / probe} is missing)")
            continue
        results = []
        for lang in PAIRS:
            try:
                docs = loader(folder, lang)
            except (OSError, ValueError, ET.ParseError) as exc:
                print(f"  en-{lang}: skipped, cannot read the data ({exc})")
                continue
            if args.quick:
                docs = docs[:15]
            results.append(
                run_pair(corpus, lang, docs, seed=args.seed, noise=Noise(), jobs=args.jobs)
            )
        if not results:
            continue
        print(results_table(results))
        if args.examples:
            print("false fact drift with a perfect translation (count, kind, status, surfaces):")
            for r in results:
                print(drift_report(r, top=args.examples))
        if dump is not None:
            dump_drift(results, corpus, dump)
            print(f"drift rows written to {dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
