"""Alignment through a translation: paraphrase-tolerant similarity, length and anchors.

When one side is read through a machine (or a user's) translation, word order and word
choice drift and the other side's translator merges and splits sentences freely. This
mode, after Bleualign and hunalign, scores sentences by the idf-weighted overlap of
stemmed words (word prefixes, numbers and names survive paraphrase; order does not
matter), adds Gale-Church length evidence, and decides in two passes:

1. confident 1:1 anchors: mutually best pairs clearly above the noise, kept in order;
2. a bead DP (1:1, 1:0, 0:1, 1:2 … 1:4, 2:2, 2:3, 3:2) inside a band around the anchors,
   whose bead similarity comes from summed pair overlaps, so n:m beads cost no re-scoring.

Sentences the DP leaves unaligned become `moved` links only when they match each other
clearly better than anything in order (mutually best and above `move`). Labels and
word diffs are those of `xlate.matching.align`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xlate.matching.align import AlignOptions, _Encoder, _link, tokens
from xlate.model import Link

if TYPE_CHECKING:
    import numpy as np

SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1),
    (1, 0),
    (0, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
    (2, 3),
    (3, 2),
    (1, 4),
    (4, 1),
)
"""Bead shapes of the translated-text DP: (original sentences, republication sentences)."""


@dataclass(frozen=True)
class MTAlignOptions:
    """Weights of the translated-text aligner (chosen on the Text+Berg dev document).

    A bead's gain is `(similarity - match)` times its content weight relative to an
    average pair, raised to `gamma`, plus `length` times its Gale-Church log-probability
    (`variance` per character), minus `nm_penalty` per sentence beyond 1:1 and
    `open_end` when it ends on a sentence that runs on (':', ';', ',' or an open
    bracket); a sentence left alone gains `-skip`. `anchor` is the similarity (with an
    `anchor_margin` lead over every rival on both sides) that fixes a 1:1 anchor; `band`
    is how many sentences beyond the anchors the DP looks; `move` is the similarity an
    unaligned pair needs to become a move. `stem` is the word prefix length compared.
    """

    match: float = 0.05
    length: float = 0.02
    variance: float = 6.8
    nm_penalty: float = 0.1
    skip: float = 0.1
    anchor: float = 0.35
    anchor_margin: float = 0.1
    band: int = 12
    move: float = 0.5
    stem: int = 5
    gamma: float = 0.5
    open_end: float = 0.07


def features(text: str, *, stem: int = 5) -> set[str]:
    """Order-free features of a sentence: word prefixes of `stem` characters, and numbers whole."""
    return {tok if tok[0].isdigit() else tok[:stem] for tok in tokens(text)}


class Overlap:
    """Idf-weighted feature overlap of every original × republication sentence pair.

    `inter[i, j]` is the summed weight of features shared by sentences i and j; `wa` and
    `wb` are each sentence's total weight. Features in more than a tenth of the sentences
    (function words) are left out: they carry no evidence and would make the pair count
    quadratic.
    """

    def __init__(self, a: Sequence[str], b: Sequence[str], *, stem: int = 5) -> None:
        import numpy as np

        fa = [features(s, stem=stem) for s in a]
        fb = [features(s, stem=stem) for s in b]
        n, m = len(a), len(b)
        post_a: dict[str, list[int]] = {}
        post_b: dict[str, list[int]] = {}
        for i, fs in enumerate(fa):
            for f in fs:
                post_a.setdefault(f, []).append(i)
        for j, fs in enumerate(fb):
            for f in fs:
                post_b.setdefault(f, []).append(j)
        total = n + m
        limit = max(4, total // 10)
        weight: dict[str, float] = {}
        for f in post_a.keys() | post_b.keys():
            df = len(post_a.get(f, ())) + len(post_b.get(f, ()))
            if df <= limit:
                weight[f] = math.log(1 + total / df)
        self.wa = np.array([sum(weight.get(f, 0.0) for f in fs) for fs in fa])
        self.wb = np.array([sum(weight.get(f, 0.0) for f in fs) for fs in fb])
        keys: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for f, ia in post_a.items():
            ib = post_b.get(f)
            if ib is None or f not in weight:
                continue
            rows = np.repeat(np.array(ia, dtype=np.int64) * m, len(ib))
            keys.append(rows + np.tile(np.array(ib, dtype=np.int64), len(ia)))
            vals.append(np.full(len(ia) * len(ib), weight[f]))
        flat = np.zeros(n * m)
        if keys:
            flat += np.bincount(np.concatenate(keys), np.concatenate(vals), minlength=n * m)
        self.inter = flat.reshape(n, m)

    def similarity(self) -> np.ndarray:
        """Weighted Dice similarity in [0, 1] of every pair."""
        import numpy as np

        denom = self.wa[:, None] + self.wb[None, :]
        return np.divide(2 * self.inter, denom, out=np.zeros_like(self.inter), where=denom > 0)


def align_translated(
    original: Sequence[str],
    republication: Sequence[str],
    *,
    options: MTAlignOptions | None = None,
    labels: AlignOptions | None = None,
) -> tuple[Link, ...]:
    """Align two sentence lists of which one (or both) is a translation; see the module doc.

    Every sentence ends up in exactly one link; links are labelled as by `align`.
    An empty string (no translation for that sentence) can only be omitted or added.
    """
    opts = options or MTAlignOptions()
    lab = labels or AlignOptions()
    beads = _beads(original, republication, opts)
    return tuple(_link(bead, original, republication, lab) for bead in beads)


_Bead = tuple[tuple[int, ...], tuple[int, ...], float, bool]


def _beads(a: Sequence[str], b: Sequence[str], opts: MTAlignOptions) -> list[_Bead]:
    """Anchors, banded DP, then moves; beads in original order with labelling similarity."""
    from rapidfuzz.distance import Indel

    n, m = len(a), len(b)
    if not n or not m:
        return [((i,), (), 0.0, False) for i in range(n)] + [
            ((), (j,), 0.0, False) for j in range(m)
        ]
    ov = Overlap(a, b, stem=opts.stem)
    sim = ov.similarity()
    anchors = _anchors(sim, opts)
    path = _dp(ov, a, b, _band(anchors, n, m, opts), opts)
    path = _moves(_fill_blanks(path, a, b), sim, opts)
    enc = _Encoder()
    ea = [enc(tokens(s)) for s in a]
    eb = [enc(tokens(s)) for s in b]
    out: list[_Bead] = []
    for o, r, moved in path:
        s = 0.0
        if o and r:
            s = Indel.normalized_similarity("".join(ea[i] for i in o), "".join(eb[j] for j in r))
        out.append((o, r, s, moved))
    return out


def _anchors(sim: np.ndarray, opts: MTAlignOptions) -> list[tuple[int, int]]:
    """Mutually best pairs above `anchor` that beat every rival by `anchor_margin`, in order."""
    import numpy as np

    n, m = sim.shape
    best_j = sim.argmax(axis=1)
    best_i = sim.argmax(axis=0)
    top = sim[np.arange(n), best_j]
    # Second best in the row and the column, the rival the anchor must clearly beat.
    row2 = np.partition(sim, -2, axis=1)[:, -2] if m > 1 else np.zeros(n)
    col2 = np.partition(sim, -2, axis=0)[-2, :] if n > 1 else np.zeros(m)
    pairs = [
        (i, int(j))
        for i, j in enumerate(best_j)
        if best_i[j] == i
        and top[i] >= opts.anchor
        and top[i] - max(row2[i], col2[j]) >= opts.anchor_margin
    ]
    return _increasing(pairs)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of pairs increasing in both coordinates (pairs come sorted by i)."""
    import bisect

    tails: list[int] = []
    tail_idx: list[int] = []
    parent = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        parent[k] = tail_idx[pos - 1] if pos > 0 else -1
    chain: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(pairs[k])
        k = parent[k]
    return chain[::-1]


