"""CLI: xlate translate."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from xlate.cli.app import app, article_language, fail, handle_errors


class Device(StrEnum):
    cpu = "cpu"
    cuda = "cuda"


@app.command("translate")
@handle_errors
def translate(
    article: Annotated[Path, typer.Argument(help="Article: .txt, .md, .html or xlate .json.")],
    to: Annotated[str, typer.Option("--to", help="Target languages, comma-separated: ur,zh,ru.")],
    source: Annotated[
        str, typer.Option("--from", help="Source language, or auto to detect it.")
    ] = "auto",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output folder (default: the article's).")
    ] = None,
    beam_size: Annotated[int, typer.Option("--beam-size", min=1, help="Beam width.")] = 2,
    threads: Annotated[
        int,
        typer.Option("--threads", min=0, help="CPU threads per model; 0 lets CTranslate2 pick."),
    ] = 0,
    device: Annotated[Device, typer.Option("--device", help="Where models run.")] = Device.cpu,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Ignore and do not fill the translation cache.")
    ] = False,
    presegmented: Annotated[
        bool,
        typer.Option(help="One sentence per line, blank line between paragraphs; not cleaned."),
    ] = False,
) -> None:
    """Translate an article offline into <stem>.<lang>.txt and .json, one pair per language."""
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from xlate.api import read_article
    from xlate.fsutil import safe_name
    from xlate.translation.packages import check_language
    from xlate.translation.translate import ArgosTranslator, translate_article, write_translation

    targets = list(dict.fromkeys(check_language(t) for t in to.split(",") if t.strip()))
    if not targets:
        raise fail("--to: give at least one language code, e.g. --to ur,zh,ru")
    lang = None if source.strip().lower() == "auto" else check_language(source)
    doc = read_article(article, presegmented=presegmented, lang=lang)
    article_language(doc.lang, article, "--from")
    translator = ArgosTranslator(
        device=device.value, beam_size=beam_size, intra_threads=threads, cache=not no_cache
    )
    for target in targets:  # every route must exist before any work starts
        translator.describe(source=doc.lang, target=target)
    out_dir = out if out is not None else article.parent
    stem = safe_name(article.stem)
    written: list[Path] = []
    try:
        with Progress(console=Console(stderr=True), transient=True) as bar:
            for target in targets:
                task = bar.add_task(f"{doc.lang}->{target}", total=len(doc.sentences))

                def report(done: int, total: int, task: TaskID = task) -> None:
                    bar.update(task, completed=done, total=total)

                translator.progress = report
                result = translate_article(doc, target=target, translator=translator)
                written += write_translation(result, out_dir, stem)
    finally:
        translator.close()
    for path in written:
        typer.echo(str(path))
