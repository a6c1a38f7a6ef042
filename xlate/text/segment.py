"""Sentence segmentation: paragraphs to sentences for en, zh, ru and ur; sentencex for the rest.

Each of xlate's four languages has its own rules, because sentencex (the generic
fallback) breaks inside "at 9 a.m. Monday", "т. е. быстрее", "театре им. А. С. Пушкина",
between a quote and its attribution (“……。”他说。, «Почему?» — спросил он) and misses the
break after "и т. д." or "в 2015 г." before a new sentence; each false break becomes a
false "split" label in the alignment. The rules find candidate breaks (a run of terminal
punctuation and any closing quotes or brackets after it) and decide each from the word
before and the word after.

Sentences are always exact slices of the input: joining them gives back the paragraph
with only the whitespace between sentences removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from xlate.model import Article, Sentence
from xlate.text.datelines import find_dateline
from xlate.text.hanzi import DECIMAL_STOP
from xlate.text.langid import detect_language, normalize_code

CLOSERS = "\"'”’»)]}」』）》〉】〕›"
"""Closing quotes and brackets that stay with the sentence they follow."""

# “ and ‘ open quotes, yet after a terminal mark they close one when a quote is open:
# Russian „…“ style, and the frequent typo of “ for ” in Chinese and English text.
_MAYBE_CLOSERS = "“‘"
_CLOSE_CLASS = re.escape(CLOSERS + _MAYBE_CLOSERS)

_OPENERS = "\"'“‘«([{「『（《〈【〔‹„"
# After a candidate break, these mean the sentence goes on.
_CONTINUERS = ",;:，、；：،؛—–"
_HARD_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

_LATIN_TERMS = re.compile(rf"[.!?…]+[{_CLOSE_CLASS}]*(?=\s|$)")
_URDU_TERMS = re.compile(rf"[.!?…؟۔]+[{_CLOSE_CLASS}]*")
# A Chinese full stop, or an ASCII one typed after a Chinese character ("时间.这是").
_ZH_TERMS = re.compile(
    rf"(?:[。！？!?…][。！？!?….]*|(?<=[\u3400-\u9fff])\.(?=\s|[\u3400-\u9fff]|$))"
    rf"[{_CLOSE_CLASS}]*"
)

_WORD = re.compile(r"\S+$")
_NEXT_WORD = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]")
_OPENERS_RE = re.compile(f"[{re.escape(_OPENERS)}]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_EDGES = _OPENERS + CLOSERS + _MAYBE_CLOSERS + _CONTINUERS + ".!?…،۔؟"
_ACRONYM = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")  # U.S, a.m, Ph.D, В.В
_NUMBER = re.compile(r"^[\d۰-۹٠-٩]+$")
_VOWELS = frozenset("aeiouy")
_DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"


def _words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# English abbreviations that never end a sentence: titles before a name, and Latin
# connectives that always have more to follow.
_EN_NEVER_FINAL = _words(
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt rev hon pres adm maj cmdr cpl brig "
    "supt insp det amb mt ft messrs mme mlle e.g i.e cf viz vs v approx st sens reps"
)
# Abbreviations before a number: "No. 10", "Sept. 11", "Art. 5".
_EN_BEFORE_NUMBER = _words(
    "no nos art sec secs vol vols pp p fig figs ch para tel jan feb mar apr jun jul aug sep "
    "sept oct nov dec rm ste"
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
_EN_AMBIGUOUS = _words(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co jr sr bros ave rd blvd "
    "dept univ assn est"
)
# Closed-class words and common openers that start sentences but rarely follow an
# abbreviation inside one (so "U.S. Senate" stays together and "the U.S. The" breaks).
_EN_STARTERS = _words(
    """the a an this that these those it its he she they we i you his her their our my your
    but and or so yet nor in on at for from with by as if when while after before since until
    although though because however meanwhile also there here some many most all both each
    few several no not yes what who whom whose why how where which earlier later last next other
    such according despite during under over about among against between into through still
    then thus now today yesterday tomorrow one two three another mr mrs ms dr police officials
    critics analysts experts"""
)
_EN_SPEECH = _words(
    "said says asked asks added adds told tells replied replies shouted shouts wrote writes "
    "continued insisted explained noted"
)

# Russian: joined forms of multi-letter abbreviations (т. е. -> т.е) that never end a
# sentence, and single words that stand before a name or a number.
_RU_NEVER_FINAL = _words(
    """т.е т.к т.н т.ч им ул пр пр-т просп пл пер наб ш б-р проф акад ген генерал-л св тов гр г-н
    г-жа см ср напр рис табл илл пос дер ст п пп ч т д стр гл ред изд англ лат нем фр кн оз
    о-в р-н"""
)
_RU_YEAR = frozenset({"г", "гг"})
# Never-final abbreviations that are units after a number: "10 см." (centimetres), "5 т.".
_RU_UNITS = frozenset({"см", "т"})
# Month and unit abbreviations that go on to a number: "8 сент. 2024 г.", "т. 2".
_RU_BEFORE_NUMBER = _words("янв февр фев мар апр авг сент сен окт нояб ноя дек")
_RU_STARTERS = _words(
    """это эти этот эта этого он она оно они мы я вы его ее её их в во на по но а и однако как
    при после также ранее кроме среди позже сейчас теперь тогда так все всё весь если хотя
    когда где что кто сам сама всего еще ещё за до с со из к для об о у же уже впрочем между
    напомним согласно"""
)
_RU_SPEECH = _words("сказал сказала спросил спросила добавил добавила заявил заявила")

# Urdu names of Latin letters: "پی۔ ٹی۔ آئی" (P.T.I.) is one acronym, not three sentences.
_UR_LETTER_NAMES = _words(
    """اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو
    ایکس وائی زیڈ"""
)
_UR_SPEECH = _words("کہا پوچھا بتایا کہنا بولے بولا بولی")
_ZH_SPEECH = re.compile(r"说|问|道|称|表示|指出|补充|回答|喊")

_SUPPORTED = frozenset({"en", "zh", "ru", "ur"})


@dataclass(frozen=True)
class _Context:
    """What the rules see at one candidate break."""

    text: str
    start: int  # where the current sentence starts
    term_start: int  # the first terminal mark
    end: int  # just after the closers: where the break would go
    term: str  # the terminal marks
    closers: str

    @property
    def prev_word(self) -> str:
        """The token before the terminal mark, without opening quotes or brackets."""
        found = _WORD.search(self.text, max(self.start, self.term_start - 60), self.term_start)
        return found.group().lstrip(_OPENERS) if found else ""

    @property
    def prev_pair(self) -> str:
        """The two tokens before the terminal mark, joined without spaces ("т.д")."""
        window = self.text[max(self.start, self.term_start - 60) : self.term_start]
        tokens = window.split()
        if len(tokens) >= 2 and tokens[-2].endswith("."):
            return (tokens[-2] + tokens[-1]).lstrip(_OPENERS)
        return ""

    @property
    def next_text(self) -> str:
        """A short stretch of the text after the break, leading whitespace removed."""
        return self.text[self.end : self.end + 120].lstrip()

    @property
    def next_word(self) -> str:
        """The token after the break, stripped of quotes and punctuation ("" at the end)."""
        found = _NEXT_WORD.search(self.text, self.end, self.end + 120)
        return found.group().strip(_WORD_EDGES) if found else ""

    @property
    def next_char(self) -> str:
        """The first character after the break that is not whitespace ("" at the end)."""
        rest = self.next_text
        return rest[0] if rest else ""

    @property
    def next_letter(self) -> str:
        """The first letter or digit after the break, skipping opening quotes and brackets."""
        for ch in self.next_text[:12]:
            if ch.isalnum():
                return ch
            if ch not in _OPENERS:
                return ch
        return ""

    @property
    def words_before(self) -> int:
        """How many tokens the current sentence has before the terminal mark."""
        return len(self.text[self.start : self.term_start].split())

    @property
    def quoted(self) -> bool:
        """Whether a closing quotation mark follows the terminal mark."""
        return any(ch in "\"'”’»」』›“‘" for ch in self.closers)


def _speech_follows(ctx: _Context, verbs: frozenset[str], *, limit: int) -> bool:
    """True when a short attribution ("he asked.") follows a quoted question or exclamation."""
    rest = ctx.next_text
    stop = re.search(r"[.!?۔؟](?:\s|$)", rest)
    clause = rest[: stop.start()] if stop else rest
    words = [w.strip(",").lower() for w in clause.split()]
    return len(words) <= limit and any(w in verbs for w in words)


def _omission(ctx: _Context) -> bool:
    """Whether the marks are an ellipsis standing for left-out words ("the … President").

    A sentence-final ellipsis sits against the word before it. A bracketed "[...]" before a
    capital often does span a sentence break (GUM marks one there), so it is not counted.
    """
    if set(ctx.term) - {".", "…"} or ctx.term == ".":
        return False
    return ctx.term_start > 0 and ctx.text[ctx.term_start - 1].isspace()


def _breaks_en(ctx: _Context) -> bool:
    """English rules for one candidate break."""
    nxt = ctx.next_letter
    if not nxt or nxt in _CONTINUERS:
        return False
    if nxt.islower():
        return False
    if "!" in ctx.term or "?" in ctx.term:
        return not (ctx.quoted and _speech_follows(ctx, _EN_SPEECH, limit=4))
    if _omission(ctx):
        return False
    if ctx.term != "." or ctx.closers:
        return True
    return _period_breaks_en(ctx, nxt)


def _period_breaks_en(ctx: _Context, nxt: str) -> bool:
    """Whether a bare full stop followed by a capital or digit ends the sentence."""
    word = ctx.prev_word
    if not word:
        return True
    key = word.lower()
    next_word = ctx.next_word
    if key in _EN_NEVER_FINAL:
        return False
    if nxt.isdigit():
        if key in _EN_BEFORE_NUMBER or _ACRONYM.match(word):
            return False
        if word.isalpha() and len(word) <= 4 and word[0].isupper() and _VOWELS.isdisjoint(key):
            return False  # "Rs. 50", "Pvt. 3", "B. 12": a short vowelless abbreviation
    if nxt.isdigit() and word.isdigit() and len(word) <= 3:
        return False  # "an increase of 10. 64 percent": a decimal point the capture spaced
    if _NUMBER.match(word):
        # "1. The first point": a list number opening the sentence.
        return ctx.words_before > 1
    if key in _EN_AMBIGUOUS or _ACRONYM.match(word) or (len(word) == 1 and word.isupper()):
        if _is_initial(ctx.next_text):
            return False
        return next_word.lower() in _EN_STARTERS
    return True


def _is_initial(rest: str) -> bool:
    """Whether `rest` starts with an initial such as "R." or "В.В."."""
    return bool(re.match(r"[^\W\d_]\.", rest)) and rest[:1].isupper()


def _breaks_ru(ctx: _Context) -> bool:
    """Russian rules for one candidate break."""
    nxt = ctx.next_letter
    if not nxt or nxt in _CONTINUERS or nxt.islower():
        return False
    if "!" in ctx.term or "?" in ctx.term:
        return not (ctx.quoted and _speech_follows(ctx, _RU_SPEECH, limit=3))
    if _omission(ctx):
        return False
    if ctx.term != "." or ctx.closers:
        return True
    word = ctx.prev_word
    key = word.lower()
    pair = ctx.prev_pair.lower()
    if pair in _RU_NEVER_FINAL:
        return False
    tokens = ctx.text[max(ctx.start, ctx.term_start - 60) : ctx.term_start].split()
    before = tokens[-2].lower() if len(tokens) >= 2 else ""
    after_number = bool(before) and before[0] in _DIGITS
    if pair in ("т.д", "т.п") or key in ("т.д", "т.п") or (before == "и" and key in ("пр", "др")):
        return True  # "и т. д.", "и пр." end a list, and often the sentence
    if word.isascii() and word.isalpha():
        return _period_breaks_en(ctx, nxt)  # "Dr.", "Inc." quoted in Latin letters
    if key in _RU_NEVER_FINAL and not (key in _RU_UNITS and after_number):
        return False
    if nxt.isdigit() and key in _RU_BEFORE_NUMBER:
        return False
    next_word = ctx.next_word
    if key in _RU_YEAR:
        if not after_number:
            return False  # "г. Москва": the city, before its name
        # "В 2019 г. Россия ...": a year phrase opening the sentence goes on.
        return ctx.words_before > 4 or next_word.lower() in _RU_STARTERS
    if _NUMBER.match(word):
        return ctx.words_before > 1
    if (len(word) == 1 and word.isupper()) or (_ACRONYM.match(word) and word.isupper()):
        if _is_initial(ctx.next_text):
            return False
        return next_word.lower() in _RU_STARTERS
    if _ACRONYM.match(word):
        return not nxt.isdigit()
    return True


def _breaks_ur(ctx: _Context) -> bool:
    """Urdu rules for one candidate break."""
    text = ctx.text
    spaced = ctx.end == len(text) or text[ctx.end].isspace()
    nxt = ctx.next_letter
    if not nxt or nxt in _CONTINUERS or (nxt in CLOSERS and nxt not in "\"'"):
        return False
    if set(ctx.term) <= {"…", "."} and ctx.term != ".":
        return False  # an ellipsis: Urdu marks the end with ۔ after it when it ends
    if ctx.term == ".":
        word = ctx.prev_word
        if not spaced or (word and word[-1].isascii()):
            # Latin text inside Urdu: "U.S." or "244.8" or an English sentence.
            return spaced and _breaks_en(ctx)
        return True
    if not spaced:
        before = text[ctx.term_start - 1] if ctx.term_start else ""
        if before in _DIGITS and nxt in _DIGITS:
            return False  # ۲۴۴۔۸ written with the full stop as a decimal point
        if not nxt.isalpha() and nxt not in _OPENERS:
            return False
    if "۔" in ctx.term and not ctx.closers:
        previous = ctx.prev_word.rsplit("۔", 1)[-1]
        if _NUMBER.match(previous) and ctx.words_before <= 1:
            return False  # "۱۔ حکومت ...": a list number opening the sentence
        following = ctx.next_text.split(maxsplit=1)[0].split("۔", 1)[0] if ctx.next_text else ""
        if previous in _UR_LETTER_NAMES and following in _UR_LETTER_NAMES:
            return False
    if ("؟" in ctx.term or "!" in ctx.term) and ctx.quoted:
        # Urdu puts the verb last, after subject and postpositions: "کپتان نے میچ کے بعد کہا".
        return not _speech_follows(ctx, _UR_SPEECH, limit=8)
    return True


def _breaks_zh(ctx: _Context) -> bool:
    """Chinese rules for one candidate break."""
    nxt = ctx.next_char
    if not nxt or nxt in _CONTINUERS or (nxt in CLOSERS and nxt not in "\"'"):
        return False
    if set(ctx.term) <= {"…"}:
        return False  # an ellipsis pauses; 。 after it marks a real end
    if DECIMAL_STOP.match(ctx.text, ctx.term_start):
        return False  # 42。7亿斤: a decimal point
    if ctx.quoted:
        # “……？”他问道。 / “……。”他说。: a short attribution belongs to the quote.
        rest = ctx.next_text
        stop = re.search(r"[。！？!?]", rest)
        clause = rest[: stop.start()] if stop else rest
        if len(clause) <= 8 and _ZH_SPEECH.search(clause) and not _OPENERS_RE.search(clause):
            return False
    return True


_RULES = {
    "en": (_LATIN_TERMS, _breaks_en),
    "ru": (_LATIN_TERMS, _breaks_ru),
    "ur": (_URDU_TERMS, _breaks_ur),
    "zh": (_ZH_TERMS, _breaks_zh),
}


class _QuoteBalance:
    """Tells closing quote marks after a terminal mark from opening ones, in one block.

    Curly quotes are counted over the whole block (counting only the text since the
    previous check keeps that linear) and confirmed by what follows. Straight quotes are
    counted within the current sentence only: translators mix them with curly ones, so
    counts over a whole block drift.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.counts = dict.fromkeys("„“”‘’", 0)

    def closes(self, ch: str, pos: int, *, start: int) -> bool:
        """Whether the quote mark `ch` at `pos`, in a sentence from `start`, closes a quote."""
        if ch in "\"'":
            return self.text.count(ch, start, pos) % 2 == 1
        if pos > self.pos:
            for mark in self.counts:
                self.counts[mark] += self.text.count(mark, self.pos, pos)
            self.pos = pos
        c = self.counts
        if ch == "“":
            is_open = c["„"] > c["“"] or (c["“"] - c["”"]) % 2 == 1
            return is_open and not self._closed_later(pos, "“", "”")
        return (c["‘"] - c["’"]) % 2 == 1 and not self._closed_later(pos, "‘", "’")

    def _closed_later(self, pos: int, opener: str, closer: str) -> bool:
        """Whether `closer` follows `pos` before another `opener`: then `pos` opens a quote."""
        window = self.text[pos + 1 : pos + 400]
        close_at = window.find(closer)
        open_at = window.find(opener)
        return close_at >= 0 and (open_at < 0 or close_at < open_at)


