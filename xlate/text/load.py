"""Load a raw capture: read bytes, detect the encoding, repair mojibake, pick the format.

`load` never modifies its input. Every problem is an InputError naming the file.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Literal

from xlate.errors import InputError
from xlate.escape import is_invisible
from xlate.model import Article, Document, Meta
from xlate.validate import article_from_data, normalise_text, parse_json

MAX_BYTES = 20 * 1024 * 1024
"""Largest input `load` accepts (20 MiB); news articles are far smaller."""

Format = Literal["text", "markdown", "html", "json"]

# Legacy encodings xlate expects from news captures, in the order charset-normalizer
# should consider them; everything else is too often a false positive on short texts.
_LEGACY = ("gb18030", "cp1251", "cp1252")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
# PDF-to-markdown captures often arrive as .txt: headings, bold or links give them away.
_MARKDOWN_SNIFF = re.compile(
    rb"^#{1,6} \S|\*\*\S[^*\n]{0,80}\S?\*\*|\[[^\]\n]{1,200}\]\(\S{1,500}\)", re.M
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_MIN_ARTICLE_LETTERS = 25
# "https://x/y" as typed; Path() folds the double slash, so "https:/x/y" too.
_URL = re.compile(r"^(?:https?|ftp)://?[^/\s]|^www\.[\w-]+\.[\w.-]+(?:/|$)", re.I)
_ZIP_SUFFIXES = (".odt", ".xlsx", ".pptx", ".epub")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, .xls, .ppt


def load(path: str | Path) -> Document:
    """Read one capture (.txt, .md, .html/.htm, .pdf, .docx or xlate article .json).

    The encoding is detected from the bytes (UTF-8 with or without BOM, UTF-16, GB18030,
    cp1251, cp1252); mojibake is repaired with ftfy and the text normalised to NFC. HTML
    goes through trafilatura: main text only, paragraphs separated by blank lines, with
    title, date and site name in `Document.meta`. Raises InputError (naming the file) for a
    missing path, a directory, an empty, binary, undecodable or oversized file, or an HTML
    page without article text. PDF (text layer, `xlate.text.pdf`) and DOCX
    (`xlate.text.docx`) give plain text with blank lines between paragraphs; a web address
    is refused with the advice to save the page.
    """
    _refuse_url(path)
    path = Path(path)
    data = _read_bytes(path)
    binary = _binary_kind(path, data)
    if binary is not None:
        return _load_binary(binary, data, path=path)
    text, encoding = decode_bytes(data, path=path)
    if is_invisible(text):
        raise InputError(path, "file has no text (only blank space or invisible marks)")
    fmt = _sniff_format(path, data)
    if fmt == "json":
        article = _article_from_json(text, path=path)
        return Document(
            text=article.text, format="json", path=str(path), encoding=encoding, meta=article.meta
        )
    if fmt == "html":
        body, meta = _extract_html(text, path=path)
        return Document(text=body, format="html", path=str(path), encoding=encoding, meta=meta)
    return Document(text=text, format=fmt, path=str(path), encoding=encoding)


def read_text(path: str | Path) -> str:
    """A plain text file, read with every check and the normalisation `load` applies
    (no format sniffing: a translation file is lines of text whatever its name)."""
    path = Path(path)
    text, _ = decode_bytes(_read_bytes(path), path=path)
    return text


def _refuse_url(path: str | Path) -> None:
    """A web address is answered with what to do instead: xlate never downloads."""
    text = str(path)
    if _URL.match(text) and not Path(path).exists():
        raise InputError(
            text,
            "is a web address; xlate works offline and downloads nothing: save the page "
            "in your browser (or print it to PDF) and pass the saved file",
        )


def _binary_kind(path: Path, data: bytes) -> str | None:
    """'pdf', 'docx' or 'office' (an Office format xlate cannot read), by suffix or bytes."""
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix in (".docx", ".docm"):
        return "docx"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:4096] else "office" if suffix in _ZIP_SUFFIXES else None
    if suffix in (".doc", ".xls", ".ppt", ".rtf") or data.startswith(_OLE2):
        return "office"
    return None


def _load_binary(kind: str, data: bytes, *, path: Path) -> Document:
    if kind == "pdf":
        from xlate.text.pdf import pdf_text

        text, meta = pdf_text(data, path=path)
    elif kind == "docx":
        from xlate.text.docx import docx_text

        text, meta = docx_text(data, path=path)
    else:
        raise InputError(
            path, "an Office format xlate cannot read; save it as .docx, PDF or plain text"
        )
    text = normalise_text(_repair(text))
    if not text.strip():
        raise InputError(path, f"{kind.upper()} has no text")
    return Document(text=text, format="text", path=str(path), encoding=kind, meta=meta)


def load_article_json(path: str | Path) -> Article:
    """Read an article saved in xlate's own JSON format (`Article.to_dict`)."""
    path = Path(path)
    text, _ = decode_bytes(_read_bytes(path), path=path)
    return _article_from_json(text, path=path)


