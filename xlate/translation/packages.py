"""Argos Translate packages: find, route, install (safely), list and remove.

xlate and Argos Translate share one packages folder and one layout (each package is a
folder holding `metadata.json`, a tokenizer and a CTranslate2 model under `model/`), so
packages installed by either are seen by both. The folder is resolved at call time:
`ARGOS_PACKAGES_DIR`, else the `ARGOS_PACKAGES_DIR` key of Argos's settings.json, else
`$XDG_DATA_HOME/argos-translate/packages` (Argos's own default).

Only `argostranslate.package` is used (for the package index), never Argos's translate
module, which loads torch and sentence splitters.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from xlate.errors import InputError, LanguageError, ModelError
from xlate.model import LANGUAGES
from xlate.translation import archive

PIVOT = "en"
"""Language to pivot through when no direct package exists (Argos packages are en-X, X-en)."""

Progress = Callable[[int, int | None], None]
"""Called as `progress(done, total)`; `total` is None when unknown."""

# ISO 639-1 codes: Argos packages use them (plus a few of its own, like zt and pb, which
# are accepted once a package declares them).
_ISO639_1_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
    ve vi vo wa wo xh yi yo za zh zu"""
_ISO639_1 = frozenset(_ISO639_1_CODES.split())

MAX_DOWNLOAD = 2 << 30
"""A download bigger than this (2 GiB) is no Argos package; it is stopped and deleted."""


@dataclass(frozen=True)
class PackageInfo:
    """An installed translation package."""

    from_code: str
    to_code: str
    version: str
    path: Path
    size: int
    tokenizer: Literal["sentencepiece", "bpe"]
    target_prefix: str = ""
    from_name: str = ""
    to_name: str = ""

    @property
    def code(self) -> str:
        """The argospm name, e.g. `translate-en_ur`."""
        return f"translate-{self.from_code}_{self.to_code}"

    def describe(self) -> str:
        """Package code and version, e.g. `translate-en_ur 1.9`, for report signatures."""
        return f"{self.code} {self.version}"


@dataclass(frozen=True)
class AvailablePackage:
    """A package listed in the Argos package index."""

    from_code: str
    to_code: str
    version: str
    from_name: str
    to_name: str
    links: tuple[str, ...]

    @property
    def code(self) -> str:
        """The argospm name, e.g. `translate-en_ur`."""
        return f"translate-{self.from_code}_{self.to_code}"


# -- folders -------------------------------------------------------------------------------


def _xdg(name: str, default: str) -> Path:
    value = os.environ.get(name)
    return Path(value) if value else Path.home() / default


def _argos_data_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "argos-translate"


def _argos_setting(key: str) -> str | None:
    """A setting the way Argos reads it: environment first, then its settings.json.

    A settings.json that is not a JSON object, or whose value is not a string, is an
    InputError naming the file and the key.
    """
    from xlate.validate import Fields, read_json_file

    value = os.environ.get(key)
    if value:
        return value
    settings = _settings_path()
    if not settings.is_file():
        return None
    found = Fields(read_json_file(settings), path=settings).text(key)
    if found is not None and ("\n" in found or not found.strip()):
        raise InputError(settings, f"{key}: not a folder path")
    return found or None


def _settings_path() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "argos-translate" / "settings.json"


def packages_dir() -> Path:
    """The folder packages are installed in (not created)."""
    configured = _argos_setting("ARGOS_PACKAGES_DIR")
    return Path(configured).expanduser() if configured else _argos_data_dir() / "packages"


def _index_path() -> Path:
    return _argos_data_dir() / "index.json"


# -- installed packages --------------------------------------------------------------------


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _read_package(folder: Path) -> PackageInfo | None:
    """The package in `folder`, or None when it is not a usable translation package
    (metadata missing, oversized, malformed, or naming no valid codes and version)."""
    meta = archive.read_metadata(folder)
    if meta is None:
        return None
    if (folder / "sentencepiece.model").is_file():
        tokenizer: Literal["sentencepiece", "bpe"] = "sentencepiece"
    elif (folder / "bpe.model").is_file():
        tokenizer = "bpe"
    else:
        return None
    return PackageInfo(
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=meta["package_version"],
        path=folder,
        size=_folder_size(folder),
        tokenizer=tokenizer,
        target_prefix=meta["target_prefix"],
        from_name=meta["from_name"],
        to_name=meta["to_name"],
    )


