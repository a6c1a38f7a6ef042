"""Where corpus work runs: in-process, a local process pool, or a Dask distributed cluster.

Every backend has the same `map(fn, items, *, chunk)`: results come back one per item, in
input order, while at most a few chunks are in flight, so memory is bounded by the chunk size
and not by the corpus. `fn` must be a top-level (picklable) function; items and results must
pickle. Dask is imported only when a scheduler address is given.
"""

from __future__ import annotations

import multiprocessing
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Protocol, TypeVar

from xlate.errors import XlateError

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNK = 16
_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9a-fA-F:]+\]|[^\s:/\[\]]+):\d{1,5}$")
# Chunks in flight per worker: enough to keep workers busy while the caller consumes results.
_AHEAD = 2


class Executor(Protocol):
    """Runs `fn` over `items`, yielding results in input order."""

    def map(
        self, fn: Callable[[T], R], items: Iterable[T], *, chunk: int = DEFAULT_CHUNK
    ) -> Iterator[R]: ...

    def close(self) -> None: ...


class ClusterError(XlateError):
    """The Dask scheduler cannot be reached or the cluster failed the run."""


def _run_chunk(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def _ordered(
    submit: Callable[[list[Any]], Any],
    result: Callable[[Any], list[R]],
    items: Iterable[Any],
    *,
    chunk: int,
    ahead: int,
) -> Iterator[R]:
    """Submit chunks with at most `ahead` in flight; yield their results in input order."""
    pending: deque[Any] = deque()
    for batch in _chunks(items, chunk):
        pending.append(submit(batch))
        if len(pending) >= ahead:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


class LocalExecutor:
    """In-process when `jobs == 1`, else a pool of `jobs` spawned worker processes.

    Spawned, not forked: a fork would inherit CTranslate2's threads and could deadlock.
    """

    def __init__(self, jobs: int = 1) -> None:
        if jobs < 1:
            raise XlateError(f"--jobs must be at least 1 (got {jobs})")
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def map(
        self, fn: Callable[[T], R], items: Iterable[T], *, chunk: int = DEFAULT_CHUNK
    ) -> Iterator[R]:
        """Results of `fn(item)` in input order."""
        if self.jobs == 1:
            return map(fn, items)
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context)
        pool = self._pool

        def submit(batch: list[T]) -> Future[list[R]]:
            return pool.submit(_run_chunk, fn, batch)

        return _ordered(submit, lambda f: f.result(), items, chunk=chunk, ahead=self.jobs * _AHEAD)

    def close(self) -> None:
        """Stop the worker processes (if any were started)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskExecutor:
    """Runs chunks on a Dask distributed cluster at `address` (tcp://HOST:PORT).

    A worker lost mid-run is survived by Dask itself: the scheduler reruns its chunks on the
    remaining workers. Results still come back in input order.
    """

    def __init__(self, address: str, *, timeout: float = 30.0) -> None:
        if not _ADDRESS.match(address):
            raise ClusterError(f"--scheduler {address}: not a scheduler address (tcp://HOST:PORT)")
        from distributed import Client

        try:
            self._client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
        self.address = address

    def workers(self) -> int:
        """How many workers the scheduler has right now."""
        return len(self._client.scheduler_info().get("workers", {}))

    def map(
        self, fn: Callable[[T], R], items: Iterable[T], *, chunk: int = DEFAULT_CHUNK
    ) -> Iterator[R]:
        """Results of `fn(item)` in input order, computed on the cluster."""
        client = self._client

        def submit(batch: list[T]) -> Any:
            return client.submit(_run_chunk, fn, batch, pure=False)

        ahead = max(1, self.workers()) * _AHEAD
        return _ordered(submit, lambda f: f.result(), items, chunk=chunk, ahead=ahead)

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running)."""
        self._client.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def executor_for(jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """A Dask executor when `scheduler` is given, else a local one with `jobs` (None = 1)."""
    if scheduler:
        return DaskExecutor(scheduler)
    return LocalExecutor(jobs or 1)