def decode_bytes(data: bytes, *, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to repaired NFC text; returns (text, encoding name).

    The text is normalised like every input (`xlate.validate.normalise_text`). Strict
    UTF-8 is tried first (it is never wrong when it succeeds), then BOMs and
    UTF-16 without BOM, then GB18030, cp1251 and cp1252 ranked by charset-normalizer.
    """
    encoding = _detect_encoding(data, path=path)
    if encoding.startswith("utf-16") and len(data) % 2:
        data = data[:-1]  # the half character a cut-off capture ends with
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(path, f"cannot decode the bytes as {encoding}") from None
    if encoding == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise InputError(path, "binary file, not text")
    return normalise_text(_repair(text)), encoding


_OPEN_PROBLEMS = {
    errno.ENOENT: "no such file",
    errno.ELOOP: "a loop of symbolic links, not a file",
    errno.ENAMETOOLONG: "file name too long",
    errno.EISDIR: "is a directory, not a file",
}


def _read_bytes(path: Path) -> bytes:
    try:
        # Non-blocking, so that a FIFO cannot hang the open (no check-then-open race).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        problem = _OPEN_PROBLEMS.get(exc.errno or 0, f"cannot read ({exc.strerror or exc})")
        raise InputError(path, problem) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, "is a directory, not a file")
        raise InputError(path, "not a regular file (a pipe, socket or device); refused")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_BYTES:
            raise InputError(
                path, f"file is too large ({info.st_size} bytes; the limit is {_limit()})"
            )
        try:
            data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is too large (the limit is {_limit()})")
    if not data:
        raise InputError(path, "empty file")
    return data


def _limit() -> str:
    return f"{MAX_BYTES / 2**20:g} MiB" if MAX_BYTES >= 2**20 else f"{MAX_BYTES} bytes"


def _detect_encoding(data: bytes, *, path: str | Path) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    # A stray NUL (a capture tool's glitch) is stripped later; many mean binary data.
    if data.count(b"\x00") > len(data) // 200:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None:
        raise InputError(path, "cannot decode: not UTF-8, UTF-16, GB18030, cp1251 or cp1252 text")
    return str(best.encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII characters (spaces, digits) put NULs on one side only."""
    if len(data) < 4:
        return None
    data = data[: len(data) - len(data) % 2]  # a capture cut off mid-character
    sample = data[:8192]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even == odd or min(even, odd) > 0.02 * half:
        return None
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text, tolerance=0.01) else name


def _looks_binary(text: str, *, tolerance: float = 0.05) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\n\r\t\f"
    )
    return bad > tolerance * len(sample)


# Plain ASCII without entities, escapes or controls is something ftfy leaves as it is;
# skipping it saves ftfy's per-line work (seconds on a file of many short lines).
_MAY_NEED_REPAIR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&]")