def _rule_breaks(text: str, lang: str) -> Iterator[int]:
    """Break offsets the language rules choose in one block of text (no blank lines)."""
    pattern, decide = _RULES[lang]
    # Where whitespace must follow (en, ru) a quote mark after the full stop can only close.
    balance = _QuoteBalance(text) if lang in ("zh", "ur") else None
    start = 0
    for match in pattern.finditer(text):
        whole = match.group()
        term = whole.rstrip(CLOSERS + _MAYBE_CLOSERS)
        closers = whole[len(term) :]
        term_end = match.start() + len(term)
        if balance is not None:
            for i, ch in enumerate(closers):
                if ch in "\"'“‘" and not balance.closes(ch, term_end + i, start=start):
                    closers = closers[:i]
                    break
        if not _ALNUM.search(text, start, match.start()):
            continue  # a lone "..." or "!" is no sentence: it stays with what follows
        ctx = _Context(
            text=text,
            start=start,
            term_start=match.start(),
            end=term_end + len(closers),
            term=term,
            closers=closers,
        )
        if decide(ctx):
            yield ctx.end
            start = ctx.end


@cache
def _sentencex() -> Any:
    import sentencex

    return sentencex


_SENTENCEX_CHUNK = 4000
# sentencex's quote matching is quadratic in runs of quote marks (1 MB of backticks:
# minutes): it gets pieces of bounded length, cut after a likely sentence end.
_LIKELY_END = re.compile(r"[.!?…。！？؟۔][\"'”’»)]*\s+|\s+")


