"""Sentence alignment: similarity matrix, bead DP (n:m up to 3 a side), then a move pass.

Sentences are compared as sequences of normalised word tokens (characters for Chinese):
each distinct token is mapped to one code point, so rapidfuzz's C Indel similarity
scores whole sentences in one `process.cdist` call. A monotone DP over beads finds the
best in-order alignment; documents too large for the full DP are cut at confident
anchors and the remaining gaps are aligned inside a band. Sentences left off the
monotone path that still match each other become `moved` links.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xlate.matching.similarity import _increasing as _increasing  # (mtalign's import)
from xlate.matching.similarity import _matrix, _Sim
from xlate.matching.worddiff import _Encoder, word_diff
from xlate.model import DiffOp, Label, Link
from xlate.text.hanzi import HAN, simplified, to_simplified

if TYPE_CHECKING:
    import numpy as np

BEADS: tuple[tuple[int, int], ...] = (
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
    (3, 3),
)
"""Bead shapes the DP may use: (original sentences, republication sentences)."""


@dataclass(frozen=True)
class AlignOptions:
    """Thresholds of the aligner; the defaults are tuned on the synthetic benchmark.

    `match` is the similarity a bead needs to beat an add+omit pair; `nm_penalty` (in
    tokens) is charged per extra sentence in an n:m bead, `many_penalty` once more for
    beads with several sentences on both sides; `move` is the similarity a sentence pair
    off the monotone path needs to become a move; `gap_match` is the lower bar for an
    omitted and an added sentence in the same gap of the path to pair up; `unchanged`
    and `edited` split 1:1 links into unchanged / edited / rewritten. `full_dp_cells`
    bounds the size of a gap aligned without a band; `band` is the half-width of the band
    beyond that. Documents whose similarity matrix costs more than `dense_cells` pairs of
    short sentences (`similarity.dense_cost`) are never scored in full: anchors are
    sentences identical on both sides and unique on each, and only the bands of gap
    rectangles and move candidates are scored (memory and time near-linear in length).
    """

    match: float = 0.3
    nm_penalty: float = 2.0
    many_penalty: float = 4.0
    move: float = 0.45
    gap_match: float = 0.2
    unchanged: float = 0.999
    edited: float = 0.7
    full_dp_cells: int = 400
    band: int = 24
    anchor: float = 0.9
    dense_cells: int = 16_000_000


_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def tokens(text: str) -> list[str]:
    """Normalised word tokens: case-folded, digits in ASCII, thousands separators removed.

    Han characters are tokens of their own, so Chinese is compared character by character,
    traditional characters as simplified ones.
    """
    text = unicodedata.normalize("NFKC", text).translate(_DIGITS).casefold().replace("ё", "е")
    han = HAN.search(text) is not None
    if han:
        text = text.translate(to_simplified())
    words = _WORD.findall(text)
    out: list[str] = []
    for word in words:
        if word[0].isdigit():
            out.append(_number_token(word))
        elif han and HAN.search(word):
            out.extend(word)
        else:
            out.append(word)
    return out


_THOUSANDS = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


def _number_token(word: str) -> str:
    # "1,000" and "1 000" and "1.000" are one thousand; "244,8" (Russian) is 244.8.
    if word.isdigit():
        return word
    if _THOUSANDS.fullmatch(word):
        return word.replace(",", "").replace(".", "")
    return word.replace(",", ".")


def similarity_matrix(original: Sequence[str], republication: Sequence[str]) -> np.ndarray:
    """Word-level Indel similarity in [0, 1] of every original × republication pair."""
    enc = _Encoder()
    return _matrix([enc(tokens(s)) for s in original], [enc(tokens(s)) for s in republication])


def align(
    original: Sequence[str],
    republication: Sequence[str],
    *,
    options: AlignOptions | None = None,
) -> tuple[Link, ...]:
    """Align two sentence lists; every sentence ends up in exactly one returned link.

    Links come in original order (moved and added links where their republication
    sentences fall). Labels: unchanged, edited, rewritten, merged, split, moved, added,
    omitted. `diff` is filled for every link that pairs sentences.
    """
    opts = options or AlignOptions()
    enc = _Encoder()
    a = [enc(tokens(s)) for s in original]
    b = [enc(tokens(s)) for s in republication]
    return _align_scored(original, republication, _Sim(a, b, opts), opts)


def _align_scored(
    original: Sequence[str], republication: Sequence[str], sim: _Sim, opts: AlignOptions
) -> tuple[Link, ...]:
    """`align` with the encoded sentences' similarities already at hand."""
    a, b = sim.a, sim.b
    keys = (_keys(original), _keys(republication))
    beads = _untwin(_absorb(_monotone(a, b, sim, keys, opts), a, b, opts), a, b, sim)
    beads = _pair_gaps(_moves(beads, sim, opts), sim, opts)
    return tuple(_link(bead, original, republication, opts) for bead in beads)


