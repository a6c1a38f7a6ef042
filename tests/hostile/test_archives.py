"""Hostile packages: damaged or crafted archives, lying metadata, concurrent installs,
traps where the package folder goes, hostile index entries and settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.helpers import one_line_error, run
from tests.package_builder import build_package
from xlate.errors import InputError, ModelError
from xlate.translation import packages


@pytest.fixture(scope="module")
def en_ur(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg"), "en", "ur")


@pytest.fixture(scope="module")
def ru_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg"), "ru", "en")


Edit = Callable[[zipfile.ZipInfo, bytes], tuple[zipfile.ZipInfo, bytes] | None]


def rebuild(src: Path, dest: Path, edit: Edit, *, extra: list[tuple[str, bytes]] = ()) -> Path:
    """Copy a package zip, passing every entry through `edit` (None drops it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            kept = edit(zipfile.ZipInfo(info.filename, info.date_time), zin.read(info))
            if kept is not None:
                kept[0].compress_type = kept[0].compress_type or zipfile.ZIP_DEFLATED
                zout.writestr(kept[0], kept[1])
        for name, data in extra:
            zout.writestr(name, data)
    return dest


def on_metadata(data: bytes) -> Edit:
    def edit(info: zipfile.ZipInfo, raw: bytes) -> tuple[zipfile.ZipInfo, bytes]:
        return (info, data) if info.filename.endswith("/metadata.json") else (info, raw)

    return edit


def metadata(src: Path, **changes: object) -> bytes:
    with zipfile.ZipFile(src) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/metadata.json"))
        meta = json.loads(zf.read(name))
    return json.dumps({**meta, **changes}).encode()


def patched(src: Path, dest: Path, change: Callable[[bytearray], None]) -> Path:
    data = bytearray(src.read_bytes())
    change(data)
    dest.write_bytes(bytes(data))
    return dest


def _headers(data: bytearray) -> list[tuple[int, int]]:
    """(offset, kind) of every local (4) and central (2) header: method and flags fields."""
    out = []
    for sig, kind in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 2)):
        start = 0
        while (at := data.find(sig, start)) >= 0:
            out.append((at, kind))
            start = at + 4
    return out


def set_method(method: int) -> Callable[[bytearray], None]:
    def change(data: bytearray) -> None:
        for at, kind in _headers(data):
            field = at + (8 if kind == 4 else 10)
            data[field : field + 2] = method.to_bytes(2, "little")

    return change


def set_encrypted(data: bytearray) -> None:
    for at, kind in _headers(data):
        field = at + (6 if kind == 4 else 8)
        data[field] |= 1


