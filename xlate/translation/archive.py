"""Checking `.argosmodel` archives and package metadata before anything is installed.

An archive is validated in full: every entry's name, type, compression method and
encryption flag, the entry count, sizes and compression ratios (limits sized from real
Argos packages, with a wide margin), and the metadata (size, nesting, codes, version).
Extraction then re-checks each entry's CRC and size as it streams into a staging folder,
so a lying header or corrupt data installs nothing.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from xlate.errors import InputError, ModelError
from xlate.validate import parse_json

# Real packages (Argos index, 2023-2025): 6 to 40 entries; 30 to 400 MB unpacked; the
# largest entry (model.bin, int8 weights) compresses about 1.1:1, vocabularies and the
# SentencePiece model at most 4:1. The limits leave a wide margin above all of them.
MAX_ENTRIES = 2000
MAX_UNPACKED = 2 << 30
"""Total unpacked size (2 GiB)."""
MAX_RATIO = 50
"""Largest unpacked:packed ratio for an entry over 1 MiB, and for the whole archive."""
MAX_METADATA = 64 << 10
"""metadata.json of a real package is under 2 KB; 64 KiB is refused beyond."""
MAX_METADATA_DEPTH = 8

_RATIO_FLOOR = 1 << 20
# What reading a damaged entry raises: CRC mismatch, corrupt deflate data, truncation.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError)
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
CODE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z]{2,8})?")
"""An Argos language code: ISO 639-1/-3 plus Argos's own (zt, pb) and script tags."""
VERSION = re.compile(r"\d{1,6}(?:\.\d{1,6}){0,3}")
"""A package version as the Argos index writes them: 1.0, 1.9, 1.10."""

_VOCABULARIES = (
    ("shared_vocabulary.json",),
    ("shared_vocabulary.txt",),
    ("source_vocabulary.json", "target_vocabulary.json"),
    ("source_vocabulary.txt", "target_vocabulary.txt"),
)


def folder_name(meta: dict[str, str]) -> str:
    """The install folder of a package, from its validated metadata (Argos's naming)."""
    return f"translate-{meta['from_code']}_{meta['to_code']}-{meta['package_version']}".replace(
        ".", "_"
    )


def check_metadata(data: Any, *, where: str) -> dict[str, str]:
    """Validated metadata fields (codes, version, names) or ModelError naming `where`."""
    if not isinstance(data, dict):
        raise ModelError(f"{where}: metadata.json is not a JSON object; nothing installed")
    lacking = [
        k
        for k in ("from_code", "to_code", "package_version")
        if not isinstance(data.get(k), str) or not data[k].strip()
    ]
    if lacking:
        raise ModelError(f"{where}: metadata.json lacks {', '.join(lacking)}; nothing installed")
    for key in ("from_code", "to_code"):
        if not CODE.fullmatch(data[key]):
            raise ModelError(
                f"{where}: metadata.json {key} {data[key][:40]!r} is not a language code"
            )
    if not VERSION.fullmatch(data["package_version"]):
        raise ModelError(
            f"{where}: metadata.json package_version {data['package_version'][:40]!r} is not "
            "a version like 1.9; nothing installed"
        )
    if data.get("type", "translate") != "translate":
        raise ModelError(f"{where}: not a translation package; nothing installed")
    out = {k: data[k] for k in ("from_code", "to_code", "package_version")}
    for key in ("from_name", "to_name", "target_prefix"):
        value = data.get(key)
        out[key] = value if isinstance(value, str) and len(value) < 200 else ""
    return out


def parse_metadata(raw: bytes, *, where: str) -> dict[str, str]:
    """Decode, parse (bounded size and depth) and validate a metadata.json."""
    if len(raw) > MAX_METADATA:
        raise ModelError(f"{where}: metadata.json is over {MAX_METADATA >> 10} KiB; refused")
    try:
        data = parse_json(raw.decode("utf-8-sig"), path=where, limit=MAX_METADATA_DEPTH)
    except UnicodeDecodeError:
        raise ModelError(f"{where}: metadata.json is not UTF-8 text; nothing installed") from None
    except InputError as exc:
        raise ModelError(f"{where}: metadata.json: {exc.problem}; nothing installed") from None
    return check_metadata(data, where=where)


def read_metadata(folder: Path) -> dict[str, str] | None:
    """An installed package's validated metadata, or None (missing, too big or invalid)."""
    path = folder / "metadata.json"
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_METADATA:
            return None
        return parse_metadata(path.read_bytes(), where=str(folder))
    except (OSError, ModelError):
        return None


