"""Repair a raw capture into a clean article plus metadata, recording every change.

`clean` undoes the damage PDF extraction, monitoring services and web pages do to a
story: invisible characters, markdown and LaTeX math markup, runs repeated by a broken
extraction, boilerplate lines (whose metadata goes into `Meta`), hard-wrapped lines and
lost or line-break hyphens. It is conservative (it never drops a body sentence and never
invents a word) and idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from xlate.model import Article, Change, Cleaned, Document, Meta
from xlate.text.boilerplate import infer_year, match_fields, site_of
from xlate.text.boilerplate import strip_inline as strip_furniture
from xlate.text.comments import thread_start
from xlate.text.datelines import find_dateline
from xlate.text.markup import strip_inline, unwrap_math
from xlate.text.repeats import collapse_repeats
from xlate.text.words import (
    LONG_WORD,
    compounds,
    count_words,
    decimal_split,
    english_words,
    hyphen_evidence,
    long_words,
    unglue_stops,
    unglue_words,
)

# ---------------------------------------------------------------- characters

_LINE_BREAKS = re.compile(r"\r\n|[\r\f\v\x85\u2028]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
_JOINERS = re.compile(r"[\u200c\u200d]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]+")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_SOFT_HYPHEN = re.compile("\u00ad+")
# Any character one of the four patterns above acts on: most lines have none.
_ANY_ODD = re.compile(
    r"[\u200b\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069\u200c\u200d"
    r"\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad]"
)
# Scripts whose spelling uses ZWNJ/ZWJ between letters (Urdu, Persian, Indic).
_JOINER_SCRIPTS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff]")

# ---------------------------------------------------------------- markdown and math

_HEADING = re.compile(r"#{1,6}\s+(.*?)(?:\s+#+)?\s*")
_RULE_LINE = re.compile(r"(?:[-*_]\s*){3,}|={3,}")
_SETEXT = re.compile(r"={3,}|-{3,}")
_BULLET = re.compile(r"(?:>\s?)+|[-*+•▪●◦‣]\s+")
_LINK_DEF = re.compile(r"\[[^\[\]]+\]:\s*\S+.*")

# ---------------------------------------------------------------- reflow

# Closing quotes after the stop, including the “ some Chinese translations close with.
_TERMINAL = re.compile(r"[.!?。！？؟۔…][\"'“”’»)）」』\]]*$")
_CONTINUES = re.compile(r"(?:[,;:，、；：—–(（\[«“]|\s--?)$")
# A full stop of a script without case ends a sentence even before a lowercase Latin word.
_STOP_UNCASED = re.compile(r"[。！？؟۔]\W*$")
_CLOSERS = frozenset(",;:)）」』”’»。，、")
_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"[^\W\d_]+")
_CJK = re.compile(
    r"[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_CJK_COMMA = re.compile(r"[，、；：,]$")

_BODY = ("body", "item")
_T = TypeVar("_T")
_MAX_PASSES = 4


@dataclass
class _Line:
    """One source line on its way through the passes."""

    no: int | None
    text: str
    kind: str = "body"  # body | item (list item) | heading | heading-body | blank


@dataclass
class _State:
    changes: list[Change] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    memo: dict[tuple[Callable[[str], Any], str], Any] = field(default_factory=dict)
    # The last pass's line texts and word counts (see `_document_words`).
    words: tuple[Counter[str], Counter[str]] | None = None

    def change(self, rule: str, before: str, after: str, line: int | None) -> None:
        if before != after:
            self.changes.append(Change(rule, before, after, line))

    def set_meta(self, key: str, value: str | None, *, override: bool = False) -> None:
        if value and (override or key not in self.meta):
            self.meta[key] = value

    def once(self, fn: Callable[[str], _T], text: str) -> _T:
        """`fn(text)` for a pure `fn`, computed once per distinct text of this run (the
        later passes see most lines and paragraphs again)."""
        key = (fn, text)
        if key not in self.memo:
            self.memo[key] = fn(text)
        result: _T = self.memo[key]
        return result


def clean(doc: Document | str, *, lang: str | None = None) -> Cleaned:
    """Clean a loaded capture (or raw text) into an Article and the list of changes.

    `lang` forces the language code; when None it is detected from the cleaned body.
    Metadata found in the capture (headline, outlet, site, credited source, dateline,
    published and capture dates) goes into `article.meta`; fields a loader already
    filled (HTML title, date, site name) are kept unless the text says otherwise.
    """
    if isinstance(doc, str):
        doc = Document(text=doc)
    state = _State()
    lines = _split_lines(doc.text, state)
    paragraphs, headline, outlet = _body_pass(lines, state, allow_headline=True)
    # Joining lines can make a new boilerplate line, repeat or hyphen visible; repeat
    # the pass on its own output until nothing changes, so clean(clean(x)) == clean(x)
    # (a first pass that changed nothing left every line as it was).
    for _ in range(_MAX_PASSES if state.changes else 0):
        again, _, _ = _body_pass(
            _split_lines("\n\n".join(paragraphs), state, numbered=False), state,
            allow_headline=False,
        )
        if again == paragraphs:
            break
        paragraphs = again
    loaded = doc.meta
    headline = headline or loaded.headline
    if paragraphs and headline and _same_text(paragraphs[0], headline):
        state.change("headline", paragraphs[0], "", None)
        paragraphs = paragraphs[1:]
    meta = _build_meta(state, loaded, headline=headline, outlet=outlet, paragraphs=paragraphs)
    code = _language(lang, paragraphs)
    meta = replace(meta, lang=code)
    article = Article(paragraphs=tuple(paragraphs), meta=meta, lang=code, path=doc.path)
    # Source order reads best in --explain; changes found by later passes have no line.
    changes = sorted(state.changes, key=lambda c: (c.line is None, c.line or 0))
    return Cleaned(article=article, changes=tuple(changes))


# ---------------------------------------------------------------- passes


def _split_lines(text: str, state: _State, *, numbered: bool = True) -> list[_Line]:
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    # A soft hyphen ending a line is a line-break hyphen whose word continues below.
    text = re.sub(r"\u00ad[ \t]*\n[ \t]*", lambda m: _record_soft(m, state), text)
    lines = []
    for index, raw in enumerate(text.split("\n"), 1):
        no = index if numbered else None
        lines.append(_Line(no, _normalise_chars(raw, no, state)))
    return lines


def _record_soft(match: re.Match[str], state: _State) -> str:
    state.change("soft-hyphen", match.group(0), "", None)
    return ""


def _normalise_chars(line: str, no: int | None, state: _State) -> str:
    if not _ANY_ODD.search(line):
        return line
    for rule, pattern in (
        ("invisible", _INVISIBLE), ("control", _CONTROL), ("soft-hyphen", _SOFT_HYPHEN)
    ):
        found = pattern.findall(line)
        if found:
            state.change(rule, "".join(found), "", no)
            line = pattern.sub("", line)
    if _JOINERS.search(line):
        line = _JOINERS.sub(lambda m: _keep_joiner(m, state, no), line)
    found = [s for s in _SPACES.findall(line) if s.strip(" ")]
    if found:
        state.change("space", "".join(found), " " * len(found), no)
    return _SPACES.sub(" ", line)


def _keep_joiner(m: re.Match[str], state: _State, no: int | None) -> str:
    text = m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if _JOINER_SCRIPTS.match(before) or _JOINER_SCRIPTS.match(after):
        return m.group(0)
    state.change("invisible", m.group(0), "", no)
    return ""


def _body_pass(
    lines: list[_Line], state: _State, *, allow_headline: bool
) -> tuple[list[str], str | None, str | None]:
    items = _markup_pass(lines, state)
    items = _boilerplate_pass(items, state)
    headline, outlet = None, None
    # The headline's words count as evidence for joining words split at line ends.
    doc_words = _document_words(items, state)
    if allow_headline:
        items, headline, outlet = _pick_headline(items, state)
    else:
        items = [_Line(i.no, i.text, "body") if i.kind == "heading" else i for i in items]
    paragraphs = _reflow(items, state, doc_words)
    evidence = hyphen_evidence(doc_words)
    paragraphs = [_fix_hyphens(p, state, evidence) for p in paragraphs]
    # A paragraph that is one line as the markup pass left it has no repeats left.
    collapsed = {item.text for item in items}
    paragraphs = [p if p in collapsed else _collapse_repeats(p, state, None) for p in paragraphs]
    return [p for p in paragraphs if p], headline, outlet


def _markup_pass(lines: list[_Line], state: _State) -> list[_Line]:
    out: list[_Line] = []
    for line in lines:
        text, no = line.text.strip(), line.no
        if not text:
            out.append(_Line(no, "", "blank"))
            continue
        if _SETEXT.fullmatch(text) and out and out[-1].kind == "body" and out[-1].text:
            state.change("markdown-heading", text, "", no)
            out[-1].kind = "heading"
            continue
        if _RULE_LINE.fullmatch(text):
            state.change("markdown-rule", text, "", no)
            out.append(_Line(no, "", "blank"))
            continue
        if _LINK_DEF.fullmatch(text):
            state.change("markdown-link", text, "", no)
            continue
        kind = "body"
        heading = _HEADING.fullmatch(text)
        if heading:
            kind = "heading"
            state.change("markdown-heading", text, heading.group(1), no)
            text = heading.group(1)
        bullet = _BULLET.match(text)
        if bullet and bullet.end() < len(text):
            state.change("markdown-list", bullet.group(0), "", no)
            text = text[bullet.end() :]
            # A list item starts a paragraph of its own; blockquote lines just flow.
            kind = "item" if kind == "body" and not bullet.group(0).startswith(">") else kind
        text = _inline_pass(text, state, no)
        out.append(_Line(no, text, kind if text else "blank"))
    return out


def _inline_pass(text: str, state: _State, no: int | None) -> str:
    """Math, inline markup and repeats out of one line, with their changes."""
    plain, found = state.once(_inline, text)
    for rule, before, after in found:
        state.change(rule, before, after, no)
    return plain


def _inline(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    found: list[tuple[str, str, str]] = []

    def record(rule: str, before: str, after: str) -> None:
        found.append((rule, before, after))

    plain = unglue_stops(strip_inline(unwrap_math(text, record), record), record)
    plain = unglue_words(plain, record)
    plain, removed = collapse_repeats(plain.strip())
    return plain, found + [(rule, before, "") for rule, before in removed]


def _boilerplate_pass(items: list[_Line], state: _State) -> list[_Line]:
    out = []
    start = thread_start([item.text for item in items])
    for item in items[start:] if start is not None else ():
        if item.kind != "blank":
            state.change("boilerplate-comments", item.text, "", item.no)
    for item in items[:start]:
        if item.kind == "blank":
            out.append(item)
            continue
        fields = state.once(match_fields, item.text)
        if fields:
            for found in fields:
                if found.field == "date":
                    # A bare date line of a monitoring service is its capture date.
                    state.set_meta("date_line", found.value)
                elif found.field:
                    state.set_meta(found.field, found.value, override=found.field == "captured")
            state.change("boilerplate-" + fields[0].rule, item.text, "", item.no)
            continue
        site = state.once(site_of, item.text)
        if site:
            state.set_meta("site", site)
            state.change("site", item.text, "", item.no)
            continue
        text, removed = state.once(strip_furniture, item.text)
        for rule, before, source in removed:
            state.set_meta("source", source)
            state.change("boilerplate-" + rule, before, "", item.no)
        if not text.strip():
            continue
        # Runs of spaces separate header fields, so they are collapsed only now.
        out.append(_Line(item.no, re.sub(r" {2,}", " ", text) if "  " in text else text, item.kind))
    return out


def _pick_headline(
    items: list[_Line], state: _State
) -> tuple[list[_Line], str | None, str | None]:
    """The headline is the wordiest heading before the body; a short one is the outlet."""
    first_body = next((i for i, it in enumerate(items) if it.kind in _BODY), len(items))
    heads = [i for i in range(first_body) if items[i].kind == "heading"]
    if not heads:
        return [_as_body(it) for it in items], None, None
    best = max(heads, key=lambda i: (_size(items[i].text), -i))
    headline, outlet = items[best].text, None
    drop = {best}
    state.change("headline", items[best].text, "", items[best].no)
    for i in heads:
        if i == best:
            continue
        text = items[i].text
        short = _size(text) <= 4 and not _TERMINAL.search(text)
        if short and outlet is None:
            outlet = text
            state.change("outlet", text, "", items[i].no)
            drop.add(i)
        elif short:
            state.change("section-heading", text, "", items[i].no)
            drop.add(i)
    kept = [_as_body(it) for i, it in enumerate(items) if i not in drop]
    return kept, headline, outlet


def _size(text: str) -> int:
    """Length in words; two Chinese characters count as one word."""
    han = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + (han + 1) // 2


def _as_body(item: _Line) -> _Line:
    # A heading kept in the body is a paragraph of its own.
    return _Line(item.no, item.text, "heading-body") if item.kind == "heading" else item


def _document_words(items: list[_Line], state: _State) -> Counter[str]:
    """How often each word (lower case) occurs in the items. A later pass sees mostly the
    same lines: it corrects the last count by the lines that went and came."""
    texts = Counter(item.text for item in items)
    if state.words is None:
        counts = count_words(item.text for item in items)
    else:
        last_texts, counts = state.words
        counts = counts + count_words((texts - last_texts).elements())
        counts.subtract(count_words((last_texts - texts).elements()))
        counts = +counts
    state.words = (texts, counts)
    return counts


def _reflow(items: list[_Line], state: _State, doc_words: Counter[str]) -> list[str]:
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for item in items:
        if item.kind == "item" and current:
            blocks.append(current)
            current = []
        if item.kind in _BODY:
            current.append(item)
            continue
        if current:
            blocks.append(current)
            current = []
        if item.kind == "heading-body":
            blocks.append([item])
            blocks.append([])  # a heading never continues into the next block
    if current:
        blocks.append(current)
    paragraphs: list[_Para] = []
    joinable = False  # may the next block continue the last paragraph?
    for block in blocks:
        if not block:
            joinable = False
            continue
        heading = block[0].kind == "heading-body"
        # A list item or heading never continues the paragraph before it.
        alone = heading or block[0].kind == "item"
        texts = [line.text for line in block]
        wrapped = _is_wrapped(texts)
        width = max(len(t) for t in texts)
        para = _Para(texts[0])
        for line, nxt in zip(block, block[1:], strict=False):
            if nxt.kind != "item" and _joins(line.text, nxt.text, wrapped=wrapped, width=width):
                _join(para, nxt.text, state, doc_words, nxt.no)
            else:
                paragraphs.append(para)
                para = _Para(nxt.text)
        head = para.parts[0]
        if paragraphs and joinable and not alone and _continues(paragraphs[-1].end, head):
            _join(paragraphs[-1], head, state, doc_words, block[0].no)
            paragraphs[-1].add(*para.parts[1:])
        else:
            paragraphs.append(para)
        joinable = not heading
    return [p.text() for p in paragraphs]


class _Para:
    """A paragraph joined from lines, as pieces (concatenating is quadratic) and its end."""

    def __init__(self, first: str) -> None:
        self.parts, self.end = [first], first[-80:]

    def add(self, *pieces: str) -> None:
        for piece in pieces:
            self.parts.append(piece)
            self.end = (self.end + piece[-80:])[-80:]

    def drop_last_char(self) -> None:
        self.parts[-1], self.end = self.parts[-1][:-1], self.end[:-1]

    def text(self) -> str:
        return "".join(self.parts)


def _is_wrapped(texts: list[str]) -> bool:
    """Are these adjacent lines fragments of hard-wrapped paragraphs (not one per line)?

    Wrapped text breaks mid-sentence on most lines. In cased scripts some of the
    following lines then start in lower case; in Chinese or Urdu the lines keep to a
    narrow band of lengths. Lines ending in full stops are wrapped only when three or more
    keep to such a band. Titles and bullet points (no stop, capitalised) are not wrapped.
    """
    if len(texts) < 2:
        return False
    inner = texts[:-1]
    width = max(len(t) for t in inner)
    in_band = sum(1 for t in inner if len(t) >= 0.7 * width)
    open_ends = sum(1 for t in inner if not _TERMINAL.search(t))
    if 2 * open_ends < len(inner):
        return len(inner) >= 3 and width <= 150 and in_band == len(inner)
    starts = [t[:1] for t in texts[1:] if t[:1].isupper() or t[:1].islower()]
    if starts:
        return 10 * sum(1 for c in starts if c.islower()) >= 3 * len(starts)
    return len(inner) == 1 or 10 * in_band >= 7 * len(inner)


def _joins(prev: str, nxt: str, *, wrapped: bool, width: int) -> bool:
    """Does line `nxt` continue the paragraph whose last line is `prev` (same block)?"""
    length, prev = len(prev), prev[-80:]
    if nxt[:1].islower() and not _STOP_UNCASED.search(prev):
        return True
    if _TERMINAL.search(prev):
        # In wrapped text a short line ending a sentence ends its paragraph.
        return wrapped and length >= 0.75 * width
    if _CONTINUES.search(prev) or nxt[:1] in _CLOSERS or wrapped:
        return True
    # Without letter case (Chinese, Urdu) a full-width line ending mid-sentence is
    # wrapped; a shorter one is a title.
    edge = prev[-1:] + nxt[:1]
    return not (edge.lower() != edge or edge.upper() != edge) and length >= 0.8 * width


def _continues(para: str, nxt: str) -> bool:
    """Does block `nxt` continue paragraph `para` across a blank line (a page break)?"""
    para = para[-80:]
    if decimal_split(para, nxt):
        return True
    if _TERMINAL.search(para):
        return False
    if _CJK.match(nxt[:1]):
        return bool(_CJK_COMMA.search(para))
    return nxt[:1].islower() and (
        para[-1:].isalnum() or bool(_CONTINUES.search(para) or _HYPHEN_BREAK.search(para))
    )


def _join(para: _Para, right: str, state: _State, doc_words: Counter[str], no: int | None) -> None:
    """Append line `right` to `para`: a line-break hyphen rejoined or kept, else a space
    (nothing between Chinese characters). Only the ends of the paragraph are looked at."""
    left = para.end
    hyphen = _HYPHEN_BREAK.search(left)
    start = _WORD_START.match(right)
    if hyphen and start and right[:1].islower():
        head, tail = hyphen.group(1), start.group(0)
        joined = (head + tail).lower()
        hyphenated = f"{head}-{tail}".lower()
        if hyphenated not in doc_words and (joined in doc_words or joined in english_words()):
            state.change("hyphen-join", f"{head}-\n{tail}", head + tail, no)
            para.drop_last_char()
        else:
            state.change("reflow", f"{head}-\n{tail}", f"{head}-{tail}", no)
        para.add(right)
        return
    cjk = _CJK.match(left[-1:]) and _CJK.match(right[:1])
    decimal = decimal_split(left, right)
    glue = "" if cjk or decimal else " "
    state.change("decimal-join" if decimal else "reflow", _edge(left, right, "\n"),
                 _edge(left, right, glue), no)
    para.add(glue, right)


def _edge(left: str, right: str, glue: str) -> str:
    return left[-20:] + glue + right[:20]


def _fix_hyphens(paragraph: str, state: _State, evidence: dict[str, str]) -> str:
    """Restore hyphens a PDF extraction lost ("goodneighborly" -> "good-neighborly")."""
    known = compounds()

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        key = word.lower()
        if key in english_words():
            return word
        target = known.get(key) or evidence.get(key)
        if target is None:
            return word
        restored = target.upper() if word.isupper() else target
        if word[0].isupper():
            restored = restored[0].upper() + restored[1:]
        state.change("hyphen-restore", word, restored, None)
        return restored

    words = state.once(long_words, paragraph)  # no callback per word
    hit = not (words.isdisjoint(known) and words.isdisjoint(evidence))
    return LONG_WORD.sub(fix, paragraph) if hit else paragraph


def _collapse_repeats(text: str, state: _State, no: int | None) -> str:
    text, removed = collapse_repeats(text)
    for rule, before in removed:
        state.change(rule, before, "", no)
    return text


# ---------------------------------------------------------------- metadata


def _build_meta(
    state: _State,
    loaded: Meta,
    *,
    headline: str | None,
    outlet: str | None,
    paragraphs: list[str],
) -> Meta:
    found = state.meta
    published = found.get("published") or loaded.published
    captured = found.get("captured") or found.get("date_line") or loaded.captured
    source = found.get("source") or loaded.source
    place = date = None
    # The dateline opens the body, which a plain-text capture may head with its headline.
    dateline = next(filter(None, (find_dateline(p) for p in paragraphs[:2])), None)
    if dateline is not None:
        place = dateline.place
        date = infer_year(dateline.date, published) if dateline.date else None
        source = source or dateline.agency
    return Meta(
        headline=headline,
        outlet=outlet or loaded.outlet,
        site=found.get("site") or loaded.site,
        source=source,
        dateline_place=place or loaded.dateline_place,
        dateline_date=date or loaded.dateline_date,
        published=published,
        captured=captured,
        lang=loaded.lang,
    )


def _language(lang: str | None, paragraphs: list[str]) -> str:
    from xlate.text.langid import detect_language, normalize_code

    if lang:
        return normalize_code(lang)
    return detect_language(" ".join(paragraphs)[:5000]) if paragraphs else "und"


# ---------------------------------------------------------------- helpers


def _same_text(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[\W_]+", "", s).casefold()

    return bool(key(a)) and key(a) == key(b)
