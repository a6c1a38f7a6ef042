"""Reports opened in a real headless Chromium (Debian chromium + chromium-driver, selenium).

Checks what a reader sees: no console errors, hostile article markup inert, no horizontal
overflow at 420 and 1400 px, the CSS-only "hide unchanged" toggle, right-to-left Urdu.
Screenshots go to tests/screenshots/ (git-ignored). Without a browser the tests skip
locally; under CI (CI set) they fail, since .ci/run installs the browser.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, NetworkBlocked
from xlate.matching.compare import compare
from xlate.model import Article, Meta
from xlate.reports import write_reports
from xlate.text.load import load

SHOTS = REPO / "tests" / "screenshots"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
# Saved at import, before the autouse no_network fixture replaces them for each test.
_CONNECT = socket.socket.connect
_CREATE_CONNECTION = socket.create_connection
_GETADDRINFO = socket.getaddrinfo
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str):
        return False
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _connect(sock: socket.socket, address: Any) -> Any:
    if isinstance(address, tuple) and _is_loopback(address[0]):
        return _CONNECT(sock, address)
    raise NetworkBlocked(f"a browser test tried to connect to {address!r} (loopback only)")


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if _is_loopback(host):
        return _GETADDRINFO(host, *args, **kwargs)
    raise NetworkBlocked(f"a browser test tried to resolve {host!r} (loopback only)")


@pytest.fixture
def loopback(no_network: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Let selenium talk to chromedriver on 127.0.0.1; everything else stays blocked."""
    monkeypatch.setattr(socket.socket, "connect", _connect)
    monkeypatch.setattr(socket, "getaddrinfo", _getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", _CREATE_CONNECTION)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must have it (.ci/run installs chromium and chromium-driver)")
    pytest.skip(f"{reason} (apt-get install chromium chromium-driver; pip install selenium)")


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the whole session, with a fresh profile."""
    try:
        from selenium import webdriver
    except ImportError:
        _missing("selenium is not installed")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        _missing("headless Chromium not found (chromium and chromedriver on PATH)")
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download
    options = webdriver.ChromeOptions()
    options.binary_location = str(binary)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    mp = pytest.MonkeyPatch()  # session setup may run inside a test's network block
    mp.setattr(socket.socket, "connect", _connect)
    mp.setattr(socket, "getaddrinfo", _getaddrinfo)
    mp.setattr(socket, "create_connection", _CREATE_CONNECTION)
    try:
        driver = webdriver.Chrome(
            options=options, service=webdriver.ChromeService(executable_path=str(driver_path))
        )
    finally:
        mp.undo()
    yield driver
    mp.setattr(socket.socket, "connect", _connect)
    mp.setattr(socket, "getaddrinfo", _getaddrinfo)
    mp.setattr(socket, "create_connection", _CREATE_CONNECTION)
    try:
        driver.quit()
    finally:
        mp.undo()


class Page:
    """A report opened in the browser at a given viewport width."""

    def __init__(self, driver: Any, path: Path) -> None:
        self.driver = driver
        self.path = path
        driver.get_log("browser")  # drop what earlier pages logged
        self.width(1400)
        driver.get(path.resolve().as_uri())

    def width(self, px: int, height: int = 1000) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": px, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def console_errors(self) -> list[dict[str, Any]]:
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def overflow(self) -> int:
        """How many CSS pixels the page is wider than the viewport (0 when it fits)."""
        return int(
            self.js(
                "const d = document.documentElement;"
                "return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;"
            )
        )

    def urdu_directions(self) -> list[list[str]]:
        """[tag, text, computed direction] of each element holding Urdu text itself."""
        return list(
            self.js(
                "return [...document.body.querySelectorAll('*')]"
                ".filter(e => [...e.childNodes].some(n => n.nodeType === 3"
                " && /[\\u0600-\\u06ff]/.test(n.textContent)))"
                ".map(e => [e.tagName, e.textContent.slice(0, 30), getComputedStyle(e).direction])"
            )
        )

    def screenshot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        height = int(self.js("return document.documentElement.scrollHeight;"))
        width = int(self.js("return window.innerWidth;"))
        self.width(width, min(max(height, 600), 6000))
        target = SHOTS / f"{name}.png"
        self.driver.save_screenshot(str(target))
        return target


# Each string tries to change document.title if any of it ran.
HOSTILE = (
    "<script>document.title='pwned'</script> Officials said the plan was approved.",
    "A caption <img src=x onerror=\"document.title='pwned'\"> was shown in Beijing.",
    "</td></tr></table><svg onload=\"document.title='pwned'\"></svg> The talks ended.",
    "<style>body{display:none}</style> Trade reached 244.8 billion U.S. dollars in 2024.",
)
HEADLINE = "</title><script>document.title='pwned'</script>"
LONG_URL = "https://english.news.cn/" + "/".join(["20250902", "a" * 90, "b" * 90]) + ".htm"


def _hostile_pair() -> tuple[Article, Article]:
    meta = Meta(headline=HEADLINE, lang="en")
    original = Article.from_sentences(
        [list(HOSTILE[:2]), list(HOSTILE[2:])], lang="en", meta=meta, path="<b>wire</b>.txt"
    )
    rep = [
        HOSTILE[0],
        HOSTILE[1].replace("Beijing", "Shanghai"),
        f"Read the original at {LONG_URL} today.",
        "Supercalifragilistic" * 8 + " is a long word.",
        HOSTILE[3],
    ]
    return original, Article.from_sentences([rep], lang="en", meta=meta, path="outlet.txt")


URDU_ORIGINAL = [
    ["چین اور روس کے صدور نے شنگھائی میں ملاقات کی۔", "دونوں رہنماؤں نے تعاون بڑھانے کا عہد کیا۔"],
    ["دونوں ممالک کے درمیان تجارت میں اضافہ ہوا ہے۔"],
]
URDU_REPUBLICATION = [
    ["چین اور روس کے صدور نے بیجنگ میں ملاقات کی۔", "دونوں رہنماؤں نے تعاون بڑھانے کا عہد کیا۔"],
    ["یہ خبر ایک خبر رساں ادارے سے لی گئی ہے۔", "مزید تفصیلات جلد شائع کی جائیں گی۔"],
    ["دونوں ممالک کے درمیان تجارت میں اضافہ ہوا ہے۔"],
]


def _report(tmp_path: Path, original: Article, republication: Article, name: str) -> Path:
    (html,) = write_reports(compare(original, republication), tmp_path, formats=["html"], name=name)
    return html


@pytest.fixture
def hostile_report(tmp_path: Path) -> Path:
    return _report(tmp_path, *_hostile_pair(), name="hostile")


@pytest.fixture
def urdu_report(tmp_path: Path) -> Path:
    o = Article.from_sentences(URDU_ORIGINAL, lang="ur", path="wire-ur.txt")
    r = Article.from_sentences(URDU_REPUBLICATION, lang="ur", path="outlet-ur.txt")
    return _report(tmp_path, o, r, name="urdu")


URDU_IN_ENGLISH = [
    [
        "The presidents of China and Russia met in Beijing.",
        "Both leaders pledged to deepen cooperation.",
    ],
    ["This news was taken from a news agency.", "More details will be published soon."],
    ["Trade between the two countries has increased."],
]


@pytest.fixture
def crosslingual_report(tmp_path: Path) -> Path:
    """English wire, Urdu republication matched through a supplied English translation."""
    o = Article.from_sentences(
        [[s.replace("Beijing", "Shanghai") for s in URDU_IN_ENGLISH[0]], URDU_IN_ENGLISH[2]],
        lang="en",
        path="wire-en.txt",
    )
    r = Article.from_sentences(URDU_REPUBLICATION, lang="ur", path="outlet-ur.txt")
    translation = [s for p in URDU_IN_ENGLISH for s in p]
    report = compare(o, r, republication_translation=translation)
    (html,) = write_reports(report, tmp_path, formats=["html"], name="crosslingual")
    return html


@pytest.fixture
def bundled_report(tmp_path: Path) -> Path:
    from xlate.api import read_article

    folder = REPO / "corpora" / "wikinews-taipei-lanterns"
    o = read_article(folder / "original.txt")
    r = read_article(folder / "republication.txt")
    return _report(tmp_path, o, r, name="taipei-lanterns")


def test_hostile_markup_does_not_run(browser: Any, loopback: None, hostile_report: Path) -> None:
    page = Page(browser, hostile_report)
    assert browser.title == f"xlate: {HEADLINE} / {HEADLINE}"  # as written, not 'pwned'
    assert page.js("return document.querySelectorAll('script,img,svg,iframe').length") == 0
    assert page.js("return getComputedStyle(document.body).display") == "block"
    assert "<script>document.title='pwned'</script>" in page.js("return document.body.innerText")
    assert page.console_errors() == []
    page.screenshot("pair-hostile-1400")


@pytest.mark.parametrize("width", [420, 1400])
@pytest.mark.parametrize(
    "which", ["hostile_report", "urdu_report", "crosslingual_report", "bundled_report"]
)
def test_no_horizontal_overflow(
    browser: Any, loopback: None, request: pytest.FixtureRequest, which: str, width: int
) -> None:
    page = Page(browser, request.getfixturevalue(which))
    page.width(width)
    assert page.overflow() <= 0, f"{which} is {page.overflow()} px too wide at {width} px"
    assert page.console_errors() == []
    page.screenshot(f"pair-{which.removesuffix('_report')}-{width}")


def test_hide_unchanged_toggle(browser: Any, loopback: None, bundled_report: Path) -> None:
    from selenium.webdriver.common.by import By

    page = Page(browser, bundled_report)
    unchanged = browser.find_elements(By.CSS_SELECTOR, "table.pair tr.unchanged")
    others = browser.find_elements(By.CSS_SELECTOR, "table.pair tbody tr:not(.unchanged)")
    assert unchanged and others
    assert all(row.is_displayed() for row in unchanged)
    browser.find_element(By.CSS_SELECTOR, "label[for=hide]").click()
    assert not any(row.is_displayed() for row in unchanged)
    assert all(row.is_displayed() for row in others)
    page.screenshot("pair-bundled-hidden")
    browser.find_element(By.CSS_SELECTOR, "label[for=hide]").click()
    assert all(row.is_displayed() for row in unchanged)


def test_urdu_reads_right_to_left(browser: Any, loopback: None, urdu_report: Path) -> None:
    page = Page(browser, urdu_report)
    cells = page.js(
        "return [...document.querySelectorAll('table.pair td[lang=ur]')].map(c => "
        "[getComputedStyle(c).direction, getComputedStyle(c).textAlign])"
    )
    assert cells and all(c == ["rtl", "right"] for c in cells), cells
    directions = page.urdu_directions()
    assert directions and {d for _, _, d in directions} == {"rtl"}, directions
    # The badge reads left to right, original first: place: شنگھائی → بیجنگ
    order = page.js(
        "const b = [...document.querySelectorAll('.badge.changed')]"
        ".find(e => e.textContent.startsWith('place'));"
        "const [o, r] = b.querySelectorAll('bdi');"
        "const [a, z] = [o.getBoundingClientRect(), r.getBoundingClientRect()];"
        "const inOrder = a.bottom <= z.top + 1 || (Math.abs(a.top - z.top) < 2 && a.left < z.left);"
        "return [o.textContent, r.textContent, inOrder, getComputedStyle(b).direction];"
    )
    assert order == ["شنگھائی", "بیجنگ", True, "ltr"]
    # The two added sentences read as one added passage.
    added = page.js("return document.querySelectorAll('table.pair tr.added').length")
    assert added == 1
    assert page.console_errors() == []
    page.screenshot("pair-urdu-1400")


# Family and index pages (written by `xlate compare` with several republications and by
# `xlate corpus`): the same checks, except the toggle, which only the pair report has.


def _cli(*args: str) -> None:
    from typer.testing import CliRunner

    from xlate.cli import app

    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output


def _write_family(folder: Path, wire: list[list[str]], reps: list[list[list[str]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wire.txt").write_text("\n\n".join("\n".join(p) for p in wire), "utf-8")
    for k, rep in enumerate(reps):
        text = "\n\n".join("\n".join(p) for p in rep)
        (folder / f"outlet-{k + 1}.txt").write_text(text, "utf-8")


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    _cli("corpus", str(REPO / "corpora"), "--out", str(out), "--jobs", "1")
    return out


@pytest.fixture
def hostile_family(tmp_path: Path) -> Path:
    o, r = _hostile_pair()
    wire = [[s.text for s in o.sentences]]
    rep = [[s.text for s in r.sentences]]
    _write_family(tmp_path / "in", wire, [rep, [wire[0][:2]]])
    args = ["--presegmented", "-o", str(tmp_path / "out"), "--name", "hostile"]
    inputs = [str(tmp_path / "in" / n) for n in ("wire.txt", "outlet-1.txt", "outlet-2.txt")]
    _cli("compare", *inputs, *args)
    (family,) = (tmp_path / "out").glob("*.family.html")
    return family


@pytest.fixture
def urdu_family(tmp_path: Path) -> Path:
    _write_family(tmp_path / "in", URDU_ORIGINAL, [URDU_REPUBLICATION, URDU_ORIGINAL[:1]])
    inputs = [str(tmp_path / "in" / n) for n in ("wire.txt", "outlet-1.txt", "outlet-2.txt")]
    langs = ["--original-lang", "ur", "--republication-lang", "ur", "--presegmented"]
    _cli("compare", *inputs, *langs, "-o", str(tmp_path / "out"))
    (family,) = (tmp_path / "out").glob("*.family.html")
    return family


@pytest.mark.parametrize("width", [420, 1400])
@pytest.mark.parametrize("page_name", ["index.html", "xinhua-xi-putin-family.family.html"])
def test_corpus_pages_fit_and_log_nothing(
    browser: Any, loopback: None, corpus_out: Path, page_name: str, width: int
) -> None:
    page = Page(browser, corpus_out / page_name)
    page.width(width)
    assert page.overflow() <= 0, f"{page_name} is {page.overflow()} px too wide at {width} px"
    assert page.console_errors() == []
    page.screenshot(f"{page_name.split('.')[0]}-{width}")


def test_index_links_open_the_reports(browser: Any, loopback: None, corpus_out: Path) -> None:
    page = Page(browser, corpus_out / "index.html")
    links = page.js("return [...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert links and all(link.startswith("file://") for link in links)
    for link in links:
        assert Path(link.removeprefix("file://")).exists(), link


def test_hostile_family_does_not_run(browser: Any, loopback: None, hostile_family: Path) -> None:
    page = Page(browser, hostile_family)
    title = page.js("return document.title")
    assert "pwned" not in title and title.startswith("xlate")
    assert page.js("return document.querySelectorAll('script,img,svg,iframe').length") == 0
    assert page.js("return getComputedStyle(document.body).display") == "block"
    assert page.console_errors() == []
    for width in (420, 1400):
        page.width(width)
        assert page.overflow() <= 0, f"{page.overflow()} px too wide at {width} px"
    # at 1400 px even the tables fit: a long URL or word in an article wraps
    wide = (
        "return [...document.querySelectorAll('.scroll')].map(d => d.scrollWidth - d.clientWidth)"
    )
    assert max(page.js(wide)) <= 0
    page.screenshot("family-hostile-1400")


def test_urdu_family_reads_right_to_left(browser: Any, loopback: None, urdu_family: Path) -> None:
    page = Page(browser, urdu_family)
    directions = page.urdu_directions()
    assert directions and {d for _, _, d in directions} == {"rtl"}, directions
    assert page.console_errors() == []
    page.width(420)
    assert page.overflow() <= 0
    page.screenshot("family-urdu-420")


def test_crosslingual_urdu_cells_are_rtl_and_translations_ltr(
    browser: Any, loopback: None, crosslingual_report: Path
) -> None:
    page = Page(browser, crosslingual_report)
    cells = page.js(
        "return [...document.querySelectorAll('table.pair td[lang=ur]')].map(c => "
        "[getComputedStyle(c).direction, "
        "c.querySelector('.tr') && getComputedStyle(c.querySelector('.tr')).direction])"
    )
    assert cells and all(c == ["rtl", "ltr"] for c in cells), cells
    directions = page.urdu_directions()
    assert directions and {d for _, _, d in directions} == {"rtl"}, directions
    assert page.console_errors() == []


# "Save the page or print it to PDF": a page printed by Chromium reads back paragraph by
# paragraph, right-to-left and Chinese text in logical order.
PRINTED = {
    "en": ("Talks in Beijing", [" ".join(p) for p in URDU_IN_ENGLISH]),
    "ur": ("چین اور روس کے صدور کی ملاقات", [" ".join(p) for p in URDU_REPUBLICATION]),
    "zh": (
        "习近平同普京举行会谈",
        [
            "国家主席习近平2日在人民大会堂同俄罗斯总统普京举行会谈。两国元首深入交换意见。",
            "2024年中俄贸易额达到2448亿美元，中国连续15年保持俄罗斯第一大贸易伙伴国地位。",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(PRINTED))
def test_page_printed_to_pdf_reads_back(
    browser: Any, loopback: None, tmp_path: Path, lang: str
) -> None:
    import base64
    import html
    import subprocess

    from selenium.webdriver.common.print_page_options import PrintOptions

    if lang != "en":  # without a font for the script its glyphs (and text) would be lost
        if shutil.which("fc-list") is None:
            pytest.skip("fc-list not found (fontconfig): cannot tell which fonts are there")
        fonts = subprocess.run(["fc-list", f":lang={lang}"], capture_output=True, text=True)
        if not fonts.stdout.strip():
            pytest.skip(f"no font for {lang} (fonts-noto-core, fonts-noto-cjk)")
    headline, paragraphs = PRINTED[lang]
    direction = "rtl" if lang == "ur" else "ltr"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = tmp_path / f"{lang}.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><meta charset="utf-8">'
        f"<title>{html.escape(headline)}</title><h1>{html.escape(headline)}</h1>{body}",
        "utf-8",
    )
    Page(browser, page)
    pdf = tmp_path / f"{lang}.pdf"
    pdf.write_bytes(base64.b64decode(browser.print_page(PrintOptions())))
    document = load(pdf)
    assert document.meta.headline == headline
    assert document.text.split("\n\n") == [headline, *paragraphs]
