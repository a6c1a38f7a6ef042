"""The story family: one wire story, every republication of it, side by side.

`build_family(story, reports)` takes the pair reports of one original (from
`xlate.matching.compare.compare`) and returns a `Family`: the fate of each wire sentence in
each republication, what each outlet added and where, a fact table, outlets ranked by
coverage and drift, and provenance (a republication closer to another republication than
to the wire, with the evidence and the chain).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from xlate import __version__
from xlate.errors import XlateError
from xlate.model import Article, FactCheck, FactKind, Label, Link, Report

SCHEMA = "xlate.family/1"

Fate = Literal["kept", "edited", "rewritten", "merged", "split", "moved", "omitted"]
Reading = Literal["kept", "changed", "dropped", "omitted", "unchecked"]

COPY_MARGIN = 0.02
"""A republication copied another when it is more than this closer to it than to the wire
(Jaccard similarity of the sets of word bigrams inside sentences; set on synthetic
families, see benchmarks/provenance_accuracy.py)..."""
COPY_SHARED = 3
"""...and shares at least this many word pairs with it that the wire does not have."""


@dataclass(frozen=True)
class Cell:
    """The fate of one wire sentence in one republication; `drift` lists the facts that
    changed, dropped or appeared where the sentence was kept."""

    fate: Fate
    republication: tuple[int, ...]
    score: float
    drift: tuple[FactCheck, ...] = ()


@dataclass(frozen=True)
class Addition:
    """A passage an outlet added: consecutive sentences, placed after wire sentence `after`."""

    republication: tuple[int, ...]
    text: str
    after: int | None


@dataclass(frozen=True)
class FactReading:
    """What one outlet says of one wire fact."""

    status: Reading
    text: str | None


@dataclass(frozen=True)
class FactRow:
    """A fact of the wire (in sentence `sentence`) and each outlet's reading of it."""

    sentence: int
    kind: FactKind
    text: str
    readings: tuple[FactReading, ...]

    @property
    def disagree(self) -> tuple[int, ...]:
        """Indexes of the members that give another value than the wire."""
        return tuple(i for i, r in enumerate(self.readings) if r.status == "changed")


@dataclass(frozen=True)
class MemberInfo:
    """What the caller knows of a republication beyond its text (all optional)."""

    name: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    report: str | None = None


@dataclass(frozen=True)
class Member:
    """One republication: who ran it, how much of the wire it kept, whom it copied."""

    name: str
    outlet: str
    path: str | None
    lang: str
    source: str | None
    date: str | None
    url: str | None
    report: str | None
    verdict: str
    coverage: float
    derived: float
    drift: int
    added: int
    similarity: float
    rank: int = 0
    parent: str | None = None
    parent_similarity: float | None = None
    shared: int = 0


@dataclass(frozen=True)
class Family:
    """Everything `build_family` found; `xlate.reports.family_*` render it."""

    story: str
    original: Article
    members: tuple[Member, ...]
    cells: tuple[tuple[Cell, ...], ...]
    additions: tuple[tuple[Addition, ...], ...]
    facts: tuple[FactRow, ...]
    chains: tuple[tuple[str, ...], ...]
    signature: dict[str, Any] = field(default_factory=dict)

    @property
    def ranking(self) -> tuple[Member, ...]:
        """Members best first: most of the wire kept, then least drift."""
        return tuple(sorted(self.members, key=lambda m: m.rank))


