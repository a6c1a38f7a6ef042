"""Gold pairs and scoring shared by the accuracy benchmark, the generator and the tests.

A gold pair is an original and a republication (paragraphs of sentences), the beads
that align them (0-based sentence ids in document order, every sentence in exactly one
bead) and the fact changes made between them. Bundled pairs live in
`corpora/<name>/gold.json`; synthetic ones come from `synth.make_pairs`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

LABELS: tuple[str, ...] = (
    "unchanged",
    "edited",
    "rewritten",
    "merged",
    "split",
    "moved",
    "added",
    "omitted",
)
FACT_KINDS: tuple[str, ...] = (
    "number",
    "percent",
    "money",
    "ordinal",
    "date",
    "place",
    "name",
    "attribution",
)


@dataclass(frozen=True)
class Bead:
    """One gold alignment unit: sentence ids on each side and the edit label."""

    original: tuple[int, ...]
    republication: tuple[int, ...]
    label: str


@dataclass(frozen=True)
class FactChange:
    """A fact whose value differs between the sides, with the bead it sits in."""

    original: tuple[int, ...]
    republication: tuple[int, ...]
    kind: str
    before: str
    after: str


@dataclass(frozen=True)
class Pair:
    """An original, its republication and the gold alignment between them."""

    name: str
    original: list[list[str]]
    republication: list[list[str]]
    beads: list[Bead]
    facts: list[FactChange] = field(default_factory=list)
    lang: str = "en"
    edits: str = ""
    presegmented: bool = False
    folder: Path | None = None
    original_file: str = ""
    republication_file: str = ""

    @property
    def original_sentences(self) -> list[str]:
        """The original's sentences in document order (index = sentence id)."""
        return [s for para in self.original for s in para]

    @property
    def republication_sentences(self) -> list[str]:
        """The republication's sentences in document order (index = sentence id)."""
        return [s for para in self.republication for s in para]


class LinkLike(Protocol):
    """What the scorer reads from a predicted link (xlate.model.Link fits)."""

    @property
    def original(self) -> tuple[int, ...]: ...
    @property
    def republication(self) -> tuple[int, ...]: ...
    @property
    def label(self) -> str: ...


# --- reading and checking gold -------------------------------------------------------


def load_pair(folder: str | Path) -> Pair:
    """Read `folder/gold.json` (the bundled-pair format described in corpora/README.md).

    A malformed file is one InputError naming it and the field at fault.
    """
    from xlate.errors import InputError
    from xlate.validate import Fields, read_json_file

    folder = Path(folder)
    path = folder / "gold.json"
    data: dict[str, Any] = Fields(read_json_file(path, max_bytes=20 << 20), path=path).data
    try:
        return _pair(folder, data)
    except KeyError as exc:
        raise InputError(path, f"{exc.args[0]}: missing") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(path, f"not the gold-pair format ({exc})") from None


def _pair(folder: Path, data: dict[str, Any]) -> Pair:
    return Pair(
        name=folder.name,
        original=[list(p) for p in data["original_sentences"]],
        republication=[list(p) for p in data["republication_sentences"]],
        beads=[
            Bead(tuple(b["original"]), tuple(b["republication"]), b["label"]) for b in data["beads"]
        ],
        facts=[
            FactChange(
                tuple(f["original"]), tuple(f["republication"]), f["kind"], f["from"], f["to"]
            )
            for f in data.get("facts", [])
        ],
        lang=data.get("lang", "en"),
        edits=data.get("edits", ""),
        presegmented=bool(data.get("presegmented", False)),
        folder=folder,
        original_file=data["original"],
        republication_file=data["republication"],
    )


def bundled_pairs(corpora: str | Path) -> list[Pair]:
    """Every folder under `corpora` that holds a gold.json, sorted by name."""
    return [load_pair(p.parent) for p in sorted(Path(corpora).glob("*/gold.json"))]


def render_text(paragraphs: Sequence[Sequence[str]], *, presegmented: bool = False) -> str:
    """The file text a pair's sentences are stored as.

    Plain: one paragraph per line block, sentences joined by single spaces, paragraphs
    separated by a blank line. Presegmented: one sentence per line, blank line between
    paragraphs. Either way the file ends with one newline.
    """
    sep = "\n" if presegmented else " "
    return "\n\n".join(sep.join(para) for para in paragraphs) + "\n"


