"""Markdown, HTML and LaTeX markup in captured text, removed with every change recorded."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

Record = Callable[[str, str, str], None]
"""Called as `record(rule, before, after)` for every change."""

_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
# Spans are bounded so that a line full of unmatched markers stays linear.
_EMPHASIS = (
    re.compile(r"(?<!\\)\*\*\*(?=\S)(.{1,300}?)(?<=\S)\*\*\*"),
    re.compile(r"(?<!\\)\*\*(?=\S)(.{1,300}?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w\\])__(?=\S)(.{1,300}?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]{1,300}?)(?<=[^\s*\\])\*(?![\w*])"),
    re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]{1,300}?)(?<=[^\s_\\])_(?!\w)"),
    re.compile(r"(?<!~)~~(?=\S)(.{1,300}?)(?<=\S)~~(?!~)"),
    # Not "don`t": a backtick inside a word is an apostrophe.
    re.compile(r"(?<![`\w])`(?=[^`\s])([^`]{1,300}?)(?<=[^`\s])`(?![`\w])"),
)
_EMPHASIS_MARKS = re.compile(r"[*_~`]")
_HTML_TAG = re.compile(
    r"</?(?:b|i|u|em|strong|br|span|p|div|sup|sub|small|a|font|mark)(?:\s[^<>]*)?/?>", re.I
)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)
_MATH_SPAN = re.compile(
    r"\$\$(?P<display>[^$]{1,5000}?)\$\$"
    r"|(?<![\\$\w])\$(?=\S)(?P<inline>[^$]{1,5000}?)(?<=\S)(?<!\\)\$(?![\w$])"
    r"|\\\((?P<paren>.{1,1000}?)\\\)"
)
_LATEX_HINT = re.compile(r"\\(?:[,;:! ]|[a-zA-Z]+)|[_^]\{")
_LATEX_TEXT = re.compile(
    r"\\(?:text|mathrm|textrm|textbf|textit|textsf|texttt|mathbf|mathit|mathsf|mathtt"
    r"|mathnormal|operatorname|emph|mbox|hbox)\s*\{([^{}]*)\}"
)
_LATEX_SPACE = re.compile(r"\\(?:[,;: ]|quad\b|qquad\b|enspace\b|thinspace\b|space\b)|~")
_LATEX_SCRIPT = re.compile(r"[\^_]\{([^{}]*)\}")
_LATEX_ESCAPE = re.compile(r"\\([%&$#_{}])")
_LATEX_SIZE = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)\b\s*")
_LATEX_COMMAND = re.compile(r"\\([a-zA-Z]+)")


def unwrap_math(text: str, record: Record) -> str:
    """LaTeX math spans ($...$, $$...$$, \\(...\\)) that hold LaTeX, as plain text."""

    def unwrap(m: re.Match[str]) -> str:
        inner = m.group("display") or m.group("inline") or m.group("paren") or ""
        if not _LATEX_HINT.search(inner):
            return m.group(0)
        plain = inner
        for _ in range(4):
            plain = _LATEX_TEXT.sub(r"\1", plain)
        plain = _LATEX_SPACE.sub(" ", plain).replace("\\!", "")
        plain = _LATEX_SIZE.sub("", plain)
        plain = _LATEX_SCRIPT.sub(r"\1", plain)
        plain = _LATEX_ESCAPE.sub(r"\1", plain)
        plain = _LATEX_COMMAND.sub(r"\1", plain).replace("\\", "")
        plain = re.sub(r"[{}]", "", plain)
        plain = re.sub(r"\s+", " ", plain).strip()
        record("math-mode", m.group(0), plain)
        return plain

    return _MATH_SPAN.sub(unwrap, text) if "$" in text or "\\)" in text else text


def strip_inline(text: str, record: Record) -> str:
    """Markdown images, links and emphasis, simple HTML tags and entities, removed."""

    def sub(rule: str, pattern: re.Pattern[str], repl: str, value: str) -> str:
        def one(m: re.Match[str]) -> str:
            after = m.expand(repl)
            record(rule, m.group(0), after)
            return after

        return pattern.sub(one, value)

    # Each pattern needs its marker character: most lines skip all of them.
    if "[" in text:
        text = sub("markdown-image", _IMAGE, "", text)
        text = sub("markdown-link", _LINK, r"\1", text)
        text = sub("markdown-link", _REF_LINK, r"\1", text)
    for _ in range(4):
        before = text
        if not _EMPHASIS_MARKS.search(text):
            break
        for pattern in _EMPHASIS:
            text = sub("markdown-emphasis", pattern, r"\1", text)
        if text == before:
            break
    if "<" in text:
        text = sub("html-tag", _HTML_TAG, " ", text)
    return _unescape(text, record) if _ENTITY.search(text) else text


def _unescape(text: str, record: Record) -> str:
    def one(m: re.Match[str]) -> str:
        after = html.unescape(m.group(0))
        if after == m.group(0):
            return after
        after = " " if after in ("\u00a0", "\u202f") else after
        record("html-entity", m.group(0), after)
        return after

    return _ENTITY.sub(one, text)
