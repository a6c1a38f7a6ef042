"""PDF, DOCX and URL inputs: made at test time from the cleaned seed, read back whole."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.document_builder import DEJAVU, make_blank_pdf, make_docx, make_pdf
from xlate.api import read_article
from xlate.cli import app
from xlate.errors import InputError
from xlate.text.load import load

runner = CliRunner()
SEED_ARTICLE = json.loads(
    (REPO / "corpora" / "rki-xinhua-2025-09-02" / "article.json").read_text("utf-8")
)
PARAGRAPHS: list[str] = SEED_ARTICLE["paragraphs"]
HEADLINE: str = SEED_ARTICLE["meta"]["headline"]
RUSSIAN = [
    "Председатель КНР Си Цзиньпин и президент России Владимир Путин провели переговоры в Пекине.",
    "Товарооборот между Китаем и Россией в 2024 году достиг 244,8 млрд долларов США.",
]


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # six copies of the body: several pages, paragraphs running across page breaks
    folder = tmp_path_factory.mktemp("pdf")
    return make_pdf(folder / "seed.pdf", PARAGRAPHS, headline=HEADLINE)


def test_pdf_gives_back_the_seed_paragraphs_and_headline(seed_pdf: Path) -> None:
    article = read_article(seed_pdf)
    assert article.meta.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.lang == "en"
    assert load(seed_pdf).encoding == "pdf"


def test_pdf_paragraphs_run_across_pages_and_page_numbers_go(tmp_path: Path) -> None:
    long = PARAGRAPHS * 3  # three pages or so
    pdf = make_pdf(tmp_path / "long.pdf", long, headline=HEADLINE)
    article = read_article(pdf)
    assert list(article.paragraphs) == long
    assert not any(p.strip().isdigit() for p in article.paragraphs)


def test_pdf_headline_is_the_largest_type_not_the_masthead(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "m.pdf", PARAGRAPHS, headline=HEADLINE, masthead="Rahbar International"
    )
    article = read_article(pdf)
    assert article.meta.headline == HEADLINE
    assert list(article.paragraphs[-len(PARAGRAPHS) :]) == PARAGRAPHS


@pytest.mark.parametrize("layout", ["indented", "justified"])
def test_pdf_paragraphs_without_space_between_them(layout: str, tmp_path: Path) -> None:
    # one-line paragraphs (a dateline, a subheading) are the hard part
    paragraphs = [
        "Tuesday, September 2, 2025",
        *PARAGRAPHS[:3],
        "Trade and energy",
        *PARAGRAPHS[3:],
    ]
    pdf = make_pdf(tmp_path / "p.pdf", paragraphs, headline=HEADLINE, layout=layout)
    text = load(pdf).text
    assert text.split("\n\n")[1:] == paragraphs


def test_pdf_in_two_columns_reads_column_by_column(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cols.pdf", PARAGRAPHS, headline=HEADLINE, columns=2)
    article = read_article(pdf)
    assert article.meta.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS


@pytest.mark.skipif(not DEJAVU.exists(), reason=f"{DEJAVU} not installed (fonts-dejavu-core)")
def test_pdf_in_russian(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "ru.pdf", RUSSIAN, font=DEJAVU, page_numbers=False)
    article = read_article(pdf)
    assert article.lang == "ru"
    assert list(article.paragraphs) == RUSSIAN


CHINESE = [
    "新华社北京9月2日电 国家主席习近平2日在人民大会堂同俄罗斯总统普京举行会谈。"
    "两国元首就双边关系和共同关心的国际和地区问题深入交换意见，"
    "一致同意继续加强高层交往，深化各领域务实合作，推动中俄新时代全面战略协作伙伴关系不断向前发展。",
    "2024年中俄贸易额达到2448亿美元，中国连续15年保持俄罗斯第一大贸易伙伴国地位。",
]


def test_pdf_in_chinese_joins_wrapped_lines_without_spaces(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "zh.pdf", CHINESE, headline="习近平同普京举行会谈", font="STSong-Light"
    )
    article = read_article(pdf)
    assert article.lang == "zh"
    assert article.meta.headline == "习近平同普京举行会谈"
    assert list(article.paragraphs) == CHINESE


def test_docx_gives_back_the_seed(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "seed.docx", PARAGRAPHS, headline=HEADLINE)
    article = read_article(path)
    assert article.meta.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS


def test_docx_tables_are_read_row_by_row(tmp_path: Path) -> None:
    table = [["Year", "Trade"], ["2024", "244.8 billion U.S. dollars"]]
    path = make_docx(tmp_path / "t.docx", PARAGRAPHS[:1], table=table)
    assert load(path).text.endswith("Year\tTrade\n\n2024\t244.8 billion U.S. dollars")


def test_compare_pdf_against_docx_on_the_cli(seed_pdf: Path, tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "outlet.docx", PARAGRAPHS, headline=HEADLINE)
    out = tmp_path / "reports"
    result = runner.invoke(app, ["compare", str(seed_pdf), str(docx), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "seed--outlet.json").read_text("utf-8"))
    assert {link["label"] for link in data["links"]} == {"unchanged"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("scan.pdf", lambda p: make_blank_pdf(p), "PDF has no text layer"),
        ("bad.pdf", lambda p: _write(p, b"%PDF-1.7\n1 0 obj <<\ngarbage"), "not a readable PDF"),
        ("trunc.pdf", lambda p: _write(p, b"%PDF-1.4\n%%EOF"), "not a readable PDF"),
        (
            "locked.pdf",
            lambda p: make_pdf(p, PARAGRAPHS, encrypt="secret"),
            "PDF is password-protected",
        ),
        ("bad.docx", lambda p: _write(p, b"PK\x03\x04 not really a zip"), "not a readable DOCX"),
        ("text.docx", lambda p: _write(p, b"plain text saved as docx"), "not a readable DOCX"),
        (
            "old.doc",
            lambda p: _write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "Office",
        ),
        ("empty.docx", lambda p: make_docx(p, []), "DOCX has no text"),
    ],
)
def test_bad_documents_get_one_line_naming_the_file(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(InputError, match=message) as info:
        load(path)
    assert str(info.value).startswith(str(path))
    result = runner.invoke(app, ["clean", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and name in result.output and message in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(InputError, match="not a Word .docx"):
        load(path)


def test_docx_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlate.text.docx

    monkeypatch.setattr(xlate.text.docx, "MAX_UNPACKED", 1000)
    path = make_docx(tmp_path / "big.docx", PARAGRAPHS)
    with pytest.raises(InputError, match="unpacks to"):
        load(path)


@pytest.mark.parametrize(
    "url",
    [
        "https://english.news.cn/20250902/abc/c.html",
        "http://www.dawn.com/news/1",
        "www.dawn.com/news/1",
    ],
)
def test_url_argument_is_answered_in_one_line(url: str, tmp_path: Path) -> None:
    for command in (["clean", url], ["compare", url, url, "-o", str(tmp_path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        errors = [line for line in result.output.splitlines() if "error" in line]
        assert len(errors) == 1, result.output
        assert "web address" in errors[0] and "save the page" in errors[0]
        assert "no such file" not in result.output


def test_pdf_lines_join_with_a_space_but_not_between_chinese_characters() -> None:
    from xlate.text.pdf import _join

    assert _join(["会谈在北京", "举行。"]) == "会谈在北京举行。"
    assert _join(["Talks in", "Beijing."]) == "Talks in Beijing."
    assert _join(["good-", "neighborly"]) == "good-\nneighborly"  # clean decides


def test_docx_external_entities_are_not_resolved(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "plain.docx", ["Officials met in Beijing on Tuesday."] * 3)
    hostile = tmp_path / "xxe.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                decl, rest = text.split("?>", 1)
                doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                rest = rest.replace("Officials met", "&xxe; Officials met", 1)
                data = (decl + "?>" + doctype + rest).encode("utf-8")
            dst.writestr(info, data)
    try:
        text = load(hostile).text
    except InputError:
        return  # refusing the file is fine too
    secret = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else None
    assert not secret or secret not in text
    assert "Officials met in Beijing" in text


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_damaged_bytes_only_ever_give_an_input_error(kind: str, tmp_path: Path) -> None:
    """Seeded byte flips and truncations, as a damaged download or disk would make them."""
    import random

    from xlate.text.docx import docx_text
    from xlate.text.pdf import pdf_text

    make, read = (make_pdf, pdf_text) if kind == "pdf" else (make_docx, docx_text)
    data = make(tmp_path / f"seed.{kind}", PARAGRAPHS[:3]).read_bytes()
    rng = random.Random(7)
    for k in range(120):
        damaged = bytearray(data)
        if k % 4 == 0:
            damaged = damaged[: rng.randrange(len(damaged))]
        else:
            for _ in range(rng.randrange(1, 25)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            read(bytes(damaged), path=f"damaged.{kind}")
        except InputError as exc:
            assert exc.path == f"damaged.{kind}"
