"""Synthetic republications with exact gold, for the accuracy benchmark.

`make_pairs(n, seed=...)` takes English news documents (GUM Wikinews and the English side
of NTREX-128 from ../shared/data) and edits each the way outlets republish wire copy:
sentences and paragraphs deleted, sentences from other articles inserted, a sentence or a
paragraph moved, adjacent sentences merged, a sentence split at a conjunction, numbers,
dates and places changed, words swapped or dropped. Every edit is recorded, so the gold
beads and fact changes are exact. The same seed always gives the same pairs.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from gold import Bead, FactChange, Pair

SynthPair = Pair
"""A synthetic pair has the same shape as a bundled gold pair."""

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
"""Default location of the shared data (../shared/data next to the repository)."""

# Word lists are kept as strings so they read as prose.
_MONTHS = (  # noqa: SIM905
    "January February March April May June July August September October November December"
).split()
_COUNTRIES = (  # noqa: SIM905
    "France Germany Italy Spain Canada Mexico Brazil Argentina Japan China India Pakistan "
    "Indonesia Australia Russia Egypt Kenya Nigeria Turkey Iran Iraq Syria Poland Sweden "
    "Norway Greece Portugal Ireland Belgium Austria Chile Peru Vietnam Thailand Malaysia"
).split()
_CITIES = (  # noqa: SIM905
    "London Paris Berlin Madrid Rome Moscow Beijing Tokyo Delhi Sydney Toronto Chicago "
    "Jakarta Cairo Nairobi Istanbul Lagos Dublin Glasgow Manchester Boston Melbourne Lisbon "
    "Vienna Warsaw Athens Oslo Stockholm Bangkok Karachi Lahore Mumbai Seoul Houston"
).split()
_SYNONYMS = {
    "about": "around",
    "large": "big",
    "big": "large",
    "started": "began",
    "began": "started",
    "help": "assist",
    "many": "numerous",
    "show": "indicate",
    "shows": "indicates",
    "important": "significant",
    "quickly": "rapidly",
    "nearly": "almost",
    "almost": "nearly",
    "because": "since",
    "city": "town",
    "children": "kids",
    "buy": "purchase",
    "start": "begin",
    "end": "finish",
    "need": "require",
    "needs": "requires",
    "try": "attempt",
    "enough": "sufficient",
    "area": "region",
    "country": "nation",
    "main": "principal",
    "small": "little",
    "whole": "entire",
    "often": "frequently",
    "team": "squad",
}
_DROPPABLE = ("very", "also", "just", "really", "still", "only", "now", "already", "even")
_LOWER_STARTS = ("The", "He", "She", "It", "They", "This", "These", "A", "An", "We", "There")
_QUOTES = re.compile('["“”«»]')
_NUMBER = re.compile(r"(?<![\w.,$€£¥/&:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%/&:-]|[.,]\d)")
_MONTH = r"(?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?"
# A number next to one of these is a percent, ordinal, sum of money, clock time or date.
_NOT_PLAIN_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|st\b|nd\b|rd\b|th\b|euros?\b|dollars?\b|pounds?\b|yuan\b"
    r"|rupees?\b|[ap]\.?m\b|" + _MONTH + r"(?!\w))"
)
_NOT_PLAIN_BEFORE = re.compile(r"(?:[$€£¥]|\bRs\.?|\b" + _MONTH + r")\s*$")
_DATE = re.compile(
    r"\b(?:(?:"
    + "|".join(_MONTHS)
    + r") \d{1,2}|\d{1,2} (?:"
    + "|".join(_MONTHS)
    + r"))\b(?!,\d|\d)"
)
_SPLIT_AT = re.compile(r", (?:and|but) |; ")


@dataclass
class _Unit:
    """One gold bead while the pair is being edited: original ids, republication sentences."""

    original: tuple[int, ...]
    texts: list[str]
    label: str


def source_documents(data: Path = DATA) -> list[tuple[str, list[list[str]]]]:
    """English news documents as (name, paragraphs of sentences), in a fixed order.

    GUM Wikinews: body paragraphs (headline, dateline, image captions, sources and category
    lists left out).
    NTREX-128: newstest2019-src.eng.txt grouped by DOCUMENT_IDS.tsv, headline line dropped,
    cut into paragraphs of three sentences because the source has no paragraph breaks.
    """
    docs: list[tuple[str, list[list[str]]]] = []
    gum = data / "gum_wikinews" / "gum_wikinews_news.jsonl"
    if gum.exists():
        for line in gum.read_text("utf-8").splitlines():
            doc = json.loads(line)
            paragraphs = []
            for para in doc["paragraphs"][2:]:
                if para[0] in ("Sources", "Categories:"):
                    break  # the rest is the source list and category links, not article text
                if not any(s.startswith("Image:") for s in para):
                    paragraphs.append(list(para))
            docs.append((doc["id"], paragraphs))
    ntrex = data / "ntrex128"
    if (ntrex / "newstest2019-src.eng.txt").exists():
        ids = (ntrex / "DOCUMENT_IDS.tsv").read_text("utf-8").splitlines()
        lines = (ntrex / "newstest2019-src.eng.txt").read_text("utf-8").splitlines()
        grouped: dict[str, list[str]] = {}
        for doc_id, text in zip(ids, lines, strict=False):
            grouped.setdefault(doc_id.strip(), []).append(text.strip())
        for doc_id, sentences in grouped.items():
            body = [s for s in sentences[1:] if s]
            docs.append((f"ntrex.{doc_id}", [body[i : i + 3] for i in range(0, len(body), 3)]))
    return docs


def make_pairs(n: int, *, seed: int, data: Path = DATA, max_sentences: int = 60) -> list[SynthPair]:
    """`n` synthetic pairs drawn with `seed` from the documents under `data`.

    Documents with fewer than 8 sentences are skipped; longer ones are cut to their first
    paragraphs holding at most `max_sentences` sentences. Raises FileNotFoundError when no
    source document is found.
    """
    docs = [(name, _cut(paras, max_sentences)) for name, paras in source_documents(data)]
    docs = [(name, paras) for name, paras in docs if sum(map(len, paras)) >= 8]
    if not docs:
        raise FileNotFoundError(f"no source documents under {data}")
    rng = random.Random(seed)
    pairs = []
    for k in range(n):
        index = rng.randrange(len(docs))
        name, paragraphs = docs[index]
        others = [s for j, (_, paras) in enumerate(docs) if j != index for p in paras for s in p]
        pairs.append(_edit(f"synth-{k:03d}-{name}", paragraphs, others, rng))
    return pairs


def _cut(paragraphs: list[list[str]], limit: int) -> list[list[str]]:
    out: list[list[str]] = []
    total = 0
    for para in paragraphs:
        if total + len(para) > limit:
            break
        out.append(para)
        total += len(para)
    return out


def _edit(
    name: str, paragraphs: list[list[str]], others: list[str], rng: random.Random
) -> SynthPair:
    """Apply a random mix of republication edits to one document and record the gold."""
    ids = iter(range(10**6))
    doc = [[_Unit((next(ids),), [s], "unchanged") for s in para] for para in paragraphs]
    log: list[str] = []
    facts: list[tuple[_Unit, str, str, str]] = []
    _delete(doc, rng, log)
    for _ in range(rng.randint(0, 2)):
        _merge(doc, rng, log)
    for _ in range(rng.randint(0, 2)):
        _split(doc, rng, log)
    for _ in range(rng.randint(0, 3)):
        _change_fact(doc, rng, log, facts)
    for _ in range(rng.randint(1, 4)):
        _reword(doc, rng, log)
    for _ in range(rng.choice((0, 1, 1, 2))):
        _move(doc, rng, log)
    for _ in range(rng.randint(0, 2)):
        _insert(doc, others, rng, log)
    return _pair(name, paragraphs, doc, facts, log)


def _live(doc: list[list[_Unit]], label: str = "unchanged") -> list[_Unit]:
    return [u for para in doc for u in para if u.label == label]


def _delete(doc: list[list[_Unit]], rng: random.Random, log: list[str]) -> None:
    if len(doc) > 2 and rng.random() < 0.25:
        para = rng.choice(doc[1:])
        for unit in para:
            unit.texts, unit.label = [], "omitted"
        log.append(f"deleted paragraph {[u.original[0] for u in para]}")
    for _ in range(rng.randint(0, 3)):
        live = _live(doc)
        if len(live) > 4:
            unit = rng.choice(live)
            unit.texts, unit.label = [], "omitted"
            log.append(f"deleted {unit.original[0]}")


def _merge(doc: list[list[_Unit]], rng: random.Random, log: list[str]) -> None:
    """Join two adjacent untouched sentences of one paragraph into one."""
    candidates = [
        (para, i)
        for para in doc
        for i in range(len(para) - 1)
        if para[i].label == para[i + 1].label == "unchanged"
        and para[i].texts[0].endswith(".")
        and not _QUOTES.search(para[i].texts[0] + para[i + 1].texts[0])
        and para[i + 1].texts[0][:1].isupper()
    ]
    if not candidates:
        return
    para, i = rng.choice(candidates)
    first, second = para[i].texts[0], para[i + 1].texts[0]
    head, _, rest = second.partition(" ")
    if head in _LOWER_STARTS:
        second = head.lower() + " " + rest
    merged = _Unit(
        para[i].original + para[i + 1].original, [f"{first[:-1]}, and {second}"], "merged"
    )
    para[i : i + 2] = [merged]
    log.append(f"merged {list(merged.original)}")


def _split(doc: list[list[_Unit]], rng: random.Random, log: list[str]) -> None:
    """Cut an untouched sentence at ', and' / ', but' / ';' into two sentences."""
    candidates = []
    for para in doc:
        for i, unit in enumerate(para):
            text = unit.texts[0] if unit.texts else ""
            if unit.label != "unchanged" or _QUOTES.search(text) or not text.endswith("."):
                continue
            for m in _SPLIT_AT.finditer(text):
                left, right = text[: m.start()], text[m.end() :]
                if len(left.split()) >= 5 and len(right.split()) >= 5:
                    candidates.append((para, i, left, m.group(), right))
    if not candidates:
        return
    para, i, left, joint, right = rng.choice(candidates)
    right = "But " + right if "but" in joint else right[0].upper() + right[1:]
    para[i] = _Unit(para[i].original, [left + ".", right], "split")
    log.append(f"split {para[i].original[0]}")


def _change_fact(
    doc: list[list[_Unit]],
    rng: random.Random,
    log: list[str],
    facts: list[tuple[_Unit, str, str, str]],
) -> None:
    """Change one number, date or place in an untouched sentence (the bead becomes edited)."""
    candidates = [(unit, found) for unit in _live(doc) for found in _facts_in(unit.texts[0])]
    if not candidates:
        return
    unit, (kind, start, end, before) = rng.choice(candidates)
    after = _new_value(kind, before, rng)
    text = unit.texts[0]
    unit.texts = [text[:start] + after + text[end:]]
    unit.label = "edited"
    facts.append((unit, kind, before, after))
    log.append(f"{kind} {before}->{after} in {unit.original[0]}")


def _facts_in(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, surface) of every fact this generator knows how to change."""
    found: list[tuple[str, int, int, str]] = []
    dates = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    for m in _DATE.finditer(text):
        found.append(("date", m.start(), m.end(), m.group()))
    for m in _NUMBER.finditer(text):
        value = int(m.group().replace(",", ""))
        in_date = any(a <= m.start() < b for a, b in dates)
        if (
            in_date
            or _year_like(m.group())
            or value == 0
            or _NOT_PLAIN_AFTER.match(text, m.end())
            or _NOT_PLAIN_BEFORE.search(text, 0, m.start())
        ):
            continue
        found.append(("number", m.start(), m.end(), m.group()))
    for names in (_COUNTRIES, _CITIES):
        for name in names:
            for m in re.finditer(rf"\b{name}\b", text):
                if _capitalised_neighbour(text, m.start(), m.end()):
                    continue
                found.append(("place", m.start(), m.end(), name))
    return found


