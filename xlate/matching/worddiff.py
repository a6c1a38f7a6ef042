"""Word-level diffs of two texts, and the token encoder the aligners share."""

from __future__ import annotations

import re
from collections.abc import Sequence

from xlate.model import DiffOp


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
    ea = enc([m.group() for m in a])
    eb = enc([m.group() for m in b])
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
