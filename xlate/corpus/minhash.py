"""Fingerprints for candidate search: stable token hashes, MinHash signatures, LSH band keys.

Everything here is deterministic across processes and machines (CRC32 token hashes, a fixed
seed for the permutations), so an index built on one worker is read by any other.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_TOP = np.uint32(1 << 31)
_SEED = 20261129

_WORD = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_UR_MARKS = re.compile(r"[\u064b-\u065f\u0670]")


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # a < 2**29 and hashes < 2**32 keep a*h + b below 2**62: no uint64 overflow.
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 1 << 29, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)
    return a, b


def words(text: str) -> list[str]:
    """Lower-cased word tokens; a run of Chinese characters gives its character bigrams."""
    text = _UR_MARKS.sub("", unicodedata.normalize("NFKC", text)).casefold()
    out: list[str] = []
    for token in _WORD.findall(text):
        if _CJK.search(token):
            for part in re.split(r"([\u3400-\u9fff\uf900-\ufaff]+)", token):
                if _CJK.fullmatch(part):
                    out.extend(part[i : i + 2] for i in range(max(1, len(part) - 1)))
                elif part:
                    out.append(part)
        else:
            out.append(token)
    return out


def word_hashes(tokens: Sequence[str]) -> np.ndarray:
    """The CRC32 hash of each token, in order (uint32)."""
    cache: dict[str, int] = {}
    return np.fromiter(
        (cache.get(t) or cache.setdefault(t, zlib.crc32(t.encode("utf-8"))) for t in tokens),
        dtype=np.uint32,
        count=len(tokens),
    )


def bigram_hashes(hashes: np.ndarray) -> np.ndarray:
    """A hash per pair of neighbouring word hashes (the whole text when one word)."""
    if len(hashes) < 2:
        return hashes.copy()
    mixed = hashes[:-1].astype(np.uint64) * np.uint64(0x9E3779B1) + hashes[1:].astype(np.uint64)
    return ((mixed ^ (mixed >> np.uint64(29))) & _MASK).astype(np.uint32)


def unique_counts(hashes: np.ndarray, *, upper: bool) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique hashes moved to the upper or lower half of the 32-bit space, with how
    often each occurs (uint16, capped)."""
    hashes = hashes | _TOP if upper else hashes & ~_TOP
    values, counts = np.unique(hashes, return_counts=True)
    return values, np.minimum(counts, 65535).astype(np.uint16)


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32) of a set of token hashes (repeats are harmless).

    An empty set gives all-ones, which matches nothing but another empty set.
    """
    if hashes.size == 0:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    a, b = _permutations()
    values = (hashes.astype(np.uint64)[:, None] * a + b) % _PRIME & _MASK
    return values.min(axis=0).astype(np.uint32)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band: shape (n, BANDS) for an (n, NUM_PERM) signature array."""
    sig = np.ascontiguousarray(signatures, dtype=np.uint32).reshape(len(signatures), BANDS, ROWS)
    keys = np.zeros(sig.shape[:2], dtype=np.uint64)
    for row in range(ROWS):
        # FNV-style mixing of the rows of a band; collisions only cost a spurious candidate.
        keys = (keys * np.uint64(1099511628211)) ^ sig[:, :, row].astype(np.uint64)
    return keys


def jaccard(query: np.ndarray, signatures: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one signature against each row of `signatures`."""
    return (signatures == query[None, :]).mean(axis=1)


@dataclass(frozen=True)
class BandTable:
    """LSH buckets of one index segment: per band, keys sorted with their document numbers."""

    keys: np.ndarray  # (BANDS, n) uint64, each row sorted
    docs: np.ndarray  # (BANDS, n) int32, document numbers in the order of `keys`

    @classmethod
    def build(cls, signatures: np.ndarray) -> BandTable:
        keys = band_keys(signatures).T
        order = np.argsort(keys, axis=1, kind="stable")
        return cls(np.take_along_axis(keys, order, axis=1), order.astype(np.int32))

    def candidates(self, signature_: np.ndarray) -> np.ndarray:
        """Document numbers sharing at least one band with `signature_` (unique, sorted)."""
        query = band_keys(signature_[None, :])[0]
        found = []
        for band in range(BANDS):
            row = self.keys[band]
            lo = np.searchsorted(row, query[band], side="left")
            hi = np.searchsorted(row, query[band], side="right")
            if hi > lo:
                found.append(self.docs[band, lo:hi])
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)
