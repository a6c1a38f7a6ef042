"""Runs of tokens repeated back to back by a broken extraction, found in linear time."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\s\u3400-\u4dbf\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_MAX_PERIOD = 80
_LONG = 5000  # tokens from which the vectorised repeat search pays off


def collapse_repeats(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Keep once a run of tokens repeated back to back by a broken extraction.

    A run of 6+ tokens repeated twice, or of 3+ tokens repeated three times, is a
    repeat; natural prose never does that. Tokens compare without trailing commas, and
    the kept run ends as the last copy did ("..., ..., ...." keeps the full stop). A
    tail after the copies that only re-uses words of the run and reaches the end of the
    text is its garbled remainder and goes too. Returns the text and what was removed,
    as (rule, removed text) pairs.
    """
    removed: list[tuple[str, str]] = []
    for _ in range(8):
        if _HAN.search(text):
            keys = _TOKEN.findall(_TRAILING_MARKS.sub("", text))
        else:
            # Without Han characters the tokens are the whitespace-separated words, and a
            # token loses its trailing marks unless it is nothing else: split() and
            # rstrip() do that much faster than the patterns.
            keys = [w.rstrip(_TRAILING) or w for w in text.split()]
        if not _repeats_six(keys):
            break
        found = _find_repeat(keys) if len(keys) < _LONG else _find_repeat_long(keys)
        if found is None:
            break
        start, period, count = found
        spans = [m.span() for m in _TOKEN.finditer(text)]
        first_last = spans[start + period - 1]
        last = spans[start + period * count - 1]
        tail_end = _garbled_tail(keys[start : start + period], keys[start + period * count :])
        end = len(text) if tail_end is not None else last[1]
        if tail_end is not None:
            removed.append(("repeat-tail", text[last[1] :].strip()))
        removed.append(("repeat", text[first_last[1] : last[1]].strip()))
        text = (text[: first_last[0]] + text[last[0] : last[1]] + text[end:]).strip()
    return text, removed


_TRAILING = ",;:.!?，、；：。！？،۔"  # tokens compare without these at their end
# Those marks ending a token that has something else before them (one pass over a text
# instead of a strip per token).
_TRAILING_MARKS = re.compile(
    rf"(?<=[^\s\u3400-\u4dbf\u4e00-\u9fff{_TRAILING}])[{_TRAILING}]+"
    r"(?=[\s\u3400-\u4dbf\u4e00-\u9fff]|\Z)"
)


def _repeats_six(keys: list[str]) -> bool:
    """Does some run of six tokens occur twice? Every repeat needs one: six tokens equal
    to the ones a period ahead (a period of 6+, or two periods of 3+)."""
    six = zip(keys, keys[1:], keys[2:], keys[3:], keys[4:], keys[5:], strict=False)
    return len(set(six)) < len(keys) - 5


def _find_repeat(words: list[str]) -> tuple[int, int, int] | None:
    """(start, period, count) of the first run repeated back to back, or None.

    Each word is compared only with its own later occurrences at most _MAX_PERIOD
    tokens ahead; the reference for `_find_repeat_long`.
    """
    n = len(words)
    if len(set(zip(words, words[1:], words[2:], strict=False))) == n - 2:
        return None  # two copies of a run of 3+ tokens repeat at least one trigram
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        positions.setdefault(w, []).append(i)
    cursor = dict.fromkeys(positions, 0)
    for i, w in enumerate(words):
        where = positions[w]
        k = cursor[w]
        while k < len(where) and where[k] < i + 3:
            k += 1
        cursor[w] = k
        for j in where[k : k + _MAX_PERIOD]:
            period = j - i
            if period > _MAX_PERIOD or i + 2 * period > n:
                break
            if words[i + 1] == words[j + 1] and words[i:j] == words[j : j + period]:
                found = _counted(words, i, period)
                if found is not None:
                    return found
    return None


def _counted(words: list[str], i: int, period: int) -> tuple[int, int, int] | None:
    count = 2
    while words[i : i + period] == words[i + count * period : i + (count + 1) * period]:
        count += 1
    return (i, period, count) if count >= 3 or period >= 6 else None


def _find_repeat_long(words: list[str]) -> tuple[int, int, int] | None:
    """`_find_repeat` for long texts, vectorised over periods: for each period, the first
    window where every token equals the one a period ahead (a period of matches means two
    copies; periods under 6 need two periods of matches, three copies)."""
    import numpy as np

    a = np.fromiter(map(hash, words), dtype=np.int64, count=len(words))
    best: tuple[int, int] | None = None
    for period in range(3, min(_MAX_PERIOD, len(words) // 2) + 1):
        need = period if period >= 6 else 2 * period
        matches = np.concatenate(([0], np.cumsum(a[:-period] == a[period:])))
        if len(matches) <= need:
            continue
        hits = np.flatnonzero(matches[need:] - matches[:-need] == need)
        if hits.size and (best is None or hits[0] < best[0]):
            best = (int(hits[0]), period)
    if best is None:
        return None
    i, period = best
    same = words[i : i + period] == words[i + period : i + 2 * period]  # hashes may collide
    return _counted(words, i, period) if same else None


def _garbled_tail(run: list[str], tail: list[str]) -> int | None:
    if len(tail) < 2:
        return None
    vocabulary = set(run)
    pairs = set(zip(run + run, (run + run)[1:], strict=False))
    if all(t in vocabulary for t in tail) and (tail[0], tail[1]) in pairs:
        return len(tail)
    return None