def _keys(texts: Sequence[str]) -> list[float]:
    """Each sentence's words as a number in [0, 1): a last tie-break that is the same
    whichever document is called the original (the word codes are not)."""
    import zlib

    return [zlib.crc32(" ".join(tokens(t)).encode()) / 2**32 for t in texts]


# A bead during alignment: (original ids, republication ids, similarity, moved?)
_Bead = tuple[tuple[int, ...], tuple[int, ...], float, bool]


def _monotone(
    a: Sequence[str],
    b: Sequence[str],
    sim: _Sim,
    keys: tuple[list[float], list[float]],
    opts: AlignOptions,
) -> list[_Bead]:
    """Best in-order bead sequence: anchors split the work, each gap gets a (banded) DP."""
    beads: list[_Bead] = []
    prev_i = prev_j = 0
    for i, j in sim.anchors(opts) + [(len(a), len(b))]:
        beads.extend(_dp(a, b, sim, keys, prev_i, i, prev_j, j, opts))
        if i < len(a) and j < len(b):
            beads.append(((i,), (j,), sim.at(i, j), False))
        prev_i, prev_j = i + 1, j + 1
    return beads


def _dp(
    a: Sequence[str],
    b: Sequence[str],
    sim: _Sim,
    keys: tuple[list[float], list[float]],
    i0: int,
    i1: int,
    j0: int,
    j1: int,
    opts: AlignOptions,
) -> list[_Bead]:
    """Bead DP on the rectangle [i0, i1) × [j0, j1), banded when the rectangle is large."""
    from rapidfuzz.distance import Indel

    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return [((i0 + k,), (), 0.0, False) for k in range(n)] + [
            ((), (j0 + k,), 0.0, False) for k in range(m)
        ]
    banded = n * m > opts.full_dp_cells
    span = (opts.band + abs(n - m) // 8) * max(n, m) if banded else 0

    def columns(i: int) -> range:
        if not banded:
            return range(m + 1)
        # Cells whose distance from the gap's diagonal is at most `band` sentences.
        return range(max(0, -(-(i * m - span) // n)), min(m, (i * m + span) // n) + 1)

    low = opts.match
    # Gains are weighted by length in tokens, so a short sentence next to a long one
    # is not absorbed into a merge just because the long one matches well.
    a_len = [max(1, len(x)) for x in a[i0:i1]]
    b_len = [max(1, len(x)) for x in b[j0:j1]]
    a_cum = [0, *itertools.accumulate(a_len)]
    b_cum = [0, *itertools.accumulate(b_len)]
    a_real, b_real = [len(x) for x in a[i0:i1]], [len(x) for x in b[j0:j1]]
    import numpy as np

    # The cells the DP reads: row r's own band and those of the two rows after it.
    spans = [
        (max(0, columns(r + 1).start - 3), min(m, columns(min(r + 3, n)).stop - 1))
        for r in range(n)
    ] if banded else []
    block = sim.block(i0, i1, j0, j1, spans).astype(np.float64)
    pair = block.tolist()
    # near[i][j]: does any pair in the 3×3 block ending at sentence (i, j) reach `low`?
    # n:m beads are only tried where it does.
    hot = block >= low
    near_arr = hot.copy()
    for di in range(3):
        for dj in range(3):
            near_arr[di:, dj:] |= hot[: n - di, : m - dj]
    near = near_arr.tolist()
    # A hair less gain for beads far from the gap's diagonal: equal-valued paths are
    # then decided the same way whichever document is called the original.
    tilt_i = np.arange(n) * 1e-6 / n
    tilt_j = np.arange(m) * 1e-6 / m
    tilt = np.abs(tilt_i[:, None] - tilt_j[None, :])
    # Still equal (two sentences as like the same third one, equally far from the
    # diagonal): the earlier pair wins, again the same whichever side comes first.
    early_i = np.arange(n) * 1e-9 / n
    early_j = np.arange(m) * 1e-9 / m
    # Still equal (a pair and its mirror image, (x, y) and (y, x)): the sentences' words
    # decide.
    words = 1e-12 * (np.array(keys[0][i0:i1])[:, None] + np.array(keys[1][j0:j1])[None, :])
    sizes = np.array(a_len, dtype=np.float64)[:, None] + np.array(b_len, dtype=np.float64)
    # Every 1:1 bead's gain at once (the same float operations, in the same order).
    one = ((block - low) * sizes - (tilt + early_i[:, None] + early_j[None, :] + words)).tolist()
    tilt_rows = tilt.tolist()
    neg = float("-inf")
    # score[i][j] / back[i][j]: best total and its bead (da, db, similarity); None: unreached.
    score: list[list[float | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    many = BEADS[3:]
    for i in range(n + 1):
        row, above = score[i], score[i - 1] if i else None
        near_row, one_row, pair_row = (near[i - 1], one[i - 1], pair[i - 1]) if i else ([], [], [])
        for j in columns(i):
            if not (i or j):
                continue
            # 1:1, 1:0 and 0:1 first, in BEADS order (a later bead must do strictly better).
            best = neg
            choice = (0, 0, 0.0)
            if above is not None:
                if j:
                    prev = above[j - 1]
                    if prev is not None:
                        best, choice = prev + one_row[j - 1], (1, 1, pair_row[j - 1])
                prev = above[j]
                if prev is not None and prev > best:
                    best, choice = prev, (1, 0, 0.0)
            if j:
                prev = row[j - 1]
                if prev is not None and prev > best:
                    best, choice = prev, (0, 1, 0.0)
            if i and j and near_row[j - 1]:
                for da, db in many:
                    pi, pj = i - da, j - db
                    if pi < 0 or pj < 0:
                        continue
                    prev = score[pi][pj]
                    if prev is None:
                        continue
                    size = a_cum[i] - a_cum[pi] + b_cum[j] - b_cum[pj]
                    cost = opts.nm_penalty * (da + db - 2) + tilt_rows[pi][pj] + (
                        opts.many_penalty if da > 1 and db > 1 else 0.0
                    )
                    if size > _LONG_BEAD and prev + (
                        _ceiling(pair, a_real, b_real, pi, i, pj, j) - opts.match
                    ) * size - cost < best:
                        continue  # cannot win, whatever its similarity: not scored
                    s = Indel.normalized_similarity(
                        "".join(a[i0 + pi : i0 + i]), "".join(b[j0 + pj : j0 + j])
                    )
                    gain = (s - opts.match) * size - opts.nm_penalty * (da + db - 2)
                    gain -= tilt_rows[pi][pj]
                    if da > 1 and db > 1:  # many:many usually hides a move or a 1:1 + merge
                        gain -= opts.many_penalty
                    total = prev + gain
                    if total > best:
                        best, choice = total, (da, db, s)
            if best > neg:
                row[j] = best
                back[i][j] = choice
    # The band always holds (n, m): rows overlap and 1:0 / 0:1 steps connect them.
    beads: list[_Bead] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None  # the band always reaches (n, m)
        da, db, s = step
        beads.append(
            (tuple(range(i0 + i - da, i0 + i)), tuple(range(j0 + j - db, j0 + j)), s, False)
        )
        i, j = i - da, j - db
    return beads[::-1]


_LONG_BEAD = 256
"""Tokens of an n:m bead past which the DP first checks that it can win at all."""


def _ceiling(
    pair: list[list[float]], a_len: list[int], b_len: list[int], i0: int, i1: int, j0: int,
    j1: int,
) -> float:
    """At least the similarity of sentences i0..i1 joined against j0..j1 joined: their
    longest common subsequence is at most the sum of the pairs' ones, and the shorter side."""
    la, lb = sum(a_len[i0:i1]), sum(b_len[j0:j1])
    if not la + lb:
        return 1.0
    common = sum(
        pair[i][j] * (a_len[i] + b_len[j]) for i in range(i0, i1) for j in range(j0, j1)
    ) / 2 + 0.5  # (+0.5: float32 similarities, an integer length)
    return 2 * min(common, la, lb) / (la + lb)


def _absorb(
    beads: list[_Bead], a: Sequence[str], b: Sequence[str], opts: AlignOptions
) -> list[_Bead]:
    """Let a 1:1 bead take in a neighbouring added or omitted sentence when the DP's gain says so.

    Anchors fix 1:1 beads before the DP runs, so a split or merge whose longer part is
    an anchor is only found here.
    """
    from rapidfuzz.distance import Indel

    def gain(o: tuple[int, ...], r: tuple[int, ...], s: float) -> float:
        size = sum(len(a[i]) for i in o) + sum(len(b[j]) for j in r)
        return (s - opts.match) * size - opts.nm_penalty * (len(o) + len(r) - 2)

    out = list(beads)
    k = 0
    while k < len(out):
        o, r, s, moved = out[k]
        if len(o) == 1 and len(r) == 1 and not moved:
            for nb in (k + 1, k - 1):
                if not 0 <= nb < len(out) or out[nb][3] or (out[nb][0] and out[nb][1]):
                    continue
                no, nr = out[nb][0], out[nb][1]
                new_o = tuple(sorted(o + no))
                new_r = tuple(sorted(r + nr))
                new_s = Indel.normalized_similarity(
                    "".join(a[i] for i in new_o), "".join(b[j] for j in new_r)
                )
                if gain(new_o, new_r, new_s) > gain(o, r, s):
                    out[min(k, nb)] = (new_o, new_r, new_s, False)
                    del out[max(k, nb)]
                    k = min(k, nb)
                    break
        k += 1
    return out


def _untwin(
    beads: list[_Bead], a: Sequence[str], b: Sequence[str], sim: _Sim
) -> list[_Bead]:
    """Take out of a split or merge each part that the other side has word for word among
    its unpaired sentences: that part was moved (`_moves` pairs it), and read as a part
    one way the swapped texts would read it as a move the other."""
    from rapidfuzz.distance import Indel

    alone_a = {a[i] for bead in beads if not bead[1] for i in bead[0]}
    alone_b = {b[j] for bead in beads if not bead[0] for j in bead[1]}
    out: list[_Bead] = []
    for o, r, s, moved in beads:
        if not o or not r or len(o) + len(r) <= 2:
            out.append((o, r, s, moved))
            continue
        twins_r = [j for j in r if b[j] in alone_a] if len(r) > 1 else []
        twins_o = [i for i in o if a[i] in alone_b] if len(o) > 1 else []
        keep_o = tuple(i for i in o if i not in twins_o) or o[:1]
        keep_r = tuple(j for j in r if j not in twins_r) or r[:1]
        if (keep_o, keep_r) == (o, r):
            out.append((o, r, s, moved))
            continue
        score = Indel.normalized_similarity(
            "".join(a[i] for i in keep_o), "".join(b[j] for j in keep_r)
        )
        out.append((keep_o, keep_r, score, moved))
        out += [((i,), (), 0.0, False) for i in o if i not in keep_o]
        out += [((), (j,), 0.0, False) for j in r if j not in keep_r]
    return out


def _pair_gaps(beads: list[_Bead], sim: _Sim, opts: AlignOptions) -> list[_Bead]:
    """Pair omitted and added sentences that sit in the same gap of the path, in order.

    A heavy rewrite shares few words with its original, but it stands where the original
    stood: between the same two matched neighbours. That position is evidence enough
    for a lower similarity bar (`gap_match`).
    """
    out: list[_Bead] = []
    run: list[_Bead] = []
    for bead in [*beads, None]:
        if bead is not None and (not bead[0] or not bead[1] or bead[3]):
            run.append(bead)  # moved links stand apart from the path: they do not end a gap
            continue
        omitted = [bd[0][0] for bd in run if bd[0] and not bd[1]]
        added = [bd[1][0] for bd in run if bd[1] and not bd[0]]
        pairs = _ordered_pairs(omitted, added, sim, opts.gap_match)
        if pairs:
            out.extend(_merge_run(run, pairs, sim))
        else:
            out.extend(run)
        run = []
        if bead is not None:
            out.append(bead)
    return out


def _merge_run(run: list[_Bead], pairs: list[tuple[int, int]], sim: _Sim) -> list[_Bead]:
    """The run with its pairs joined, in an order monotone on both sides: before each pair
    the added sentences and the omitted (or moved) ones that precede it."""
    paired_o = {i for i, _ in pairs}
    paired_a = {j for _, j in pairs}
    rest_a = [bd for bd in run if not bd[0] and bd[1][0] not in paired_a]
    rest_o = [bd for bd in run if bd[0] and (bd[3] or bd[0][0] not in paired_o)]
    out: list[_Bead] = []
    for i, j in pairs:
        while rest_a and rest_a[0][1][0] < j:
            out.append(rest_a.pop(0))
        while rest_o and rest_o[0][0][0] < i:
            out.append(rest_o.pop(0))
        out.append(((i,), (j,), sim.at(i, j), False))
    return out + rest_a + rest_o


def _ordered_pairs(
    omitted: list[int], added: list[int], sim: _Sim, threshold: float
) -> list[tuple[int, int]]:
    """The in-order pairing of two short id lists with the largest total similarity."""
    if not omitted or not added:
        return []
    n, m = len(omitted), len(added)

    def value(x: int, y: int) -> float:
        # A hair less for pairs far from the gap's diagonal, and a hair more for each word
        # the two share: ties break the same way whichever document is called the original
        # (two pairs as far from the diagonal, one each way, tie on position alone).
        i, j = omitted[x], added[y]
        s = sim.at(i, j)
        if s < threshold:
            return -1.0
        return s - 1e-6 * abs(x / n - y / m) + 1e-12 * len(set(sim.a[i]) & set(sim.b[j]))

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            v = value(x, y)
            take = v + best[x + 1][y + 1] if v >= 0 else -1.0
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    pairs = []
    x = y = 0
    while x < n and y < m:
        v = value(x, y)
        if v >= 0 and best[x][y] == v + best[x + 1][y + 1]:
            pairs.append((omitted[x], added[y]))
            x, y = x + 1, y + 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1
    return pairs


def _moves(beads: list[_Bead], sim: _Sim, opts: AlignOptions) -> list[_Bead]:
    """Pair omitted with added sentences that match well: those sentences moved."""
    import numpy as np

    omitted = [k for k, bd in enumerate(beads) if bd[0] and not bd[1]]
    added = [k for k, bd in enumerate(beads) if bd[1] and not bd[0]]
    if not omitted or not added:
        return beads
    o_all = [beads[k][0][0] for k in omitted]
    a_all = [beads[k][1][0] for k in added]
    rows, cols, vals = sim.above(o_all, a_all, opts.move)
    # Best pairs first; ties by distance, then position, read the same with sides swapped.
    o_ids = np.array(o_all)[rows]
    a_ids = np.array(a_all)[cols]
    order = np.lexsort((o_ids + a_ids, np.abs(o_ids - a_ids), -vals))
    used_o: set[int] = set()
    used_p: set[int] = set()
    moved: dict[int, _Bead] = {}
    for k in order:
        o, p, s = omitted[rows[k]], added[cols[k]], float(vals[k])
        if o in used_o or p in used_p:
            continue
        used_o.add(o)
        used_p.add(p)
        moved[o] = (beads[o][0], beads[p][1], s, True)
    return [moved.get(k, bd) for k, bd in enumerate(beads) if k not in used_p]


def _link(
    bead: _Bead,
    original: Sequence[str],
    republication: Sequence[str],
    opts: AlignOptions,
) -> Link:
    o, r, s, moved = bead
    label = _label(o, r, s, moved, original, republication, opts)
    diff: tuple[DiffOp, ...] = ()
    if o and r:
        diff = word_diff(" ".join(original[i] for i in o), " ".join(republication[j] for j in r))
    return Link(original=o, republication=r, label=label, score=round(s, 4), diff=diff)


def _label(
    o: tuple[int, ...],
    r: tuple[int, ...],
    s: float,
    moved: bool,
    original: Sequence[str],
    republication: Sequence[str],
    opts: AlignOptions,
) -> Label:
    if not r:
        return "omitted"
    if not o:
        return "added"
    if moved:
        return "moved"
    if len(o) > len(r):
        return "merged"
    if len(r) > len(o):
        return "split"
    if len(o) > 1:
        return "rewritten"
    if _squash(original[o[0]]) == _squash(republication[r[0]]):
        return "unchanged"
    return "edited" if s >= opts.edited else "rewritten"


def _squash(text: str) -> str:
    """The text as `unchanged` compares it: spacing and the Chinese script do not count."""
    return " ".join(simplified(unicodedata.normalize("NFC", text)).split())
