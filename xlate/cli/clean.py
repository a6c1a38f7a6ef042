"""CLI: xlate clean."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from xlate.cli.app import LANG_CODES, Command, app, handle_errors, language
from xlate.model import Article


class CleanFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@app.command(cls=Command, short_help="Clean a raw capture into an article.")
@handle_errors
def clean(
    input: Annotated[
        Path, typer.Argument(metavar="INPUT", help="Raw capture: .txt, .md, .html or .json.")
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="FILE", help="Write here instead of standard output."),
    ] = None,
    fmt: Annotated[
        CleanFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CleanFormat.text,
    explain: Annotated[
        bool, typer.Option("--explain", help="List every removed or changed span and its rule.")
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(metavar="LANG", help="Language, else detected: " + LANG_CODES + "."),
    ] = None,
    presegmented: Annotated[
        bool,
        typer.Option(
            show_default=False,
            help="Input has one sentence per line, blank line between paragraphs; "
            "it is decoded and kept as it is, not cleaned.",
        ),
    ] = False,
) -> None:
    """Repair a raw capture into a clean article with metadata and sentences."""
    from xlate.api import clean_file, read_article
    from xlate.fsutil import write_atomic
    from xlate.model import Cleaned
    from xlate.reports.article import explain as explain_changes
    from xlate.reports.article import render_markdown

    lang = language("--lang", lang)
    if presegmented:
        cleaned = Cleaned(article=read_article(input, presegmented=True, lang=lang))
    else:
        cleaned = clean_file(input, lang=lang)
    article = cleaned.article.with_(path=str(input))
    if fmt is CleanFormat.json:
        text = article.to_json()
    elif fmt is CleanFormat.md:
        text = render_markdown(article)
    elif presegmented:
        text = _one_sentence_per_line(article)
    else:
        text = article.text + "\n"
    if out is not None:
        write_atomic(out, text, inputs=[input])
    else:
        _print(text)
    if explain:
        typer.echo(explain_changes(cleaned.changes), err=out is None)


def _one_sentence_per_line(article: Article) -> str:
    """The presegmented layout: a sentence a line, a blank line between paragraphs."""
    from itertools import groupby

    paragraphs = groupby(article.sentences, key=lambda sentence: sentence.paragraph)
    return "\n\n".join("\n".join(s.text for s in group) for _, group in paragraphs) + "\n"


def _print(text: str) -> None:
    """The article on standard output, or one line saying why it cannot go there."""
    from xlate.errors import OutputError

    if sys.stdout is None:
        raise OutputError("standard output is closed; give -o FILE")
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        raise OutputError(
            f"standard output is {sys.stdout.encoding} and cannot hold this text; give -o "
            "FILE (written as UTF-8) or use a UTF-8 locale"
        ) from None