def _unsafe(info: zipfile.ZipInfo) -> bool:
    """True when an entry could land outside its folder or is not a plain file/folder."""
    name = info.filename
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    if re.search(r"[\x00-\x1f\x7f]", name):
        return True
    if any(part in ("..", "", ".") for part in re.split(r"[\\/]", name.rstrip("/"))):
        return True
    # Unix file type from the high bits; archives made without one (type 0) hold plain files.
    kind = stat.S_IFMT(info.external_attr >> 16)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def check_archive(path: Path, zf: zipfile.ZipFile) -> tuple[str, dict[str, str]]:
    """The package's top folder and validated metadata; ModelError naming `path` otherwise."""
    infos = zf.infolist()
    if not infos:
        raise ModelError(f"{path}: empty archive; nothing installed")
    if len(infos) > MAX_ENTRIES:
        raise ModelError(f"{path}: {len(infos)} entries (the limit is {MAX_ENTRIES}); refused")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise ModelError(f"{path}: the same entry name appears twice; refused")
    for info in infos:
        _check_entry(path, info)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_UNPACKED:
        raise ModelError(f"{path}: unpacks to more than {MAX_UNPACKED >> 30} GiB; refused")
    if total > _RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):
        raise ModelError(
            f"{path}: unpacks to {total // max(packed, 1)} times its size (a zip bomb?); refused"
        )
    tops = sorted({PurePosixPath(n).parts[0] for n in names})
    loose = [i.filename for i in infos if "/" not in i.filename.rstrip("/") and not i.is_dir()]
    if len(tops) != 1 or loose or tops[0].startswith("."):
        shown = ", ".join(repr(t) for t in tops[:5])
        raise ModelError(
            f"{path}: a package holds exactly one top-level folder, found {shown}"
            f"{' ...' if len(tops) > 5 else ''}; nothing installed"
        )
    top = tops[0]
    try:
        meta_info = zf.getinfo(f"{top}/metadata.json")
    except KeyError:
        raise ModelError(f"{path}: no metadata.json in {top!r}; nothing installed") from None
    if meta_info.file_size > MAX_METADATA:
        raise ModelError(f"{path}: metadata.json is over {MAX_METADATA >> 10} KiB; refused")
    meta = parse_metadata(_read_entry(path, zf, meta_info), where=str(path))
    present = set(names)
    if f"{top}/model/model.bin" not in present or not any(
        all(f"{top}/model/{v}" in present for v in vocabs) for vocabs in _VOCABULARIES
    ):
        raise ModelError(
            f"{path}: no CTranslate2 model (model/model.bin and its vocabulary); nothing installed"
        )
    if f"{top}/sentencepiece.model" not in present and f"{top}/bpe.model" not in present:
        raise ModelError(
            f"{path}: no tokenizer (sentencepiece.model or bpe.model); nothing installed"
        )
    return top, meta


def _check_entry(path: Path, info: zipfile.ZipInfo) -> None:
    shown = repr(info.filename[:80])
    if _unsafe(info):
        raise ModelError(
            f"{path}: unsafe entry {shown} (absolute, '..', a control character or a link) "
            "would escape the package folder; nothing installed"
        )
    if info.flag_bits & 0x1:
        raise ModelError(f"{path}: entry {shown} is encrypted; refused")
    if info.compress_type not in _METHODS:
        raise ModelError(
            f"{path}: entry {shown} uses compression method {info.compress_type} "
            "(packages use stored or deflate); refused"
        )
    if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ModelError(
            f"{path}: entry {shown} unpacks to over {MAX_RATIO} times its size (a zip bomb?); "
            "refused"
        )


def _read_entry(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with zf.open(info) as handle:
            return handle.read(info.file_size + 1)[: info.file_size + 1]
    except (*_DAMAGE, OSError) as exc:
        raise ModelError(f"{path}: damaged entry {info.filename[:80]!r} ({exc}); refused") from None


def extract(path: Path, zf: zipfile.ZipFile, dest: Path) -> None:
    """Stream every entry into `dest`, checking CRCs and sizes; ModelError on damage."""
    for info in zf.infolist():
        target = dest.joinpath(*PurePosixPath(info.filename).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        try:  # OSError (disk full, permissions) is left to the caller, which names the folder
            with zf.open(info) as source, target.open("xb") as out:
                while chunk := source.read(1 << 20):
                    written += len(chunk)
                    if written > info.file_size:
                        break
                    out.write(chunk)
        except _DAMAGE as exc:
            raise ModelError(
                f"{path}: damaged entry {info.filename[:80]!r} ({exc}); nothing installed"
            ) from None
        if written != info.file_size:
            raise ModelError(
                f"{path}: entry {info.filename[:80]!r} does not match its declared size; "
                "nothing installed"
            )