def _sentencex_breaks(text: str, lang: str) -> Iterator[int]:
    """Break offsets sentencex chooses, for languages without rules of our own."""
    code = lang if lang and lang != "und" else "en"
    start = 0
    while start < len(text):
        end = _chunk_end(text, start)
        for item in _sentencex().get_sentence_boundaries(code, text[start:end]):
            yield start + int(item["end_index"])
        yield end
        start = end


def _chunk_end(text: str, start: int) -> int:
    """Where the piece of `text` from `start` ends: the text's end when within
    _SENTENCEX_CHUNK, else after the last stop (or space) of the piece's second half."""
    if len(text) - start <= _SENTENCEX_CHUNK:
        return len(text)
    half = start + _SENTENCEX_CHUNK // 2
    window = text[half : start + _SENTENCEX_CHUNK]
    matches = list(_LIKELY_END.finditer(window))
    found = [m.end() for m in matches if not m.group().isspace()] or [m.end() for m in matches]
    return half + found[-1] if found else start + _SENTENCEX_CHUNK


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence of `text`, in order.

    Spans never start or end with whitespace and what lies between them is whitespace only.
    A blank line always ends a sentence. `lang` picks the rules (see `split_sentences`).
    """
    code = normalize_code(lang)
    cuts: list[int] = []
    block_start = 0
    blocks = [(m.start(), m.end()) for m in _HARD_BREAK.finditer(text)]
    for block_end, next_start in [*blocks, (len(text), len(text))]:
        block = text[block_start:block_end]
        block_code = code
        if code == "zh" and not _HAN.search(block):
            block_code = "en"  # an English quote or byline inside a Chinese article
        rules = _rule_breaks if block_code in _SUPPORTED else _sentencex_breaks
        found = rules(block, block_code)
        # A dateline ("BEIJING, September 2. /TASS/.") belongs to the sentence it opens.
        dateline = find_dateline(block.lstrip())
        keep_from = len(block) - len(block.lstrip()) + len(dateline.text) + 1 if dateline else 0
        cuts.extend(block_start + offset for offset in found if offset > keep_from)
        cuts.append(block_end)
        block_start = next_start
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in sorted(set(cuts)):
        if cut <= begin:
            continue
        piece = text[begin:cut]
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        if stripped:
            spans.extend(_bounded(text, begin + lead, begin + lead + len(stripped)))
        begin = cut
    return spans


MAX_SENTENCE = 3000
"""Longest sentence in characters: real ones stay far below; a longer run (a page
without punctuation) is cut at spaces, so every later stage works on bounded pieces."""


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span start..end, cut into pieces of at most MAX_SENTENCE characters at the
    last whitespace of each window (anywhere when it has none, as Chinese text)."""
    while end - start > MAX_SENTENCE:
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\u3000"))
        cut = start + MAX_SENTENCE // 2 + space if space >= 0 else start + MAX_SENTENCE
        piece = text[start:cut].rstrip()
        yield start, start + len(piece)
        start = cut
        while text[start].isspace():
            start += 1
    yield start, end


