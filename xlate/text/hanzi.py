"""Traditional Chinese read as simplified: a one-to-one character table, so a copy in the
other script matches its original, and offsets stay offsets."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "zh_traditional.json"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
"""A Han character (CJK unified ideographs, extension A, compatibility ideographs)."""
DECIMAL_STOP = re.compile(r"(?<=\d)。(?=\d{1,2}(?![\d年月日号时時点點]))")
"""An ideographic full stop that a converter or spinner put for a decimal point (42。7亿斤):
between digits and before one or two of them that are no date or clock time (达5000。2024年
and 上午9。10时 stay sentence ends)."""


@cache
def to_simplified() -> dict[int, int]:
    """A `str.translate` table: each traditional character to its simplified form (the first
    of OpenCC's candidates; `data/zh_traditional.json` says where it comes from)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return str.maketrans(data["traditional"], data["simplified"])


def simplified(text: str) -> str:
    """`text` with traditional characters in their simplified form (same length); text
    without Han characters comes back as it is, untranslated."""
    return text.translate(to_simplified()) if HAN.search(text) else text
