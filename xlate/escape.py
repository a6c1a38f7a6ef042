"""Escaping untrusted text for each output: Markdown and the terminal.

Article text is hostile: in Markdown it must not become HTML, a link, an image or
structure; on a terminal it must not become an escape sequence or a fake extra line.
(HTML reports escape through Jinja's autoescaping.)
"""

from __future__ import annotations

import re
import unicodedata

# Inline syntax: emphasis, code, links and images ([ ] starts both), tables, strikethrough.
_MD_INLINE = re.compile(r"([\\`*_\[\]|~])")
# What makes a line a heading, list item, rule or setext underline.
_MD_BLOCK = re.compile(r"^(?:([#=+-])|(\d{1,9})(?=[.)]))")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
# Bare-URL autolinks (GFM, linkify): a backslash between scheme and `//`, or after
# `www`, splits the text so no autolinker sees a URL; it renders as the plain character.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(?=://)|(?<=\bwww)(?=\.)")


def markdown(text: str) -> str:
    """`text` as literal Markdown text on one line, for a paragraph or a table cell:
    no HTML, links, images, emphasis or block marks; it renders as the same words."""
    text = " ".join(text.split())
    text = "".join(_MD_HTML.get(ch, ch) for ch in text)
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_BLOCK.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\", text)
    return _AUTOLINK.sub(r"\\", text)


_TERMINAL_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def terminal(text: str) -> str:
    """`text` safe to print: control, bidi and line-separator characters shown as `\\xNN`
    or `\\uNNNN`, so no escape sequence runs and no fake line appears."""
    return _TERMINAL_UNSAFE.sub(_visible, text)


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def is_invisible(text: str) -> bool:
    """True when `text` has no visible character (only spaces, format and control marks)."""
    return not any(unicodedata.category(ch)[0] not in "CZ" for ch in text)
