"""One-call helpers that chain the stages, used by the CLI and by library users."""

from __future__ import annotations

from pathlib import Path

from xlate.model import Article, Cleaned, Meta


def clean_file(path: str | Path, *, lang: str | None = None) -> Cleaned:
    """Load and clean one capture (text, markdown or HTML), then segment it into sentences."""
    from xlate.text.clean import clean
    from xlate.text.load import load
    from xlate.text.segment import segment
    from xlate.validate import given_language

    cleaned = clean(load(path), lang=given_language(lang))
    return Cleaned(article=segment(cleaned.article), changes=cleaned.changes)


def read_article(
    path: str | Path, *, presegmented: bool = False, lang: str | None = None
) -> Article:
    """A segmented article from any input xlate reads.

    `.json` files in xlate's article format are taken as they are (segmented if they
    hold no sentences). Text with a stretch of over `xlate.validate.MAX_RUN` characters
    that does not split into sentences is refused (`InputError`): it cannot be aligned.
    With `presegmented`, the file has one sentence per line and a blank line between
    paragraphs; it is decoded but not cleaned, so sentence ids match the lines of the file.
    """
    from xlate.text.clean import clean
    from xlate.text.load import load, load_article_json
    from xlate.text.segment import read_presegmented, segment
    from xlate.validate import check_runs, check_sentences, given_language

    lang = given_language(lang)
    if Path(path).suffix.lower() == ".json":
        article = load_article_json(path)
        check_runs(article.paragraphs, path=path)
        if lang:
            article = article.with_(lang=lang)
        article = article if article.sentences else segment(article)
    elif presegmented:
        from xlate.text.langid import detect_language

        text = load(path).text
        check_runs([text], path=path)
        paragraphs = read_presegmented(text)
        lang = lang or detect_language(" ".join(s for para in paragraphs for s in para))
        article = Article.from_sentences(
            paragraphs, lang=lang, meta=Meta(lang=lang), path=str(path)
        )
    else:
        doc = load(path)
        if doc.format == "text":
            check_runs([doc.text], path=path)  # before the cleaning it would cost
        article = segment(clean(doc, lang=lang).article).with_(path=str(path))
    check_sentences(article, path=path)
    return article


def read_translation(path: str | Path, *, article: Article | None = None) -> list[str]:
    """A bring-your-own translation: `xlate translate`'s .json, or one sentence a line
    (an empty line: no translation for that sentence). Given the `article` it translates,
    the lines are fitted to its sentences or refused with a hint naming the file."""
    from xlate.translation.translate import fit_translation
    from xlate.translation.translate import read_translation as read

    lines = read(path)
    return fit_translation(lines, len(article.sentences), path) if article else lines