def build_family(
    story: str, reports: Sequence[Report], *, info: Sequence[MemberInfo] | None = None
) -> Family:
    """The family of one original from its pair reports (all must share the original).

    `info` (one per report) gives member names, outlets, URLs, dates and pair-report names;
    a name defaults to the outlet in the republication's metadata, else its file stem.
    """
    from xlate.corpus.naming import stem_name

    if not reports:
        raise XlateError(f"{story}: a family needs at least one republication")
    original = reports[0].original
    for report in reports[1:]:
        if report.original.sentences != original.sentences:
            raise XlateError(
                f"{story}: {report.republication.path or 'a republication'} was compared "
                f"with another original ({report.original.path})"
            )
    info = list(info) if info is not None else [MemberInfo() for _ in reports]
    if len(info) != len(reports):
        raise XlateError(f"{story}: {len(info)} member descriptions for {len(reports)} reports")
    taken: set[str] = set()
    members: list[Member] = []
    for report, extra in zip(reports, info, strict=True):
        r = report.republication
        outlet = extra.outlet or r.meta.outlet or r.meta.site
        base = extra.name or (stem_name(r.path) if r.path else None) or outlet or "republication"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        members.append(
            Member(
                name=name,
                outlet=outlet or name,
                path=r.path,
                lang=r.lang,
                source=r.meta.source,
                date=extra.date or r.meta.published,
                url=extra.url,
                report=extra.report,
                verdict=report.summary.verdict,
                coverage=report.summary.coverage,
                derived=report.summary.derived,
                drift=_drift_count(report),
                added=report.summary.counts.get("added", 0),
                similarity=0.0,
            )
        )
    members = _provenance(original, reports, members)
    members = _ranked(members)
    return Family(
        story=story,
        original=original,
        members=tuple(members),
        cells=tuple(zip(*(_cells(report) for report in reports), strict=True)),
        additions=tuple(_additions(report) for report in reports),
        facts=_fact_rows(original, reports),
        chains=_chains(members),
        signature={
            "xlate": __version__,
            "original": reports[0].signature.get("original"),
            "republications": [rep.signature.get("republication") for rep in reports],
        },
    )


def _drift_count(report: Report) -> int:
    from xlate.matching.compare import drift

    return len(drift(report))


def _cells(report: Report) -> list[Cell]:
    cells: list[Cell | None] = [None] * len(report.original.sentences)
    for link in report.links:
        if not link.original:
            continue
        fate: Fate = "kept" if link.label == "unchanged" else _fate(link.label)
        drifted = tuple(f for f in link.facts if f.status != "kept") if link.republication else ()
        for i in link.original:
            cells[i] = Cell(fate, link.republication, link.score, drifted)
    return [c or Cell("omitted", (), 0.0) for c in cells]


def _fate(label: Label) -> Fate:
    return label  # type: ignore[return-value]  # links with original sentences are never added


def _additions(report: Report) -> tuple[Addition, ...]:
    """Consecutive added sentences as one passage, placed after the wire sentence before it."""
    r = report.republication
    origin: dict[int, tuple[int, ...]] = {}
    for link in report.links:
        for j in link.republication:
            origin[j] = link.original
    passages: list[list[int]] = []
    for j in range(len(r.sentences)):
        if origin.get(j):
            continue
        if passages and passages[-1][-1] == j - 1:
            passages[-1].append(j)
        else:
            passages.append([j])
    sep = "" if r.lang == "zh" else " "
    out = []
    for ids in passages:
        before = next((origin[k] for k in range(ids[0] - 1, -1, -1) if origin.get(k)), ())
        out.append(
            Addition(
                republication=tuple(ids),
                text=sep.join(r.sentences[j].text for j in ids),
                after=max(before) if before else None,
            )
        )
    return tuple(out)


def _fact_rows(original: Article, reports: Sequence[Report]) -> tuple[FactRow, ...]:
    from xlate.matching.facts import extract_facts

    links_of: list[dict[int, Link]] = []
    for report in reports:
        index = {i: link for link in report.links for i in link.original}
        links_of.append(index)
    rows = []
    for sentence in original.sentences:
        for fact in extract_facts(sentence.text, original.lang):
            readings = tuple(
                _reading(index.get(sentence.id), fact.kind, fact.text) for index in links_of
            )
            rows.append(FactRow(sentence.id, fact.kind, fact.text, readings))
    return tuple(rows)


def _reading(link: Link | None, kind: str, text: str) -> FactReading:
    if link is None or not link.republication:
        return FactReading("omitted", None)
    checks = [f for f in link.facts if f.kind == kind and f.original is not None]
    hit = next((f for f in checks if f.original == text), None) or next(
        (f for f in checks if text in (f.original or "") or (f.original or "") in text), None
    )
    if hit is None:
        return FactReading("unchecked", None)
    status: Reading = "kept" if hit.status == "kept" else hit.status  # type: ignore[assignment]
    return FactReading(status, hit.republication)


