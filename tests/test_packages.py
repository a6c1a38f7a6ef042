"""Package management: safe install from files, listing, routes, removal and the index.

Every package here is a real `.argosmodel` built by tests/package_builder.py; the
packages folder is a per-test temp folder (conftest `isolated_dirs`).
"""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.package_builder import build_package
from xlate.cli import app
from xlate.errors import LanguageError, ModelError
from xlate.translation import packages

PAIRS = [("en", "ur"), ("ur", "en"), ("en", "zh"), ("zh", "en"), ("en", "ru"), ("ru", "en")]


@pytest.fixture(scope="session")
def package_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """One real tiny package per pair, built once per test session."""
    folder = tmp_path_factory.mktemp("argosmodels")
    return {pair: build_package(folder, *pair) for pair in PAIRS}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("xlate: error: ")
    return lines[0]


def folder_entries() -> list[str]:
    root = packages.packages_dir()
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_network_is_blocked() -> None:
    with pytest.raises(RuntimeError, match="network"):
        urllib.request.urlopen("https://raw.githubusercontent.com/", timeout=1)
    with pytest.raises(RuntimeError):
        socket.create_connection(("example.com", 443), timeout=1)


# -- the packages folder -------------------------------------------------------------------


def test_packages_dir_is_resolved_at_call_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "one"))
    assert packages.packages_dir() == tmp_path / "one"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "two"))
    assert packages.packages_dir() == tmp_path / "two"


def test_packages_dir_falls_back_to_argos_settings_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert packages.packages_dir() == tmp_path / "data" / "argos-translate" / "packages"
    settings = tmp_path / "config" / "argos-translate" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "custom")}))
    assert packages.packages_dir() == tmp_path / "custom"


# -- install, list, remove -----------------------------------------------------------------


def test_install_from_file_then_list(package_files: dict[tuple[str, str], Path]) -> None:
    code, out, err = run("models", "install", "--file", str(package_files["en", "ur"]))
    assert code == 0, err
    assert "installed en->ur 1.0" in out
    info = packages.find("en", "ur")
    assert info is not None
    assert (info.version, info.tokenizer) == ("1.0", "sentencepiece")
    assert info.size > 100_000
    assert (info.path / "model" / "model.bin").is_file()
    assert info.describe() == "translate-en_ur 1.0"

    code, out, _ = run("models", "list")
    assert code == 0
    assert "en->ur" in out and "1.0" in out and "KB" in out


def test_list_empty_says_how_to_install() -> None:
    code, out, _ = run("models", "list")
    assert code == 0
    assert "xlate models install" in out


def test_install_needs_a_pair_or_a_file(package_files: dict[tuple[str, str], Path]) -> None:
    code, _, err = run("models", "install", "en")
    assert code == 2 and "FROM TO" in one_line_error(err)
    code, _, err = run("models", "install", "en", "ur", "--file", str(package_files["en", "ur"]))
    assert code == 2 and "not both" in one_line_error(err)
    assert folder_entries() == []


def test_argostranslate_sees_xlate_installs(package_files: dict[tuple[str, str], Path]) -> None:
    from argostranslate.package import get_installed_packages

    packages.install_file(package_files["en", "zh"])
    seen = get_installed_packages([packages.packages_dir()])
    assert [(p.from_code, p.to_code, p.package_version) for p in seen] == [("en", "zh", "1.0")]


def test_xlate_sees_argostranslate_installs(package_files: dict[tuple[str, str], Path]) -> None:
    # argostranslate.package.install_from_path is exactly this extractall (it cannot be
    # called here: it imports argostranslate.translate).
    root = packages.packages_dir()
    root.mkdir(parents=True)
    with zipfile.ZipFile(package_files["ru", "en"]) as zf:
        zf.extractall(root)
    assert [p.describe() for p in packages.installed()] == ["translate-ru_en 1.0"]


def test_reinstall_replaces_and_newest_version_wins(tmp_path: Path) -> None:
    first = packages.install_file(build_package(tmp_path, "en", "ur"))
    again = packages.install_file(build_package(tmp_path, "en", "ur"))
    assert first.path == again.path
    newer = packages.install_file(build_package(tmp_path, "en", "ur", version="1.10", seed=1))
    assert [p.version for p in packages.installed()] == ["1.10", "1.0"]
    assert packages.find("en", "ur") == newer
    assert not [n for n in folder_entries() if n.startswith(".")]