def _year_like(number: str) -> bool:
    return "," not in number and 1000 <= int(number) <= 2200


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    # "South Australia", "Sydney Morning Herald": a place inside a longer name is not that place.
    before = text[:start].split()
    after = text[end:].split()
    return bool(
        before and before[-1][:1].isupper() and start > 0 and text[start - 1] == " "
    ) or bool(after and after[0][:1].isupper() and text[end : end + 1] == " ")


def _new_value(kind: str, before: str, rng: random.Random) -> str:
    if kind == "number":
        value = int(before.replace(",", ""))
        new = value + rng.choice((-1, 1)) * rng.randint(1, max(1, value // 5))
        if new <= 0 or new == value or _year_like(str(new)):
            new = value + 1 if not _year_like(str(value + 1)) else value - 1
        return f"{new:,}" if "," in before else str(new)
    if kind == "date":
        day = next(w for w in before.split() if w.isdigit())
        new_day = rng.choice([d for d in range(1, 29) if d != int(day)])
        return before.replace(day, str(new_day))
    names = _COUNTRIES if before in _COUNTRIES else _CITIES
    return rng.choice([p for p in names if p != before])


def _reword(doc: list[list[_Unit]], rng: random.Random, log: list[str]) -> None:
    """Swap a word for a synonym or drop a filler word in an untouched sentence."""
    candidates = []
    for unit in _live(doc):
        words = unit.texts[0].split(" ")
        for i, word in enumerate(words):
            if word in _SYNONYMS:
                candidates.append((unit, i, _SYNONYMS[word]))
            elif word in _DROPPABLE and 0 < i < len(words) - 1:
                candidates.append((unit, i, ""))
    if not candidates:
        return
    unit, i, replacement = rng.choice(candidates)
    words = unit.texts[0].split(" ")
    before = words[i]
    if replacement:
        words[i] = replacement
    else:
        del words[i]
    unit.texts = [" ".join(words)]
    unit.label = "edited"
    log.append(f"reworded {unit.original[0]} ({before}->{replacement or '-'})")


def _move(doc: list[list[_Unit]], rng: random.Random, log: list[str]) -> None:
    """Move an untouched sentence, or a short untouched paragraph, far enough that the move
    is unambiguous: the moved units must be the only ones off the longest in-order path."""
    if rng.random() < 0.5:
        blocks = [[u] for u in _live(doc)]
        whole = False
    else:
        blocks = [p for p in doc if 0 < len(p) <= 3 and all(u.label == "unchanged" for u in p)]
        whole = True
    rng.shuffle(blocks)
    for block in blocks[:5]:
        trial = [[u for u in para if u not in block] for para in doc]
        trial = [p for p in trial if p]
        if whole:
            spots = [(p, 0, True) for p in range(len(trial) + 1)]
        else:
            spots = [(p, i, False) for p in range(len(trial)) for i in range(len(trial[p]) + 1)]
        rng.shuffle(spots)
        for p, i, new_para in spots:
            candidate = [list(para) for para in trial]
            if new_para:
                candidate.insert(p, list(block))
            else:
                candidate[p][i:i] = block
            if _unambiguous_move(candidate, block):
                for unit in block:
                    unit.label = "moved"
                doc[:] = candidate
                log.append(f"moved {[u.original[0] for u in block]}")
                return


def _unambiguous_move(doc: list[list[_Unit]], block: list[_Unit]) -> bool:
    """The moved units, and only they, are off the in-order path, whether that path is the
    unique longest one counted in sentences or the heaviest one counted in words."""
    moved = {id(u) for u in block} | {id(u) for u in _live(doc, "moved")}
    units = [u for para in doc for u in para if u.original and u.texts]
    keys = [u.original[0] for u in units]
    length, count = _longest_increasing(keys)
    if count != 1 or length != sum(id(u) not in moved for u in units):
        return False
    weights = [sum(len(t.split()) for t in u.texts) for u in units]
    through = _heaviest_through(keys, weights)
    best = sum(w for u, w in zip(units, weights, strict=True) if id(u) not in moved)
    return all(through[k] < best for k, u in enumerate(units) if id(u) in moved) and best == max(
        through, default=0
    )


def _heaviest_through(keys: list[int], weights: list[int]) -> list[int]:
    """For each position, the weight of the heaviest increasing subsequence through it."""
    n = len(keys)
    ending = list(weights)
    starting = list(weights)
    for j in range(n):
        for i in range(j):
            if keys[i] < keys[j]:
                ending[j] = max(ending[j], ending[i] + weights[j])
    for i in reversed(range(n)):
        for j in range(i + 1, n):
            if keys[i] < keys[j]:
                starting[i] = max(starting[i], starting[j] + weights[i])
    return [ending[k] + starting[k] - weights[k] for k in range(n)]


def _longest_increasing(keys: list[int]) -> tuple[int, int]:
    """Length of the longest strictly increasing subsequence and how many there are."""
    best = [1] * len(keys)
    ways = [1] * len(keys)
    for j in range(len(keys)):
        for i in range(j):
            if keys[i] < keys[j]:
                if best[i] + 1 > best[j]:
                    best[j], ways[j] = best[i] + 1, ways[i]
                elif best[i] + 1 == best[j]:
                    ways[j] += ways[i]
    if not keys:
        return 0, 1
    top = max(best)
    return top, sum(w for b, w in zip(best, ways, strict=True) if b == top)


def _insert(doc: list[list[_Unit]], others: list[str], rng: random.Random, log: list[str]) -> None:
    """Insert one or two sentences from another article, as a new paragraph or inside one."""
    present = {t for para in doc for u in para for t in u.texts}
    sentences = [
        s for s in (rng.choice(others) for _ in range(rng.randint(1, 2))) if s not in present
    ]
    if not sentences:
        return
    units = [_Unit((), [s], "added") for s in sentences]
    if rng.random() < 0.5:
        doc.insert(rng.randint(0, len(doc)), units)
    else:
        para = rng.choice(doc)
        at = rng.randint(0, len(para))
        para[at:at] = units
    log.append(f"inserted {len(units)} sentence(s) from another article")


def _pair(
    name: str,
    paragraphs: list[list[str]],
    doc: list[list[_Unit]],
    facts: list[tuple[_Unit, str, str, str]],
    log: list[str],
) -> SynthPair:
    republication: list[list[str]] = []
    rep_ids: dict[int, tuple[int, ...]] = {}
    next_id = 0
    for para in doc:
        texts = []
        for unit in para:
            rep_ids[id(unit)] = tuple(range(next_id, next_id + len(unit.texts)))
            next_id += len(unit.texts)
            texts.extend(unit.texts)
        if texts:
            republication.append(texts)
    # Beads in republication order; an omitted sentence stays where it stood.
    beads = [Bead(u.original, rep_ids[id(u)], u.label) for para in doc for u in para]
    return Pair(
        name=name,
        original=[list(p) for p in paragraphs],
        republication=republication,
        beads=beads,
        facts=[FactChange(u.original, rep_ids[id(u)], kind, a, b) for u, kind, a, b in facts],
        edits="; ".join(log),
    )
