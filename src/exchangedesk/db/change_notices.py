"""Noticing that someone else changed the register, cheaply enough to ask several times a second.

- PostgreSQL: triggers on every table (migration 0008) send ``NOTIFY exchangedesk_changes`` with
  the table's name when a statement changed it; the server delivers it at commit, to every
  connection that LISTENs, folded to one per table and transaction. The watcher holds one such
  connection of its own and drains what has arrived, without waiting.
- SQLite: ``PRAGMA data_version`` on a connection of the watcher's own changes whenever any
  other connection, in this process or another, has committed to the file. No triggers needed.

Notices sent while the watcher was disconnected are lost, so after a reconnect the news says
``reconnected`` and the window reads everything again. A server that cannot be reached is
news too (``lost``, in words); the watcher tries again at most every RETRY_S seconds.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import URL

from exchangedesk.db.engine import file_uri, sqlite_path
from exchangedesk.db.faults import lost_message

CHANNEL = "exchangedesk_changes"
RETRY_S = 2.0  # between attempts to reach a server that went away
PING_S = 5.0  # between checks, when nothing arrives, that the server is still there


@dataclass(frozen=True)
class ChangeNews:
    """What a poll found: which tables changed (``"*"``: some table, SQLite cannot say which),
    whether the watcher has just reconnected (everything must be read again), and why the
    server cannot be reached, if it cannot."""

    tables: frozenset[str] = field(default_factory=frozenset)
    reconnected: bool = False
    lost: str | None = None

    @property
    def changed(self) -> bool:
        return bool(self.tables) or self.reconnected


NOTHING = ChangeNews()


class SqliteWatcher:
    """Polls ``PRAGMA data_version`` of the file (a few microseconds each time)."""

    def __init__(self, url: URL) -> None:
        path = sqlite_path(url)
        if path is None:
            raise ValueError("an in-memory database has no other connections to watch")
        # Read-only and autocommit: the watcher never holds a snapshot open, never writes.
        self._connection = sqlite3.connect(
            file_uri(path, mode="ro"), uri=True, isolation_level=None, check_same_thread=False
        )
        self._seen = self._version()

    def _version(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> ChangeNews:
        now = self._version()
        if now == self._seen:
            return NOTHING
        self._seen = now
        return ChangeNews(tables=frozenset({"*"}))

    def close(self) -> None:
        self._connection.close()


def conninfo(url: URL) -> str:
    """libpq's connection string for a SQLAlchemy URL (a missing password: libpq looks in
    ~/.pgpass, as for the program's own connections)."""
    from psycopg.conninfo import make_conninfo

    params: dict[str, Any] = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        **{k: v for k, v in url.query.items() if isinstance(v, str)},
    }
    return make_conninfo(**{k: v for k, v in params.items() if v is not None})


class PostgresWatcher:
    """LISTENs on a connection of its own and drains the notices that have arrived."""

    def __init__(self, url: URL, *, clock=time.monotonic) -> None:  # noqa: ANN001
        self._url, self._clock = url, clock
        self._connection: Any = None
        self._next_try = 0.0
        self._next_ping = 0.0
        self._connect()

    def _connect(self) -> None:
        import psycopg

        self._connection = psycopg.connect(conninfo(self._url), autocommit=True, connect_timeout=5)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def poll(self) -> ChangeNews:
        import psycopg

        reconnected = False
        if self._connection is None:
            if self._clock() < self._next_try:
                return ChangeNews(lost=lost_message(self._url))
            try:
                self._connect()
            except psycopg.Error:
                return self._lost()
            reconnected = True
        try:
            tables = frozenset(n.payload for n in self._connection.notifies(timeout=0))
            if not tables and self._clock() >= self._next_ping:
                # notifies() only reads what the socket holds; a server or network that went
                # away silently shows only when the connection is used.
                self._connection.execute("SELECT 1")
                self._next_ping = self._clock() + PING_S
        except psycopg.Error:
            return self._lost()
        return ChangeNews(tables=tables, reconnected=reconnected)

    def _lost(self) -> ChangeNews:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # already gone; nothing to tidy
                self._connection.close()
        self._connection = None
        self._next_try = self._clock() + RETRY_S
        return ChangeNews(lost=lost_message(self._url))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def watcher_for(url: URL) -> SqliteWatcher | PostgresWatcher | None:
    """The watcher for this database, or None where nobody else can change it (in memory)."""
    if url.get_backend_name() == "postgresql":
        return PostgresWatcher(url)
    if sqlite_path(url) is None:
        return None
    return SqliteWatcher(url)
