"""The wire index: stories cleaned, fingerprinted and stored on disk for candidate search.

An index folder holds `index.json` (schema `xlate.index/1`, the list of segments) and one
folder per segment. Adding stories writes new segments and never rewrites old ones, so a
day's wire is added without rebuilding. Each segment stores the stories (xlate article JSON,
one per line), their MinHash signatures with LSH band tables (word-bigram shingles), and a
token table (words, word bigrams and the anchors that survive translation: digit groups,
places, names) with its postings, which ranks candidates by IDF-weighted cosine.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from xlate.corpus.anchors import anchor_tokens
from xlate.corpus.evidence import Evidence, evidence, factor
from xlate.corpus.executor import Executor, LocalExecutor
from xlate.corpus.inputs import Item, read_item
from xlate.corpus.minhash import (
    BandTable,
    bigram_hashes,
    jaccard,
    signature,
    unique_counts,
    word_hashes,
    words,
)
from xlate.errors import InputError, OutputError, XlateError
from xlate.fsutil import write_atomic
from xlate.model import Article
from xlate.validate import read_json_file

SCHEMA = "xlate.index/1"


# ------------------------------------------------------------------------- fingerprints


@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of a story for search."""

    signature: np.ndarray  # (NUM_PERM,) uint32 MinHash of word bigrams
    tokens: np.ndarray  # sorted unique uint32 hashes: words, word bigrams, facts
    counts: np.ndarray  # uint16, how often each token occurs
    evidence: Evidence = Evidence()  # place, agency, date: reranks close candidates


FACT_SPACE = np.uint32(1 << 31)
"""Fact tokens hash into the upper half of the token space, words into the lower half, so
search can score the facts alone (all that two languages share without a translation)."""


def fingerprint(article: Article) -> Fingerprint:
    """The fingerprint of an article."""
    tokens = words(article.text)
    hashes = word_hashes(tokens)
    bigrams = bigram_hashes(hashes)
    word_keys, word_counts = unique_counts(np.concatenate([hashes, bigrams]), upper=False)
    facts = word_hashes(anchor_tokens(article.text, tokens, article.lang))
    fact_keys, fact_counts = unique_counts(facts, upper=True)
    return Fingerprint(
        signature(np.unique(bigrams)),
        np.concatenate([word_keys, fact_keys]),
        np.concatenate([word_counts, fact_counts]),
        evidence(article),
    )


@dataclass(frozen=True)
class Indexed:
    """A story ready to store (its stored line, made in the worker so that the process
    writing the index does as little as possible), or the reason it could not be read."""

    id: str
    record: bytes | None = None
    lang: str = "und"
    signature: np.ndarray | None = None
    tokens: np.ndarray | None = None
    counts: np.ndarray | None = None
    evidence: Evidence = Evidence()
    error: str | None = None


