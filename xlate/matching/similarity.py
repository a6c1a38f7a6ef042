"""Sentence-pair similarities for the aligners: the full matrix for ordinary documents,
scored on demand (gap bands, move candidates) past `AlignOptions.dense_cells`; anchors."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from xlate.matching.align import AlignOptions


def _matrix(a: Sequence[str], b: Sequence[str], cutoff: float = 0.0) -> np.ndarray:
    """Indel similarity of every encoded sentence of `a` against every one of `b` (0 where
    below `cutoff`)."""
    import numpy as np
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    return process.cdist(
        a, b, scorer=Indel.normalized_similarity, dtype=np.float32, workers=-1,
        score_cutoff=cutoff,
    )


_SHORT = 32  # tokens: a pair of sentences this long or shorter counts as one


def dense_cost(a: Sequence[str], b: Sequence[str]) -> float:
    """What scoring every pair of two encoded sentence lists costs, in pairs of sentences
    of up to 32 tokens: longer ones count as their mean lengths over 32 multiplied (as
    measured: a pair of 600-token sentences costs rapidfuzz about 400 pairs of short ones)."""
    if not a or not b:
        return 0.0
    mean_a, mean_b = sum(map(len, a)) / len(a), sum(map(len, b)) / len(b)
    return len(a) * len(b) * max(1.0, mean_a / _SHORT) * max(1.0, mean_b / _SHORT)


_HUGE_GAP = 1_000_000
"""Cells of a gap between identical sentences past which it is anchored on its diagonal
band as well: the gap DP keeps lists as large as its gap."""


class _Sim:
    """Pair similarities, as a full matrix for ordinary documents, else scored on demand."""

    def __init__(self, a: Sequence[str], b: Sequence[str], opts: AlignOptions) -> None:
        self.a, self.b = a, b
        self.full = _matrix(a, b) if dense_cost(a, b) <= opts.dense_cells else None

    def block(
        self, i0: int, i1: int, j0: int, j1: int, spans: Sequence[tuple[int, int]] = ()
    ) -> np.ndarray:
        """Similarities of original sentences i0..i1 against republication j0..j1; with
        `spans` (one (first, end) column span a row) and no full matrix, only those cells
        are scored and the others are 0."""
        if self.full is not None:
            return self.full[i0:i1, j0:j1]
        if not spans:
            return _matrix(self.a[i0:i1], self.b[j0:j1])
        import numpy as np

        out = np.zeros((i1 - i0, j1 - j0), dtype=np.float32)
        for r0 in range(0, i1 - i0, 16):  # rows in chunks: few calls, few cells outside
            rows = spans[r0 : r0 + 16]
            lo, hi = min(s for s, _ in rows), max(e for _, e in rows)
            if lo < hi:
                r1 = r0 + len(rows)
                out[r0:r1, lo:hi] = _matrix(self.a[i0 + r0 : i0 + r1], self.b[j0 + lo : j0 + hi])
        return out

    def at(self, i: int, j: int) -> float:
        """One pair's similarity."""
        from rapidfuzz.distance import Indel

        if self.full is not None:
            return float(self.full[i, j])
        return Indel.normalized_similarity(self.a[i], self.b[j])

    def above(
        self, rows: Sequence[int], cols: Sequence[int], threshold: float
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row positions, column positions, similarities) of the pairs reaching `threshold`."""
        import numpy as np
        from rapidfuzz import process
        from rapidfuzz.distance import Indel

        if self.full is not None:
            sub = self.full[np.ix_(rows, cols)]
            r, c = np.nonzero(sub >= threshold)
            return r, c, sub[r, c]
        found = []
        cand = [self.b[j] for j in cols]
        for start in range(0, len(rows), 1000):  # chunks keep memory bounded
            chunk = [self.a[i] for i in rows[start : start + 1000]]
            sub = process.cdist(
                chunk,
                cand,
                scorer=Indel.normalized_similarity,
                dtype=np.float32,
                workers=-1,
                score_cutoff=threshold,
            )
            r, c = np.nonzero(sub >= threshold)
            found.append((r + start, c, sub[r, c]))
        if not found:
            return np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.float32)
        return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))  # type: ignore[return-value]

    def anchors(self, opts: AlignOptions) -> list[tuple[int, int]]:
        """Fixed 1:1 beads that cut the DP into gaps (see `_anchors`); for documents not
        scored in full, sentences identical on both sides and unique on each, and in a gap
        of over `_HUGE_GAP` cells between those, the anchors of its band."""
        if self.full is not None:
            return _anchors(self.full, opts)
        count_a: dict[str, int] = {}
        count_b: dict[str, int] = {}
        where_b: dict[str, int] = {}
        for s in self.a:
            count_a[s] = count_a.get(s, 0) + 1
        for j, s in enumerate(self.b):
            count_b[s] = count_b.get(s, 0) + 1
            where_b[s] = j
        pairs = [
            (i, where_b[s])
            for i, s in enumerate(self.a)
            if s and count_a[s] == 1 and count_b.get(s) == 1
        ]
        out = _increasing(pairs)
        for find in (self._band_anchors, _diagonal_cuts):
            out = _fill_huge_gaps(out, len(self.a), len(self.b), find, opts)
        return out

    def _band_anchors(
        self, i0: int, i1: int, j0: int, j1: int, opts: AlignOptions
    ) -> list[tuple[int, int]]:
        """Anchors inside a huge gap (no sentence identical on both sides there): pairs
        reaching `opts.anchor` that are mutually best within the gap's diagonal band."""
        import numpy as np

        n, m = i1 - i0, j1 - j0
        span = (opts.band + abs(n - m) // 8) * max(n, m)
        row_best, row_at = np.full(n, -1.0), np.zeros(n, dtype=np.int64)
        col_best, col_at = np.full(m, -1.0), np.zeros(m, dtype=np.int64)
        for r0 in range(0, n, 16):
            r1 = min(n, r0 + 16)
            lo = max(0, -(-(r0 * m - span) // n))
            hi = min(m, ((r1 - 1) * m + span) // n + 1)
            if lo >= hi:
                continue
            # (Below `anchor` a pair can be no anchor: rapidfuzz may stop early, giving 0.)
            block = _matrix(
                self.a[i0 + r0 : i0 + r1], self.b[j0 + lo : j0 + hi], cutoff=opts.anchor
            )
            best_j = block.argmax(axis=1)
            row_best[r0:r1], row_at[r0:r1] = block[np.arange(r1 - r0), best_j], best_j + lo
            best_i = block.argmax(axis=0)
            found = block[best_i, np.arange(hi - lo)]
            better = found > col_best[lo:hi]  # the first of equals stays, as argmax keeps it
            col_best[lo:hi][better], col_at[lo:hi][better] = found[better], best_i[better] + r0
        pairs = [
            (i0 + r, j0 + int(row_at[r]))
            for r in range(n) if row_best[r] >= opts.anchor and col_at[row_at[r]] == r
        ]
        return _increasing(pairs)


def _anchors(sim: np.ndarray, opts: AlignOptions) -> list[tuple[int, int]]:
    """Near-identical, mutually best, in-order pairs: fixed 1:1 beads that cut a large DP into gaps.

    Small documents get no anchors: a lone anchor could be a moved sentence.
    """

    n, m = sim.shape
    if n * m <= opts.full_dp_cells:
        return []
    best_j = sim.argmax(axis=1)
    best_i = sim.argmax(axis=0)
    pairs = [
        (i, int(j)) for i, j in enumerate(best_j) if sim[i, j] >= opts.anchor and best_i[j] == i
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


_Finder = Callable[[int, int, int, int, "AlignOptions"], list[tuple[int, int]]]


def _fill_huge_gaps(
    anchors: list[tuple[int, int]], n: int, m: int, find: _Finder, opts: AlignOptions
) -> list[tuple[int, int]]:
    """`anchors` with those `find` gives in each gap of over `_HUGE_GAP` cells."""
    out: list[tuple[int, int]] = []
    prev_i = prev_j = 0
    for i, j in [*anchors, (n, m)]:
        if (i - prev_i) * (j - prev_j) > _HUGE_GAP:
            out += find(prev_i, i, prev_j, j, opts)
        if i < n:
            out.append((i, j))
        prev_i, prev_j = i + 1, j + 1
    return out


def _diagonal_cuts(
    i0: int, i1: int, j0: int, j1: int, opts: AlignOptions
) -> list[tuple[int, int]]:
    """The last resort for a huge gap without near-identical pairs (two unrelated texts):
    points on its diagonal that cut it into pieces of at most `_HUGE_GAP` cells."""
    n, m = i1 - i0, j1 - j0
    k = min(n, m, math.isqrt(n * m // _HUGE_GAP) + 1)
    while True:
        cuts, last = [], -1
        for t in range(1, k):
            r = t * n // k
            if r * m // n > last:
                last = r * m // n
                cuts.append((i0 + r, j0 + last))
        points = [(i0 - 1, j0 - 1), *cuts, (i1, j1)]
        steps = zip(points, points[1:], strict=False)
        largest = max((c - a - 1) * (d - b - 1) for (a, b), (c, d) in steps)
        if largest <= _HUGE_GAP or k >= min(n, m):
            return cuts  # rounding can leave a piece a little over: one more cut then
        k += 1

