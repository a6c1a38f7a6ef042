"""Hostile output targets: pipes, devices, symlinks, inputs, crashes half-way, two runs
at once, the umask, and names longer than the file system allows."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.helpers import ARTICLE, one_line_error, run
from xlate import fsutil
from xlate.errors import OutputError


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


@pytest.mark.parametrize("kind", ["fifo", "symlink-to-stdout", "device", "folder", "dangling"])
def test_clean_refuses_non_regular_targets(kind: str, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink-to-stdout":
        target.symlink_to("/proc/self/fd/1")
    elif kind == "device":
        target = Path("/dev/null")
        if not stat.S_ISCHR(os.lstat(target).st_mode):
            pytest.skip("/dev/null is not a device here (another program replaced it)")
    elif kind == "folder":
        target.mkdir()
    else:
        target.symlink_to(tmp_path / "nowhere")
    before = os.lstat(target).st_mode
    code, _, err = run("clean", article, "-o", target)
    one_line_error(code, err, names=target)
    assert os.lstat(target).st_mode == before


def test_clean_refuses_to_overwrite_its_input(article: Path) -> None:
    code, _, err = run("clean", article, "-o", article)
    assert "input" in one_line_error(code, err, names=article)
    assert article.read_text("utf-8") == ARTICLE
    link = article.with_name("alias.txt")
    link.hardlink_to(article)
    code, _, err = run("clean", article, "-o", link)
    one_line_error(code, err)
    assert article.read_text("utf-8") == ARTICLE


def test_report_never_replaces_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "ow"
    folder.mkdir()
    story = folder / "story.json"
    story.write_text(
        json.dumps({"paragraphs": ARTICLE.split("\n\n"), "path": "elsewhere.txt"}), "utf-8"
    )
    other = folder / "rep.txt"
    other.write_text(ARTICLE.replace("12", "13"), "utf-8")
    before = story.read_bytes()
    code, _, err = run("compare", story, other, "--out", folder, "--name", "story", "-f", "json")
    one_line_error(code, err, names=story)
    assert story.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["rep.txt", "story.json"]


def test_outputs_follow_the_umask(article: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        out = tmp_path / "clean.txt"
        code, _, err = run("clean", article, "-o", out)
        assert code == 0, err
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        os.umask(0o002)
        code, _, err = run("compare", article, out, "--out", tmp_path / "r", "-f", "json,md")
        assert code == 0, err
        assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "r").iterdir()} == {0o664}
    finally:
        os.umask(old)


def test_report_set_is_all_or_nothing_when_a_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = {out / f"set{suffix}": f"old {suffix}" for suffix in (".md", ".json")}
    for path, text in old.items():
        path.write_text(text, "utf-8")
    real = fsutil._write_temp
    calls = []

    def full_disk(path: Path, data: str | bytes) -> str:
        calls.append(path)
        if len(calls) == 2:
            raise OutputError(f"{path}: cannot write (No space left on device)")
        return real(path, data)

    monkeypatch.setattr(fsutil, "_write_temp", full_disk)
    with pytest.raises(OutputError, match="No space"):
        fsutil.write_all({path: "new" for path in old})
    assert {p: p.read_text("utf-8") for p in old} == old
    assert sorted(p.name for p in out.iterdir()) == ["set.json", "set.md"]  # no temp files


_WRITER = """
import sys
from pathlib import Path
from xlate.fsutil import write_all
out, tag = Path(sys.argv[1]), sys.argv[2]
for _ in range(40):
    write_all({out / f"r{s}": (tag * 20000) for s in (".html", ".md", ".json", ".align")})
"""


def test_two_runs_on_one_name_never_interleave(tmp_path: Path) -> None:
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), tag])
        for tag in ("a", "b")
    ]
    seen = set()
    while any(p.poll() is None for p in procs):
        with fsutil._folder_locks([tmp_path]):  # what a reader of the set would do
            texts = {p.read_text() for p in tmp_path.glob("r.*")}
        if texts:
            assert len(texts) == 1, "a report set mixes two runs"
            seen |= texts
    assert all(p.returncode == 0 for p in procs)
    assert len({p.read_text() for p in tmp_path.glob("r.*")}) == 1


def test_names_are_truncated_by_bytes(tmp_path: Path) -> None:
    name = fsutil.safe_name("新华社" * 200)
    assert len(name.encode("utf-8")) <= 120 and name.startswith("新华社")
    original = tmp_path / ("原文" * 40 + ".txt")  # 244 bytes: near the limit already
    republication = tmp_path / ("转载" * 40 + ".txt")
    for path in (original, republication):
        path.write_text("新华社北京9月2日电 国家主席习近平在北京会见来访领导人。双方签署了12项协议。")  # noqa: E501
    code, out, err = run("compare", original, republication, "--out", tmp_path / "r")
    assert code == 0, err
    for path in (tmp_path / "r").iterdir():
        assert len(path.name.encode("utf-8")) <= fsutil.NAME_MAX_BYTES


def test_a_name_near_the_byte_limit_can_be_written(article: Path, tmp_path: Path) -> None:
    out = tmp_path / ("新" * 83 + ".md")  # 252 bytes: the temp file beside it must fit too
    code, _, err = run("clean", article, "-f", "md", "-o", out)
    assert code == 0, err
    assert out.read_text("utf-8").startswith("# ")
