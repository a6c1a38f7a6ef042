"""Safe file output: atomic writes, all-or-nothing file sets, safe file names.

Outputs replace only regular files (never a FIFO, a device or a symlink), never an
input, and are created with the permissions the umask allows, like any other program's.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from xlate.errors import OutputError

NAME_MAX_BYTES = 255
"""The file-name limit of common file systems (ext4, XFS, APFS, NTFS), in bytes."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_target(path: Path, inputs: Iterable[str | Path] = ()) -> None:
    """OutputError unless `path` may be replaced: absent or a regular file, not an input."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path}: is a symbolic link; refused (xlate replaces only files)")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path}: not a regular file (a folder, pipe or device); refused")
    for source in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(path, source):
                raise OutputError(f"{path}: is an input of this run; refused to overwrite it")


def _temp_beside(path: Path) -> tuple[int, str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{truncate_bytes(path.name, 200)}."  # the temp name must fit too
        return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write here ({exc.strerror or exc})") from None


def _write_temp(path: Path, data: str | bytes) -> str:
    """The data in a new temp file beside `path`, with umask permissions; its name."""
    fd, tmp = _temp_beside(path)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return tmp


def write_atomic(
    path: str | Path,
    data: str | bytes,
    *,
    inputs: Iterable[str | Path] = (),
    locked: bool = False,
) -> Path:
    """Write `data` to a temp file beside `path`, then rename it over `path`.

    Readers never see a half-written file; an existing regular file is replaced whole.
    Raises OutputError (one line, naming the path) when the folder cannot be written,
    or when `path` is a symlink, not a regular file, or one of `inputs`.
    """
    return write_all({Path(path): data}, inputs=inputs, locked=locked)[0]


def write_all(
    files: Mapping[Path, str | bytes],
    *,
    inputs: Iterable[str | Path] = (),
    locked: bool = False,
) -> list[Path]:
    """Write a set of files all-or-nothing: every file to a temp file first (a full disk
    changes nothing), then every rename under a lock on the folder (`folder_lock`; with
    `locked`, the caller holds it already), so two runs writing the same names never
    leave a mix of both."""
    inputs = list(inputs)
    paths = list(files)
    for path in paths:
        check_target(path, inputs)
    temps: list[str] = []
    try:
        for path in paths:
            temps.append(_write_temp(path, files[path]))
        folders = set() if locked else {p.parent for p in paths}
        with _folder_locks(folders), _signals_held():
            for path in paths:
                check_target(path, inputs)  # the folder may have changed while writing
            for path, tmp in zip(paths, temps, strict=True):
                try:
                    os.replace(tmp, path)
                except OSError as exc:
                    raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        for tmp in temps:
            Path(tmp).unlink(missing_ok=True)
    return paths


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) or SIGTERM arriving during the renames takes effect once they are
    done, so an interrupted run never leaves half a set renamed (main thread only)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, lambda signum, _: held.append(signum)) for s in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for number in dict.fromkeys(held):
            signal.raise_signal(number)


def folder_lock(folder: Path) -> contextlib.AbstractContextManager[None]:
    """The exclusive lock `write_all` takes on `folder` while it renames."""
    return _folder_locks([folder])


@contextlib.contextmanager
def _folder_locks(folders: Iterable[Path]) -> Iterator[None]:
    """Exclusive advisory locks on folders (sorted, so two writers cannot deadlock)."""
    import fcntl

    fds = []
    try:
        for folder in sorted(folders):
            with contextlib.suppress(OSError):  # a lock is a courtesy, not a requirement
                fd = os.open(folder, os.O_RDONLY)
                fds.append(fd)
                fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        for fd in fds:
            os.close(fd)


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def truncate_bytes(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` whose UTF-8 encoding fits in `max_bytes`."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def safe_name(text: str, *, max_bytes: int = 120, default: str = "article") -> str:
    """A file-name stem from untrusted text: no separators, dots only inside, at most
    `max_bytes` bytes of UTF-8 (file-name limits count bytes, not characters)."""
    text = unicodedata.normalize("NFKC", text)
    stem = _UNSAFE.sub("-", text).strip("-.")
    stem = truncate_bytes(re.sub(r"-{2,}", "-", stem), max_bytes).strip("-.")
    return stem or default
