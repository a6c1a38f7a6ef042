"""load: encodings, mojibake, formats (text, markdown, HTML, article JSON) and bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import SEED
from xlate.errors import InputError
from xlate.model import Article, Meta
from xlate.text import load as load_module
from xlate.text.load import MAX_BYTES, decode_bytes, load, load_article_json

EN = "Beijing, September 2 — Xi said “cooperation” matters. Café naïve façade, 244.8 billion.\n"
RU = "МОСКВА, 2 сентября. /ТАСС/. Президент России Владимир Путин провел переговоры в Пекине.\n"
ZH = "新华社北京9月2日电 国家主席习近平2日在人民大会堂同俄罗斯总统普京举行会谈。“合作”（新华社）\n"
UR = "اسلام آباد (اے پی پی) وزیر اعظم نے کہا کہ پاکستان اور چین کے تعلقات مضبوط ہیں۔\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("text", "encodings"),
    [
        (EN, ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "gb18030"]),
        (RU, ["utf-8-sig", "utf-16", "utf-16-le", "cp1251", "gb18030"]),
        (ZH, ["utf-8-sig", "utf-16", "gb18030"]),
        (UR, ["utf-8-sig", "utf-16", "utf-16-le"]),
    ],
)
def test_encodings_load_identically(tmp_path: Path, text: str, encodings: list[str]) -> None:
    reference = load(write(tmp_path, "utf8.txt", text.encode("utf-8")))
    assert reference.text == text and reference.encoding == "utf-8"
    for encoding in encodings:
        doc = load(write(tmp_path, f"{encoding}.txt", text.encode(encoding)))
        assert doc.text == reference.text, encoding


def test_detected_encoding_names(tmp_path: Path) -> None:
    assert load(write(tmp_path, "a.txt", RU.encode("cp1251"))).encoding == "cp1251"
    assert load(write(tmp_path, "b.txt", ZH.encode("gb18030"))).encoding == "gb18030"
    assert load(write(tmp_path, "c.txt", EN.encode("cp1252"))).encoding == "cp1252"
    assert load(write(tmp_path, "d.txt", EN.encode("utf-8-sig"))).encoding == "utf-8-sig"
    assert load(write(tmp_path, "e.txt", RU.encode("utf-16-le"))).encoding == "utf-16-le"


def test_mojibake_repaired_but_quotes_and_fullwidth_kept(tmp_path: Path) -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs mojibake comes from)

    broken = "Xi’s “partnership” — café".encode().decode("sloppy-windows-1252")
    doc = load(write(tmp_path, "m.txt", broken.encode("utf-8")))
    assert doc.text == "Xi’s “partnership” — café"
    zh = "习近平说：“合作共赢。”（新华社）ＡＢＣ１２３"
    assert load(write(tmp_path, "z.txt", zh.encode("utf-8"))).text == zh


def test_nfc_normalisation(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "n.txt", "cafe\u0301 ok".encode()))
    assert doc.text == "café ok"


def test_formats_by_extension_and_sniffing(tmp_path: Path) -> None:
    assert load(SEED).format == "markdown"  # a PDF-to-markdown capture saved as .txt
    assert load(write(tmp_path, "plain.txt", EN.encode())).format == "text"
    assert load(write(tmp_path, "a.md", b"# Title\n\nBody text here.")).format == "markdown"
    page = HTML_ARTICLE.encode()
    assert load(write(tmp_path, "page.txt", page)).format == "html"
    assert load(write(tmp_path, "page.htm", page)).format == "html"


def test_input_is_not_modified(tmp_path: Path) -> None:
    path = write(tmp_path, "seed.txt", SEED.read_bytes())
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    load(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


HTML_ARTICLE = """<!DOCTYPE html>
<html><head><title>Xi, Putin pledge stronger partnership - Rahbar International</title>
<meta property="og:site_name" content="Rahbar International">
<meta property="article:published_time" content="2025-09-02">
<link rel="canonical" href="https://www.rki.news/xi-putin">
<script>var tracking = "SCRIPT TEXT MUST NOT APPEAR";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Xi, Putin pledge stronger partnership</h1>
<p>Beijing, September 2 — Chinese President Xi Jinping and Russian President Vladimir Putin
on Tuesday reaffirmed their commitment to strengthening high-level exchanges.</p>
<script>document.write("ANOTHER SCRIPT");</script>
<p>Trade between China and Russia reached 244.8 billion U.S. dollars in 2024, making China
Russia's largest trading partner for 15 consecutive years.</p>
</article><footer>Copyright 2025 Rahbar International</footer></body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "page.html", HTML_ARTICLE.encode()))
    assert doc.format == "html"
    assert "SCRIPT" not in doc.text and "Home" not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert any(p.startswith("Beijing, September 2") for p in paragraphs)
    assert any(p.startswith("Trade between China") for p in paragraphs)
    assert doc.meta.headline == "Xi, Putin pledge stronger partnership"
    assert doc.meta.published == "2025-09-02"
    assert doc.meta.outlet == "Rahbar International"
    assert doc.meta.site == "rki.news"


def test_article_json_round_trip(tmp_path: Path) -> None:
    article = Article(
        paragraphs=("One sentence here.", "Another one."),
        meta=Meta(headline="H", source="Xinhua", lang="en"),
        lang="en",
    )
    path = write(tmp_path, "a.json", json.dumps(article.to_dict()).encode())
    loaded = load_article_json(path)
    assert loaded.paragraphs == article.paragraphs and loaded.meta == article.meta
    doc = load(path)
    assert doc.format == "json" and doc.text == article.text and doc.meta.source == "Xinhua"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n ", "no text"),
        ("nul.txt", b"abc\x00def" * 50 + b"\x00\x01\x02", "binary"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d" * 50, "cannot decode"),
        ("empty.html", b"<html><body><nav>Home</nav><script>x=1</script></body></html>",
         "no article"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("other.json", b'{"a": 1}', "not an xlate article"),
    ],
)
def test_bad_input_raises_naming_the_file(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        load(path)
    message = str(info.value)
    assert name in message and problem in message and "\n" not in message


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_BYTES == 20 * 1024 * 1024
    monkeypatch.setattr(load_module, "MAX_BYTES", 100)
    path = write(tmp_path, "big.txt", b"word " * 40)
    with pytest.raises(InputError, match=r"big\.txt: file is too large"):
        load(path)


def test_decode_bytes_without_a_file() -> None:
    text, encoding = decode_bytes(RU.encode("cp1251"))
    assert text == RU and encoding == "cp1251"