def _bigrams(sentences: Sequence[str]) -> frozenset[int]:
    """Word bigrams inside each sentence, hashed (int sets are several times faster).

    Not across sentences: a dropped sentence would make a new bigram at the seam, and two
    trims of the wire would seem to share wording the wire does not have.
    """
    from xlate.matching.align import tokens

    grams: set[int] = set()
    for sentence in sentences:
        toks = tokens(sentence)
        grams.update(map(hash, zip(toks, toks[1:], strict=False)))
    return frozenset(grams)


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    both = len(a & b)
    union = len(a) + len(b) - both
    return both / union if union else 0.0


def _provenance(
    original: Article, reports: Sequence[Report], members: list[Member]
) -> list[Member]:
    """Similarity to the wire and, when a member is closer to an earlier one, its parent.

    Similarity to the wire is measured in one language (through the translation used for
    matching when the languages differ). Copying is looked for only between members written
    in the same language, in their own words, and only where the wire exists in that
    language: two translations share phrasing the wire does not have whoever copied whom.
    Members are taken in date order, then by similarity to the wire, and may only copy a
    member before them, so the copying graph has no cycles.
    """
    wire_grams = _bigrams([s.text for s in original.sentences])
    translated_wire: dict[tuple[str, ...], frozenset[int]] = {}
    keys: list[tuple[str, frozenset[int], frozenset[int] | None]] = []  # lang, own, novel
    sims: list[float] = []
    for report in reports:
        r = report.republication
        own = _bigrams([s.text for s in r.sentences])
        if r.lang == original.lang:
            wire: frozenset[int] | None = wire_grams
            sim = _jaccard(own, wire_grams)
        elif report.original_translation is not None and report.via == r.lang:
            key = tuple(report.original_translation)
            if key not in translated_wire:  # members of one language share the translation
                translated_wire[key] = _bigrams(key)
            wire = translated_wire[key]
            sim = _jaccard(own, wire)
        else:
            wire = None
            sim = _jaccard(_bigrams(report.republication_translation or ()), wire_grams)
        keys.append((r.lang, own, own - wire if wire is not None else None))
        sims.append(sim)
    members = [replace(m, similarity=round(s, 4)) for m, s in zip(members, sims, strict=True)]
    order = sorted(range(len(members)), key=lambda i: (members[i].date or "9999", -sims[i], i))
    for pos, b in enumerate(order):
        lang_b, grams_b, novel_b = keys[b]
        if novel_b is None:
            continue
        best: tuple[float, int, int] | None = None
        for a in order[:pos]:
            lang_a, grams_a, novel_a = keys[a]
            if lang_a != lang_b or novel_a is None:
                continue
            shared = len(novel_a & novel_b)  # wording both have and the wire has not
            if shared < COPY_SHARED:
                continue
            sim = _jaccard(grams_b, grams_a)
            if sim > sims[b] + COPY_MARGIN and (best is None or sim > best[0]):
                best = (sim, a, shared)
        if best is not None:
            sim, a, shared = best
            members[b] = replace(
                members[b], parent=members[a].name, parent_similarity=round(sim, 4), shared=shared
            )
    return members


def _ranked(members: list[Member]) -> list[Member]:
    order = sorted(range(len(members)), key=lambda i: (-members[i].coverage, members[i].drift, i))
    rank = {i: k + 1 for k, i in enumerate(order)}
    return [replace(m, rank=rank[i]) for i, m in enumerate(members)]


def _chains(members: Sequence[Member]) -> tuple[tuple[str, ...], ...]:
    """wire -> ... -> member for every member that copied another and was copied by none."""
    by_name = {m.name: m for m in members}
    parents = {m.parent for m in members if m.parent}
    chains = []
    for m in members:
        if m.parent is None or m.name in parents:
            continue
        chain = [m.name]
        node: Member | None = m
        while node is not None and node.parent is not None:
            chain.append(node.parent)
            node = by_name.get(node.parent)
        chains.append(("wire", *reversed(chain)))
    return tuple(chains)