def _version_key(version: str) -> Any:
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def installed() -> list[PackageInfo]:
    """Installed translation packages, sorted by pair then newest version first."""
    root = packages_dir()
    if not root.is_dir():
        return []
    found = [
        info
        for folder in root.iterdir()
        if folder.is_dir() and not folder.name.startswith(".")
        for info in [_read_package(folder)]
        if info is not None
    ]
    found.sort(key=lambda p: _version_key(p.version), reverse=True)
    found.sort(key=lambda p: (p.from_code, p.to_code))
    return found


def find(source: str, target: str) -> PackageInfo | None:
    """The newest installed package translating `source` to `target`, or None."""
    for info in installed():
        if (info.from_code, info.to_code) == (source, target):
            return info
    return None


def check_language(code: str) -> str:
    """`code` normalised (lower case), or LanguageError when it is not a language code."""
    norm = code.strip().lower()
    known = _ISO639_1 | set(LANGUAGES)
    if norm in known:
        return norm
    if norm and norm in {c for p in installed() for c in (p.from_code, p.to_code)}:
        return norm
    raise LanguageError(
        f"unknown language code {code!r}: use an ISO 639-1 code such as "
        f"{', '.join(sorted(LANGUAGES))}"
    )


def article_language(lang: str, path: object, option: str) -> str:
    """The language of the article read from `path`, when xlate can work with it; else
    a one-line LanguageError naming the file and the option that sets the language."""
    if lang in ("", "und"):
        raise LanguageError(f"{path}: cannot tell its language; give it with {option}")
    try:
        return check_language(lang)
    except LanguageError:
        raise LanguageError(
            f"{path}: its language {lang[:40]!r} is not a language code; give it with {option}"
        ) from None


def install_hint(source: str, target: str) -> str:
    """The commands that would install a `source`->`target` package."""
    return install_commands([(source, target)])


def install_commands(pairs: Sequence[tuple[str, str]]) -> str:
    """The commands that install every (source, target) pair in `pairs`, in one line."""
    online = " && ".join(f"xlate models install {a} {b}" for a, b in pairs)
    offline = "one per pair" if len(pairs) > 1 else "offline"
    return f"run `{online}` (or `xlate models install --file PATH.argosmodel`, {offline})"


def missing_pairs(source: str, target: str) -> list[tuple[str, str]]:
    """Packages to install for `source`->`target`: none when a route exists; else the
    direct pair for English, or the missing legs of the route through English."""
    source, target = check_language(source), check_language(target)
    if source == target or find(source, target) is not None:
        return []
    if PIVOT in (source, target):
        return [(source, target)]
    return [(a, b) for a, b in ((source, PIVOT), (PIVOT, target)) if find(a, b) is None]


def check_routes(source: str, targets: Sequence[str]) -> None:
    """ModelError naming every missing package at once (and the commands that install them)
    when any of `targets` cannot be reached from `source`."""
    wanted = [(t, missing_pairs(source, t)) for t in targets]
    gaps = [(t, pairs) for t, pairs in wanted if pairs]
    if not gaps:
        return
    pairs = list(dict.fromkeys(p for _, ps in gaps for p in ps))
    routes = ", ".join(f"{source}->{t}" for t, _ in gaps)
    if pairs != [(source, t) for t, _ in gaps]:  # some go through English: name the legs
        routes += f" (through English: {', '.join(f'{a}->{b}' for a, b in pairs)})"
    raise ModelError(f"no translation package for {routes}: {install_commands(pairs)}")


def route(source: str, target: str) -> list[PackageInfo]:
    """Packages to chain for `source`->`target`: one direct package, or two via English.

    Empty when the languages are the same. Raises LanguageError for an unknown code and
    ModelError (naming the pair and the install command) when no route is installed.
    """
    source, target = check_language(source), check_language(target)
    if source == target:
        return []
    direct = find(source, target)
    if direct is not None:
        return [direct]
    if PIVOT not in (source, target):
        first, second = find(source, PIVOT), find(PIVOT, target)
        if first is not None and second is not None:
            return [first, second]
        missing = missing_pairs(source, target)
        raise ModelError(
            f"no translation package for {source}->{target} (nor "
            f"{' and '.join(f'{a}->{b}' for a, b in missing)} to pivot through English): "
            f"{install_commands(missing)}"
        )
    raise ModelError(
        f"no translation package for {source}->{target}: {install_hint(source, target)}"
    )


# -- installing ----------------------------------------------------------------------------


_STAGING = ".xlate-install-"


def _sweep_staging(root: Path) -> None:
    """Remove staging folders an interrupted install left (Argos chokes on folders
    without metadata.json); an hour old means no install is still using them."""
    import time

    for old in root.glob(_STAGING + "*"):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > 3600:
                shutil.rmtree(old)


