"""The open database as services see it: an engine and a way to run one unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from exchangedesk.db import identity
from exchangedesk.db.engine import WRITE_TRANSACTION
from exchangedesk.db.faults import explained, translated_connection_faults


@dataclass
class Database:
    """Handed to every service call. Services open one short session per call via
    :meth:`unit_of_work`; nothing keeps a session open between calls, so the UI never holds
    live ORM objects."""

    engine: Engine
    url: URL
    read_only: bool = False
    # The committee member at the keyboard, from the program's settings (None: not given).
    member: str | None = None
    # Set once a unit of work has committed (the automatic backup on close needs a reason).
    changed: bool = field(default=False, init=False)
    # How often a dropped connection to the server was noticed; the window refreshes fully
    # after one, since change notices sent while disconnected are lost.
    connection_losses: int = field(default=0, init=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _actor: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session inside a transaction: committed if the block ends normally, rolled back
        (nothing half-written) if it raises. A full disk, an I/O error, a lock held by another
        program or a file made read-only comes out as one plain
        :class:`~exchangedesk.db.faults.StorageFault`, never SQL and its parameters."""
        with (
            explained(where=self._file),
            translated_connection_faults(self.url, self._lost),
            self._sessions() as session,
            session.begin(),
        ):
            session.info["actor"] = self.actor
            if self.is_sqlite and not self.read_only:
                session.connection(execution_options={WRITE_TRANSACTION: True})
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
        with translated_connection_faults(self.url, self._lost), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @property
    def actor(self) -> str:
        """Who the audit log names for changes made here (see :mod:`exchangedesk.db.identity`);
        asked of the server once, then remembered."""
        if self._actor is None:
            with translated_connection_faults(self.url, self._lost):
                server = identity.server_user(self.engine)
            self._actor = identity.audit_name(server=server, member=self.member)
        return self._actor

    def set_member(self, member: str | None) -> None:
        """The committee member at the keyboard changed (the settings were edited)."""
        self.member = member
        self._actor = None

    def _lost(self) -> None:
        self.connection_losses += 1

    def close(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"