def _band(
    anchors: list[tuple[int, int]], n: int, m: int, opts: MTAlignOptions
) -> list[tuple[int, int]]:
    """For each DP row 0..n, the columns [lo, hi] it may use: each gap between anchors,
    widened by `band` sentences on every side (rows and columns monotone, so a path exists)."""
    w = opts.band
    points = [(-1, -1), *anchors, (n, m)]
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for (i0, j0), (i1, j1) in zip(points, points[1:], strict=False):
        # The gap's cells (i0+1..i1) × (j0+1..j1) in DP coordinates, widened by w.
        for i in range(max(0, i0 + 1 - w), min(n, i1 + w) + 1):
            lo[i] = min(lo[i], max(0, j0 + 1 - w))
            hi[i] = max(hi[i], min(m, j1 + w))
    # Monotone bounds; neighbouring gaps share rows, so consecutive rows overlap.
    for i in range(n, 0, -1):
        lo[i - 1] = min(lo[i - 1], lo[i])
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    lo[0], hi[n] = 0, m
    return list(zip(lo, hi, strict=True))


def _open(text: str) -> bool:
    """Does the sentence run on into the next: ends on ':', ';' or ',', or leaves a bracket open?"""
    text = text.rstrip()
    return text.endswith((":", ";", ",")) or text.count("(") > text.count(")")


