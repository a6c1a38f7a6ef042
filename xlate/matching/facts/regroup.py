"""Links regrouped by shared figures: a rewrite that folds a neighbouring sentence into
its own ('... damaged about 200 houses and prompted the evacuation of 16,000 people')
carries that sentence's figures, so the sentence is part of the rewrite, not omitted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from xlate.matching.facts.extract import extract_facts
from xlate.matching.facts.figures import magnitude, round_equal, rounded
from xlate.model import Fact, FactCheck, Link


def _figures(text: str, lang: str) -> list[Fact]:
    """Figures distinctive enough to show where a sentence came from: not small counts
    ('two people', 'seven children') that any two reports of one event share."""
    out = []
    for fact in extract_facts(text, lang):
        found = magnitude(fact)
        if found and (abs(found[0]) >= 100 or found[0] != int(found[0])):
            out.append(fact)
    return out


def _same(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.value == b.value or round_equal(a, b):
        return True
    ma, mb = magnitude(a), magnitude(b)
    return ma is not None and mb is not None and ma[:2] == mb[:2]


def absorb_neighbours(
    links: Sequence[Link],
    original: Sequence[str],
    republication: Sequence[str],
    lang: str,
) -> tuple[Link, ...]:
    """Join an omitted original sentence to the 1:1 rewritten link next to it when the
    link's republication gives one of its figures that the link's own original lacks, and
    an added sentence likewise the other way round (the link stays `rewritten`: several
    sentences told anew in one). Swapping the two texts swaps what is joined."""
    out = list(links)
    lone = {
        (side, ids[0]): n
        for n, link in enumerate(out)
        for side, ids, other in (("o", link.original, link.republication),
                                 ("r", link.republication, link.original))
        if len(ids) == 1 and not other
    }
    absorbed: set[int] = set()
    for n, link in enumerate(links):
        if link.label != "rewritten" or len(link.original) != 1 or len(link.republication) != 1:
            continue
        o_ids = _neighbours("o", link.original[0], original, republication[link.republication[0]],
                            lang, lone, absorbed)
        r_ids = _neighbours("r", link.republication[0], republication,
                            original[link.original[0]], lang, lone, absorbed)
        if o_ids or r_ids:
            out[n] = replace(
                link,
                original=tuple(sorted((*link.original, *o_ids))),
                republication=tuple(sorted((*link.republication, *r_ids))),
            )
    return tuple(link for m, link in enumerate(out) if m not in absorbed)


def _neighbours(
    side: str,
    i: int,
    texts: Sequence[str],
    other: str,
    lang: str,
    lone: dict[tuple[str, int], int],
    absorbed: set[int],
) -> list[int]:
    """Unlinked sentences next to sentence `i` of `texts` that give a figure of `other`
    which sentence `i` lacks; their links are marked `absorbed`."""
    wanted = _figures(other, lang)
    own = _figures(texts[i], lang)
    wanted = [f for f in wanted if not any(_same(g, f) for g in own)]
    found = []
    for k in (i - 1, i + 1):
        m = lone.get((side, k))
        if m is None or m in absorbed or not wanted:
            continue
        theirs = _figures(texts[k], lang)
        if any(_same(g, f) for g in theirs for f in wanted):
            absorbed.add(m)
            found.append(k)
            wanted = [f for f in wanted if not any(_same(g, f) for g in theirs)]
    return found


def moved_figures(
    links: Sequence[Link],
    original: Sequence[str],
    republication: Sequence[str],
    lang: tuple[str, str],
) -> tuple[Link, ...]:
    """A figure left out of one sentence and given in the next with another qualifier
    ('At least two people were sent to hospitals' -> '..., sending two people to
    hospitals'): the figure hardened on its way; reported changed (drift) where it now
    stands, and given nearby (style) where it was left out. So is a figure a rewrite
    leaves out where the rewrite next to it brings in a new one of the same measure and
    size that the original never gives ('an estimated 14,000 people were told to flee' ->
    '... prompted the evacuation of 16,000 people'), when the copy does not give the old
    one anywhere either. A figure that
    leaves the words of its speaker ('Deputy fire chief David Meldrum said an estimated
    14,000 people ...') for a sentence with no source at all takes a claim away from its
    source: that speaker is dropped there (drift)."""
    at: dict[tuple[int, int], int] = {}
    for n, link in enumerate(links):
        if link.original and link.republication:
            at.update({(0, i): n for i in link.original})
            at.update({(1, j): n for j in link.republication})
    texts = (original, republication)

    def text(n: int, side: int) -> str:
        # The text of the link's side as compare joins it: its facts are extracted already.
        ids = links[n].republication if side else links[n].original
        return ("" if lang[side] == "zh" else " ").join(texts[side][i] for i in ids)

    def figures(n: int, side: int) -> dict[str, Fact]:
        return {f.text: f for f in _all_figures(text(n, side), lang[side])}

    @cache
    def gives(side: int) -> set[str]:
        """Every figure a text gives, read when an updated figure is first looked for."""
        return {f.value for t in texts[side] for f in _all_figures(t, lang[side])}

    out = list(links)
    for n, link in enumerate(links):
        if not (link.original and link.republication) or not any(
            c.status == "dropped" and c.kind in ("number", "money", "percent") for c in link.facts
        ):
            continue
        was_all = figures(n, 0)
        dropped = [was_all[c.original] for c in link.facts
                   if c.status == "dropped" and c.original in was_all]
        near = {
            m for side, ids in enumerate((link.original, link.republication))
            for k in (min(ids) - 1, max(ids) + 1) if (m := at.get((side, k))) not in (None, n)
        }
        for m in sorted(near):
            now_all = figures(m, 1)
            facts = list(out[m].facts)
            moved: list[Fact] = []
            for k, check in enumerate(facts):
                now = now_all.get(check.republication or "")
                if check.status != "introduced" or now is None:
                    continue
                was = next((f for f in dropped if _hardened(f, now)), None)
                if was is not None:
                    facts[k] = FactCheck(check.kind, was.text, now.text, "changed", "drift",
                                         "qualifier")
                    moved.append(was)
                    continue
                if not {link.label, out[m].label} <= _ALTERED:
                    continue
                was = next((f for f in dropped if _updated(f, now) and f.value not in gives(1)
                            and now.value not in gives(0)), None)
                if was is not None:
                    facts[k] = FactCheck(check.kind, was.text, now.text, "changed", "drift",
                                         "figure changed")
                    moved.append(was)
            speaker = _speaker_of(moved, text(n, 0), lang[0]) if moved else None
            if speaker is not None and not any(
                f.kind in ("attribution", "speaker") for f in extract_facts(text(m, 1), lang[1])
            ) and all(c.original != speaker.text for c in facts):
                facts.append(FactCheck("speaker", speaker.text, None, "dropped", "drift",
                                       "source dropped"))
            out[m] = replace(out[m], facts=tuple(facts))
            if moved:  # told next door: no longer dropped here
                gone = {f.text for f in moved}
                out[n] = replace(out[n], facts=tuple(
                    replace(c, severity="style", reason="given nearby")
                    if c.status == "dropped" and c.original in gone and c.severity == "drift"
                    else c
                    for c in out[n].facts
                ))
    return tuple(out)


_ALTERED = frozenset({"edited", "rewritten", "merged", "split"})
_SENTENCE_END = re.compile(r"[.!?。！？؟۔]")


def _speaker_of(figures: Sequence[Fact], text: str, lang: str) -> Fact | None:
    """The speaker whose reporting verb opens the clause of one of `figures` in `text`
    ('Meldrum said an estimated 14,000 people ...'), if any."""
    facts = extract_facts(text, lang)
    for figure in figures:
        verbs = [f for f in facts if f.kind == "attribution" and f.end <= figure.start
                 and not _SENTENCE_END.search(text, f.end, figure.start)]
        if not verbs:
            continue
        speakers = [f for f in facts if f.kind == "speaker" and f.end <= verbs[-1].start
                    and not _SENTENCE_END.search(text, f.end, verbs[-1].start)]
        if speakers:
            return speakers[-1]
    return None


def _updated(a: Fact, b: Fact) -> bool:
    """Two figures of one measure ('14,000 people' / '16,000 people': a unit, no more
    than a third apart) that no rounding explains."""
    ma, mb = magnitude(a), magnitude(b)
    if a.kind != b.kind or ma is None or mb is None or not ma[1] or ma[1] != mb[1]:
        return False
    low, high = sorted((ma[0], mb[0]))
    return 0 < low < high <= low * 4 / 3 and not (rounded(a, b) or round_equal(a, b))


def _all_figures(text: str, lang: str) -> list[Fact]:
    return [f for f in extract_facts(text, lang) if magnitude(f)]


def _hardened(a: Fact, b: Fact) -> bool:
    """The same number and unit with another qualifier ('at least 2' / '2'), other than a
    large figure rounded ('more than 1,150 million' / '1.15 billion')."""
    ma, mb = magnitude(a), magnitude(b)
    return a.kind == b.kind and ma is not None and mb is not None and (
        ma[:2] == mb[:2] and ma[2] != mb[2] and not rounded(a, b)
    )
