"""What a copy cut: the word alignment of two sentences, and the figures, dates and times
that went with a clause the copy left out (an omission, not a fact told otherwise)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from xlate.matching.facts.common import CHAR_WORD, TOKEN, base_lang
from xlate.model import Fact, FactStatus

# Word alignment is quadratic in the worst case; longer texts pair by relative position.
ALIGN_MAX_TOKENS = 2000
# difflib is quadratic on texts that share little: longer ones are aligned by Levenshtein.
DIFFLIB_MAX_TOKENS = 400
Ops = Sequence[tuple[str, int, int, int, int]]  # difflib's opcodes


@lru_cache(maxsize=64)
def text_ops(a: str, b: str) -> tuple[tuple[int, ...], tuple[int, ...], Ops, Ops] | None:
    """Two texts' word start offsets and the edit scripts of their lowercased words, `a` to
    `b` and `b` to `a`; None past `ALIGN_MAX_TOKENS` words. Memoised: pairing a link's facts
    and finding its cut clauses read the same alignment."""
    a_found, b_found = list(TOKEN.finditer(a)), list(TOKEN.finditer(b))
    if max(len(a_found), len(b_found)) > ALIGN_MAX_TOKENS:
        return None
    there, back = _word_ops([m.group().lower() for m in a_found],
                            [m.group().lower() for m in b_found])
    return tuple(m.start() for m in a_found), tuple(m.start() for m in b_found), there, back


def _word_ops(a: list[str], b: list[str]) -> tuple[Ops, Ops]:
    """Edit scripts of two word lists, `a` to `b` and `b` to `a`, as difflib's opcodes."""
    if max(len(a), len(b)) <= DIFFLIB_MAX_TOKENS:
        forward = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        return tuple(forward), tuple(SequenceMatcher(None, b, a, autojunk=False).get_opcodes())
    from rapidfuzz.distance import Levenshtein

    from xlate.matching.worddiff import _Encoder

    def ops(x: str, y: str) -> Ops:
        return tuple((o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end)
                     for o in Levenshtein.opcodes(x, y))

    enc = _Encoder()
    ea, eb = enc(a), enc(b)
    return ops(ea, eb), ops(eb, ea)


_CLAUSE_KINDS = frozenset({"number", "percent", "money", "date", "time"})


def clause_cut(checks: list[tuple[FactStatus, Fact | None, Fact | None]]) -> list[Fact]:
    """Three or more figures, dates and times left out of a sentence, none changed or
    brought in: a clause the copy cut ('..., while exports in June rose nearly 54% to
    $316.36 million this year' dropped), an omission, not a fact told otherwise."""
    dropped = [a for s, a, _ in checks if s == "dropped" and a and a.kind in _CLAUSE_KINDS]
    other = any(s in ("changed", "introduced") and (f := b or a) and f.kind in _CLAUSE_KINDS
                for s, a, b in checks)
    return dropped if len(dropped) >= 3 and not other else []


def cut_with_words(
    original: str, republication: str, lang: str | None,
    checks: list[tuple[FactStatus, Fact | None, Fact | None]],
) -> list[Fact]:
    """A figure, date or time left out inside a run of `_CUT_WORDS` or more words the copy
    does not have ('..., whose juggernaut suffered its first defeat in over two decades
    last year, and ...' cut), or `_CUT_HAN` Chinese characters (',希望今年底或明年初有新冠
    疫苗问世' cut): the clause went, and the fact with it. Two texts in one language
    `lang`."""
    dropped = [a for s, a, _ in checks if s == "dropped" and a and a.kind in _CLAUSE_KINDS]
    if not dropped:
        return []
    found: tuple[tuple[int, ...], Ops] | None
    if base_lang(lang or "") == "zh":
        found, least = _han_ops(original, republication), _CUT_HAN
    else:
        aligned = text_ops(original, republication)
        found, least = (aligned[0], aligned[2]) if aligned else None, _CUT_WORDS
    if found is None:
        return []
    starts, ops = found
    cut = []
    for fact in dropped:
        first = max(0, bisect.bisect_right(starts, fact.start) - 1)
        last = max(0, bisect.bisect_right(starts, max(fact.start, fact.end - 1)) - 1)
        cut += [fact for tag, i1, i2, j1, j2 in ops if i1 <= first and last < i2
                and tag in ("delete", "replace") and (i2 - i1) - (j2 - j1) >= least]
    return cut


def _han_ops(a: str, b: str) -> tuple[tuple[int, ...], Ops] | None:
    """Character start offsets of a Chinese text and its edit script to another, by
    character (words run on without spaces); None past `DIFFLIB_MAX_TOKENS` characters."""
    a_found, b_found = list(CHAR_WORD.finditer(a)), list(CHAR_WORD.finditer(b))
    if max(len(a_found), len(b_found)) > DIFFLIB_MAX_TOKENS:
        return None
    ops = SequenceMatcher(None, [m.group() for m in a_found], [m.group() for m in b_found],
                          autojunk=False).get_opcodes()
    return tuple(m.start() for m in a_found), tuple(ops)


_CUT_WORDS = 8
_CUT_HAN = 12