def install_file(path: str | Path) -> PackageInfo:
    """Install a `.argosmodel` file after checking it is a safe, complete package.

    The archive is validated in full first (`xlate.translation.archive`); the install
    folder is named from its validated metadata, and a package folder of that name is
    replaced. Concurrent installs take turns (a lock on the packages folder). Raises
    ModelError (one line naming the file and the problem) and installs nothing when the
    file fails a check.
    """
    path = Path(path)
    if not path.exists():
        raise ModelError(f"{path}: no such file")
    if not path.is_file():
        raise ModelError(f"{path}: not a regular file (a folder, pipe or device); refused")
    try:
        zf = zipfile.ZipFile(path)
    except OSError as exc:
        raise ModelError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ModelError(
            f"{path}: not an Argos package (not a zip archive); nothing installed"
        ) from None
    root = packages_dir()
    with zf:
        top, meta = archive.check_archive(path, zf)
        dest = root / archive.folder_name(meta)
        with _locked(root):
            _check_destination(dest)
            _sweep_staging(root)
            staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=root))
            try:
                archive.extract(path, zf, staging)
                info = _read_package(staging / top)
                if info is None:
                    raise ModelError(f"{path}: not a translation package; nothing installed")
                _check_destination(dest)
                if dest.exists():
                    os.replace(dest, staging / ".replaced")
                os.replace(staging / top, dest)
            except OSError as exc:
                raise ModelError(
                    f"{root}: cannot install {path} here ({exc.strerror or exc}); nothing installed"
                ) from None
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    installed_info = _read_package(dest)
    if installed_info is None:
        raise ModelError(f"{dest}: package unreadable after install; please report it")
    return installed_info


