"""Text layer of a PDF capture, with paragraphs rebuilt from the page geometry (pypdfium2).

PDF text has line breaks but no paragraph marks. A line starts a new paragraph when the
gap above it is clearly wider than the document's usual line pitch, when its font size
(as pdfium reads it) differs from the line above (headline to body), or when it is
indented against the body margin. Lines of a paragraph are joined here, since only the
geometry knows where a paragraph ends. Bare page numbers at the top or bottom of a page
are left out. Scanned PDFs have no text layer: they are refused with a hint to run OCR.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlate.errors import InputError
from xlate.model import Meta

_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|-\s*\d{1,4}\s*-", re.I)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_SENTENCE_END = tuple(".!?。！？۔؟\"'”’»)")
_PLACEHOLDER_TITLES = re.compile(
    r"untitled|\(anonymous\)|\(unspecified\)|microsoft word - .*", re.I
)


@dataclass
class _Line:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float  # font size in points (the glyph box height when the PDF does not say)

    @property
    def height(self) -> float:
        return self.top - self.bottom


def pdf_text(data: bytes, *, path: str | Path) -> tuple[str, Meta]:
    """The text of a PDF, paragraphs separated by blank lines, and its metadata.

    The first lines of page 1, when set larger than the body, become `Meta.headline`
    (and stay as the first paragraph, which `clean` then drops). Raises InputError for
    a damaged or password-protected PDF and for one with no text layer.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problem = str(exc)
        if "password" in problem.lower():
            raise InputError(path, "PDF is password-protected; save an unlocked copy") from None
        raise InputError(path, f"not a readable PDF ({problem})") from None
    try:
        pages = [_page_lines(document[i]) for i in range(len(document))]
        title = (document.get_metadata_dict() or {}).get("Title", "").strip()
    except pdfium.PdfiumError as exc:
        raise InputError(path, f"damaged PDF ({exc})") from None
    finally:
        document.close()
    lines = [line for page in pages for line in page]
    if sum(ch.isalnum() for line in lines for ch in line.text) < 25:
        raise InputError(
            path, "PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf)"
        )
    paragraphs, heading = _paragraphs(pages)
    headline = heading or (title if title and not _PLACEHOLDER_TITLES.fullmatch(title) else None)
    return "\n\n".join(paragraphs), Meta(headline=headline)


def _page_lines(page: Any) -> list[_Line]:
    """The page's text lines in reading order, without bare page numbers at either end.

    Lines are pdfium's own (its text in content order, cut at the line breaks it
    generates), so right-to-left and stacked scripts (Nastaliq) keep their logical order.
    A line's box spans the loose boxes (font ascent to descent, the same for every letter)
    of its first, middle and last characters; its size is their median font size.
    """
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        codes = [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(textpage.count_chars())]
        lines: list[_Line] = []
        start = 0
        for end, code in enumerate([*codes, 0x0A]):
            if code == 0x0A:  # pdfium's line break ("\r\n")
                line = _line(textpage, codes, start, end)
                if line is not None:
                    lines.append(line)
                start = end + 1
    finally:
        textpage.close()
        page.close()
    while lines and _PAGE_NUMBER.fullmatch(lines[-1].text):
        lines.pop()
    while lines and _PAGE_NUMBER.fullmatch(lines[0].text):
        lines.pop(0)
    return lines