def stored(src: Path, dest: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    return dest


def bad_crc(src: Path, dest: Path) -> Path:
    stored(src, dest)
    data = bytearray(dest.read_bytes())
    at = data.find(b"CTranslate2") if b"CTranslate2" in data else len(data) // 3
    data[at + 200] ^= 0xFF  # inside model.bin, stored: sizes stay right, the CRC does not
    dest.write_bytes(bytes(data))
    return dest


def corrupt_deflate(src: Path, dest: Path) -> Path:
    with zipfile.ZipFile(src) as zf:
        big = max(zf.infolist(), key=lambda i: i.compress_size)
    data = bytearray(src.read_bytes())
    start = big.header_offset + 30 + len(big.filename.encode())
    for k in range(start + 10, start + min(big.compress_size, 400)):
        data[k] = (data[k] * 7 + 13) & 0xFF
    dest.write_bytes(bytes(data))
    return dest


ARCHIVES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "bad-crc": (bad_crc, "damaged entry"),
    "corrupt-deflate": (corrupt_deflate, "damaged entry"),
    "encrypted": (lambda s, d: patched(s, d, set_encrypted), "encrypted"),
    "unknown-method": (lambda s, d: patched(stored(s, d), d, set_method(99)), "compression"),
    "lzma-method": (lambda s, d: patched(stored(s, d), d, set_method(14)), "compression"),
    "deep-metadata": (
        lambda s, d: rebuild(s, d, on_metadata(b"[" * 5000 + b"]" * 5000)), "nested"
    ),
    "big-metadata": (
        lambda s, d: rebuild(s, d, on_metadata(metadata(s, pad="x" * 200_000))), "KiB"
    ),
    "zip-bomb": (
        lambda s, d: rebuild(s, d, lambda i, b: (i, b), extra=[
            (next(iter(zipfile.ZipFile(s).namelist())).split("/")[0] + "/zeros", bytes(16 << 20))
        ]),
        "times its size",
    ),
    "many-entries": (
        lambda s, d: rebuild(s, d, lambda i, b: (i, b), extra=[
            (f"{zipfile.ZipFile(s).namelist()[0].split('/')[0]}/x/{n}", b"") for n in range(2100)
        ]),
        "entries",
    ),
    "version-traversal": (
        lambda s, d: rebuild(s, d, on_metadata(metadata(s, package_version="1.0/../../../x"))),
        "package_version",
    ),
    "code-traversal": (
        lambda s, d: rebuild(s, d, on_metadata(metadata(s, from_code="../en"))),
        "from_code",
    ),
    "control-in-name": (
        lambda s, d: rebuild(s, d, lambda i, b: (i, b), extra=[
            (zipfile.ZipFile(s).namelist()[0].split("/")[0] + "/\x1b]0;pwned\x07", b"x")
        ]),
        "unsafe entry",
    ),
    "truncated": (lambda s, d: patched(s, d, lambda b: b.__delitem__(slice(len(b) // 2, None))),
                  "not a zip"),
}


@pytest.mark.parametrize("kind", sorted(ARCHIVES))
def test_crafted_archive_is_refused_and_installs_nothing(
    kind: str, en_ur: Path, tmp_path: Path
) -> None:
    make, problem = ARCHIVES[kind]
    bad = make(en_ur, tmp_path / f"{kind}.argosmodel")
    code, out, err = run("models", "install", "--file", bad)
    line = one_line_error(code, err, names=bad)
    assert problem in line and "\x1b" not in line
    assert packages.installed() == []
    root = packages.packages_dir()
    assert not root.exists() or not any(root.iterdir())


def test_a_pipe_or_folder_given_as_archive_is_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.argosmodel"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        code, _, err = run("models", "install", "--file", path)
        assert "not a regular file" in one_line_error(code, err, names=path)


def test_install_folder_comes_from_metadata(en_ur: Path, ru_en: Path, tmp_path: Path) -> None:
    packages.install_file(ru_en)
    disguised = tmp_path / "disguised.argosmodel"
    with zipfile.ZipFile(en_ur) as zin, zipfile.ZipFile(disguised, "w") as zout:
        for info in zin.infolist():
            top, _, rest = info.filename.partition("/")
            zout.writestr(f"translate-ru_en-1_0/{rest}", zin.read(info))
    info = packages.install_file(disguised)
    assert info.path.name == "translate-en_ur-1_0"
    assert sorted(p.code for p in packages.installed()) == ["translate-en_ur", "translate-ru_en"]


def test_ten_concurrent_installs_of_one_archive(en_ur: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "xlate", "models", "install", "--file", str(en_ur)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(10)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 10, results
    assert not any("Traceback" in err for _, err in results)
    assert [p.describe() for p in packages.installed()] == ["translate-en_ur 1.0"]
    assert [p.name for p in packages.packages_dir().iterdir()] == ["translate-en_ur-1_0"]


@pytest.mark.parametrize("trap", ["symlink", "file", "dangling"])
def test_a_link_or_file_where_the_package_goes(trap: str, en_ur: Path, tmp_path: Path) -> None:
    root = packages.packages_dir()
    root.mkdir(parents=True)
    dest = root / "translate-en_ur-1_0"
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("precious")
    if trap == "symlink":
        dest.symlink_to(victim)
    elif trap == "file":
        dest.write_text("a user's file")
    else:
        dest.symlink_to(tmp_path / "nowhere")
    code, _, err = run("models", "install", "--file", en_ur)
    one_line_error(code, err, names=dest)
    assert (victim / "keep.txt").read_text() == "precious" and dest.is_symlink() == (trap != "file")


def test_remove_from_a_read_only_folder_keeps_every_package(
    en_ur: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = packages.install_file(en_ur)
    before = sorted(p.relative_to(info.path) for p in info.path.rglob("*"))

    def read_only(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(os, "replace", read_only)  # root ignores chmod; the OS's answer
    code, _, err = run("models", "remove", "en", "ur")
    assert "Permission denied" in one_line_error(code, err, names=info.path)
    assert sorted(p.relative_to(info.path) for p in info.path.rglob("*")) == before


def test_huge_installed_metadata_is_never_read(en_ur: Path) -> None:
    info = packages.install_file(en_ur)
    other = info.path.with_name("translate-en_zh-1_0")
    other.mkdir()
    (other / "sentencepiece.model").write_bytes(b"x")
    with open(other / "metadata.json", "wb") as handle:
        handle.truncate(2 << 30)  # sparse: 2 GiB that costs nothing to make
    assert [p.code for p in packages.installed()] == ["translate-en_ur"]


# -- the index, settings and the terminal --------------------------------------------------


def _index(entries: list[dict[str, object]]) -> None:
    index = Path(os.environ["XDG_DATA_HOME"]) / "argos-translate" / "index.json"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(json.dumps(entries))


ENTRY = {
    "package_version": "1.9", "argos_version": "1.9", "from_code": "en", "from_name": "English",
    "to_code": "zh", "to_name": "Chinese", "links": ["https://example.invalid/p.argosmodel"],
}


@pytest.mark.parametrize(
    "change",
    [
        {"package_version": "1.0/../../../../victim"},
        {"to_code": "zh/../../x"},
        {"links": ["file:///etc/passwd"]},
        {"links": ["ftp://example.invalid/p.argosmodel", "http://example.invalid/p"]},
        {"links": "https://example.invalid/p.argosmodel"},
    ],
)
def test_hostile_index_entries_are_dropped(change: dict[str, object], tmp_path: Path) -> None:
    _index([{**ENTRY, **change}])
    assert packages.available(refresh=False) == []
    code, _, err = run("models", "install", "en", "zh")
    assert "no en->zh package" in one_line_error(code, err)
    assert not (tmp_path.parent / "victim").exists()


def test_escape_sequences_never_reach_the_terminal(en_ur: Path) -> None:
    hostile = "Eng\x1b]0;pwned\x07lish\nxlate: error: fake"
    _index([{**ENTRY, "from_name": hostile, "to_name": "[red]x"}])
    code, out, _ = run("models", "list", "--available")
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "fake" in out and not any(line.startswith("xlate: error") for line in out.splitlines())
    evil = en_ur.with_name("evil\x1b[2J\nxlate: error: fake.argosmodel")
    code, _, err = run("models", "install", "--file", evil)
    assert "\x1b" not in one_line_error(code, err)


@pytest.mark.parametrize("value", ["7", "[\"/tmp\"]", "{\"a\": 1}", "true"])
def test_non_string_packages_dir_setting_is_one_line(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    settings_file = Path(os.environ["XDG_CONFIG_HOME"]) / "argos-translate" / "settings.json"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(f'{{"ARGOS_PACKAGES_DIR": {value}}}')
    with pytest.raises(InputError, match="ARGOS_PACKAGES_DIR"):
        packages.packages_dir()
    code, _, err = run("models", "list")
    assert "ARGOS_PACKAGES_DIR" in one_line_error(code, err, names=settings_file)


# -- any damage to a real archive: installed whole, or one ModelError ----------------------


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.floats(0.5, 1)))
def test_any_damaged_archive_installs_whole_or_not_at_all(
    flips: list[tuple[float, int]], cut: float | None, en_ur: Path, tmp_path: Path
) -> None:
    data = bytearray(en_ur.read_bytes())
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    if cut is not None:
        del data[int(cut * len(data)) :]
    path = tmp_path / "damaged.argosmodel"
    path.write_bytes(bytes(data))
    try:
        info = packages.install_file(path)
    except ModelError as exc:
        assert "\n" not in str(exc)
    else:
        assert info.path.parent == packages.packages_dir()
        packages.remove(info.from_code, info.to_code)
    root = packages.packages_dir()
    assert not root.exists() or not list(root.iterdir())


@pytest.mark.parametrize(
    "text", ['{"ARGOS_PACKAGE_INDEX": 3}', "[[[", '{"ARGOS_PACKAGES_DIR": ["/tmp"]}']
)
def test_settings_argos_cannot_load_are_one_line(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    for name in [m for m in sys.modules if m.startswith("argostranslate")]:
        monkeypatch.delitem(sys.modules, name)  # Argos reads its settings at import
    settings_file = Path(os.environ["XDG_CONFIG_HOME"]) / "argos-translate" / "settings.json"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(text)
    code, out, err = run("models", "list", "--available")
    one_line_error(code, err, names=settings_file)
    assert "Error decoding" not in out
