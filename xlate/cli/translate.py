"""CLI: xlate translate."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from xlate.cli.app import (
    LANG_CODES,
    Command,
    app,
    fail,
    handle_errors,
    language,
    out_folder,
)


class Device(StrEnum):
    cpu = "cpu"
    cuda = "cuda"


MAX_BEAM = 32
"""Wider beams cost memory and time in proportion (100,000 took 3.7 GB) and gain nothing."""


@app.command("translate", cls=Command, short_help="Translate an article offline.")
@handle_errors
def translate(
    article: Annotated[
        Path, typer.Argument(metavar="ARTICLE", help="Article: .txt, .md, .html or xlate .json.")
    ],
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="LANGS",
            help="Target languages, comma-separated, e.g. ur,zh,ru: " + LANG_CODES + ".",
        ),
    ],
    source: Annotated[
        str,
        typer.Option("--from", metavar="LANG", help="Source language, or auto to detect it."),
    ] = "auto",
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="DIR", help="Output folder (default: the article's)."),
    ] = None,
    beam_size: Annotated[
        int,
        typer.Option(
            "--beam-size", min=1, max=MAX_BEAM, metavar="N", help=f"Beam width, 1 to {MAX_BEAM}."
        ),
    ] = 2,
    threads: Annotated[
        int,
        typer.Option(
            "--threads",
            min=0,
            metavar="N",
            help="CPU threads per model, at most 4 per core; 0 lets CTranslate2 pick.",
        ),
    ] = 0,
    device: Annotated[Device, typer.Option("--device", help="Where models run.")] = Device.cpu,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Ignore and do not fill the translation cache.")
    ] = False,
    presegmented: Annotated[
        bool,
        typer.Option(
            show_default=False,
            help="One sentence per line, blank line between paragraphs; not cleaned.",
        ),
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Comma-separated: txt (paragraphs), json (sentence-aligned), lines (one "
            "sentence a line, for a translator; compare reads json and lines back).",
        ),
    ] = "txt,json",
) -> None:
    """Translate an article offline into <stem>.<lang>.txt and .json, one pair per language."""
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from xlate.api import read_article
    from xlate.errors import ModelError
    from xlate.fsutil import safe_name
    from xlate.model import LANGUAGES
    from xlate.translation.packages import article_language, check_routes
    from xlate.translation.translate import (
        TRANSLATION_FORMATS,
        ArgosTranslator,
        translate_article,
        write_translation,
    )

    cores = os.cpu_count() or 1
    if threads > 4 * cores:  # CTranslate2 crashes (SIGSEGV) on thousands
        raise fail(f"--threads: at most {4 * cores} on this machine ({cores} cores); got {threads}")
    formats = list(dict.fromkeys(f.strip().lower() for f in fmt.split(",") if f.strip()))
    unknown = [f for f in formats if f not in TRANSLATION_FORMATS]
    valid = ",".join(TRANSLATION_FORMATS)
    if not formats:
        raise fail(f"--format: no format given; choose one or more of {valid}, comma-separated")
    if unknown:
        raise fail(f"--format: unknown {', '.join(map(repr, unknown))}; choose from {valid}")
    targets = list(dict.fromkeys(language("--to", t) for t in to.split(",") if t.strip()))
    if not targets:
        raise fail("--to: give at least one language code, e.g. --to ur,zh,ru")
    lang = None if source.strip().lower() == "auto" else language("--from", source)
    out_dir = out_folder("--out", out) if out is not None else article.parent
    doc = read_article(article, presegmented=presegmented, lang=lang)
    article_language(doc.lang, article, "--from")
    if doc.lang in targets:
        name = LANGUAGES.get(doc.lang, doc.lang)
        raise fail(
            f"{article}: is already in {name} ({doc.lang}); drop {doc.lang} from --to "
            f"(or give the right language with --from if {doc.lang} was detected wrongly)"
        )
    try:  # every package must be there before any work starts
        check_routes(doc.lang, targets)
    except ModelError as exc:
        how = "given" if lang else "detected; --from sets it"
        raise ModelError(f"{article} is {doc.lang} ({how}): {exc}") from None
    translator = ArgosTranslator(
        device=device.value, beam_size=beam_size, intra_threads=threads, cache=not no_cache
    )
    stem = safe_name(article.stem)
    written: list[Path] = []
    try:
        console = Console(stderr=True)
        with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
            for target in targets:
                task = bar.add_task(f"{doc.lang}->{target}", total=len(doc.sentences))

                def report(done: int, total: int, task: TaskID = task) -> None:
                    bar.update(task, completed=done, total=total)

                translator.progress = report
                result = translate_article(doc, target=target, translator=translator)
                written += write_translation(result, out_dir, stem, formats=formats)
    finally:
        translator.close()
    for path in written:
        typer.echo(str(path))
