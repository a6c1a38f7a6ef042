"""PDF and DOCX captures made at test time (reportlab, python-docx): no binary fixtures.

Used by tests/test_load_documents.py and benchmarks/pdf_speed.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
"""A TrueType font with Cyrillic (Debian fonts-dejavu-core); reportlab's built-ins are Latin."""


def make_pdf(
    path: Path,
    paragraphs: Sequence[str],
    *,
    headline: str | None = None,
    font: Path | str | None = None,
    page_numbers: bool = True,
    encrypt: str | None = None,
    columns: int = 1,
    masthead: str | None = None,
    layout: str = "spaced",
) -> Path:
    """A text PDF laid out like a printed article: a large headline, then body paragraphs
    (hard-wrapped, space between paragraphs), page numbers at the foot of each page.
    `font`: a TrueType file (Cyrillic), or the name of a CID font for Chinese; `columns`:
    text columns per page, filled left to right; `masthead`: a line in a smaller heading
    size above the headline; `layout`: "spaced" (space between paragraphs), "indented"
    (first-line indents, no space), "flush" or "justified" (neither, ragged or justified)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    body, title = styles["BodyText"], styles["Title"]
    if layout != "spaced":  # no space between paragraphs; "indented" indents first lines
        body.spaceBefore = body.spaceAfter = 0
        body.firstLineIndent = 18 if layout == "indented" else 0
        body.alignment = 4 if layout == "justified" else body.alignment
    if isinstance(font, str):  # a CID font reportlab knows without a file, e.g. STSong-Light
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(font))
        body.fontName = title.fontName = font
        body.wordWrap = "CJK"
    elif font is not None:
        pdfmetrics.registerFont(TTFont(font.stem, str(font)))
        body.fontName = title.fontName = font.stem

    def footer(canvas: object, doc: object) -> None:
        if page_numbers:
            canvas.setFont("Helvetica", 9)  # type: ignore[attr-defined]
            canvas.drawCentredString(A4[0] / 2, 30, str(doc.page))  # type: ignore[attr-defined]

    doc = BaseDocTemplate(str(path), pagesize=A4, title=headline or "", encrypt=encrypt)
    gutter = 20
    width = (doc.width - gutter * (columns - 1)) / columns
    frames = [
        Frame(doc.leftMargin + k * (width + gutter), doc.bottomMargin, width, doc.height)
        for k in range(columns)
    ]
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=footer)])
    flow = [Paragraph(escape(masthead), styles["Heading2"])] if masthead else []
    flow += [Paragraph(escape(headline), title)] if headline else []
    flow += [Paragraph(escape(p), body) for p in paragraphs]
    doc.build(flow)
    return path


def make_blank_pdf(path: Path) -> Path:
    """A PDF with drawings but no text layer, like a scan."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.rect(100, 100, 300, 400, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    headline: str | None = None,
    table: Sequence[Sequence[str]] = (),
) -> Path:
    """A Word document: a Title paragraph, body paragraphs, then an optional table."""
    import docx

    document = docx.Document()
    if headline:
        document.add_paragraph(headline, style="Title")
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path