def check_pair(pair: Pair) -> list[str]:
    """Every way the gold contradicts itself; empty when the pair is consistent."""
    problems: list[str] = []
    n_o, n_r = len(pair.original_sentences), len(pair.republication_sentences)
    for side, n, ids in (
        ("original", n_o, [i for b in pair.beads for i in b.original]),
        ("republication", n_r, [i for b in pair.beads for i in b.republication]),
    ):
        counts = Counter(ids)
        out_of_range = sorted(i for i in counts if not 0 <= i < n)
        if out_of_range:
            problems.append(f"{side} ids out of range: {out_of_range}")
        twice = sorted(i for i, c in counts.items() if c > 1)
        if twice:
            problems.append(f"{side} ids in more than one bead: {twice}")
        missing = sorted(set(range(n)) - set(counts))
        if missing:
            problems.append(f"{side} ids in no bead: {missing}")
    for bead in pair.beads:
        problems.extend(_bead_problems(bead))
    if not problems:
        problems.extend(_text_problems(pair))
    bead_keys = {(b.original, b.republication) for b in pair.beads}
    for fact in pair.facts:
        if fact.kind not in FACT_KINDS:
            problems.append(f"fact kind {fact.kind!r} unknown")
        if (fact.original, fact.republication) not in bead_keys:
            problems.append(f"fact {fact.before!r}->{fact.after!r} is not on a gold bead")
        if fact.original and fact.before not in " ".join(
            pair.original_sentences[i] for i in fact.original
        ):
            problems.append(f"fact {fact.before!r} not in original {list(fact.original)}")
        if fact.republication and fact.after not in " ".join(
            pair.republication_sentences[i] for i in fact.republication
        ):
            problems.append(f"fact {fact.after!r} not in republication {list(fact.republication)}")
    return problems


def _bead_problems(bead: Bead) -> list[str]:
    no, nr = len(bead.original), len(bead.republication)
    where = f"bead {list(bead.original)}->{list(bead.republication)}"
    if bead.label not in LABELS:
        return [f"{where}: label {bead.label!r} unknown"]
    expected = {
        "added": no == 0 and nr == 1,
        "omitted": no == 1 and nr == 0,
        "merged": no >= 2 and nr == 1,
        "split": no == 1 and nr >= 2,
    }.get(bead.label, no == 1 and nr == 1)
    if not expected:
        return [f"{where}: shape {no}:{nr} does not fit label {bead.label}"]
    for ids in (bead.original, bead.republication):
        if ids and list(ids) != list(range(ids[0], ids[0] + len(ids))):
            return [f"{where}: ids in a bead must be consecutive"]
    return []


def _text_problems(pair: Pair) -> list[str]:
    """1:1 beads: `unchanged` exactly when the two sentences are the same text."""
    o, r = pair.original_sentences, pair.republication_sentences
    problems = []
    for bead in pair.beads:
        if bead.label in ("unchanged", "edited", "rewritten"):
            same = o[bead.original[0]] == r[bead.republication[0]]
            if same != (bead.label == "unchanged"):
                problems.append(
                    f"bead {list(bead.original)}->{list(bead.republication)} is labelled "
                    f"{bead.label} but the texts are {'equal' if same else 'different'}"
                )
    return problems


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts behind a precision/recall pair."""

    correct_predicted: int = 0
    predicted: int = 0
    correct_gold: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        """Accumulate another tally into this one (micro-averaging over pairs)."""
        self.correct_predicted += other.correct_predicted
        self.predicted += other.predicted
        self.correct_gold += other.correct_gold
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        """Share of predictions that were right; None when nothing was predicted."""
        return self.correct_predicted / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """Share of gold items found; None when there was no gold item."""
        return self.correct_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; 0 when either is 0 or undefined."""
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)


@dataclass
class Scores:
    """Everything the benchmark reports for one system over one set of pairs."""

    beads: Tally = field(default_factory=Tally)
    labels: dict[str, Tally] = field(default_factory=lambda: {lab: Tally() for lab in LABELS})
    moved: Tally = field(default_factory=Tally)
    facts: Tally = field(default_factory=Tally)
    facts_any_kind: Tally = field(default_factory=Tally)
    fact_status: Counter[str] = field(default_factory=Counter)
    pairs: int = 0

    def add(self, other: Scores) -> None:
        """Accumulate another pair's scores (micro-averaged)."""
        self.beads.add(other.beads)
        for lab in LABELS:
            self.labels[lab].add(other.labels[lab])
        self.moved.add(other.moved)
        self.facts.add(other.facts)
        self.facts_any_kind.add(other.facts_any_kind)
        self.fact_status.update(other.fact_status)
        self.pairs += other.pairs


