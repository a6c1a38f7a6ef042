"""Compare a republication with the original: align, label, check facts, summarise."""

from __future__ import annotations

import hashlib
import platform
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from xlate import __version__
from xlate.errors import InputError, LanguageError
from xlate.matching.align import AlignOptions, align, tokens
from xlate.matching.facts.datelines import dateline_facts, foreign_dateline, moved_dateline
from xlate.matching.facts.dates import names_a_day_or_week
from xlate.matching.facts.extract import reads_facts_once
from xlate.matching.facts.figures import same_statement
from xlate.matching.facts.mentions import told_elsewhere
from xlate.matching.facts.nearby import (
    epithet_named,
    given_nearby,
    loosely_retold,
    named_elsewhere,
    next_days_paper,
    sources_reworded,
    text_of,
)
from xlate.matching.facts.periods import story_frame
from xlate.matching.facts.referents import moved_referents
from xlate.matching.facts.regroup import absorb_neighbours, moved_figures
from xlate.matching.facts.severity import unexplained_details
from xlate.matching.mtalign import align_translated
from xlate.matching.verdict import (
    Evidence,
    VerdictThresholds,
    bigram_reuse,
    evidence,
    verdict,
)
from xlate.model import LABELS, Article, FactCheck, Link, Report, Summary

if TYPE_CHECKING:
    from xlate.translation.translate import Translator


@reads_facts_once
def compare(
    original: Article,
    republication: Article,
    *,
    translator: Translator | None = None,
    via: str | None = None,
    original_translation: Sequence[str] | None = None,
    republication_translation: Sequence[str] | None = None,
    options: AlignOptions | None = None,
    thresholds: VerdictThresholds | None = None,
) -> Report:
    """Align `republication` against `original` and report every edit and fact change.

    Both articles must be segmented (see `xlate.text.segment`). When their languages differ,
    one side is translated into `via` so both can be matched in one language; `via`
    defaults to the original's language when a package for the republication exists,
    else English. Pass `original_translation` / `republication_translation` (one
    sentence per sentence of that side) to use your own translation instead of a model.
    """
    for article in (original, republication):
        if not article.sentences:
            raise InputError(article.path or "<article>", "no sentences to compare")
    if original_translation is not None and republication_translation is None and via is None:
        via = republication.lang
    if republication_translation is not None and original_translation is None and via is None:
        via = original.lang
    needs_translation = (
        original.lang != republication.lang
        or original_translation is not None
        or republication_translation is not None
    )
    o_match, r_match = _texts(original), _texts(republication)
    o_translated = r_translated = False
    if needs_translation:
        via = via or _default_via(original.lang, republication.lang)
        o_translated = original_translation is not None or original.lang != via
        r_translated = republication_translation is not None or republication.lang != via
        machine = (o_translated and original_translation is None) or (
            r_translated and republication_translation is None
        )
        if machine and translator is None:
            from xlate.translation.translate import ArgosTranslator

            translator = ArgosTranslator()
        if o_translated:
            o_match = _matching_text(original, via, original_translation, translator)
        if r_translated:
            r_match = _matching_text(republication, via, republication_translation, translator)
    opts = options or AlignOptions()
    if needs_translation:
        # One side is read through a translation: paraphrase-tolerant mode (mtalign).
        aligned = align_translated(o_match, r_match, labels=opts)
    else:
        # Same language: a rewrite must share a content word with what it rewrites.
        aligned = tuple(_unpair_unrelated(align(o_match, r_match, options=opts), o_match, r_match))
        aligned = absorb_neighbours(aligned, o_match, r_match, original.lang)
    links = tuple(_punctuation_score(link) for link in aligned)
    cross = (o_match, r_match, via) if needs_translation and via else None
    links = tuple(
        _with_facts(link, original, republication, cross, opts.edited) for link in links
    )
    links = tuple(_headline(link, original, republication) for link in links)
    links = given_nearby(links, original, republication)
    links = story_frame(links, original, republication)
    links = told_elsewhere(links, original, republication)
    links = named_elsewhere(links, original, republication)
    links = epithet_named(links, original, republication)
    links = next_days_paper(links, original, republication)
    links = moved_referents(links, original, republication)
    links = moved_dateline(links, original, republication)
    links = foreign_dateline(links, original, republication)
    links = moved_figures(
        links, _texts(original), _texts(republication), (original.lang, republication.lang)
    )
    links = unexplained_details(links, original, republication)
    links = sources_reworded(links, original, republication, opts.edited)
    links = loosely_retold(links, original, republication, opts.match, opts.edited)
    reuse = bigram_reuse(o_match, r_match)
    limits = thresholds or VerdictThresholds()
    found = evidence(links, o_match, r_match)
    summary = summarise(
        links, original, republication, reuse=reuse, thresholds=limits, evidence=found
    )
    if summary.verdict == "non":
        # Independent reports of one event: where they differ, neither copied the other.
        links = tuple(_independent(link) for link in links)
        summary = summarise(
            links, original, republication, reuse=reuse, thresholds=limits, evidence=found
        )
    return Report(
        original=original,
        republication=republication,
        links=links,
        summary=summary,
        signature=_signature(original, republication, opts, translator, via, needs_translation),
        via=via if needs_translation else None,
        original_translation=tuple(o_match) if o_translated else None,
        republication_translation=tuple(r_match) if r_translated else None,
    )


