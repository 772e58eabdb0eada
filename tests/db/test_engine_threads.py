"""Several threads reading one register at once, as the window's background work does.

Regression: a read-only register used SQLAlchemy's SingletonThreadPool (chosen for the
``sqlite://`` URL its hand-made ``file:`` URI connections sit behind). That pool keeps five
connections and, when a sixth thread connects, closes another thread's connection while it is
in use: "Cannot operate on a closed database" at best, SIGSEGV inside sqlite3 at worst (the
benchmark smoke check in CI, with Home, the retention notice and a list page loading at once).
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.pool import SingletonThreadPool

from exchangedesk.db.opening import open_database

THREADS = 8  # more than SingletonThreadPool's five


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "read-write"])
def test_eight_threads_each_hold_a_connection_and_all_still_work(closed_db, read_only):
    handle = open_database(closed_db, read_only=read_only, take_lock=False)
    engine = handle.database.engine
    assert not isinstance(engine.pool, SingletonThreadPool)
    all_connected = threading.Barrier(THREADS, timeout=30)
    failures: list[BaseException] = []
    answers: list[int] = []

    def reader() -> None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1")).scalar()
                # Every thread holds its connection before any uses it again: a pool that
                # closes other threads' connections to make room has done so by now.
                all_connected.wait()
                answers.append(connection.execute(text("SELECT count(*) FROM people")).scalar())
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread below
            failures.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(THREADS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        handle.close()
    assert failures == []
    assert len(answers) == THREADS and len(set(answers)) == 1