def _line(textpage: Any, codes: list[int], start: int, end: int) -> _Line | None:
    """Characters `start` to `end` of the page as a line, or None when they are blank."""
    import pypdfium2.raw as pdfium_c

    chars = "".join(_char(code) for code in codes[start:end])
    text = chars.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = " ".join(text.split())
    inked = [start + k for k, ch in enumerate(chars) if not ch.isspace()]
    if not text or not inked:
        return None
    sample = sorted({inked[0], inked[len(inked) // 2], inked[-1]})
    boxes = [textpage.get_charbox(i, loose=True) for i in sample]
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in sample]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return _Line(text, left, right, bottom, top, statistics.median(sizes) or top - bottom)


def _char(code: int) -> str:
    """One character of pdfium's text: its mark for a line-end hyphen becomes "-", other
    controls a space; UTF-16 surrogate halves are paired up in `_line`."""
    if code == 0x02:
        return "-"
    if code < 0x20 or code in (0xFFFE, 0xFFFF):
        return " "
    return chr(code)


def _paragraphs(pages: list[list[_Line]]) -> tuple[list[str], str | None]:
    """Lines joined into paragraphs; also the page-1 heading set larger than the body."""
    all_lines = [line for page in pages for line in page]
    body_size = statistics.median(line.size for line in all_lines)
    body_height = statistics.median(line.height for line in all_lines)
    # Line pitch, top to top (most lines reach cap height; descenders make bottoms vary):
    # the lower quartile over the document, so pages of short paragraphs do not inflate it.
    pitches = [
        a.top - b.top
        for page in pages
        for a, b in zip(page, page[1:], strict=False)
        if 0 < a.top - b.top < 2.5 * body_height
    ]
    # A line's loose box spans the font's ascent to descent, about one line of leading: it
    # caps the pitch where every line is a paragraph of its own.
    pitch = min(statistics.quantiles(pitches * 2, n=4)[0] if pitches else 99.0, 1.2 * body_height)
    paragraphs: list[list[str]] = []
    heights: list[float] = []  # the largest type in each paragraph
    heading: str | None = None
    for number, page in enumerate(pages):
        prev: _Line | None = None
        for column in _columns(page):
            left, right, ragged = _edges(column, all_lines)
            for line in column:
                if prev is None:
                    # a paragraph runs on across a page break unless the last one ended
                    new = not paragraphs or paragraphs[-1][-1].endswith(_SENTENCE_END)
                elif line is column[0]:  # the next column
                    new = prev.text.endswith(_SENTENCE_END)
                else:
                    scale = max(1.0, max(line.size, prev.size) / body_size)  # larger type
                    body = line.size < 1.15 * body_size  # indents and short lines: body text
                    new = (
                        prev.top - line.top > 1.3 * pitch * scale
                        or max(line.size, prev.size) > 1.1 * min(line.size, prev.size)
                        or (body and _indented(line, prev, left, right))
                        or (body and _ends_short(prev, line, right, ragged))
                    )
                if new:
                    paragraphs.append([])
                    heights.append(0.0)
                paragraphs[-1].append(line.text)
                heights[-1] = max(heights[-1], line.size)
                prev = line
        if number == 0:
            # the headline: the tallest of the paragraphs set larger than the body at the
            # top of page 1 (a masthead or kicker may come before it)
            top = 0
            while top < len(heights) and heights[top] > 1.15 * body_size:
                top += 1
            if top:
                tallest = max(range(top), key=lambda k: (heights[k], -k))
                heading = _join(paragraphs[tallest])
    return [_join(p) for p in paragraphs], heading


def _columns(page: list[_Line]) -> list[list[_Line]]:
    """The page's lines cut where reading order goes back up the page (a new column)."""
    columns: list[list[_Line]] = []
    for line in page:
        if not columns or line.top > columns[-1][-1].top + line.size:
            columns.append([])
        columns[-1].append(line)
    return columns


def _edges(column: list[_Line], document: list[_Line]) -> tuple[float, float, float]:
    """A column's left and right text edges, and how ragged its right edge is (how far its
    median line stops short of it: about 0 when justified); from the document when the
    column is short."""
    lines = column if len(column) >= 6 else document
    lefts = sorted(line.left for line in lines)
    rights = sorted(line.right for line in lines)
    right = rights[min(len(rights) - 1, len(rights) * 9 // 10)]
    return lefts[len(lefts) // 2], right, right - rights[len(rights) // 2]


def _indented(line: _Line, prev: _Line, left: float, right: float) -> bool:
    """A first-line indent: this line starts further in than the body margin, and it is not
    a centred line (a heading). When the line above is indented too, it must have ended
    (a sentence, or short of the edge: a one-line paragraph); indented lines that run on
    into each other are a block quote."""
    inset = line.left - left
    centred = inset > 3 * line.size and abs(inset - (right - line.right)) < 2 * line.size
    if inset <= 0.8 * line.size or centred:
        return False
    prev_indented = prev.left - left >= 0.8 * line.size
    ended = prev.text.endswith(_SENTENCE_END) or prev.right < right - 3 * prev.size
    return not prev_indented or ended


def _ends_short(prev: _Line, line: _Line, right: float, ragged: float) -> bool:
    """A paragraph's last line, for layouts with neither space nor indent between
    paragraphs: in justified text any line that stops short of the right edge (only last
    lines do); in ragged text, where any line may stop short, one that ends a sentence well
    short of it. Either way the next line does not go on in lower case."""
    if line.text[:1].islower():
        return False
    if ragged < 0.5 * prev.size:  # justified
        return prev.right < right - 0.6 * prev.size
    return prev.right < right - 6 * prev.size and prev.text.endswith(_SENTENCE_END)


def _join(lines: list[str]) -> str:
    """One paragraph from its wrapped lines: a space between words, nothing between Chinese
    characters; a line ending in a hyphen keeps its break for `clean` to repair or keep."""
    out = lines[0]
    for line in lines[1:]:
        if out.endswith(("-", "\u00ad")):
            out += "\n" + line
        elif _CJK.match(out[-1]) or _CJK.match(line[0]):
            out += line
        else:
            out += " " + line
    return out
