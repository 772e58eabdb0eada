"""The PostgreSQL server behind the tests' PostgreSQL half (issue 19).

The server is given by ``EXCHANGEDESK_TEST_PG_URL`` (a role that may CREATE DATABASE, e.g.
``postgresql+psycopg://exd:exd@127.0.0.1:5432/postgres``; ``scripts/pg_throwaway.sh start DIR``
makes one). Without it the PostgreSQL half is skipped, saying so; with
``EXCHANGEDESK_REQUIRE_PG=1`` (CI) a missing or unreachable server fails instead, so CI can never
pass by skipping.

Every test gets a database of its own, uniquely named and dropped afterwards. Migrating one from
empty takes seconds, so the schema is migrated once per run into a template and copied per test
(``CREATE DATABASE ... TEMPLATE``). Even a copy takes 0.3-1 s of server work (it writes the
whole ~10 MB catalogue), as long as a typical test; so a helper thread keeps a few copies ready
and drops the used ones while the tests run, and the server does that work beside them.
"""

from __future__ import annotations

import itertools
import os
import queue
import re
import threading

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

ENV_URL = "EXCHANGEDESK_TEST_PG_URL"
ENV_REQUIRE = "EXCHANGEDESK_REQUIRE_PG"
PREFIX = "exd_test_"
HOW_TO = (
    f"set {ENV_URL} to a PostgreSQL role that may create databases "
    "(scripts/pg_throwaway.sh start DIR prints one; README, 'Running the tests')"
)


def required() -> bool:
    return os.environ.get(ENV_REQUIRE, "").strip() not in ("", "0", "no", "false")


def unavailable(reason: str) -> None:
    """Skip the PostgreSQL half, or fail when the run requires it (CI)."""
    if required():
        pytest.fail(f"PostgreSQL half required ({ENV_REQUIRE}=1) but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL half skipped: {reason}")


class Server:
    """Creates and drops the tests' databases on the server named by the environment."""

    def __init__(self, url: URL) -> None:
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        self.url = url
        self.admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._numbers = itertools.count(1)
        self._template: str | None = None
        self._made: set[str] = set()
        self._lock = threading.Lock()  # guards _made, shared with the helper thread
        self._ready: queue.Queue[URL | BaseException] = queue.Queue()
        self._used: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        self._helper: threading.Thread | None = None
        self._failed: BaseException | None = None

    def probe(self) -> str:
        with self.admin.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar())

    def new_name(self, what: str = "db") -> str:
        return f"{PREFIX}{os.getpid()}_{what}_{next(self._numbers)}"

    def url_of(self, name: str) -> URL:
        return self.url.set(database=name)

    def create(self, name: str, *, template: str | None = None) -> URL:
        # template0 for an empty database: nothing an administrator put into template1 leaks in.
        source = template or "template0"
        with self.admin.connect() as connection:
            connection.execute(
                text(f'CREATE DATABASE "{name}" TEMPLATE "{source}" ENCODING \'UTF8\'')
            )
        with self._lock:
            self._made.add(name)
        return self.url_of(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        with self._lock:
            self._made.discard(name)

    def migrated(self) -> URL:
        """A fresh database at the current schema (a copy of the run's migrated template)."""
        if self._template is None:
            from exchangedesk.db.opening import open_database

            name = self.new_name("template")
            url = self.create(name)
            open_database(url.render_as_string(hide_password=False)).close()
            self._template = name
            self._helper = threading.Thread(target=self._keep_ready, daemon=True)
            self._helper.start()
        if self._failed is not None and self._ready.empty():
            raise RuntimeError(f"the test databases cannot be made: {self._failed}")
        try:
            ready = self._ready.get(timeout=300)
        except queue.Empty:
            raise RuntimeError("no test database was made ready within 5 minutes") from None
        if isinstance(ready, BaseException):
            raise RuntimeError(f"the test databases cannot be made: {ready}") from ready
        return ready

    def release(self, name: str) -> None:
        """Drop a test's database once it is done with it (by the helper thread, soon)."""
        self._used.put(name)

    AHEAD = 2  # copies kept ready

    RETRIES = 3  # a busy shared machine can refuse a connection now and then

    def _keep_ready(self) -> None:
        names = (self.new_name() for _ in itertools.count())
        failures = 0
        while not self._stop.is_set():
            try:
                while not self._used.empty():
                    self.drop(self._used.get_nowait())
                if self._ready.qsize() < self.AHEAD:
                    self._ready.put(self.create(next(names), template=self._template))
                else:
                    self._stop.wait(0.02)
                failures = 0
            except BaseException as exc:
                failures += 1
                if failures < self.RETRIES:
                    self._stop.wait(1.0)
                    continue
                # Told to every test that asks from now on, at once: a dead helper must not make
                # each later test wait out migrated()'s timeout (it once stalled a run for hours).
                self._failed = exc
                self._ready.put(exc)
                return

    def empty(self) -> URL:
        return self.create(self.new_name("empty"))

    def copy(self, template: str) -> URL:
        """A new database copied from ``template`` (a built register nobody is connected to);
        dropped by :meth:`release` like the migrated copies."""
        return self.create(self.new_name("copy"), template=template)

    def drop_leftovers(self) -> None:
        """Databases of earlier runs on this machine that died before dropping theirs."""
        with self.admin.connect() as connection:
            names = connection.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE :prefix"),
                {"prefix": PREFIX.replace("_", r"\_") + "%"},
            ).scalars()
            stale = [name for name in names if not _alive(name)]
        for name in stale:
            self.drop(name)

    def close(self) -> None:
        self._stop.set()
        if self._helper is not None:
            self._helper.join(timeout=60)
        with self._lock:
            left = list(self._made)
        for name in left:
            self.drop(name)
        self.admin.dispose()


def _alive(name: str) -> bool:
    found = re.match(rf"{PREFIX}(\d+)_", name)
    if found is None:
        return True  # not ours to judge
    try:
        os.kill(int(found.group(1)), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def connect() -> Server | None:
    """The server from the environment, reachable; None (with the reason) when it is not."""
    raw = os.environ.get(ENV_URL, "").strip()
    if not raw:
        unavailable(f"{ENV_URL} is not set ({HOW_TO})")
    try:
        server = Server(make_url(raw))
        server.probe()
    except ModuleNotFoundError as exc:
        unavailable(f"the driver {exc.name} is not installed")
    except (SQLAlchemyError, ValueError) as exc:
        reason = " ".join(str(getattr(exc, "orig", exc)).split())
        unavailable(f"the server at {ENV_URL} cannot be reached ({reason})")
    server.drop_leftovers()
    return server


def plain(url: URL) -> str:
    """The URL as a user types it after --db (with its password)."""
    return url.render_as_string(hide_password=False)
