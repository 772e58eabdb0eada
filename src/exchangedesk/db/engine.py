"""Turning what the user typed after ``--db`` into a configured SQLAlchemy engine.

SQLite gets the same settings on every connection (DESIGN.md §4): WAL, ``synchronous=FULL`` so a
power cut cannot lose a committed edit, foreign keys enforced, a busy timeout instead of instant
"database is locked" errors, and ``secure_delete`` so deleted passport numbers do not linger in
free pages. Transactions are begun explicitly so that DDL inside migrations is transactional.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool

from exchangedesk.domain.errors import DatabaseError
from exchangedesk.paths import default_database_path

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
BUSY_TIMEOUT_MS = 5000
WRITE_TRANSACTION = "exchangedesk_write"  # execution option: this transaction will write


def resolve_url(location: str | Path | None) -> URL:
    """A file path, a SQLAlchemy URL, or None for the default database in the user's data dir."""
    if location is None or str(location) == "":
        return URL.create("sqlite", database=str(default_database_path()))
    text = str(location)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError(f"'{text}' is not a database path or URL") from exc
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseError(
            f"Unknown database URL scheme '{url.drivername}' in '{_redacted(url)}'. "
            "Give a file path, a sqlite:///PATH URL or a postgresql://USER@HOST/NAME URL."
        )
    return url


def _redacted(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def file_uri(path: Path, **params: str) -> str:
    """An SQLite ``file:`` URI for *path*. '#', '?' and '%' are fine in folder names but mean
    something in a URI: unescaped, ``Aid #2/db.sqlite3`` would open (and create) a file named
    ``Aid `` instead."""
    return f"file:{quote(path.as_posix(), safe='/:')}?{urlencode(params)}"


def untouched_read_uri(path: Path) -> str:
    """A URI that reads *path* without creating or changing any file beside it.

    ``immutable=1`` takes no locks and writes nothing, not even -wal/-shm files (which a
    ``mode=ro`` connection creates and leaves behind, owned by whoever ran it). When a -wal
    exists, someone has the file open or a crash left committed pages in it, so those must be
    read through ``mode=ro``, which then shares the existing files."""
    wal = path.with_name(path.name + "-wal")
    return file_uri(path, mode="ro") if wal.exists() else file_uri(path, immutable="1")


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise DatabaseError(
                f"The driver for {url.drivername} is not installed ({exc.name}). "
                "Install it beside ExchangeDesk, e.g. 'pip install psycopg[binary]'."
            ) from exc
    path = sqlite_path(url)
    if read_only and path is not None:
        # mode=ro: SQLite itself refuses every write, so nothing in the program can slip one in.
        uri = file_uri(path, mode="ro")
        wal = path.with_name(path.name + "-wal")
        if not wal.exists() and not os.access(path.parent, os.W_OK):
            # mode=ro would need to create -wal/-shm, impossible in a read-only folder; and
            # nobody can write there either, so the file cannot change while it is read.
            uri = file_uri(path, immutable="1")
        engine = uri_engine(lambda: _connect_uri(uri))
    else:
        engine = create_engine(url)
    _configure_sqlite(engine, read_only=read_only)
    return engine


def uri_engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    """An engine over connections made by *connect* (a ``file:`` URI opened by hand).

    The pool is named, not left to the URL: SQLAlchemy reads ``sqlite://`` as an in-memory
    database and gives it a SingletonThreadPool, which keeps five connections and, when a sixth
    thread connects, *closes another thread's connection while that thread is using it*. The
    window's background work (Home's lists, the retention notice, the list pages) runs on
    several threads at once, so a read-only register crashed the process (SIGSEGV inside
    sqlite3, the benchmark smoke check in CI). QueuePool hands each thread its own connection
    and never closes one that is checked out."""
    return create_engine("sqlite://", creator=connect, poolclass=QueuePool)


def _connect_uri(uri: str) -> sqlite3.Connection:
    # check_same_thread=False: a pooled connection is returned by one thread and checked out by
    # another; never by two at once (the pool sees to that).
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - trivial wiring
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # pragma: no cover - trivial wiring
        # A unit of work that will write takes the write lock first (waiting busy_timeout for
        # another member's save to finish), so what it reads is the latest and a version check
        # refuses a stale edit in words. A deferred BEGIN would read an old snapshot and then
        # get SQLITE_BUSY at once on its first write, with no wait and nothing to say who won.
        writing = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
