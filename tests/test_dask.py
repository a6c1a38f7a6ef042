"""Trace on a real Dask cluster (scheduler and two workers started with the `dask` command on
127.0.0.1): byte-identical JSON Lines to the in-process run; a worker killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_index import wire_folder
from tests.test_trace import articles
from xlate.corpus.executor import DaskExecutor
from xlate.corpus.index import build_index
from xlate.corpus.inputs import iter_items
from xlate.corpus.trace import trace

DASK = Path(sys.executable).parent / "dask"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_real = {
    "connect": socket.socket.connect,
    "connect_ex": socket.socket.connect_ex,
    "create_connection": socket.create_connection,
    "getaddrinfo": socket.getaddrinfo,
}


def _host(address: object) -> object:
    return address[0] if isinstance(address, tuple) else address


@pytest.fixture()
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Allow connections to 127.0.0.1 only (the conftest blocks every connection)."""

    def guard(name: str, where: int):  # type: ignore[no-untyped-def]
        def call(*args: object, **kwargs: object) -> object:
            host = _host(args[where])
            if host not in LOOPBACK and not (isinstance(host, str) and host.startswith("/")):
                raise RuntimeError(f"a test tried to reach {host}")
            return _real[name](*args, **kwargs)

        return call

    monkeypatch.setattr(socket.socket, "connect", guard("connect", 1))
    monkeypatch.setattr(socket.socket, "connect_ex", guard("connect_ex", 1))
    monkeypatch.setattr(socket, "create_connection", guard("create_connection", 0))
    monkeypatch.setattr(socket, "getaddrinfo", guard("getaddrinfo", 0))


def _start(*args: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, env=env,
            start_new_session=True, cwd=Path(__file__).resolve().parent.parent,
        )  # fmt: skip


@pytest.fixture()
def cluster(tmp_path: Path, loopback: None) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded workers on 127.0.0.1, stopped afterwards."""
    file = tmp_path / "scheduler.json"
    procs = [
        _start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
               "--scheduler-file", str(file), log=tmp_path / "scheduler.log")
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(file.read_text())["address"]
        for n in range(2):
            procs.append(
                _start("worker", address, "--nthreads", "1", "--no-dashboard", "--no-nanny",
                       "--host", "127.0.0.1", "--name", f"w{n}", log=tmp_path / f"worker{n}.log")
            )  # fmt: skip
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=30)
        yield address, procs
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def test_dask_cluster_gives_the_same_index_and_lines_and_survives_a_lost_worker(
    tmp_path: Path, cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, procs = cluster
    wire = wire_folder(tmp_path)
    build_index(iter_items([wire]), tmp_path / "idx")
    with DaskExecutor(address) as executor:
        build_index(iter_items([wire]), tmp_path / "idx-dask", executor=executor)
    for file in (tmp_path / "idx" / "seg-000000").iterdir():
        assert file.read_bytes() == (tmp_path / "idx-dask" / "seg-000000" / file.name).read_bytes()
    folder = articles(tmp_path)
    for n in range(2):  # more articles, so that the run is still going when a worker dies
        for file in sorted(folder.glob("*.txt"))[1:]:
            (folder / f"copy{n}-{file.name}").write_bytes(file.read_bytes())
    options = dict(partition=3)
    local = trace([folder], tmp_path / "idx", tmp_path / "local", **options)
    total = local.traced

    def kill_one_worker(done: int) -> None:
        if done >= 3 and procs[1].poll() is None:
            os.killpg(procs[1].pid, signal.SIGKILL)

    remote = trace([folder], tmp_path / "idx", tmp_path / "dask", scheduler=address,
                   progress=kill_one_worker, **options)  # fmt: skip
    assert procs[1].poll() is not None, "the worker was not killed during the run"
    assert remote.traced == total and remote.failed == local.failed == 2
    for name in ("trace.jsonl", "errors.jsonl"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()
