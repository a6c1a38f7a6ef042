"""What a story says about where and when it was written, to tell a source from a parallel report.

Two agencies' reports of one event share most of their words, so the cosine of the index
cannot always tell which one a newspaper copied. What can: the agency the article credits
("اسلام آباد (اے پی پی)", "(Reuters) -"), the dateline place of the wire story found in the
article's opening, and the calendar (a story cannot copy a wire story dated after it). Each
agreement or contradiction is a factor on the retrieval score of a close candidate; none
overrides a decisive text match, since metadata can be wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from xlate.corpus.minhash import words
from xlate.model import Article

AGREE = 1.1
"""Factor for an agreement (same credited agency; the source's dateline place opens the
article); a contradiction (another agency) takes 1 / AGREE."""
LATER = 0.5
"""Factor for a candidate dated more than a day after the article."""
OPENING = 60
"""How many words open an article (headline, dateline, lead) for the place check."""


@dataclass(frozen=True)
class Evidence:
    """The place, credited agency and date (ISO) of a story, and its opening words."""

    place: tuple[str, ...] = ()
    agency: str | None = None
    day: date | None = None
    opening: tuple[str, ...] = ()

    def to_row(self) -> list[Any]:
        """What an index stores of a wire story (its opening is not needed)."""
        return [list(self.place), self.agency, self.day.isoformat() if self.day else None]

    @classmethod
    def from_row(cls, row: list[Any]) -> Evidence:
        place, agency, day = row
        return cls(tuple(place), agency, _day(day))


def evidence(article: Article) -> Evidence:
    """The evidence of an article: from its metadata, else from a dateline opening its body."""
    from xlate.text.boilerplate import agency_name
    from xlate.text.datelines import find_dateline

    meta = article.meta
    found = next(filter(None, (find_dateline(p) for p in article.paragraphs[:2])), None)
    place = meta.dateline_place or (found.place if found else None)
    agency = meta.source or (found.agency if found else None)
    if agency is None and meta.outlet:
        agency = agency_name(meta.outlet)  # a wire story: the agency that issued it
    opening = words(" ".join(filter(None, (meta.headline, *article.paragraphs[:3]))))
    return Evidence(
        tuple(words(place)) if place else (),
        agency_name(agency) or agency if agency else None,
        _day(meta.published or meta.dateline_date),
        tuple(opening[:OPENING]),
    )


def factor(article: Evidence, source: Evidence) -> float:
    """How much the evidence of `source` supports it as the source of `article` (1: neutral)."""
    value = 1.0
    if article.agency and source.agency:
        value *= AGREE if article.agency.casefold() == source.agency.casefold() else 1 / AGREE
    n = len(source.place)
    if n and any(article.opening[i : i + n] == source.place for i in range(len(article.opening))):
        value *= AGREE
    if article.day and source.day and (source.day - article.day).days > 1:
        value *= LATER
    return value


def _day(text: str | None) -> date | None:
    """The date of an ISO `YYYY-MM-DD...` string (None when it has no year or is invalid)."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
