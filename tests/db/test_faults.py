"""Storage failures in words: the disk full, an I/O error, a lock held by another program,
permission denied, a file the system made read-only; never SQL and its parameters."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from exchangedesk.db.faults import StorageFault, explain, fault_kind
from exchangedesk.db.session import Database


def _raised(action) -> BaseException:  # noqa: ANN001
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


def _real_error(tmp_path: Path, setup: str, statement: str, **connect) -> sqlite3.Error:
    path = tmp_path / "f.sqlite3"
    with sqlite3.connect(path) as first:
        first.execute("CREATE TABLE IF NOT EXISTS t (x)")
    connection = sqlite3.connect(path, **connect)
    if setup:
        connection.execute(setup)
    try:
        return _raised(lambda: connection.execute(statement))  # type: ignore[return-value]
    finally:
        connection.close()


def test_sqlite_codes_are_recognised(tmp_path: Path):
    full = _real_error(
        tmp_path,
        "PRAGMA max_page_count=1",
        "INSERT INTO t SELECT zeroblob(100000)",
    )
    assert fault_kind(full) == "full"
    path = tmp_path / "f.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    busy = _raised(lambda: sqlite3.connect(path, timeout=0).execute("INSERT INTO t VALUES (1)"))
    holder.execute("ROLLBACK")
    assert fault_kind(busy) == "locked"
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert fault_kind(_raised(lambda: readonly.execute("INSERT INTO t VALUES (1)"))) == "read-only"
    missing = _raised(lambda: sqlite3.connect(tmp_path / "no" / "such.sqlite3"))
    assert fault_kind(missing) == "denied"


def test_os_errors_and_sqlalchemy_wrappers_are_recognised():
    assert fault_kind(OSError(errno.ENOSPC, "No space left on device")) == "full"
    assert fault_kind(OSError(errno.EIO, "Input/output error")) == "io"
    assert fault_kind(PermissionError(errno.EACCES, "Permission denied")) == "denied"
    assert fault_kind(OSError(errno.EROFS, "Read-only file system")) == "read-only"
    wrapped = OperationalError(
        "INSERT INTO x", {"a": 1}, sqlite3.OperationalError("disk I/O error")
    )
    assert fault_kind(wrapped) == "io"
    assert fault_kind(ValueError("a bug")) is None
    assert fault_kind(sqlite3.OperationalError("no such table: x")) is None


@pytest.mark.parametrize("kind", ["full", "io", "locked", "denied", "read-only"])
def test_each_message_says_what_happened_what_was_saved_and_what_to_do(kind: str):
    errors = {
        "full": OSError(errno.ENOSPC, "x"),
        "io": OSError(errno.EIO, "x"),
        "locked": sqlite3.OperationalError("database is locked"),
        "denied": OSError(errno.EACCES, "x"),
        "read-only": OSError(errno.EROFS, "x"),
    }
    plain = explain(errors[kind], where="/data/committee.sqlite3")
    assert isinstance(plain, StorageFault) and plain.kind == kind
    message = str(plain)
    assert "'/data/committee.sqlite3'" in message
    assert "Nothing was saved" in message
    assert "\n" not in message and "SQL" not in message and "Errno" not in message
    assert len(message) < 400


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_a_unit_of_work_on_a_full_disk_raises_words_and_saves_nothing(database: Database):
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"))

    @event.listens_for(database.engine, "connect")
    def _tiny(dbapi_connection, _record) -> None:  # noqa: ANN001
        # A disk that is full once the file has grown by a few pages.
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    database.engine.dispose()
    with pytest.raises(StorageFault) as caught, database.unit_of_work() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('small', 'row')"))
        for number in range(200):
            session.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                {"k": f"big{number}", "v": "x" * 4000},
            )
    assert caught.value.kind == "full"
    assert "INSERT" not in str(caught.value) and "parameters" not in str(caught.value)
    with database.reading() as session:
        keys = set(session.execute(text("SELECT key FROM settings")).scalars())
    assert "kept" in keys and "small" not in keys  # all of it undone, the earlier save kept
