"""Executor contract: results in input order, streamed, in-process or in a process pool."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from xlate.corpus.executor import LocalExecutor, executor_for
from xlate.errors import XlateError


def square(value: int) -> int:
    return value * value


def test_in_process_keeps_order() -> None:
    executor = executor_for(None, None)
    assert list(executor.map(square, range(50))) == [v * v for v in range(50)]


def test_pool_keeps_order_and_streams() -> None:
    consumed = []

    def items() -> Iterator[int]:
        for value in range(1000):
            consumed.append(value)
            yield value

    with LocalExecutor(2) as executor:
        results = executor.map(square, items(), chunk=10)
        first = next(iter(results))
        # Only a few chunks were read ahead, not the whole input.
        assert first == 0 and len(consumed) <= 10 * 2 * 2 + 10
        assert [first, *results] == [v * v for v in range(1000)]


def test_jobs_must_be_positive() -> None:
    with pytest.raises(XlateError, match="--jobs"):
        LocalExecutor(0)


def test_a_malformed_scheduler_address_is_one_error() -> None:
    from xlate.corpus.executor import ClusterError

    with pytest.raises(ClusterError, match="not a scheduler address"):
        executor_for(None, "foo")