def _key(link: LinkLike) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (tuple(link.original), tuple(link.republication))


def score_beads(predicted: Iterable[LinkLike], gold: Sequence[Bead]) -> Scores:
    """Strict bead match and per-label precision/recall of one pair's predicted links.

    A bead counts when its original ids and republication ids both equal a gold bead's;
    for a label it must also carry the same label. Moved recall: gold `moved` beads
    predicted with the same ids and the label `moved`.
    """
    pred = [(_key(link), link.label) for link in predicted]
    gold_keys = {(b.original, b.republication): b.label for b in gold}
    pred_keys = {key: label for key, label in pred}
    scores = Scores(pairs=1)
    scores.beads = Tally(
        correct_predicted=sum(key in gold_keys for key, _ in pred),
        predicted=len(pred),
        correct_gold=sum(key in pred_keys for key in gold_keys),
        gold=len(gold_keys),
    )
    for lab in LABELS:
        scores.labels[lab] = Tally(
            correct_predicted=sum(gold_keys.get(k) == lab for k, label in pred if label == lab),
            predicted=sum(label == lab for _, label in pred),
            correct_gold=sum(pred_keys.get(k) == lab for k, g in gold_keys.items() if g == lab),
            gold=sum(g == lab for g in gold_keys.values()),
        )
    scores.moved = scores.labels["moved"]
    return scores


@dataclass(frozen=True)
class PredictedFact:
    """A predicted fact check with the link it sits on (only what the scorer needs)."""

    original: tuple[int, ...]
    republication: tuple[int, ...]
    kind: str
    status: str
    before: str | None
    after: str | None


def predicted_facts(links: Iterable[Any]) -> list[PredictedFact]:
    """Flatten xlate links (with `.facts` of FactCheck) into PredictedFact rows."""
    return [
        PredictedFact(
            tuple(link.original),
            tuple(link.republication),
            f.kind,
            f.status,
            f.original,
            f.republication,
        )
        for link in links
        for f in getattr(link, "facts", ())
    ]


def _overlaps(fact: PredictedFact, gold: FactChange) -> bool:
    return bool(set(fact.original) & set(gold.original)) or bool(
        set(fact.republication) & set(gold.republication)
    )


def score_facts(predicted: Sequence[PredictedFact], gold: Sequence[FactChange]) -> Scores:
    """Fact-change precision/recall: a predicted `changed` fact matches a gold change
    when its link overlaps the gold bead and (for `facts`) the kind is the same.
    `facts_any_kind` ignores the kind; `fact_status` counts every predicted status."""
    changed = [f for f in predicted if f.status == "changed"]
    scores = Scores(pairs=0)
    scores.fact_status = Counter(f.status for f in predicted)
    for tally, same_kind in ((scores.facts, True), (scores.facts_any_kind, False)):
        tally.correct_predicted = sum(any(_matches(p, g, same_kind) for g in gold) for p in changed)
        tally.predicted = len(changed)
        tally.correct_gold = sum(any(_matches(p, g, same_kind) for p in changed) for g in gold)
        tally.gold = len(gold)
    return scores


def _matches(fact: PredictedFact, gold: FactChange, same_kind: bool) -> bool:
    return _overlaps(fact, gold) and (not same_kind or fact.kind == gold.kind)


def score_pair(links: Sequence[Any], pair: Pair) -> Scores:
    """Beads, labels, moves and fact changes of one predicted alignment against gold."""
    scores = score_beads(links, pair.beads)
    fact_scores = score_facts(predicted_facts(links), pair.facts)
    scores.facts = fact_scores.facts
    scores.facts_any_kind = fact_scores.facts_any_kind
    scores.fact_status = fact_scores.fact_status
    return scores


def macro_f1(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> float:
    """Mean over `classes` of per-class F1 (a class never predicted nor present scores 0)."""
    total = 0.0
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted, strict=True))
        total += 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return total / len(classes)