def punctuation_only(link: Link) -> bool:
    """True when a link's only changes are punctuation marks (a comma added, a quote swapped)."""
    changed = [op for op in link.diff if op.op != "equal"]
    return bool(changed) and not any(
        ch.isalnum() for op in changed for ch in op.original + op.republication
    )


def _punctuation_score(link: Link) -> Link:
    """Punctuation-only edits score below 1: the word similarity ignores punctuation, so the
    score becomes the share of unchanged tokens, words and punctuation marks together."""
    if not punctuation_only(link):
        return link

    def size(text: str) -> int:
        return len(tokens(text)) + sum(not ch.isalnum() and not ch.isspace() for ch in text)

    total = max(
        size("".join(op.original for op in link.diff)),
        size("".join(op.republication for op in link.diff)),
    )
    marks = sum(
        max(size(op.original), size(op.republication)) for op in link.diff if op.op != "equal"
    )
    return replace(link, score=round(min(link.score, 1 - marks / max(total, 1)), 4))


# Words every news sentence may share without being about the same thing (English: the
# language most matching happens in). Two sentences sharing nothing else are unrelated.
_GENERIC_WORDS = """the a an of in on at to for from with by and or but as is was were are
    be been has
    have had will would could should may might also its their his her they he she it this
    that these those which who what when while after before over under more than less about
    said says say told added noted percent per cent pct rose fell grew rise fall up down
    year years month months week day days new last first one two three other some all"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_UNRELATED_SCORE = 0.5
_SUBJECT_SHARED = 2


def _unpair_unrelated(
    links: Sequence[Link], o_match: Sequence[str], r_match: Sequence[str]
) -> list[Link]:
    """A rewritten link whose two sides share no content word and no number ('Trade with
    the European Union rose 1.9 percent.' / 'Cotton exports rose 3.5 percent.') is an
    omitted sentence and an added one, not a rewrite."""

    out: list[Link] = []
    for link in links:
        if link.label in ("rewritten", "merged", "split") and link.score < _UNRELATED_SCORE:
            o_words = set(tokens(" ".join(o_match[i] for i in link.original))) - _GENERIC
            r_words = set(tokens(" ".join(r_match[j] for j in link.republication))) - _GENERIC
            if not o_words & r_words or _subject_only(link, o_match, r_match, o_words & r_words):
                out.append(Link(link.original, (), "omitted", 0.0))
                out.append(Link((), link.republication, "added", 0.0))
                continue
        out.append(link)
    return out


def _subject_only(
    link: Link, o_match: Sequence[str], r_match: Sequence[str], shared: set[str]
) -> bool:
    """Two single sentences that open with the same two content words and share nothing
    else, no number either (their subject: 'The Israeli military had no immediate
    comment.' / 'The Israeli military denied using live ammo ...'), make two statements
    about one actor, not a rewrite."""
    if len(link.original) != 1 or len(link.republication) != 1 or len(shared) != _SUBJECT_SHARED:
        return False
    if any(ch.isdigit() for word in shared for ch in word):
        return False
    openings = [
        set([t for t in tokens(text) if t not in _GENERIC][: len(shared)])
        for text in (o_match[link.original[0]], r_match[link.republication[0]])
    ]
    return all(opening == shared for opening in openings)


def _texts(article: Article) -> list[str]:
    return [s.text for s in article.sentences]


def _default_via(original_lang: str, republication_lang: str) -> str:
    """The original's language when a package (direct or pivot) exists, else English."""
    from xlate.translation.packages import route

    if route(republication_lang, original_lang):
        return original_lang
    return "en"


def _matching_text(
    article: Article,
    via: str,
    given: Sequence[str] | None,
    translator: Translator | None,
) -> list[str]:
    """The sentences of `article` in the `via` language: as given, as they are, or translated."""
    sentences = _texts(article)
    if given is not None:
        if len(given) != len(sentences):
            raise InputError(
                article.path or "<article>",
                f"translation has {len(given)} lines but the article has "
                f"{len(sentences)} sentences (use --presegmented so they line up)",
            )
        return list(given)
    if article.lang in ("", "und"):
        raise LanguageError(
            f"{article.path or '<article>'}: language unknown; pass its language explicitly"
        )
    assert translator is not None  # compare() provides one whenever a model is needed
    return translator.translate(sentences, source=article.lang, target=via)


def _with_facts(
    link: Link,
    original: Article,
    republication: Article,
    cross: tuple[Sequence[str], Sequence[str], str] | None,
    edited: float,
) -> Link:
    """Facts of each side in its own language, compared after normalisation; `edited`:
    the aligner's bar for an edit (a sentence moved and reworded below it is a rewrite).

    Across languages, a translator's choices (a number spelled out or left implicit, a
    place or name missing from the dictionaries, another reporting verb) would look like
    drift; so a change only counts when comparing the two sides in the matching language
    (through the translation) finds a change of the same kind too, and an unconfirmed
    relative time dropped is style (translators often drop weekdays).
    """
    from xlate.matching.facts import check_facts, check_texts

    o_text, r_text = text_of(original, link.original), text_of(republication, link.republication)
    o_facts, o_dateline = dateline_facts(o_text, original.lang)
    if link.label == "unchanged" and original.lang == republication.lang:
        # Same text, same language: every fact is kept; skip extracting it twice.
        return replace(
            link, facts=tuple(FactCheck(f.kind, f.text, f.text, "kept") for f in o_facts)
        )
    r_facts, r_dateline = dateline_facts(r_text, republication.lang)
    paired = bool(link.original and link.republication)
    if not o_facts and not r_facts and (cross is not None or not paired):
        return link  # (in one language, a name may still have changed: `names.renamed`)
    checks = check_facts(
        o_facts,
        r_facts,
        original_lang=original.lang,
        republication_lang=republication.lang,
        original_text=o_text,
        republication_text=r_text,
        translated=cross is not None,
        datelines=(o_dateline, r_dateline),
    )
    if not paired:  # an added or omitted sentence is the change; its facts are listed only
        return replace(link, facts=tuple(replace(c, severity=None, reason=None) for c in checks))
    if cross is not None and any(c.status != "kept" for c in checks):
        o_match, r_match, via = cross
        seen = check_texts(
            " ".join(o_match[i] for i in link.original),
            " ".join(r_match[j] for j in link.republication),
            original_lang=via,
            republication_lang=via,
        )
        confirmed = {c.kind for c in seen if c.status != "kept"}
        checks = [_unconfirmed(c) if c.kind not in confirmed else c for c in checks]
    if link.label in _REWORDED or (link.label == "moved" and link.score < edited):
        # A rewrite this close, or one that keeps two figures or dates of its sentence,
        # retells it: a day or week it loses ('on Monday', 'last week') is lost.
        close = link.score >= 0.45 or same_statement(checks)
        days = {f.text for f in o_facts if close and names_a_day_or_week(f)}
        label = "rewritten" if link.label == "moved" else link.label
        checks = [c if c.status == "dropped" and c.original in days
                  else _reworded(c, label) for c in checks]
    return replace(link, facts=tuple(checks))


# Links whose sentences were written anew: a detail left out or added there is the
# rewriter's choice of what to tell, not a fact that changed.
_REWORDED = frozenset({"rewritten", "merged", "split"})


def _reworded(check: FactCheck, label: str) -> FactCheck:
    if check.severity != "drift" or check.status == "changed" or check.reason in (
        "source dropped", "source spliced in", "loaded verb", "speaker inverted", "made vague"
    ):
        return check
    if label != "rewritten" and check.status == "dropped":
        return check  # a split or merge moves words around: what it drops is lost
    reason = "left out in rewording" if check.status == "dropped" else "added in rewording"
    return replace(check, severity="style", reason=reason)


def _independent(link: Link) -> Link:
    facts = tuple(
        replace(f, severity="style", reason="independent report") if f.severity == "drift" else f
        for f in link.facts
    )
    return replace(link, facts=facts)


_TERMINAL = re.compile(r"[.!?。！？؟۔…][\"'“”’»)）」』\]]*$")


def _headline(link: Link, original: Article, republication: Article) -> Link:
    """A headline shortened ('... expands 9.2 pct in May' -> '... expands 9.2%') leaves
    details out by design: a fact dropped or added there is style; a changed one is not.
    A copy's headline made of the lede drops its source the way headlines do ('据外交部网站
    消息, ... 主持例行记者会' -> '... 主持例行记者会'): style too."""
    if not _is_headline(republication, link.republication):
        return link
    both = _is_headline(original, link.original)
    facts = tuple(
        replace(f, severity="style", reason="headline")
        if f.severity == "drift" and f.status != "changed" and (
            both or (f.status == "dropped" and f.kind in ("attribution", "speaker"))
        ) else f
        for f in link.facts
    )
    return replace(link, facts=facts)


def _is_headline(article: Article, ids: tuple[int, ...]) -> bool:
    """One of the first two sentences, a paragraph of its own with no closing stop."""
    if len(ids) != 1 or ids[0] > 1:
        return False
    sentence = article.sentences[ids[0]]
    alone = sum(s.paragraph == sentence.paragraph for s in article.sentences) == 1
    return alone and not _TERMINAL.search(sentence.text) and len(sentence.text.split()) <= 25


def _unconfirmed(check: FactCheck) -> FactCheck:
    """A change across languages that the translation does not show: kept, except a
    relative time dropped, which is style."""
    if check.status == "kept":
        return check
    if check.kind == "time" and check.status == "dropped":
        return replace(check, severity="style", reason="translation")
    return FactCheck(check.kind, check.original, check.republication, "kept")


def summarise(
    links: Sequence[Link],
    original: Article,
    republication: Article,
    *,
    reuse: float,
    thresholds: VerdictThresholds,
    evidence: Evidence | None = None,
) -> Summary:
    """Coverage, derivation, label and fact counts, and the document verdict (see
    `xlate.matching.verdict`)."""
    n_o, n_r = len(original.sentences), len(republication.sentences)
    reused = sum(len(link.original) for link in links if link.label != "omitted")
    derived_count = sum(len(link.republication) for link in links if link.label != "added")
    coverage = reused / n_o if n_o else 0.0
    derived = derived_count / n_r if n_r else 0.0
    counts = Counter(link.label for link in links)
    fact_counts = Counter(fact.status for link in links for fact in link.facts)
    severities = Counter(fact.severity for link in links for fact in link.facts)
    return Summary(
        coverage=round(coverage, 4),
        derived=round(derived, 4),
        reuse=round(reuse, 4),
        verdict=verdict(coverage, derived, reuse, thresholds, evidence=evidence),
        counts={label: counts.get(label, 0) for label in LABELS},
        fact_counts={
            s: fact_counts.get(s, 0) for s in ("kept", "changed", "dropped", "introduced")
        },
        drift=severities.get("drift", 0),
        style=severities.get("style", 0),
    )


def drift(report: Report) -> list[tuple[Link, FactCheck]]:
    """Facts that drifted: severity `drift`, inside a link that pairs sentences.

    Facts of added or omitted sentences are listed in the report but are not drift: the
    sentence itself is the change. Style changes (same meaning, other words) are not drift.
    """
    return [
        (link, f)
        for link in report.links
        if link.original and link.republication
        for f in link.facts
        if f.severity == "drift"
    ]


def _signature(
    original: Article,
    republication: Article,
    opts: AlignOptions,
    translator: Translator | None,
    via: str | None,
    translated: bool,
) -> dict[str, object]:
    """Everything needed to reproduce the report: versions, options, input hashes."""
    import rapidfuzz

    def digest(article: Article) -> str:
        text = "\n".join(s.text for s in article.sentences)
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    signature: dict[str, object] = {
        "xlate": __version__,
        "rapidfuzz": rapidfuzz.__version__,
        "python": platform.python_version(),
        "align": asdict(opts),
        "original": digest(original),
        "republication": digest(republication),
    }
    if translated:
        signature["mode"] = "translated"
        signature["via"] = via
        if translator is not None:
            for article in (original, republication):
                if article.lang != via:
                    signature["translator"] = translator.describe(
                        source=article.lang, target=via or ""
                    )
    return signature


def short_signature(report: Report) -> str:
    """One line for report footers: `xlate 0.1.0|rapidfuzz 3.14|o:sha256:…|r:sha256:…`."""
    sig = report.signature
    parts = [f"xlate {sig.get('xlate')}", f"rapidfuzz {sig.get('rapidfuzz')}"]
    if sig.get("translator"):
        parts.append(f"translator {sig['translator']}")
    parts.append(f"o:{sig.get('original')}")
    parts.append(f"r:{sig.get('republication')}")
    return " | ".join(parts)
