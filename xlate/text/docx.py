"""Text of a Word .docx capture (python-docx): body paragraphs and the document title.

A .docx is a ZIP archive; its size once unpacked is checked before python-docx reads it,
so a small file cannot expand into gigabytes.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

from xlate.errors import InputError
from xlate.model import Meta

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED = 200 * 1024 * 1024
"""Largest total unpacked size of a .docx archive xlate opens (200 MiB)."""


def docx_text(data: bytes, *, path: str | Path) -> tuple[str, Meta]:
    """Paragraphs (blank-line separated) and metadata of a .docx given as bytes.

    The first paragraph styled Title (or the core property `title`) becomes
    `Meta.headline`. Tables are read row by row, cells joined by a tab. Raises InputError
    for a damaged archive, a ZIP that is not a Word document, or one without text.
    """
    if data.startswith(_OLE2):  # Word keeps a password-protected .docx in an OLE2 file
        raise InputError(
            path, "an encrypted (password-protected) or old-format Word file; save an "
            "unlocked .docx copy"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(path, f"not a readable DOCX (damaged ZIP archive: {exc})") from None
    if "word/document.xml" not in names:
        raise InputError(path, "a ZIP archive but not a Word .docx document")
    if unpacked > MAX_UNPACKED:
        raise InputError(path, f"DOCX unpacks to {unpacked} bytes; the limit is 200 MiB")

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs, headline = _read(document)
    except LxmlError as exc:
        raise InputError(path, f"damaged DOCX XML ({exc})") from None
    # what a damaged package raises inside python-docx and zipfile (bad deflate data, parts
    # missing or of the wrong kind)
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        zlib.error,
        AttributeError,
        TypeError,
        IndexError,
        EOFError,
    ) as exc:
        raise InputError(path, f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    if sum(ch.isalnum() for p in paragraphs for ch in p) < 25:
        raise InputError(path, "DOCX has no text")
    return "\n\n".join(paragraphs), Meta(headline=headline)


def _read(document: Any) -> tuple[list[str], str | None]:
    """Body paragraphs and tables in order, and the headline (Title paragraph or title)."""
    from docx.text.paragraph import Paragraph

    paragraphs: list[str] = []
    headline = (document.core_properties.title or "").strip() or None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = " ".join(block.text.split())
            # style lookups are slow in python-docx: only the first paragraph may be a Title
            if text and not paragraphs and block.style is not None:
                headline = text if block.style.name == "Title" else headline
            if text:
                paragraphs.append(text)
        else:
            for row in block.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                if any(cells):
                    paragraphs.append("\t".join(cells))
    return paragraphs, headline
