"""The typed records that flow between stages. All are frozen; stages return new ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

LANGUAGES: dict[str, str] = {"en": "English", "zh": "Chinese", "ru": "Russian", "ur": "Urdu"}
"""Languages xlate segments, cleans and checks facts for. Others pass through as plain text."""

Label = Literal["unchanged", "edited", "rewritten", "merged", "split", "moved", "added", "omitted"]
LABELS: tuple[Label, ...] = (
    "unchanged",
    "edited",
    "rewritten",
    "merged",
    "split",
    "moved",
    "added",
    "omitted",
)

FactKind = Literal[
    "number", "percent", "money", "ordinal", "date", "time", "place", "name", "speaker",
    "attribution",
]
FactStatus = Literal["kept", "changed", "dropped", "introduced"]
Severity = Literal["drift", "style"]
Verdict = Literal["wholly", "partially", "non"]


@dataclass(frozen=True)
class Meta:
    """What a capture says about itself. Dates are ISO `YYYY-MM-DD`; unknown fields are None."""

    headline: str | None = None
    outlet: str | None = None
    site: str | None = None
    source: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None
    published: str | None = None
    captured: str | None = None
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meta:
        known = {k: data.get(k) for k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Document:
    """Raw text as loaded from a file, before cleaning. `format` says how to read it."""

    text: str
    format: Literal["text", "markdown", "html", "json"] = "text"
    path: str | None = None
    encoding: str = "utf-8"
    meta: Meta = field(default_factory=Meta)


@dataclass(frozen=True)
class Cleaned:
    """What `clean` returns: the article (paragraphs and metadata) and every change made."""

    article: Article
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence; `id` is 0-based in document order, `paragraph` 0-based too."""

    id: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Article:
    """A cleaned article: body paragraphs, metadata and (once segmented) sentences."""

    paragraphs: tuple[str, ...]
    meta: Meta = field(default_factory=Meta)
    lang: str = "und"
    sentences: tuple[Sentence, ...] = ()
    path: str | None = None

    @property
    def text(self) -> str:
        """The body, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "xlate.article/1",
            "path": self.path,
            "lang": self.lang,
            "meta": self.meta.to_dict(),
            "paragraphs": list(self.paragraphs),
            "sentences": [asdict(s) for s in self.sentences],
        }

    def to_json(self) -> str:
        """`to_dict` as UTF-8-friendly, indented JSON text ending in a newline."""
        from xlate.jsonio import dumps

        return dumps(self.to_dict()) + "\n"

    @classmethod
    def from_sentences(
        cls,
        paragraphs: Sequence[Sequence[str]],
        *,
        lang: str = "und",
        meta: Meta | None = None,
        path: str | None = None,
    ) -> Article:
        """Build a segmented article from paragraphs given as lists of sentences."""
        sentences = tuple(
            Sentence(0, p, text) for p, para in enumerate(paragraphs) for text in para
        )
        sentences = tuple(replace(s, id=i) for i, s in enumerate(sentences))
        return cls(
            paragraphs=tuple(" ".join(para) for para in paragraphs),
            meta=meta or Meta(lang=lang),
            lang=lang,
            sentences=sentences,
            path=path,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            paragraphs=tuple(data["paragraphs"]),
            meta=Meta.from_dict(data.get("meta") or {}),
            lang=data.get("lang") or "und",
            sentences=tuple(Sentence(**s) for s in data.get("sentences") or ()),
            path=data.get("path"),
        )


@dataclass(frozen=True)
class Change:
    """One repair made by `clean`: which rule, what was there, what replaced it (may be '')."""

    rule: str
    before: str
    after: str
    line: int | None = None


@dataclass(frozen=True)
class Fact:
    """A checkable fact found in one sentence.

    `text` is the surface form; `value` is a language-independent key (e.g. `244.8e9`,
    `2025-09-02`, `--09-02`, `place:beijing`) so that facts match across languages;
    `start`/`end` are character offsets in the text it was found in (-1 when unknown).
    """

    kind: FactKind
    text: str
    value: str
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class FactCheck:
    """A fact compared across a link. One of `original`/`republication` is None when
    the fact was dropped or introduced.

    `severity` is None when the fact was kept (or its sentence was added or omitted, the
    sentence being the change), else `drift` (the meaning changed) or `style` (the same
    meaning in other words); `reason` says why in a few words (`format`, `neutral verb`,
    `speaker`, ...).
    """

    kind: FactKind
    original: str | None
    republication: str | None
    status: FactStatus
    severity: Severity | None = None
    reason: str | None = None


@dataclass(frozen=True)
class DiffOp:
    """A word-level edit: `op` is equal, replace, delete or insert; texts are the spans."""

    op: Literal["equal", "replace", "delete", "insert"]
    original: str
    republication: str


@dataclass(frozen=True)
class Link:
    """A bead: sentence ids on each side (0-based), its label, similarity in [0, 1]."""

    original: tuple[int, ...]
    republication: tuple[int, ...]
    label: Label
    score: float
    diff: tuple[DiffOp, ...] = ()
    facts: tuple[FactCheck, ...] = ()


@dataclass(frozen=True)
class Summary:
    """Document-level figures: shares in [0, 1], label counts and the derivation verdict.

    `coverage`: share of the original's sentences reused; `derived`: share of the
    republication's sentences that come from the original; `reuse`: share of the
    republication's word bigrams found in the original (text reuse below sentence level);
    `drift` / `style`: non-kept fact checks of each severity.
    """

    coverage: float
    derived: float
    reuse: float
    verdict: Verdict
    counts: dict[str, int]
    fact_counts: dict[str, int]
    drift: int = 0
    style: int = 0


@dataclass(frozen=True)
class Report:
    """Everything `compare` found; renderers in `xlate.reports` turn it into files."""

    original: Article
    republication: Article
    links: tuple[Link, ...]
    summary: Summary
    signature: dict[str, Any]
    via: str | None = None
    original_translation: tuple[str, ...] | None = None
    republication_translation: tuple[str, ...] | None = None
