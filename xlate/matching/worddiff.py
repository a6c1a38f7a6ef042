"""Word-level diffs of two texts, and the token encoder the aligners share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from xlate.model import DiffOp
from xlate.text.hanzi import simplified


class _Encoder:
    """Maps each distinct token to one private code point, so a sentence is a short str."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def __call__(self, toks: Sequence[str]) -> str:
        codes = self.codes
        out = []
        for tok in toks:
            code = codes.get(tok)
            if code is None:
                code = codes[tok] = chr(0xF0000 + len(codes))
            out.append(code)
        return "".join(out)


# A Han character, a number with its separators (7.1, 1,000, 10:30: never split inside),
# a word, or one punctuation mark.
_DIFF_TOKEN = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff]|\d+(?:[.,:/]\d+)+|[^\W\u3400-\u9fff\uf900-\ufaff]+|[^\w\s]"
)


def _key(token: str) -> str:
    """What a diff compares: a traditional Han character as its simplified form."""
    return simplified(token)


def word_diff(original: str, republication: str) -> tuple[DiffOp, ...]:
    """Word-level edit script (characters for Chinese) as equal/replace/delete/insert spans.

    The original spans of all ops, joined, give back `original`; likewise for the other side.
    """
    from rapidfuzz.distance import Levenshtein

    if original == republication and _DIFF_TOKEN.search(original):  # the common case, fast
        return (DiffOp(op="equal", original=original, republication=republication),)
    a = [m for m in _DIFF_TOKEN.finditer(original)]
    b = [m for m in _DIFF_TOKEN.finditer(republication)]
    enc = _Encoder()
    ea = enc([_key(m.group()) for m in a])
    eb = enc([_key(m.group()) for m in b])
    if len(ea) * len(eb) > _DIFF_CELLS:
        return _coarse_diff(original, republication, a, b, ea, eb)
    # Token k's span runs from its start (the text's start for the first) to the next
    # token's start (the text's end for the last): the spans of all ops rebuild the text.
    cut_a = [0, *(m.start() for m in a[1:]), len(original)]
    cut_b = [0, *(m.start() for m in b[1:]), len(republication)]
    # Levenshtein opcodes give replace blocks, which read better than delete + insert.
    return tuple(
        DiffOp(
            op=op.tag,  # type: ignore[arg-type]
            original=original[cut_a[op.src_start] : cut_a[op.src_end]],
            republication=republication[cut_b[op.dest_start] : cut_b[op.dest_end]],
        )
        for op in Levenshtein.opcodes(ea, eb)
    )


_DIFF_CELLS = 100_000_000
"""Token pairs one word diff may cost (about 0.1 s); a longer pair gets `_coarse_diff`."""


def _coarse_diff(
    original: str,
    republication: str,
    a: Sequence[re.Match[str]],
    b: Sequence[re.Match[str]],
    ea: str,
    eb: str,
) -> tuple[DiffOp, ...]:
    """The diff of a pathologically long pair in linear time: the common prefix and
    suffix as equal spans, everything between as one replace (or delete, or insert)."""
    limit = min(len(ea), len(eb))
    head = next((k for k in range(limit) if ea[k] != eb[k]), limit)
    tail = 0
    while tail < limit - head and ea[-1 - tail] == eb[-1 - tail]:
        tail += 1
    ends = (len(ea) - tail, len(eb) - tail)
    ops = []
    if head:
        ops.append(DiffOp("equal", _span(original, a, 0, head), _span(republication, b, 0, head)))
    middle = (_span(original, a, head, ends[0]), _span(republication, b, head, ends[1]))
    if middle[0] or middle[1]:
        tag: Literal["replace", "delete", "insert"] = "replace"
        if not all(middle):
            tag = "delete" if middle[0] else "insert"
        ops.append(DiffOp(tag, *middle))
    if tail:
        ops.append(
            DiffOp(
                "equal",
                _span(original, a, ends[0], len(ea)),
                _span(republication, b, ends[1], len(eb)),
            )
        )
    return tuple(ops)


def _span(text: str, toks: Sequence[re.Match[str]], i: int, j: int) -> str:
    """Tokens i..j with the text around them, so that the spans of all ops rebuild `text`."""
    if i >= j:
        return ""
    start = 0 if i == 0 else toks[i].start()
    end = len(text) if j == len(toks) else toks[j].start()
    return text[start:end]
