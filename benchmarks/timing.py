"""Timing helpers: medians over repeated runs, and which SQL statements a call spent its time in."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event


@dataclass(frozen=True)
class Timing:
    """Milliseconds of several runs of one thing."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def worst(self) -> float:
        return max(self.runs)

    @property
    def best(self) -> float:
        return min(self.runs)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


def repeat(work: Callable[[], Any], runs: int, *, warmup: int = 1) -> Timing:
    """Run ``work`` ``warmup`` times unmeasured (caches, imports), then ``runs`` times."""
    for _ in range(warmup):
        work()
    return Timing(tuple(timed(work)[0] for _ in range(runs)))


@dataclass
class StatementLog:
    """Each SQL statement run while the log was open, with its milliseconds."""

    entries: list[tuple[str, float]] = field(default_factory=list)

    def total(self, matching: Callable[[str], bool] = lambda _sql: True) -> float:
        return sum(ms for sql, ms in self.entries if matching(sql))


def is_count(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT COUNT(")


@contextmanager
def statements(engine: Engine) -> Iterator[StatementLog]:
    """The statements run on THIS thread while the log is open. Others are left out: Home's
    background attention search runs statements on a worker thread meanwhile, and a shared
    stack of start times once paired one thread's start with another's end (and popped an
    empty list: ``python -m benchmarks --quick`` failed with IndexError)."""
    log = StatementLog()
    here = threading.get_ident()
    started: dict[int, float] = {}  # by cursor: each statement runs on its own cursor

    def before(_conn: Any, cursor: Any, *_rest: Any) -> None:
        if threading.get_ident() == here:
            started[id(cursor)] = time.perf_counter()

    def after(_conn: Any, cursor: Any, statement: str, *_rest: Any) -> None:
        # The time to run the statement and step to its first row; rows still to be fetched
        # afterwards are counted by the caller's own timing.
        began = started.pop(id(cursor), None) if threading.get_ident() == here else None
        if began is not None:
            log.entries.append((statement, (time.perf_counter() - began) * 1000))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