def _dp(
    ov: Overlap,
    a: Sequence[str],
    b: Sequence[str],
    band: list[tuple[int, int]],
    opts: MTAlignOptions,
) -> list[tuple[tuple[int, ...], tuple[int, ...], bool]]:
    """Best monotone bead path within the band by similarity, length and shape."""
    import numpy as np

    n, m = ov.inter.shape
    # Prefix sums: any block of summed pair overlaps, and sentence weights/lengths, in O(1).
    cum = np.zeros((n + 1, m + 1))
    cum[1:, 1:] = ov.inter.cumsum(0).cumsum(1)
    wa = [0.0, *np.cumsum(ov.wa).tolist()]
    wb = [0.0, *np.cumsum(ov.wb).tolist()]
    ca = [0, *np.cumsum([len(s) for s in a]).tolist()]
    cb = [0, *np.cumsum([len(s) for s in b]).tolist()]
    # A bead may not end on a sentence that runs on, except at the document's end.
    open_a = [opts.open_end * _open(s) for s in a[:-1]] + [0.0]
    open_b = [opts.open_end * _open(s) for s in b[:-1]] + [0.0]
    # An empty translation says nothing: it is placed by `_fill_blanks`, not by the DP.
    blank_a = [0, *np.cumsum([not s.strip() for s in a]).tolist()]
    blank_b = [0, *np.cumsum([not s.strip() for s in b]).tolist()]
    ratio = (cb[-1] + 1) / (ca[-1] + 1)
    unit = max(1e-9, 2 * (wa[-1] + wb[-1]) / (n + m))
    neg = float("-inf")
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    rows = [cum[i].tolist() for i in range(n + 1)]
    for i in range(n + 1):
        lo, hi = band[i]
        for j in range(lo, hi + 1):
            if not (i or j):
                continue
            best = neg
            choice = (0, 0)
            for da, db in SHAPES:
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0:
                    continue
                prev = score.get((pi, pj))
                if prev is None:
                    continue
                if da == 0 or db == 0:
                    gain = -opts.skip
                elif blank_a[i] - blank_a[pi] or blank_b[j] - blank_b[pj]:
                    continue
                else:
                    inter = rows[i][j] - rows[pi][j] - rows[i][pj] + rows[pi][pj]
                    w = wa[i] - wa[pi] + wb[j] - wb[pj]
                    s = 2 * inter / w if w > 0 else 0.0
                    # Content, not sentence count, scales the gain: a sentence without
                    # features (an empty MT line, OCR debris) adds nothing to a bead.
                    gain = (s - opts.match) * (w / unit) ** opts.gamma
                    gain -= opts.nm_penalty * (da + db - 2)
                    gain += opts.length * _length_logprob(
                        ca[i] - ca[pi], (cb[j] - cb[pj]) / ratio, opts.variance
                    )
                if da:
                    gain -= open_a[i - 1]
                if db:
                    gain -= open_b[j - 1]
                total = prev + gain
                if total > best:
                    best, choice = total, (da, db)
            if best > neg:
                score[(i, j)] = best
                back[(i, j)] = choice
    path = []
    i, j = n, m
    while i or j:
        da, db = back[(i, j)]
        path.append((tuple(range(i - da, i)), tuple(range(j - db, j)), False))
        i, j = i - da, j - db
    return path[::-1]


_Step = tuple[tuple[int, ...], tuple[int, ...], bool]


def _fill_blanks(path: list[_Step], a: Sequence[str], b: Sequence[str]) -> list[_Step]:
    """A sentence with an empty translation takes the unaligned sentences facing it.

    Between two aligned beads, a run holding one such sentence on one side and only
    unaligned sentences on the other becomes one bead: its position is the evidence.
    """
    out: list[_Step] = []
    run: list[_Step] = []
    for step in [*path, None]:
        if step is not None and not (step[0] and step[1]):
            run.append(step)
            continue
        o = [i for st in run for i in st[0]]
        r = [j for st in run for j in st[1]]
        blank = (len(o) == 1 and not a[o[0]].strip()) or (len(r) == 1 and not b[r[0]].strip())
        if o and r and blank:
            out.append((tuple(o), tuple(r), False))
        else:
            out.extend(run)
        run = []
        if step is not None:
            out.append(step)
    return out


def _length_logprob(la: float, lb: float, variance: float) -> float:
    """Gale-Church: log-probability that lengths `la` and `lb` (rescaled) translate each other."""
    mean = (la + lb) / 2
    if mean <= 0:
        return 0.0
    delta = abs(lb - la) / math.sqrt(variance * mean)
    # Two-sided tail of the standard normal, floored to stay finite.
    return math.log(max(math.erfc(delta / math.sqrt(2)), 1e-12))


def _moves(
    path: list[tuple[tuple[int, ...], tuple[int, ...], bool]],
    sim: np.ndarray,
    opts: MTAlignOptions,
) -> list[tuple[tuple[int, ...], tuple[int, ...], bool]]:
    """Pair unaligned sentences that are each other's best match anywhere, above `move`."""
    omitted = {bd[0][0]: k for k, bd in enumerate(path) if bd[0] and not bd[1]}
    added = {bd[1][0]: k for k, bd in enumerate(path) if bd[1] and not bd[0]}
    if not omitted or not added:
        return path
    best_j = sim.argmax(axis=1)
    best_i = sim.argmax(axis=0)
    moved: dict[int, tuple[tuple[int, ...], tuple[int, ...], bool]] = {}
    drop: set[int] = set()
    for i, k in omitted.items():
        j = int(best_j[i])
        if j in added and best_i[j] == i and sim[i, j] >= opts.move:
            moved[k] = ((i,), (j,), True)
            drop.add(added[j])
    return [moved.get(k, bd) for k, bd in enumerate(path) if k not in drop]