def split_sentences(text: str, lang: str) -> list[str]:
    """Split one paragraph into sentences.

    `lang` is an ISO 639-1 code; "en", "zh", "ru" and "ur" (and tags such as "zh-CN") use
    xlate's own rules, any other code uses sentencex for that language, and "und" or ""
    uses sentencex's English rules. A "zh" paragraph without Chinese characters gets the
    English rules. Sentences are slices of `text` with surrounding whitespace removed;
    joining them gives `text` minus the whitespace between them.
    """
    return [text[a:b] for a, b in sentence_spans(text, lang)]


def read_presegmented(text: str) -> list[list[str]]:
    """Read aligner-style text: one sentence per line, a blank line between paragraphs.

    Lines are stripped; paragraphs without sentences are dropped.
    """
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        sentence = line.strip()
        if sentence:
            current.append(sentence)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def segment(article: Article, *, presegmented: bool = False) -> Article:
    """Fill `article.sentences` from its paragraphs, ids 0-based in document order.

    With `presegmented`, each non-empty line of a paragraph is one sentence. When the
    article's language is "und" or empty it is detected from the text and set on the
    article (and on `meta.lang` when that is None).
    """
    lang = normalize_code(article.lang)
    meta = article.meta
    if lang == "und":
        lang = detect_language(article.text)
    if meta.lang is None and lang != "und":
        meta = replace(meta, lang=lang)
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(article.paragraphs):
        if presegmented:
            texts = [line.strip() for line in paragraph.splitlines() if line.strip()]
        else:
            texts = split_sentences(paragraph, lang)
        for sentence in texts:
            sentences.append(Sentence(len(sentences), index, sentence))
    return article.with_(sentences=tuple(sentences), lang=lang, meta=meta)