def test_install_sweeps_stale_staging_folders(package_files: dict[tuple[str, str], Path]) -> None:
    root = packages.packages_dir()
    old, fresh = root / ".xlate-install-old", root / ".xlate-install-fresh"
    old.mkdir(parents=True)
    fresh.mkdir()
    os.utime(old, (1, 1))
    packages.install_file(package_files["en", "ur"])
    assert not old.exists() and fresh.exists()  # a fresh one may belong to a running install
    assert [p.code for p in packages.installed()] == ["translate-en_ur"]


def test_remove(package_files: dict[tuple[str, str], Path]) -> None:
    packages.install_file(package_files["en", "ur"])
    packages.install_file(package_files["ur", "en"])
    code, out, err = run("models", "remove", "en", "ur")
    assert code == 0, err
    assert "removed en->ur 1.0" in out
    assert [p.describe() for p in packages.installed()] == ["translate-ur_en 1.0"]
    code, _, err = run("models", "remove", "en", "ur")
    assert code == 2
    assert "no package for en->ur is installed" in one_line_error(err)


# -- routes --------------------------------------------------------------------------------


def test_route_direct_pivot_and_missing(package_files: dict[tuple[str, str], Path]) -> None:
    for pair in [("ur", "en"), ("en", "zh"), ("en", "ur")]:
        packages.install_file(package_files[pair])
    assert [p.code for p in packages.route("en", "ur")] == ["translate-en_ur"]
    assert [p.code for p in packages.route("ur", "zh")] == ["translate-ur_en", "translate-en_zh"]
    assert packages.route("UR", "ur") == []
    with pytest.raises(ModelError) as missing:
        packages.route("zh", "ur")
    message = str(missing.value)
    assert "zh->ur" in message and "zh->en" in message
    assert "xlate models install zh en" in message and "--file" in message
    assert "\n" not in message
    with pytest.raises(ModelError, match="xlate models install en ru"):
        packages.route("en", "ru")


@pytest.mark.parametrize("code", ["xx", "english", "", "e n"])
def test_unknown_language_code(code: str) -> None:
    with pytest.raises(LanguageError, match="unknown language code"):
        packages.route("en", code)


# -- unsafe and broken package files -------------------------------------------------------