@contextlib.contextmanager
def _locked(root: Path) -> Any:
    """Exclusive lock on the packages folder (created if needed) for one change."""
    import fcntl

    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root, os.O_RDONLY)
    except OSError as exc:
        raise ModelError(f"{root}: cannot write packages here ({exc.strerror or exc})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _check_destination(dest: Path) -> None:
    """A package folder may replace only a folder: never a symlink or a file."""
    if dest.is_symlink() or (dest.exists() and not dest.is_dir()):
        raise ModelError(
            f"{dest}: a file or link is where the package folder goes; move it away "
            "and install again (nothing installed)"
        )


def remove(source: str, target: str) -> list[PackageInfo]:
    """Remove every installed version of the `source`->`target` package; return them.

    Each folder is first moved aside in one rename, so a read-only packages folder
    leaves every package whole (ModelError naming the folder).
    """
    root = packages_dir()
    gone = [p for p in installed() if (p.from_code, p.to_code) == (source, target)]
    if not gone:
        raise ModelError(f"no package for {source}->{target} is installed in {root}")
    with _locked(root):
        for info in gone:
            trash = root / f"{_STAGING}removed-{info.path.name}"
            try:
                os.replace(info.path, trash)
            except OSError as exc:
                raise ModelError(f"{info.path}: cannot remove ({exc.strerror or exc})") from None
            shutil.rmtree(trash, ignore_errors=True)
    return gone


# -- the Argos package index ---------------------------------------------------------------


INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
"""Argos Translate's package index: every package and its download links."""


def _offline(what: str, reason: object) -> ModelError:
    return ModelError(
        f"cannot reach the Argos package index to {what} (offline? {reason}); on a "
        f"connected machine download the .argosmodel file (links in {INDEX_URL}), copy it "
        "here and run `xlate models install --file FILE.argosmodel`"
    )


def _argos_package_module() -> Any:
    """argostranslate.package, pointed at the folders resolved now (it reads them at import).

    xlate checks Argos's settings.json first; whatever else in it stops Argos from
    loading is an InputError naming the file.
    """
    root = packages_dir()
    try:
        from argostranslate import package, settings
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise InputError(
            _settings_path(), f"Argos Translate cannot load these settings ({exc})"
        ) from None

    settings.package_data_dir = root
    settings.package_dirs = [settings.package_data_dir]
    settings.local_package_index = _index_path()
    return package


def available(
    *, refresh: bool = True, purpose: str = "list available packages"
) -> list[AvailablePackage]:
    """Translation packages listed in the Argos index, refreshed from the network first.

    When the refresh fails a previously downloaded index is used; with none, raises
    ModelError saying the index cannot be reached (to do `purpose`) and how to install
    from a file.
    """
    index = _index_path()
    _check_index_file(index)
    package = _argos_package_module()
    if refresh:
        import logging

        # Argos logs the network error itself; xlate reports it as one line instead.
        logger = logging.getLogger("argostranslate.utils")
        level = logger.level
        logger.setLevel(logging.CRITICAL)
        try:
            index.parent.mkdir(parents=True, exist_ok=True)
            package.update_package_index()  # returns quietly on network errors
        finally:
            logger.setLevel(level)
    if not index.exists():
        raise _offline(purpose, "no copy of the index could be downloaded")
    _check_index_file(index)
    try:
        entries = package.get_available_packages()
    except (ValueError, OSError, TypeError, AttributeError, KeyError, RecursionError) as exc:
        raise ModelError(f"{index}: unreadable package index ({exc})") from None
    found = [a for a in (_index_entry(p) for p in entries) if a is not None]
    found.sort(key=lambda p: _version_key(p.version), reverse=True)
    found.sort(key=lambda p: (p.from_code, p.to_code))
    return found


MAX_INDEX_BYTES = 16 << 20
"""The largest package index read (Argos's own is about 100 KB)."""


def _check_index_file(index: Path) -> None:
    """ModelError unless the index is absent or a regular file of sane size: Argos opens
    it blocking (a FIFO there would hang) and reads it whole."""
    try:
        info = index.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ModelError(f"{index}: cannot read the package index ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ModelError(f"{index}: the package index is not a regular file; remove it")
    if info.st_size > MAX_INDEX_BYTES:
        raise ModelError(
            f"{index}: the package index is over {MAX_INDEX_BYTES >> 20} MiB; remove it"
        )


def _index_entry(entry: Any) -> AvailablePackage | None:
    """An index entry as an AvailablePackage, or None unless it is a translation package
    with valid codes and version and at least one https link (others are dropped)."""
    fields = {
        key: getattr(entry, key, None)
        for key in ("type", "from_code", "to_code", "package_version", "from_name", "to_name")
    }
    fields["package_version"] = str(fields["package_version"] or "")
    try:
        meta = archive.check_metadata(fields, where="index")
    except ModelError:
        return None
    links = tuple(
        link
        for link in getattr(entry, "links", None) or ()
        if isinstance(link, str) and link.lower().startswith("https://")
    )
    if not links:
        return None
    return AvailablePackage(
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=meta["package_version"],
        from_name=meta["from_name"],
        to_name=meta["to_name"],
        links=links,
    )


def _download(url: str, dest: Path, progress: Progress | None) -> None:
    """Fetch an https URL into `dest`, at most MAX_DOWNLOAD bytes."""
    import urllib.request

    if not url.lower().startswith("https://"):
        raise ValueError("only https links are followed")
    request = urllib.request.Request(url, headers={"User-Agent": "xlate"})
    with urllib.request.urlopen(request, timeout=60) as response, dest.open("wb") as out:
        total = int(response.headers.get("Content-Length") or 0) or None
        done = 0
        while chunk := response.read(1 << 20):
            out.write(chunk)
            done += len(chunk)
            if done > MAX_DOWNLOAD:
                raise ValueError(f"larger than {MAX_DOWNLOAD >> 30} GiB; stopped")
            if progress is not None:
                progress(done, total)


def install_from_index(
    source: str, target: str, *, progress: Progress | None = None
) -> PackageInfo:
    """Download the newest `source`->`target` package from the Argos index and install it.

    `progress(done_bytes, total_bytes)` is called while downloading. Raises ModelError
    when offline (saying how to install from a file) or when the index has no such pair.
    """
    source, target = check_language(source), check_language(target)
    entries = available(purpose=f"download the {source}->{target} package")
    matches = [p for p in entries if (p.from_code, p.to_code) == (source, target)]
    if not matches:
        raise ModelError(
            f"the Argos index has no {source}->{target} package; see `xlate models list "
            "--available`, or install a file with `xlate models install --file PATH`"
        )
    chosen = matches[0]
    downloads = _xdg("XDG_CACHE_HOME", ".cache") / "xlate" / "downloads"
    try:
        downloads.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{chosen.code}-{chosen.version}.", dir=downloads)
    except OSError as exc:
        raise ModelError(f"{downloads}: cannot download here ({exc.strerror or exc})") from None
    os.close(fd)
    dest = Path(name)
    errors: list[str] = []
    try:
        for url in chosen.links:
            try:
                _download(url, dest, progress)
                break
            except (OSError, ValueError, RuntimeError) as exc:
                errors.append(f"{url}: {exc}")
        else:
            raise _offline(f"download {chosen.code}", "; ".join(errors) or "no download link")
        return install_file(dest)
    finally:
        dest.unlink(missing_ok=True)