def index_item(item: Item) -> Indexed:
    """Read and fingerprint one story (the function the executors run)."""
    try:
        article = read_item(item)
        fp = fingerprint(article)
    except XlateError as exc:
        return Indexed(item.id, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one hostile story must not stop the index
        return Indexed(item.id, error=f"{item.id}: failed ({type(exc).__name__}: {exc})")
    record = {"id": item.id, "article": article.to_dict()}
    line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    stored = replace(fp.evidence, opening=())  # a wire story's opening is never looked at
    return Indexed(item.id, line, article.lang, fp.signature, fp.tokens, fp.counts, stored)


# ------------------------------------------------------------------------------ build


@dataclass(frozen=True)
class BuildStats:
    """What one `build_index` call did: stories added, skipped (already indexed), the
    unreadable ones (id, reason) and the segments written."""

    added: int
    skipped: int
    errors: tuple[tuple[str, str], ...]
    segments: tuple[str, ...]


class _SegmentWriter:
    """The stories of one new segment: written in a temp folder, renamed into place whole."""

    def __init__(self, out: Path, name: str) -> None:
        self.folder, self.name = out / name, name
        self.tmp = out / f".{name}.tmp"
        try:
            self.tmp.mkdir(parents=True, exist_ok=True)
            self._stories = (self.tmp / "stories.jsonl").open("wb")
        except OSError as exc:
            raise OutputError(f"{out}: cannot write the index ({exc.strerror or exc})") from None
        self.ids: list[str] = []
        self.langs: list[str] = []
        self.offsets = [0]
        self.signatures: list[np.ndarray] = []
        self.tokens: list[np.ndarray] = []
        self.counts: list[np.ndarray] = []
        self.evidence: list[Evidence] = []

    def add(self, story: Indexed) -> None:
        assert story.record is not None and story.signature is not None
        assert story.tokens is not None and story.counts is not None
        self._stories.write(story.record)
        self.offsets.append(self.offsets[-1] + len(story.record))
        self.ids.append(story.id)
        self.langs.append(story.lang)
        self.signatures.append(story.signature)
        self.tokens.append(story.tokens)
        self.counts.append(story.counts)
        self.evidence.append(story.evidence)

    def finish(self) -> None:
        self._stories.close()
        _write_segment(
            self.tmp, self.ids, self.langs, self.offsets, self.signatures, self.tokens, self.counts
        )
        rows = [e.to_row() for e in self.evidence]
        (self.tmp / "evidence.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
        os.replace(self.tmp, self.folder)


def build_index(
    inputs: Iterable[Item],
    out: str | Path,
    *,
    executor: Executor | None = None,
    segment_size: int = 50_000,
) -> BuildStats:
    """Add the stories of `inputs` to the index at `out` (created if missing) as new
    segments of at most `segment_size` stories, so memory is bounded by a segment, not by
    the archive. Stories whose id is already indexed are skipped; unreadable ones are listed
    in the returned errors and in `<out>/errors.jsonl`. Stories are read and fingerprinted
    through `executor` (default: in-process); each finished segment is in the index at once,
    so an interrupted run keeps them and a rerun skips their stories."""
    out = Path(out)
    manifest = _read_manifest(out) if (out / "index.json").exists() else _new_manifest(out)
    known = set().union(*(Segment(out / s).ids for s in manifest["segments"]))
    executor = executor or LocalExecutor(1)
    errors: list[tuple[str, str]] = []
    written: list[str] = []
    added = skipped = 0

    def fresh() -> Iterator[Item]:
        nonlocal skipped
        seen = set()
        for item in inputs:
            if item.id in known or item.id in seen:
                skipped += 1
                continue
            seen.add(item.id)
            yield item

    def commit(writer: _SegmentWriter) -> None:
        writer.finish()
        manifest["segments"].append(writer.name)
        write_atomic(out / "index.json", json.dumps(manifest, indent=1) + "\n")
        written.append(writer.name)

    writer: _SegmentWriter | None = None
    for story in executor.map(index_item, fresh(), chunk=64):
        if story.error is not None or story.record is None:
            errors.append((story.id, story.error or "unreadable"))
            continue
        if writer is None:
            writer = _SegmentWriter(out, f"seg-{len(manifest['segments']):06d}")
        writer.add(story)
        added += 1
        if len(writer.ids) >= segment_size:
            commit(writer)
            writer = None
    if writer is not None:
        commit(writer)
    if errors:
        lines = "".join(
            json.dumps({"article": i, "error": e}, ensure_ascii=False) + "\n" for i, e in errors
        )
        write_atomic(out / "errors.jsonl", lines)
    return BuildStats(added, skipped, tuple(errors), tuple(written))


def _new_manifest(out: Path) -> dict[str, Any]:
    if out.exists() and not out.is_dir():
        raise XlateError(f"{out}: not a folder (an index is a folder)")
    # errors.jsonl alone is what a run whose every story failed leaves: a rerun may go on
    if out.exists() and any(p.name != "errors.jsonl" for p in out.iterdir()):
        raise XlateError(f"{out}: folder exists and is not an xlate index (no index.json)")
    return {"schema": SCHEMA, "segments": []}


_SEGMENT = re.compile(r"seg-\d{6}")


def _read_manifest(out: Path) -> dict[str, Any]:
    """index.json, checked: the schema, and segments that are folder names of this index
    (`seg-000000`), never a path leading elsewhere."""
    try:
        manifest = read_json_file(out / "index.json")
    except InputError as exc:
        raise XlateError(f"unreadable index manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise XlateError(f"{out}/index.json: not an {SCHEMA} index")
    segments = manifest.get("segments")
    if not isinstance(segments, list) or not all(
        isinstance(name, str) and _SEGMENT.fullmatch(name) for name in segments
    ):
        raise XlateError(f"{out}/index.json: segments: expected names like seg-000000")
    return manifest


def _write_segment(
    folder: Path,
    ids: list[str],
    langs: list[str],
    offsets: list[int],
    signatures: list[np.ndarray],
    token_lists: list[np.ndarray],
    count_lists: list[np.ndarray],
) -> None:
    sig = np.stack(signatures)
    bands = BandTable.build(sig)
    tok_ptr = np.zeros(len(token_lists) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in token_lists], out=tok_ptr[1:])
    tok = np.concatenate(token_lists)
    docs = np.repeat(np.arange(len(token_lists), dtype=np.int32), np.diff(tok_ptr))
    order = np.argsort(tok, kind="stable")
    post_doc = docs[order]
    post_tok, counts = np.unique(tok[order], return_counts=True)
    post_ptr = np.zeros(len(post_tok) + 1, dtype=np.int64)
    np.cumsum(counts, out=post_ptr[1:])
    arrays = {
        "offsets": np.array(offsets, dtype=np.int64),
        "sig": sig,
        "band_keys": bands.keys,
        "band_docs": bands.docs,
        "tok_ptr": tok_ptr,
        "tok": tok,
        "tokc": np.concatenate(count_lists),
        "post_tok": post_tok,
        "post_ptr": post_ptr,
        "post_doc": post_doc,
    }
    for key, array in arrays.items():
        np.save(folder / f"{key}.npy", array)
    (folder / "ids.json").write_text(json.dumps(ids, ensure_ascii=False), "utf-8")
    (folder / "langs.json").write_text(json.dumps(langs), "utf-8")


# ------------------------------------------------------------------------------ search


class Segment:
    """One segment of an index, memory-mapped."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _load(self, key: str) -> np.ndarray:
        return np.load(self.folder / f"{key}.npy", mmap_mode="r")

    @cached_property
    def ids(self) -> list[str]:
        return list(json.loads((self.folder / "ids.json").read_text("utf-8")))

    @cached_property
    def langs(self) -> list[str]:
        return list(json.loads((self.folder / "langs.json").read_text("utf-8")))

    @cached_property
    def arrays(self) -> dict[str, np.ndarray]:
        # Looked up on every query: in memory. The rest is read where needed (memory-mapped).
        eager = ("offsets", "sig", "tok_ptr", "post_tok", "post_ptr")
        lazy = ("tok", "tokc", "post_doc")
        return {**{k: np.array(self._load(k)) for k in eager}, **{k: self._load(k) for k in lazy}}

    @cached_property
    def evidence(self) -> list[Evidence]:
        """The place, agency and date of each story (none in an index built before them)."""
        path = self.folder / "evidence.json"
        if not path.exists():
            return [Evidence()] * len(self.ids)
        return [Evidence.from_row(row) for row in json.loads(path.read_text("utf-8"))]

    @cached_property
    def bands(self) -> BandTable:
        return BandTable(np.asarray(self._load("band_keys")), np.asarray(self._load("band_docs")))

    def df(self, tokens: np.ndarray) -> np.ndarray:
        """How many stories of this segment hold each token."""
        post_tok, post_ptr = self.arrays["post_tok"], self.arrays["post_ptr"]
        at = np.searchsorted(post_tok, tokens)
        at_clipped = np.minimum(at, len(post_tok) - 1)
        found = post_tok[at_clipped] == tokens
        return np.where(found, post_ptr[at_clipped + 1] - post_ptr[at_clipped], 0)

    def votes(self, tokens: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Stories holding any of `tokens`, and the summed weights of the tokens each holds."""
        post_tok, post_ptr = self.arrays["post_tok"], self.arrays["post_ptr"]
        if not len(tokens) or not len(post_tok):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        at = np.minimum(np.searchsorted(post_tok, tokens), len(post_tok) - 1)
        hit = post_tok[at] == tokens
        starts, ends = post_ptr[at[hit]], post_ptr[at[hit] + 1]
        if not len(starts):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        spans = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
        docs, inverse = np.unique(self.arrays["post_doc"][spans], return_inverse=True)
        return docs.astype(np.int64), np.bincount(inverse, np.repeat(weights[hit], ends - starts))

    def tokens(self, doc: int) -> tuple[np.ndarray, np.ndarray]:
        """A story's token hashes and their counts."""
        ptr = self.arrays["tok_ptr"]
        span = slice(int(ptr[doc]), int(ptr[doc + 1]))
        return np.asarray(self.arrays["tok"][span]), np.asarray(self.arrays["tokc"][span])

    def article(self, doc: int) -> Article:
        offsets = self.arrays["offsets"]
        with (self.folder / "stories.jsonl").open("rb") as handle:
            handle.seek(int(offsets[doc]))
            data = json.loads(handle.read(int(offsets[doc + 1] - offsets[doc])))
        return Article.from_dict(data["article"])


@dataclass(frozen=True)
class Candidate:
    """A possible source of an article: its id in the index, cosine score, estimated
    Jaccard similarity of word bigrams (MinHash), the support of its place, agency and date
    (`evidence.factor`; candidates are ordered by score times support) and the ids of
    stories with the same text."""

    id: str
    score: float
    jaccard: float
    segment: int
    doc: int
    support: float = 1.0
    twins: tuple[str, ...] = ()


class Index:
    """A loaded index; `search` ranks its stories as sources of an article."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        manifest = _read_manifest(self.folder)
        self.segments = [Segment(self.folder / name) for name in manifest["segments"]]
        for seg in self.segments:
            try:  # fail here, once, rather than on every article
                seg.arrays, seg.langs, seg.bands, seg.evidence  # noqa: B018
            except (OSError, ValueError, TypeError, EOFError, RecursionError) as exc:
                raise XlateError(
                    f"{seg.folder}: damaged index segment ({exc}); build the index again"
                ) from None
        self.size = sum(len(s.ids) for s in self.segments)

    def search(
        self,
        fp: Fingerprint,
        *,
        lang: str | None = None,
        limit: int = 5,
        rare: int = 64,
        pool: int = 50,
        rerank: int = 10,
    ) -> list[Candidate]:
        """The `limit` best candidates for the fingerprint of an article in `lang`, best first.

        Candidates are the LSH neighbours of its bigram signature plus the stories sharing
        its `rare` rarest tokens (best `pool` by IDF), ranked by IDF-weighted cosine of the
        token counts (log TF; ties by id, so the order is the same on every machine). A
        story in another language than `lang` is scored on the facts alone. The best
        `rerank` are then ordered by score times the support of their place, agency and date
        (`evidence.factor`); stories with the same text are one candidate, the others its
        `twins`.
        """
        if not self.size or fp.tokens.size == 0:
            return []
        q = fp.tokens
        df_q = self._df(q)
        idf_q = self._idf(df_q)
        w_q = (1.0 + np.log(fp.counts)) * idf_q
        present = np.flatnonzero(df_q > 0)
        rarest = present[np.argsort(df_q[present], kind="stable")[:rare]]
        voted: list[tuple[float, int, int]] = []
        found: dict[tuple[int, int], None] = {}
        for s, seg in enumerate(self.segments):
            docs, votes = seg.votes(q[rarest], idf_q[rarest])
            voted += zip((-votes).tolist(), [s] * len(docs), docs.tolist(), strict=True)
            near = seg.bands.candidates(fp.signature)
            if len(near) > pool:  # boilerplate can put many stories in one bucket
                sims = jaccard(fp.signature, np.asarray(seg.arrays["sig"][near]))
                near = near[np.argsort(-sims, kind="stable")[:pool]]
            found.update(((s, int(doc)), None) for doc in near)
        found.update(((s, doc), None) for _, s, doc in sorted(voted)[:pool])
        keys = list(found)
        if not keys:
            return []  # no story shares a rare token or a band (a translation of nothing known)
        spans = [self.segments[s].tokens(doc) for s, doc in keys]
        every = np.concatenate([d for d, _ in spans])
        owner = np.repeat(np.arange(len(keys)), [len(d) for d, _ in spans])
        unique, inverse = np.unique(every, return_inverse=True)  # sorted look-ups are faster
        idf = self._idf(self._df(unique))[inverse]
        w_d = (1.0 + np.log(np.concatenate([c for _, c in spans]))) * idf
        # Same language: the words say it all (the facts are in the words already); another
        # language: only the facts are shared. Scored for every candidate at once.
        other = np.array([bool(lang) and self.segments[s].langs[d] != lang for s, d in keys])
        use = (every >= FACT_SPACE) == other[owner]
        at = np.minimum(np.searchsorted(q, every), len(q) - 1)
        match = use & (q[at] == every)
        n = len(keys)
        dot = np.bincount(owner, np.where(match, w_d * w_q[at], 0.0), minlength=n)
        d_norm = np.sqrt(np.bincount(owner, np.where(use, w_d**2, 0.0), minlength=n))
        q_fact = q >= FACT_SPACE
        q_norm = np.where(
            other, np.sqrt(np.sum(w_q[q_fact] ** 2)), np.sqrt(np.sum(w_q[~q_fact] ** 2))
        )
        norm = q_norm * d_norm
        scores = np.divide(dot, norm, out=np.zeros(n), where=norm > 0)
        ids = [self.segments[s].ids[doc] for s, doc in keys]
        best = sorted(range(n), key=lambda i: (-scores[i], ids[i]))[: max(limit, rerank)]
        support = {i: factor(fp.evidence, self.segments[keys[i][0]].evidence[keys[i][1]])
                   for i in best}  # fmt: skip
        best.sort(key=lambda i: (-scores[i] * support[i], ids[i]))
        sigs = np.stack([self.segments[s].arrays["sig"][doc] for s, doc in (keys[i] for i in best)])
        ranked: dict[bytes, Candidate] = {}
        for i, sim in zip(best, jaccard(fp.signature, sigs).tolist(), strict=True):
            same = spans[i][0].tobytes() + spans[i][1].tobytes()  # the same text, token for token
            if same in ranked:
                ranked[same] = replace(ranked[same], twins=(*ranked[same].twins, ids[i]))
            else:
                score, support_ = round(float(scores[i]), 4), round(support[i], 4)
                ranked[same] = Candidate(ids[i], score, round(sim, 4), *keys[i], support_)
        return list(ranked.values())[:limit]

    def _df(self, tokens: np.ndarray) -> np.ndarray:
        return sum((seg.df(tokens) for seg in self.segments), np.zeros(len(tokens), dtype=np.int64))

    def _idf(self, df: np.ndarray) -> np.ndarray:
        return np.log((self.size + 1) / (df + 1)) + 1.0

    @cached_property
    def languages(self) -> frozenset[str]:
        """The languages of the stories in the index."""
        return frozenset(lang for seg in self.segments for lang in seg.langs)

    def article(self, candidate: Candidate) -> Article:
        """The stored story of a candidate."""
        return self.segments[candidate.segment].article(candidate.doc)

    @cached_property
    def _where(self) -> dict[str, tuple[int, int]]:
        return {
            ident: (s, d) for s, seg in enumerate(self.segments) for d, ident in enumerate(seg.ids)
        }

    def article_by_id(self, ident: str) -> Article:
        """The stored story with id `ident` (KeyError when absent)."""
        s, doc = self._where[ident]
        return self.segments[s].article(doc)

    @cached_property
    def digest(self) -> str:
        """A short hash of the segments (names, sizes, times): a trace's resume key and a
        worker's cue to reload an index rebuilt or extended since it was loaded."""
        parts = []
        for seg in self.segments:
            stat = (seg.folder / "ids.json").stat()
            parts.append(f"{seg.folder.name}\t{stat.st_size}\t{stat.st_mtime_ns}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
