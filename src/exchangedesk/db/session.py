"""The open database as services see it: an engine and a way to run one unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from exchangedesk.db.faults import explained


@dataclass
class Database:
    """Handed to every service call. Services open one short session per call via
    :meth:`unit_of_work`; nothing keeps a session open between calls, so the UI never holds
    live ORM objects."""

    engine: Engine
    url: URL
    read_only: bool = False
    # Set once a unit of work has committed (the automatic backup on close needs a reason).
    changed: bool = field(default=False, init=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session inside a transaction: committed if the block ends normally, rolled back
        (nothing half-written) if it raises. A full disk, an I/O error, a lock held by another
        program or a file made read-only comes out as one plain
        :class:`~exchangedesk.db.faults.StorageFault`, never SQL and its parameters."""
        with explained(where=self._file), self._sessions() as session, session.begin():
            yield session
        self.changed = True  # committed: the register differs from when it was opened

    @property
    def _file(self) -> str | None:
        if self.url.get_backend_name() != "sqlite" or self.url.database in (None, "", ":memory:"):
            return None
        return self.url.database

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; always rolled back, so a read can never write."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"