def _repair(text: str) -> str:
    """ftfy's `fix_text`, run only on the lines it could change.

    ftfy fixes each line on its own (lines of at most `max_decode_length`), and a line
    that holds none of the characters its fixers act on and that its own mojibake test
    (`is_bad`) passes comes back unchanged; the only state carried between lines, "no
    HTML unescaping once a line holds `<`", is carried here too.
    """
    if text.isascii() and not _MAY_NEED_REPAIR.search(text):
        return text
    import ftfy
    from ftfy.badness import is_bad

    suspects, triggers = _ftfy_triggers()
    limit = ftfy.TextFixerConfig().max_decode_length
    out: list[str] = []
    unescape: str | bool = "auto"
    pos = 0
    while pos < len(text):
        end = min(text.find("\n", pos) + 1 or len(text), pos + limit)
        line = text[pos:end]
        if unescape == "auto" and "<" in line:
            unescape = False
        if suspects.search(line) and (triggers.search(line) or is_bad(line)):
            # ftfy's defaults straighten curly quotes and fold full-width forms, which
            # damages Chinese punctuation; only mojibake, line breaks and controls are
            # wanted here.
            line = ftfy.fix_text(
                line, unescape_html=unescape, uncurl_quotes=False, fix_character_width=False,
                normalization=None,
            )
        out.append(line)
        pos = end
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=1)
def _ftfy_triggers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(suspects, triggers): `triggers` are the characters some ftfy fixer other than the
    mojibake repair acts on (entities, C0/C1 controls, line breaks, surrogates, terminal
    escapes, Latin ligatures); `suspects` adds every character `is_bad` looks for (each of
    its patterns needs one), so a line without any is left as it is."""
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    acted_on = "&\r\x1b\x80-\x9f\u2028\u2029\ud800-\udfff" + re.escape(
        "".join(map(chr, sorted({*CONTROL_CHARS, *LIGATURES})))
    )
    literal = re.escape("".join(sorted({ch for ch in BADNESS_RE.pattern if not ch.isascii()})))
    categories = "".join(MOJIBAKE_CATEGORIES.values())
    return re.compile(f"[{acted_on}{categories}{literal}]"), re.compile(f"[{acted_on}]")


def _sniff_format(path: Path, data: bytes) -> Format:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix == ".json":
        return "json"
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_SNIFF.match(head):
        return "html"
    if suffix in (".md", ".markdown") or _MARKDOWN_SNIFF.search(data[:65536]):
        return "markdown"
    return "text"


def _article_from_json(text: str, *, path: Path) -> Article:
    article = article_from_data(parse_json(text, path=path), path=path)
    if all(is_invisible(p) for p in article.paragraphs):
        raise InputError(path, "paragraphs: article JSON has no visible text")
    return article.with_(path=article.path or str(path))


def _extract_html(html: str, *, path: Path) -> tuple[str, Meta]:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    def extract(source: object) -> str | None:
        found: str | None = trafilatura.extract(
            source, favor_precision=True, include_comments=False, include_tables=False
        )
        return found

    try:
        body = extract(html)
        if not _has_text(body) and (tree := _deep_tree(html)) is not None:
            # lxml stops at 256 levels by default; deeply nested pages keep their text
            # when parsed without that limit.
            body = extract(tree)
        found = extract_metadata(html)
    except RecursionError:
        raise InputError(path, "HTML nested too deeply to read") from None
    if not body or not _has_text(body):
        raise InputError(path, "HTML page has no article text")
    lines = [line.strip() for line in normalise_text(body).splitlines()]
    text = "\n\n".join(line for line in lines if line)
    title, date, sitename, hostname = (
        normalise_text(value) if isinstance(value, str) and value.strip() else None
        for value in (getattr(found, k, None) for k in ("title", "date", "sitename", "hostname"))
    )
    site = hostname
    outlet = sitename
    if sitename and re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", sitename):
        site, outlet = site or sitename, None
    if site and site.startswith("www."):
        site = site[4:]
    published = date if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
    return text, Meta(headline=title, outlet=outlet, site=site, published=published)


def _has_text(body: str | None) -> bool:
    return bool(body) and sum(ch.isalnum() for ch in body or "") >= _MIN_ARTICLE_LETTERS


def _deep_tree(html: str) -> object:
    """The page parsed without lxml's depth limit; None when lxml finds no document in it
    (an unclosed comment swallowing the page)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:  # lxml refuses a str that declares its encoding (`<?xml ... encoding=...?>`)
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, 1), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