def _rewrite(src: Path, dest: Path, edit: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    """Copy a package zip, passing every entry through `edit` (None drops it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            kept = edit(info.filename, zin.read(info))
            if kept is not None:
                zout.writestr(kept[0], kept[1])
    return dest


def _symlink_entry(src: Path, dest: Path) -> Path:
    _rewrite(src, dest, lambda n, b: (n, b))
    with zipfile.ZipFile(dest, "a") as zf:
        top = zf.namelist()[0].split("/")[0]
        link = zipfile.ZipInfo(f"{top}/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    return dest


def _text(dest: Path) -> Path:
    dest.write_text("hello, not a zip\n")
    return dest


def _extra(src: Path, dest: Path, name: str) -> Path:
    _rewrite(src, dest, lambda n, b: (n, b))
    with zipfile.ZipFile(dest, "a") as zf:
        zf.writestr(name, b"evil")
    return dest


BROKEN: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "not-a-zip": (lambda s, d: _text(d), "not a zip archive"),
    "dotdot": (lambda s, d: _extra(s, d, "../evil.txt"), "unsafe entry '../evil.txt'"),
    "nested-dotdot": (
        lambda s, d: _rewrite(s, d, lambda n, b: (n.replace("/README.md", "/../../evil.md"), b)),
        "unsafe entry",
    ),
    "absolute": (lambda s, d: _extra(s, d, "/tmp/xlate-evil.txt"), "unsafe entry"),
    "symlink": (_symlink_entry, "unsafe entry"),
    "two-folders": (lambda s, d: _extra(s, d, "other/file.txt"), "one top-level folder"),
    "loose-file": (lambda s, d: _extra(s, d, "loose.txt"), "one top-level folder"),
    "no-metadata": (
        lambda s, d: _rewrite(s, d, lambda n, b: None if n.endswith("metadata.json") else (n, b)),
        "metadata.json",
    ),
    "bad-metadata": (
        lambda s, d: _rewrite(
            s, d, lambda n, b: (n, b"{not json") if n.endswith("metadata.json") else (n, b)
        ),
        "invalid JSON",
    ),
    "metadata-lacks-codes": (
        lambda s, d: _rewrite(
            s,
            d,
            lambda n, b: (
                (n, b'{"package_version": "1.0"}') if n.endswith("metadata.json") else (n, b)
            ),
        ),
        "lacks from_code, to_code",
    ),
    "no-model": (
        lambda s, d: _rewrite(s, d, lambda n, b: None if "/model/" in n else (n, b)),
        "no CTranslate2 model",
    ),
    "no-tokenizer": (
        lambda s, d: _rewrite(s, d, lambda n, b: None if n.endswith(".model") else (n, b)),
        "no tokenizer",
    ),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_or_unsafe_package_is_refused(
    kind: str, tmp_path: Path, package_files: dict[tuple[str, str], Path]
) -> None:
    make, problem = BROKEN[kind]
    bad = make(package_files["en", "ur"], tmp_path / f"{kind}.argosmodel")
    code, _, err = run("models", "install", "--file", str(bad))
    assert code == 2
    line = one_line_error(err)
    assert str(bad) in line and problem in line
    assert folder_entries() == []  # nothing installed, no staging folder left
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/xlate-evil.txt").exists()


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    code, _, err = run("models", "install", "--file", str(tmp_path / "nope.argosmodel"))
    assert code == 2 and "no such file" in one_line_error(err)


# -- the Argos index (no network in tests) -------------------------------------------------


def _write_index(entries: list[dict[str, object]]) -> Path:
    index = Path(os.environ["XDG_DATA_HOME"]) / "argos-translate" / "index.json"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(json.dumps(entries))
    return index


INDEX: list[dict[str, object]] = [
    {
        "package_version": "1.9",
        "argos_version": "1.9",
        "from_code": "en",
        "from_name": "English",
        "to_code": "ur",
        "to_name": "Urdu",
        "links": ["https://example.invalid/translate-en_ur-1_9.argosmodel"],
    },
    {"type": "sbd", "package_version": "1.0", "from_code": "en", "links": []},
]


def test_available_offline_is_one_clear_line() -> None:
    with pytest.raises(ModelError, match="offline"):
        packages.available()
    code, _, err = run("models", "list", "--available")
    assert code == 2
    line = one_line_error(err)
    assert "offline" in line and "--file" in line


def test_available_uses_a_local_index_when_offline() -> None:
    _write_index(INDEX)
    found = packages.available()
    assert [(a.code, a.version) for a in found] == [("translate-en_ur", "1.9")]
    code, out, _ = run("models", "list", "--available")
    assert code == 0 and "en->ur" in out and "1.9" in out


def test_install_from_index_offline_says_how_to_install_a_file() -> None:
    _write_index(INDEX)
    seen: list[tuple[int, int | None]] = []
    with pytest.raises(ModelError, match="offline") as exc:
        packages.install_from_index("en", "ur", progress=lambda d, t: seen.append((d, t)))
    assert "xlate models install --file" in str(exc.value)
    code, _, err = run("models", "install", "en", "ur")
    assert code == 2 and "offline" in one_line_error(err)
    code, _, err = run("models", "install", "en", "zh")
    assert code == 2 and "no en->zh package" in one_line_error(err)
    assert folder_entries() == []


class _Response(io.BytesIO):
    """What urlopen returns, serving a local file: the network is blocked in tests."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.headers = {"Content-Length": str(len(data))}


def test_install_from_index_downloads_installs_and_cleans_up(
    package_files: dict[tuple[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    served = {"https://example.invalid/en_ur.argosmodel": package_files["en", "ur"]}
    monkeypatch.setattr(
        urllib.request,
        "urlopen",
        lambda request, timeout: _Response(served[request.full_url].read_bytes()),
    )
    entry = {**INDEX[0], "package_version": "1.0", "links": list(served)}
    _write_index([entry])
    seen: list[tuple[int, int | None]] = []
    info = packages.install_from_index("en", "ur", progress=lambda d, t: seen.append((d, t)))
    assert info.describe() == "translate-en_ur 1.0"
    assert seen and seen[-1][0] == package_files["en", "ur"].stat().st_size
    downloads = Path(os.environ["XDG_CACHE_HOME"]) / "xlate" / "downloads"
    assert list(downloads.iterdir()) == []
    code, out, _ = run("models", "list", "--available")
    assert code == 0 and "1.0" in out
    packages.remove("en", "ur")
    code, out, err = run("models", "install", "en", "ur")  # with its progress bar
    assert code == 0, err
    assert "installed en->ur 1.0" in out
